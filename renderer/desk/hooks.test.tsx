import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../shared/contract';
import { installFakeDesk } from '../test/fake-desk';
import { queuedAction } from '../test/sync-fixtures';
import { useDeskMutation } from './hooks';

const setup = () => {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { invalidate, wrapper, stale: () => invalidate.mock.calls.map(([filters]) => filters?.queryKey) };
};

describe('useDeskMutation', () => {
  it('makes stale what the contract says a successful call changes, then runs the caller\'s onSuccess', async () => {
    installFakeDesk({ answers: { 'queue.withdraw': ({ seq }) => ok(queuedAction(seq, 'withdrawn')) } });
    const { wrapper, stale } = setup();
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useDeskMutation('queue.withdraw', { onSuccess }), { wrapper });
    await act(() => result.current.mutateAsync({ seq: 1, reason: 'Công dân đổi ý' }));
    expect(stale()).toEqual([['desk', 'queue.list'], ['desk', 'queue.get'], ['desk', 'sync.status'], ['desk', 'dossier.get']]);
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it('makes nothing stale when the call fails, nor for a call whose policy names nothing', async () => {
    installFakeDesk({ answers: { 'action.record': () => fail('VALIDATION', 'bad'), 'prefs.set': () => ok({ language: 'en' }) } });
    const { wrapper, stale } = setup();
    const { result } = renderHook(() => [useDeskMutation('action.record'), useDeskMutation('prefs.set')] as const, { wrapper });
    await act(async () => {
      await result.current[0].mutateAsync({ dossierCode: 'X', action: { kind: 'note', text: 'a' } }).catch(() => undefined);
      await result.current[1].mutateAsync({ language: 'en' });
    });
    expect(stale()).toEqual([]);
  });
});
