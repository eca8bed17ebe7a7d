import { afterEach, describe, expect, it } from 'vitest';
import { cachedCodes, startDesk, type DeskUnderTest } from '../../../test/desk-harness';

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

const outboxRows = (d: DeskUnderTest) => d.database.db.prepare('SELECT seq, state FROM outbox').all() as { seq: number; state: string }[];
const forward = { kind: 'forward', toUnit: 'H15.50.05.13' } as const;

/** On OpenCPS the site's workflow (nextactions) decides what a dossier takes next, not the desk's status table. */
describe('recording an action for an OpenCPS dossier', () => {
  it('online: refuses it before queueing when nextactions does not offer the mapped code, with the reason in both languages', async () => {
    desk = await startDesk({ dialect: 'opencps' });
    const [code] = cachedCodes(desk, 2, 1);
    if (!code) throw new Error('no dossier in status 2');
    // The back office moved it on; the cache still says "received", so only the portal knows.
    desk.sim.changeDossier(code, 4);
    const result = await desk.core.dispatch('action.record', { dossierCode: code, action: forward }, { trusted: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
    const message = !result.ok ? (result.error.details as { message: { vi: string; en: string } }).message : null;
    expect(message?.vi).toContain('không cho phép "Chuyển xử lý"');
    expect(message?.en).toContain('does not offer "Forward for processing"');
    expect(outboxRows(desk)).toEqual([]);
    expect(desk.sim.ledger()).toHaveLength(0);
  });

  it('online: queues and delivers it when nextactions offers the mapped code', async () => {
    desk = await startDesk({ dialect: 'opencps' });
    const [code] = cachedCodes(desk, 2, 1);
    if (!code) throw new Error('no dossier in status 2');
    const result = await desk.core.dispatch('action.record', { dossierCode: code, action: forward }, { trusted: true });
    expect(result).toMatchObject({ ok: true, value: { projectedStatus: 4 } });
    await desk.drainUntilSettled();
    expect(outboxRows(desk).map((r) => r.state)).toEqual(['delivered']);
    expect(desk.sim.ledger().map((r) => r.action)).toEqual(['ChuyenXuLy']);
  });

  it('offline: queues it, checks at send, and stops it with a readable reason when the workflow moved on', async () => {
    desk = await startDesk({ dialect: 'opencps' });
    const [code] = cachedCodes(desk, 2, 1);
    if (!code) throw new Error('no dossier in status 2');
    desk.sim.faults.outage(60_000);
    await desk.engine.drainNow();
    const result = await desk.core.dispatch('action.record', { dossierCode: code, action: forward }, { trusted: true });
    expect(result).toMatchObject({ ok: true });
    expect(outboxRows(desk).map((r) => r.state)).toEqual(['waiting']);
    desk.sim.changeDossier(code, 4);
    desk.sim.faults.clear();
    await desk.drainUntilSettled();
    const [row] = outboxRows(desk);
    const got = await desk.core.dispatch('queue.get', { seq: row?.seq }, { trusted: true });
    expect(got).toMatchObject({ ok: true, value: { state: 'conflict', lastError: { code: 'conflict' } } });
    const reason = got.ok ? (got.value as { lastError: { message: { vi: string; en: string } } }).lastError.message : null;
    expect(reason?.vi).toContain('không cho phép "Chuyển xử lý"');
    expect(reason?.en).toContain('does not offer "Forward for processing"');
    expect(desk.sim.ledger()).toHaveLength(0);
  });
});
