import { describe, expect, it } from 'vitest';
import { ownCpuMs, processCpuMs } from './cpu';

/** Burns `ms` milliseconds of this process's CPU time (however busy the machine is). */
function spin(ms: number): void {
  const until = ownCpuMs() + ms;
  let x = 0;
  while (ownCpuMs() < until) x += Math.sqrt(x + 1);
  expect(x).toBeGreaterThan(0);
}

describe.runIf(process.platform === 'linux')('CPU time of a process', () => {
  it('reads this process from /proc in step with its own CPU usage', () => {
    const before = { proc: processCpuMs(process.pid), own: ownCpuMs() };
    spin(300);
    const after = { proc: processCpuMs(process.pid), own: ownCpuMs() };
    expect(before.proc).not.toBeNull();
    const procDelta = (after.proc ?? 0) - (before.proc ?? 0);
    const ownDelta = after.own - before.own;
    expect(ownDelta).toBeGreaterThanOrEqual(300);
    // /proc counts in 10 ms ticks; other threads of this process also count there.
    expect(procDelta).toBeGreaterThan(ownDelta * 0.7);
    expect(procDelta).toBeLessThan(ownDelta * 1.5 + 50);
  });

  it('answers null for a process that does not exist', () => {
    expect(processCpuMs(2 ** 22 + 12345)).toBeNull();
  });
});
