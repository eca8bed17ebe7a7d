import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useDebouncedState } from './use-debounced-state';

afterEach(() => vi.useRealTimers());

const tick = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

describe('useDebouncedState', () => {
  it('applies a change after a quiet spell in the same update, and coalesces a burst into its last value', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { result } = renderHook(() => useDebouncedState('', 120));
    await tick(500);

    const answers: boolean[] = [];
    act(() => void answers.push(result.current[1]('n')));
    expect(result.current[0]).toBe('n');

    // A scanner's burst: keys 5 ms apart.
    for (const value of ['ng', 'ngu', 'nguy']) {
      await tick(5);
      act(() => void answers.push(result.current[1](value)));
    }
    // The proposer says which values settled at once (the lookup screen asks the core ahead for those).
    expect(answers).toEqual([true, false, false, false]);
    await tick(100);
    expect(result.current[0]).toBe('n');
    await tick(20);
    expect(result.current[0]).toBe('nguy');

    // Quiet again: the next key applies at once.
    await tick(200);
    act(() => void answers.push(result.current[1]('nguye')));
    expect(result.current[0]).toBe('nguye');
    expect(answers.at(-1)).toBe(true);
  });

  it('drops a pending value when unmounted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { result, unmount } = renderHook(() => useDebouncedState('', 120));
    act(() => void result.current[1]('a'));
    act(() => void result.current[1]('ab'));
    unmount();
    await tick(200);
    expect(result.current[0]).toBe('a');
  });
});
