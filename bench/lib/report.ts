import { machineInfo } from './machine';
import type { Summary } from './stats';

/** One figure of a suite, in the shape DESIGN.md "Benchmarks" fixes. */
export type BenchResult =
  | {
      readonly name: string;
      readonly unit: 'ms' | 'us' | 's' | 'mb';
      readonly n: number;
      readonly p50: number;
      readonly p95: number;
      readonly p99: number;
      readonly baseline?: { readonly name: string; readonly p95: number };
      readonly ratio?: number;
      readonly target?: { readonly p95: number };
      readonly note?: string;
    }
  | { readonly name: string; readonly unit: 'per_s' | 's' | 'mb'; readonly n?: number; readonly value: number; readonly baseline?: { readonly name: string; readonly value: number }; readonly ratio?: number; readonly note?: string };

/** A latency result with its baseline and the p95 ratio. */
export function latency(name: string, s: Summary, baseline?: { name: string; summary: Summary }, extra: { target?: { p95: number }; note?: string } = {}): BenchResult {
  return {
    name,
    unit: 'ms',
    n: s.n,
    p50: s.p50,
    p95: s.p95,
    p99: s.p99,
    ...(baseline ? { baseline: { name: baseline.name, p95: baseline.summary.p95 }, ratio: Math.round((s.p95 / Math.max(1e-9, baseline.summary.p95)) * 100) / 100 } : {}),
    ...extra,
  };
}

export function rate(name: string, value: number, baseline?: { name: string; value: number }, note?: string): BenchResult {
  return {
    name,
    unit: 'per_s',
    value,
    ...(baseline ? { baseline, ratio: Math.round((value / Math.max(1e-9, baseline.value)) * 100) / 100 } : {}),
    ...(note ? { note } : {}),
  };
}

export interface SuiteReport {
  readonly suite: string;
  readonly params: Record<string, unknown>;
  readonly results: readonly BenchResult[];
}

/** `--json`: one JSON document on stdout; otherwise a readable table. */
export function printReport(report: SuiteReport, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ suite: report.suite, machine: machineInfo(), params: report.params, results: report.results })}\n`);
    return;
  }
  console.log(`suite ${report.suite} ${JSON.stringify(report.params)}`);
  for (const r of report.results) {
    const figure = 'value' in r ? `${r.value} ${r.unit}` : `p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ${r.unit} (n=${r.n})`;
    const base = r.baseline ? `  vs ${r.baseline.name} ×${r.ratio ?? '?'}` : '';
    console.log(`  ${r.name.padEnd(34)} ${figure}${base}${r.note ? `  — ${r.note}` : ''}`);
  }
}

/** Progress goes to stderr so stdout stays one JSON document. */
export const progress = (message: string): void => void process.stderr.write(`${message}\n`);
