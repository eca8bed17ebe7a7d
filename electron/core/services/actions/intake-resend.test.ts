import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/contract/roles';
import { makeDossier } from '../../../../test/fixtures/cache-data';
import { createAuditLog } from '../../audit/audit-log';
import { memoryDeskDb } from '../../audit/test-db';
import { createDossierStore } from '../../db/cache/dossier-store';
import { createOutboxRepo } from '../../db/outbox/outbox-repo';
import type { FailpointName } from '../../failpoints';
import type { ActionSender, OutgoingAction } from '../../sync/action-sender';
import { createOutboxDrain } from '../../sync/outbox-drain';
import { createActionService } from './action-service';
import { createQueueService } from './queue-service';
import { correctedIntake as corrected, sentIntake as sent } from '../../../../test/fixtures/intake-to-correct';

const AT = new Date('2026-06-15T03:00:00.000Z');
const OFFICER: Session = { officerId: 'canbo01', displayName: 'Nguyễn Thị Hồng Nhung', roles: ['officer'] };
const COLLEAGUE: Session = { officerId: 'canbo02', displayName: 'Trần Văn Bình', roles: ['officer'] };


/** A portal that delivers every intake and remembers each key it was sent. */
function recordingPortal() {
  const keys: string[] = [];
  const sender: ActionSender = {
    send(action: OutgoingAction) {
      keys.push(action.idemKey);
      return Promise.resolve({ kind: 'delivered', dossier: makeDossier('000.00.12.H29-260615-0042') });
    },
  };
  return { sender, keys };
}

/** An intake recorded by canbo01 that the portal refused with `error`. */
function setup(error: unknown = { code: 'rejected', params: { status: 422 }, message: { vi: 'Số điện thoại không hợp lệ', en: 'Invalid phone' } }) {
  const db = memoryDeskDb();
  const outbox = createOutboxRepo(db);
  const dossiers = createDossierStore(db);
  const audit = createAuditLog(db, () => AT);
  let armed: FailpointName | null = null;
  const actions = createActionService({
    db, outbox, audit, dossiers, now: () => AT, deviceId: 'a1b2c3d4', agencyCode: 'H29.12', afterEnqueue: () => undefined,
    failpoint: (name) => {
      if (name === armed) throw new Error(`crash at ${name}`);
    },
  });
  const queue = createQueueService({ db, outbox, audit, dossiers, now: () => AT, nudge: () => undefined });
  const first = actions.intake(sent, OFFICER);
  outbox.markSending(first.seq, AT.toISOString());
  outbox.markFailed(first.seq, AT.toISOString(), 'rejected', error);
  const portal = recordingPortal();
  const drain = createOutboxDrain({ db, outbox, sender: portal.sender, now: () => AT, hooks: { delivered: () => undefined, failed: () => undefined } });
  const rows = () => db.prepare('SELECT seq, state, idem_key, payload FROM outbox ORDER BY seq').all() as { seq: number; state: string; idem_key: string; payload: string }[];
  return { db, outbox, dossiers, actions, queue, first, portal, drain, rows, arm: (name: FailpointName | null) => (armed = name) };
}

