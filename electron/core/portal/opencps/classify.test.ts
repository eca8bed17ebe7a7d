import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../sync/portal-action-sender';
import type { FetchLike, FetchResponseLike } from '../transport';
import { createOpencpsPortalClient } from './client';
import { opencpsSettingsSchema } from '../../config/opencps-settings';

const settings = opencpsSettingsSchema.parse({ groupId: '35417', actionCodes: { note: '9001' } });
const answer = (status: number, body: string, headers: Record<string, string> = {}): FetchResponseLike => ({
  status,
  headers: { get: (n) => headers[n.toLowerCase()] ?? null },
  text: () => Promise.resolve(body),
});
const clientAnswering = (fetchImpl: FetchLike) => createOpencpsPortalClient({ baseUrl: 'http://127.0.0.1:1/o/rest/v2', timeoutMs: 200, settings, agencyCode: '000.00.12.H29', fetchImpl });
const input = { dossierCode: 'G22.18-251201-0007', kind: 'note' as const, expectedVersion: 1, idempotencyKey: '6f1d2c9e-1111-4a2b-9c3d-5e6f7a8b9c0d', note: 'ghi chú' };
const outcomeFor = async (fetchImpl: FetchLike) => outcomeOf(await clientAnswering(fetchImpl).postAction('dG9rZW4=', input));
const exceptionBody = JSON.stringify({ code: 403, message: 'Forbidden', description: 'Không có quyền' });

describe('OpenCPS errors → outbox outcomes', () => {
  it.each([
    ['401', answer(401, JSON.stringify({ code: 401, message: 'Unauthorized' })), 'retry'],
    ['403 with an exception model', answer(403, exceptionBody), 'rejected'],
    ['404', answer(404, ''), 'rejected'],
    ['405 with an empty body', answer(405, ''), 'rejected'],
    ['409', answer(409, JSON.stringify({ code: 409, message: 'Conflict' })), 'conflict'],
    ['500 with an exception model', answer(500, JSON.stringify({ code: 500, message: 'Internal' })), 'retry'],
    ['503 HTML page', answer(503, '<html>Service Unavailable</html>'), 'retry'],
    ['200 that is not JSON', answer(200, '<html>login</html>'), 'retry'],
    ['200 of the wrong shape', answer(200, JSON.stringify({ total: 'nhiều' })), 'retry'],
  ] as const)('%s → %s', async (_name, response, kind) => {
    expect((await outcomeFor(() => Promise.resolve(response))).kind).toBe(kind);
  });

  it('a timeout and a reset are retried as offline', async () => {
    const hang: FetchLike = (_url, init) => new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason as Error)));
    expect(await outcomeFor(hang)).toMatchObject({ kind: 'retry', offline: true, code: 'timeout' });
    const reset: FetchLike = () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }));
    expect(await outcomeFor(reset)).toMatchObject({ kind: 'retry', offline: true, code: 'offline' });
  });

  it('the reasons an officer sees exist in Vietnamese and English', async () => {
    const forbidden = await outcomeFor(() => Promise.resolve(answer(403, exceptionBody)));
    if (forbidden.kind !== 'rejected') throw new Error(`expected rejected, got ${forbidden.kind}`);
    expect(forbidden.message.vi).toContain('Không có quyền');
    expect(forbidden.message.en).toContain('does not allow');
    const unknown = await outcomeFor(() => Promise.resolve(answer(405, '')));
    if (unknown.kind !== 'rejected') throw new Error(`expected rejected, got ${unknown.kind}`);
    expect(unknown.message.vi).toMatch(/không tìm thấy/i);
    expect(unknown.message.en).toMatch(/does not know/);
  });

  it('a surprise thrown inside the dialect becomes a retry, never a crash of the drain', async () => {
    const weird: FetchLike = () => Promise.resolve({ status: 200, headers: { get: () => null }, text: () => { throw new RangeError('bộ giải mã hỏng'); } });
    expect(await outcomeFor(weird)).toMatchObject({ kind: 'retry' });
  });
});
