/** Percentiles over samples, nearest-rank, in the samples' unit. */
export interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { n: 0, p50: 0, p95: 0, p99: 0, mean: 0, min: 0, max: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), mean: round(mean), min: round(sorted[0] ?? 0), max: round(sorted[sorted.length - 1] ?? 0) };
}