describe('correct and resend a rejected intake', () => {
  it('hands the form what was sent, unmasked, and audits it as a reveal with its purpose', () => {
    const t = setup();
    const draft = t.actions.correctionDraft(t.first.seq, OFFICER);
    // What went on the wire: as typed, with the competent unit the desk decided.
    expect(draft).toEqual({ seq: t.first.seq, dossierCode: t.first.dossierCode, intake: { ...sent, competentUnitCode: '000.30.12.H29' } });
    const row = t.db.prepare("SELECT officer_id, subject, detail FROM audit WHERE action = 'reveal'").get() as { officer_id: string; subject: string; detail: string };
    expect(row).toMatchObject({ officer_id: 'canbo01', subject: '••••••••1234' });
    expect(JSON.parse(row.detail)).toMatchObject({ seq: t.first.seq, reason: expect.stringContaining('Sửa và gửi lại') as unknown });
    expect(() => t.actions.correctionDraft(t.first.seq, COLLEAGUE)).toThrow(expect.objectContaining({ code: 'FORBIDDEN_ROLE' }));
  });

  it('supersedes the old row and queues the corrected one under the same provisional code; only the new one is ever delivered, once', async () => {
    const t = setup();
    const oldKey = t.rows()[0]?.idem_key;
    const resent = t.actions.resendIntake(t.first.seq, corrected, OFFICER);
    expect(resent.dossierCode).toBe(t.first.dossierCode);
    expect(resent.dueAt).toBe(t.first.dueAt);
    expect(t.rows().map((r) => [r.seq, r.state])).toEqual([[t.first.seq, 'withdrawn'], [resent.seq, 'waiting']]);
    const history = t.queue.get(t.first.seq).history;
    expect(history.at(-1)).toMatchObject({ event: 'superseded', detail: { bySeq: resent.seq } });
    expect(t.queue.get(resent.seq).history.at(-1)).toMatchObject({ event: 'corrects', detail: { seq: t.first.seq } });
    expect(JSON.parse(t.dossiers.body(t.first.dossierCode) ?? '{}')).toMatchObject({ applicant: { phone: '0912345678' } });

    await t.drain.drain();
    t.outbox.recoverSending();
    t.outbox.sendWaitingNow();
    await t.drain.drain();
    const newKey = t.rows()[1]?.idem_key;
    expect(t.portal.keys).toEqual([newKey]);
    expect(t.portal.keys).not.toContain(oldKey);
    // The superseded row can never be sent again: not re-applied, not resent a second time.
    expect(() => t.queue.reapply(t.first.seq, undefined, OFFICER)).toThrow(expect.objectContaining({ code: 'REJECTED' }));
    expect(() => t.actions.resendIntake(t.first.seq, corrected, OFFICER)).toThrow(expect.objectContaining({ code: 'REJECTED' }));
    expect(t.rows()).toHaveLength(2);
  });

  it('a crash between queueing the new row and superseding the old leaves the old one alone, still correctable — never both, never none', async () => {
    const t = setup();
    t.arm('resend-after-insert');
    expect(() => t.actions.resendIntake(t.first.seq, corrected, OFFICER)).toThrow();
    expect(t.rows().map((r) => r.state)).toEqual(['rejected']);
    expect(JSON.parse(t.dossiers.body(t.first.dossierCode) ?? '{}')).toMatchObject({ applicant: { phone: '0912 345 67' } });
    await t.drain.drain();
    expect(t.portal.keys).toEqual([]);
    t.arm(null);
    t.actions.resendIntake(t.first.seq, corrected, OFFICER);
    await t.drain.drain();
    expect(t.rows().map((r) => r.state)).toEqual(['withdrawn', 'delivered']);
    expect(t.portal.keys).toHaveLength(1);
  });

  it.each([
    ['a function that no longer exists (410)', { code: 'rejected', params: { status: 410 }, message: { vi: 'Đã bãi bỏ', en: 'Gone' } }],
    ['an unknown dossier', { code: 'not_found', message: { vi: 'Không tìm thấy', en: 'Not found' } }],
    ['an action recorded for another portal', { code: 'rejected', message: { vi: 'Cổng khác', en: 'Another portal' } }],
  ])('is refused for %s, changing nothing', (_what, error) => {
    const t = setup(error);
    expect(() => t.actions.resendIntake(t.first.seq, corrected, OFFICER)).toThrow(expect.objectContaining({ code: 'REJECTED' }));
    expect(() => t.actions.correctionDraft(t.first.seq, OFFICER)).toThrow(expect.objectContaining({ code: 'REJECTED' }));
    expect(t.rows().map((r) => r.state)).toEqual(['rejected']);
  });

  it('is refused while other actions wait behind the intake (they would go first)', () => {
    const t = setup();
    t.outbox.insert({
      idemKey: 'behind', kind: 'note', dossierCode: t.first.dossierCode, basedOnSeq: t.first.seq, expectedVersion: 1,
      payload: JSON.stringify({ kind: 'note', text: 'Hẹn trả kết quả' }), officerId: 'canbo01', createdAt: AT.toISOString(),
    });
    expect(() => t.actions.resendIntake(t.first.seq, corrected, OFFICER)).toThrow(expect.objectContaining({ code: 'REJECTED' }));
    expect(t.rows().map((r) => r.state)).toEqual(['rejected', 'waiting']);
  });
});
