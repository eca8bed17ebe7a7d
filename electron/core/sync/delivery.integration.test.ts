import { afterEach, describe, expect, it } from 'vitest';
import { anyCodes, cachedCodes, ledgerCheck, startDesk, type DeskUnderTest } from '../../../test/desk-harness';

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

const session = { officerId: 'canbo01', displayName: 'Cán bộ 01', roles: ['officer' as const] };
const outboxStates = (d: DeskUnderTest) =>
  Object.fromEntries((d.database.db.prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as { state: string; n: number }[]).map((r) => [r.state, r.n]));

// The same proofs for both dialects. An OpenCPS attempt is several calls (history,
// next actions, the action, the dossier), so its per-call fault rate is a third of onestop's:
// about the same chance per attempt that something is lost.
describe.each(['onestop', 'opencps'] as const)('outbox delivery against the %s simulator', (dialect) => {
  const perCall = (rate: number): number => (dialect === 'opencps' ? rate / 3 : rate);

  it('keeps actions recorded during an outage waiting, then delivers each exactly once', async () => {
    desk = await startDesk({ dialect });
    const codes = anyCodes(desk, 3);
    expect(codes).toHaveLength(3);
    desk.sim.faults.outage(60_000);
    for (const code of codes) desk.core.actions.record(code, { kind: 'note', text: `ghi chú cho ${code}` }, session);
    await desk.engine.drainNow();
    expect(desk.engine.status()).toMatchObject({ online: false, waiting: 3 });
    desk.sim.faults.clear();
    await desk.drainUntilSettled();
    expect(outboxStates(desk)).toEqual({ delivered: 3 });
    expect(ledgerCheck(desk)).toEqual({ delivered: 3, ledger: 3, duplicates: [], missing: [], unknown: [] });
    expect(desk.engine.status()).toMatchObject({ online: true, waiting: 0 });
  });

  it.each([
    ['apply-then-drop-the-response', { route: '*', kind: 'drop', rate: 0.5 }],
    ['malformed body after applying', { route: '*', kind: 'malformed', rate: 0.5 }],
    ['connection reset', { route: '*', kind: 'reset', rate: 0.5 }],
    ['500 errors', { route: '*', kind: 'error', status: 500, rate: 0.5 }],
    ['429 with Retry-After', { route: '*', kind: 'error', status: 429, retryAfterSeconds: 0, rate: 0.5 }],
  ] as const)('delivers exactly once through %s', async (_name, rule) => {
    desk = await startDesk({ dialect });
    const codes = cachedCodes(desk, 2, 8);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    desk.sim.faults.set({ rules: [{ ...rule, rate: perCall(rule.rate) }], seed: 3 });
    for (const code of codes) {
      desk.core.actions.record(code, { kind: 'note', text: 'một' }, session);
      desk.core.actions.record(code, { kind: 'forward', toUnit: 'H15.50.05.13' }, session);
    }
    const rounds = await desk.drainUntilSettled();
    expect(rounds).toBeLessThanOrEqual(60);
    expect(outboxStates(desk)).toEqual({ delivered: codes.length * 2 });
    expect(ledgerCheck(desk)).toMatchObject({ delivered: codes.length * 2, ledger: codes.length * 2, duplicates: [], missing: [], unknown: [] });
    // Per-dossier order: the note was applied before the forward on every dossier.
    const ledger = desk.sim.ledger();
    for (const code of codes) expect(ledger.filter((r) => r.code === code).map((r) => r.action)).toEqual(['GhiChu', 'ChuyenXuLy']);
  });

  it('delivers exactly once when the portal hangs past the client timeout', async () => {
    desk = await startDesk({ timeoutMs: 500, dialect });
    const codes = anyCodes(desk, 3);
    desk.sim.faults.set({ rules: [{ route: '*', kind: 'hang', rate: perCall(0.4) }], hangMs: 1500, seed: 5 });
    for (const code of codes) desk.core.actions.record(code, { kind: 'note', text: 'chờ' }, session);
    await desk.drainUntilSettled();
    expect(ledgerCheck(desk)).toMatchObject({ delivered: 3, ledger: 3, duplicates: [], missing: [], unknown: [] });
  });

  it('marks an action on a dossier that moved on portal-side as a conflict, applying nothing', async () => {
    desk = await startDesk({ dialect });
    const [code] = cachedCodes(desk, 2, 1);
    if (!code) throw new Error('no dossier in status 2');
    // The back office took it into processing: forwarding from "received" is no longer possible.
    desk.sim.changeDossier(code, 4);
    const recorded = desk.core.actions.record(code, { kind: 'forward', toUnit: 'H15.50.05.13' }, session);
    await desk.drainUntilSettled();
    expect(outboxStates(desk)).toEqual({ conflict: 1 });
    const listed = await desk.core.dispatch('queue.get', { seq: recorded?.seq }, { trusted: true });
    expect(listed).toMatchObject({ ok: true, value: { state: 'conflict', lastError: { code: 'conflict' } } });
    expect(desk.sim.ledger()).toHaveLength(0);
  });

  // OpenCPS has no dossier versions: a change that leaves the step as it was is no conflict there.
  it.skipIf(dialect === 'opencps')('marks a stale version as a conflict, shows theirs, and delivers once re-applied', async () => {
    desk = await startDesk({ dialect });
    const [code] = cachedCodes(desk, 2, 1);
    if (!code) throw new Error('no dossier in status 2');
    desk.sim.changeDossier(code);
    const recorded = desk.core.actions.record(code, { kind: 'forward', toUnit: 'H15.50.05.13' }, session);
    await desk.drainUntilSettled();
    expect(outboxStates(desk)).toEqual({ conflict: 1 });
    const listed = await desk.core.dispatch('queue.get', { seq: recorded?.seq }, { trusted: true });
    expect(listed).toMatchObject({ ok: true, value: { state: 'conflict', lastError: { code: 'conflict' } } });
    expect(desk.sim.ledger()).toHaveLength(0);
    const reapplied = await desk.core.dispatch('queue.reapply', { seq: recorded?.seq }, { trusted: true });
    expect(reapplied).toMatchObject({ ok: true, value: { state: 'waiting' } });
    await desk.drainUntilSettled();
    expect(outboxStates(desk)).toEqual({ delivered: 1 });
    expect(ledgerCheck(desk)).toMatchObject({ delivered: 1, ledger: 1, duplicates: [] });
  });

  it('gives an offline intake a TMP number that the official code replaces everywhere', async () => {
    desk = await startDesk({ dialect });
    desk.sim.faults.outage(60_000);
    const intake = await desk.core.dispatch(
      'action.intake',
      {
        procedureCode: '1.001193',
        applicant: { kind: 'citizen', name: 'Võ Thị Ngọc Hân', idNumber: '079303001234', phone: '0903123456', email: null, address: 'Quận 1, TP. Hồ Chí Minh' },
        summary: 'Đăng ký khai sinh',
        documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
        sets: 1,
        vneidVerified: true,
      },
      { trusted: true },
    );
    expect(intake.ok).toBe(true);
    if (!intake.ok) return;
    const provisional = (intake.value as { dossierCode: string }).dossierCode;
    expect(provisional).toMatch(/^TMP-/);
    await desk.core.dispatch('action.record', { dossierCode: provisional, action: { kind: 'note', text: 'đã hẹn' } }, { trusted: true });
    desk.sim.faults.clear();
    await desk.drainUntilSettled();
    expect(outboxStates(desk)).toEqual({ delivered: 2 });
    const found = await desk.core.dispatch('lookup.search', { text: provisional }, { trusted: true });
    expect(found).toMatchObject({ ok: true, value: { recognised: 'dossierCode' } });
    const official = found.ok ? (found.value as { exactDossier: string | null }).exactDossier : null;
    expect(official).toMatch(/^000\.00\.12\.H29-\d{6}-\d{4}$/);
    const ledger = desk.sim.ledger();
    expect(ledger.map((r) => r.code)).toEqual([official, official]);
    expect(ledgerCheck(desk).duplicates).toEqual([]);
  });

  it('overlays this PC\'s waiting actions on the dossier: projected status, pending list, row marker', async () => {
    desk = await startDesk({ dialect });
    const [code] = cachedCodes(desk, 2, 1);
    if (!code) throw new Error('no dossier in status 2');
    desk.sim.faults.outage(60_000);
    await desk.core.dispatch('action.record', { dossierCode: code, action: { kind: 'forward', toUnit: 'H15.50.05.13' } }, { trusted: true });
    const detail = await desk.core.dispatch('dossier.get', { code }, { trusted: true });
    expect(detail).toMatchObject({ ok: true, value: { dossier: { status: 2 }, projectedStatus: 4, pending: [{ kind: 'forward', state: 'waiting' }] } });
    // A second forward is no longer allowed on the projected status: refused, nothing queued.
    const again = await desk.core.dispatch('action.record', { dossierCode: code, action: { kind: 'forward', toUnit: 'H15.50.05.13' } }, { trusted: true });
    expect(again).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
    const found = await desk.core.dispatch('lookup.search', { text: code }, { trusted: true });
    expect(found).toMatchObject({ ok: true, value: { dossiers: [{ code, pendingActions: 1 }] } });
    desk.sim.faults.clear();
    await desk.drainUntilSettled();
    const after = await desk.core.dispatch('dossier.get', { code }, { trusted: true });
    expect(after).toMatchObject({ ok: true, value: { dossier: { status: 4 }, projectedStatus: 4, pending: [] } });
  });

  it('refuses an action the status does not allow, queueing nothing', async () => {
    desk = await startDesk({ dialect });
    const [code] = cachedCodes(desk, 10, 1);
    if (!code) throw new Error('no dossier in status 10');
    const result = await desk.core.dispatch('action.record', { dossierCode: code, action: { kind: 'accept' } }, { trusted: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
    expect(outboxStates(desk)).toEqual({});
  });
});

describe('the portal witnesses each delivery round', () => {
  it('deposits the audit chain head after a round that delivered, so nothing of the tail is left unanchored', async () => {
    desk = await startDesk();
    const { db, store: { audit } } = desk.database;
    const [code] = anyCodes(desk, 1);
    desk.core.actions?.record(code ?? '', { kind: 'note', text: 'ghi chú' }, session);
    const receiptedBefore = db.prepare('SELECT max(seq) AS seq FROM audit_receipt').get() as { seq: number | null };
    expect(receiptedBefore.seq ?? 0).toBeLessThan(audit.head().seq);
    await desk.drainUntilSettled();
    const head = audit.head();
    expect(db.prepare('SELECT seq, hash FROM audit_receipt ORDER BY seq DESC LIMIT 1').get()).toEqual({ seq: head.seq, hash: head.hash });
    const token = (await desk.core.portal()?.tokenFor('canbo01')) ?? '';
    const deviceId = desk.database.store.prefs.get('deviceId') ?? '';
    const listed = await desk.core.portal()?.client.listAuditReceipts(token, deviceId);
    expect(listed?.ok && listed.value.at(-1)).toMatchObject({ seq: head.seq, hash: head.hash, deviceId });
  });
});
