import { afterEach, describe, expect, it } from 'vitest';
import { cachedCodes, startDesk, type DeskUnderTest } from '../../../../test/desk-harness';

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

const count = (d: DeskUnderTest, sql: string): number => (d.database.db.prepare(sql).get() as { n: number }).n;

describe.each(['onestop', 'opencps'] as const)('return result on the %s simulator', (dialect) => {
  it('is delivered once with who collected it and the fee, which the portal keeps in the dossier history', async () => {
    desk = await startDesk({ dialect, sim: { dossiers: 200, citizens: 50 } });
    const [code] = cachedCodes(desk, 9, 1);
    if (!code) throw new Error('no processed dossier');
    const action = { kind: 'return_result', collector: 'authorised', collectorName: 'Trần Văn Bình', collectorId: '079090001234', feeCollectedVnd: 50_000 } as const;
    const refused = await desk.core.dispatch('action.record', { dossierCode: code, action: { ...action, collectorId: '12345' } }, { trusted: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.details).toMatchObject({ issues: [{ key: 'action.collectorId' }] });
    expect(count(desk, 'SELECT count(*) AS n FROM outbox')).toBe(0);
    const recorded = await desk.core.dispatch('action.record', { dossierCode: code, action }, { trusted: true });
    expect(recorded.ok).toBe(true);
    await desk.drainUntilSettled();
    expect(count(desk, "SELECT count(*) AS n FROM outbox WHERE state = 'delivered'")).toBe(1);
    expect(desk.sim.ledger().filter((r) => r.code === code)).toHaveLength(1);
    const body = desk.database.db.prepare('SELECT body FROM dossier_body b JOIN dossier d ON d.id = b.id WHERE d.code = ?').get(code) as { body: string } | undefined;
    const history = (JSON.parse(body?.body ?? '{}') as { status: number; history: { note: string | null }[] }).history;
    expect(history.at(-1)?.note).toMatch(/Người nhận kết quả: Trần Văn Bình \(được ủy quyền, số định danh ••••••••1234\); lệ phí đã thu: 50\.000/);
  }, 90_000);
});
