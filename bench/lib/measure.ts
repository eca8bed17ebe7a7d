import { performance } from 'node:perf_hooks';

/** Runs `fn` `warmup` times unmeasured, then `n` times; returns each duration in ms. */
export async function sampleAsync(n: number, fn: (i: number) => Promise<unknown>, warmup = Math.min(50, n)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** `total` calls spread over `concurrency` workers; returns completed calls per second. */
export async function throughput(total: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await fn(next++);
    }),
  );
  return Math.round((total / (performance.now() - t)) * 1000 * 10) / 10;
}
