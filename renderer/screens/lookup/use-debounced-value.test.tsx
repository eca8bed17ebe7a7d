import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useDebouncedValue } from './use-debounced-value';

afterEach(() => vi.useRealTimers());

const tick = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

describe('useDebouncedValue', () => {
  it('passes a change after a quiet spell at once, and coalesces a burst into its last value', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 120), { initialProps: { value: '' } });
    await tick(500);

    rerender({ value: 'n' });
    await tick(1);
    expect(result.current).toBe('n');

    // A scanner's burst: keys 5 ms apart.
    for (const value of ['ng', 'ngu', 'nguy']) {
      await tick(5);
      rerender({ value });
    }
    await tick(100);
    expect(result.current).toBe('n');
    await tick(20);
    expect(result.current).toBe('nguy');
  });
});
