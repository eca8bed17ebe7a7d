import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchMiss, SearchResult } from '../../../../shared/contract/lookup';
import { startDesk, type DeskUnderTest } from '../../../../test/desk-harness';

// 17.6: a code or ID the cache lacks is asked of the portal (online) and cached; offline says so.
let desk: DeskUnderTest;
const call = async <T>(name: string, input: unknown): Promise<T> => {
  const answer = await desk.core.dispatch(name, input, { trusted: true });
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
};
const db = () => {
  return desk.database.db;
};
/** Forgets one cached dossier, as if it was received at another counter after the last pull. */
const forgetDossier = (): string => {
  const { id, code } = db().prepare('SELECT id, code FROM dossier ORDER BY id DESC LIMIT 1').get() as { id: number; code: string };
  db().prepare('DELETE FROM dossier_body WHERE id = ?').run(id);
  db().prepare('DELETE FROM dossier_name_fts WHERE rowid = ?').run(id);
  db().prepare('DELETE FROM dossier WHERE id = ?').run(id);
  return code;
};

beforeAll(async () => {
  desk = await startDesk({ sim: { citizens: 120, dossiers: 120 } });
}, 60_000);
afterAll(async () => desk.stop());

describe('asking the portal on a cache miss', () => {
  it('online: a dossier code not in the cache is fetched, cached and then found by the search', async () => {
    const code = forgetDossier();
    expect((await call<SearchResult>('lookup.search', { text: code })).dossiers).toEqual([]);
    const fetched = await call<FetchMiss>('lookup.fetch', { text: code });
    expect(fetched).toMatchObject({ outcome: 'fetched', dossierCode: code, citizenRef: null });
    expect(fetched.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(fetched.message.vi).toBe('Vừa tải từ cổng và lưu vào máy.');
    expect((await call<SearchResult>('lookup.search', { text: code })).exactDossier).toBe(code);
  });

  it('online: an ID number not in the cache is fetched and cached as an applicant', async () => {
    const { id, id_number: idNumber } = db().prepare("SELECT id, id_number FROM citizen WHERE json_extract(body, '$.kind') = 'citizen' ORDER BY id DESC LIMIT 1").get() as { id: number; id_number: string };
    db().prepare('DELETE FROM citizen WHERE id = ?').run(id);
    const fetched = await call<FetchMiss>('lookup.fetch', { text: idNumber });
    expect(fetched.outcome).toBe('fetched');
    expect(fetched.citizenRef).toBe(desk.database.store.citizens.refOf(idNumber));
  });

  it('a code the portal does not have either says so; a name is not asked', async () => {
    const code = (db().prepare('SELECT code FROM dossier LIMIT 1').get() as { code: string }).code.replace(/-\d+$/, '-9999999');
    expect(await call<FetchMiss>('lookup.fetch', { text: code })).toMatchObject({ outcome: 'not_on_portal', dossierCode: null });
    expect(await call<FetchMiss>('lookup.fetch', { text: 'Nguyễn Văn' })).toMatchObject({ outcome: 'not_fetchable' });
  });

  it('offline: the miss says plainly that the portal cannot be asked, and nothing is cached', async () => {
    const code = forgetDossier();
    desk.sim.faults.outage(60_000);
    await desk.engine.pullNow();
    const answer = await call<FetchMiss>('lookup.fetch', { text: code });
    expect(answer).toMatchObject({ outcome: 'offline', fetchedAt: null });
    expect(answer.message.vi).toMatch(/ngoại tuyến/);
    expect(answer.message.en).toMatch(/offline/);
    expect((await call<SearchResult>('lookup.search', { text: code })).dossiers).toEqual([]);
  });
});
