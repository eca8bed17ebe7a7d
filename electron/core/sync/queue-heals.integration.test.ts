import { afterEach, describe, expect, it } from 'vitest';
import { anyCodes, startDesk, type DeskUnderTest } from '../../../test/desk-harness';

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

const session = { officerId: 'canbo01', displayName: 'Cán bộ 01', roles: ['officer' as const] };
type Row = { state: string; next_attempt_at: string | null; last_error: string | null };
const rows = (d: DeskUnderTest) => d.database.db.prepare('SELECT state, next_attempt_at, last_error FROM outbox ORDER BY seq').all() as Row[];

describe('a queue that explains and heals itself', () => {
  it('keeps the reason structured in the officer\'s words, the portal text as a detail, and the next try as a time', async () => {
    desk = await startDesk();
    const [code] = anyCodes(desk, 1);
    if (!code) throw new Error('no dossier');
    desk.sim.faults.outage(600_000);
    desk.core.actions?.record(code, { kind: 'note', text: 'hẹn bổ sung' }, session);
    await desk.engine.drainNow();
    const [row] = rows(desk);
    expect(row?.state).toBe('waiting');
    const error = JSON.parse(row?.last_error ?? '{}') as { code: string; params?: { status?: number }; message: { vi: string; en: string }; detail?: string };
    expect(error).toMatchObject({ code: 'server', params: { status: 503 } });
    expect(error.message.vi).toBe('Cổng đang gặp sự cố (mã 503). Thao tác sẽ tự gửi lại.');
    expect(error.message.vi).not.toMatch(/Service|unavailable|simulated/i);
    expect(error.detail).toMatch(/503/);
    // The outage's Retry-After (minutes away) is the next try the officer is shown.
    expect(Date.parse(row?.next_attempt_at ?? '') - Date.now()).toBeGreaterThan(300_000);
  });

  it('sends waiting actions the moment the portal answers again, not when a Retry-After would have let them', async () => {
    desk = await startDesk();
    const codes = anyCodes(desk, 2);
    desk.sim.faults.outage(600_000);
    for (const code of codes) desk.core.actions?.record(code, { kind: 'note', text: 'chờ Cổng' }, session);
    await desk.engine.drainNow();
    expect(desk.engine.status()).toMatchObject({ online: false, waiting: 2 });
    desk.sim.faults.clear();
    // A successful call (here the scheduled pull) brings the desk back online: that drain must not wait the ten minutes out.
    await desk.engine.pullNow();
    await desk.engine.drainNow();
    expect(rows(desk).map((r) => r.state)).toEqual(['delivered', 'delivered']);
    expect(desk.engine.status()).toMatchObject({ online: true, waiting: 0 });
  });
});
