import { describe, expect, it } from 'vitest';
import { machineConfigSchema } from '../config/schema';
import { DEFAULT_PULL_CADENCE, nextPullDelayMs } from './pull-schedule';

const at = (iso: string) => new Date(iso).getTime();

describe('incremental pull cadence', () => {
  it('pulls every minute while the counter is open and every 5 minutes otherwise (office time, working days)', () => {
    // Thursday 26/11/2026, office time = UTC+7.
    expect(nextPullDelayMs(at('2026-11-26T01:00:00Z'), DEFAULT_PULL_CADENCE)).toBe(60_000); // 08:00
    expect(nextPullDelayMs(at('2026-11-26T07:00:00Z'), DEFAULT_PULL_CADENCE)).toBe(60_000); // 14:00
    expect(nextPullDelayMs(at('2026-11-26T05:00:00Z'), DEFAULT_PULL_CADENCE)).toBe(300_000); // 12:00, lunch
    expect(nextPullDelayMs(at('2026-11-26T13:00:00Z'), DEFAULT_PULL_CADENCE)).toBe(300_000); // 20:00
    expect(nextPullDelayMs(at('2026-11-28T01:00:00Z'), DEFAULT_PULL_CADENCE)).toBe(300_000); // Saturday 08:00
    expect(nextPullDelayMs(at('2026-09-02T01:00:00Z'), DEFAULT_PULL_CADENCE)).toBe(300_000); // National Day 08:00
  });

  it('machine config sets both, validated, with the defaults of the issue', () => {
    expect(machineConfigSchema.parse({}).sync).toEqual({ pullSecondsOfficeHours: 60, pullSecondsOtherwise: 300 });
    expect(machineConfigSchema.parse({ sync: { pullSecondsOfficeHours: 30 } }).sync).toEqual({ pullSecondsOfficeHours: 30, pullSecondsOtherwise: 300 });
    expect(machineConfigSchema.safeParse({ sync: { pullSecondsOfficeHours: 1 } }).success).toBe(false);
    expect(machineConfigSchema.safeParse({ sync: { pullEvery: 60 } }).success).toBe(false);
    const cadence = { officeHoursMs: 30_000, otherwiseMs: 900_000 };
    expect(nextPullDelayMs(at('2026-11-26T01:00:00Z'), cadence)).toBe(30_000);
    expect(nextPullDelayMs(at('2026-11-26T13:00:00Z'), cadence)).toBe(900_000);
  });
});
