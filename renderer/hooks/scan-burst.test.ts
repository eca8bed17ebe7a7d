import { describe, expect, it } from 'vitest';
import { createScanBurst } from './scan-burst';

const feed = (burst: ReturnType<typeof createScanBurst>, text: string, start: number, gap: number): number => {
  let at = start;
  for (const ch of text) {
    burst.key(ch, at);
    at += gap;
  }
  return at - gap;
};

describe('scan burst', () => {
  it('recognises a fast burst ending in Enter as a scan', () => {
    const burst = createScanBurst();
    const last = feed(burst, 'H15.50.05.13-261120-0001', 1000, 5);
    expect(burst.enter(last + 8)).toBe('H15.50.05.13-261120-0001');
  });

  it('ignores typing at human speed, short bursts, and a late Enter', () => {
    const burst = createScanBurst();
    expect(burst.enter(feed(burst, '036085001122', 0, 120) + 120)).toBeNull();
    expect(burst.enter(feed(burst, 'abc', 5000, 5) + 5)).toBeNull();
    expect(burst.enter(feed(burst, '036085001122', 9000, 5) + 400)).toBeNull();
  });

  it('starts over after a pause, so keys typed before a scan do not prefix it', () => {
    const burst = createScanBurst();
    feed(burst, 'xy', 0, 200);
    const last = feed(burst, '036085001122', 2000, 4);
    expect(burst.enter(last + 4)).toBe('036085001122');
  });
});
