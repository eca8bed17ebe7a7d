import { performance } from 'node:perf_hooks';

/** Runs `fn` over `inputs` (the first `warmup` unmeasured, cycling), returning each call's duration in ms. */
export function sampleEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = Math.min(50, inputs.length)): number[] {
  for (let i = 0; i < warmup; i++) fn(inputs[i % inputs.length] as T);
  const out: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    fn(input);
    out.push(performance.now() - t);
  }
  return out;
}
