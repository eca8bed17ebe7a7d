import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/contract/roles';
import { makeDossier } from '../../../../test/fixtures/cache-data';
import { createAuditLog } from '../../audit/audit-log';
import { memoryDeskDb } from '../../audit/test-db';
import { createDossierStore } from '../../db/cache/dossier-store';
import { createOutboxRepo } from '../../db/outbox/outbox-repo';
import { createQueueService } from './queue-service';

const AT = '2026-06-15T03:00:00.000Z';
const RECORDER: Session = { officerId: 'canbo01', displayName: 'Nguyễn Thị Hồng Nhung', roles: ['officer'] };
const COLLEAGUE: Session = { officerId: 'canbo02', displayName: 'Trần Văn Bình', roles: ['officer'] };
const SUPERVISOR: Session = { officerId: 'giamsat01', displayName: 'Lê Thị Thu Hà', roles: ['supervisor'] };

/** One rejected note by canbo01, recorded for an old portal origin. */
function setup() {
  const db = memoryDeskDb();
  const outbox = createOutboxRepo(db);
  const dossiers = createDossierStore(db);
  const dossier = makeDossier('000.00.12.H29-260615-0001');
  dossiers.put(dossier);
  const seq = outbox.insert({
    idemKey: 'key-1', kind: 'note', dossierCode: dossier.code, basedOnSeq: null, expectedVersion: dossier.version,
    payload: JSON.stringify({ kind: 'note', text: 'Đã gọi điện hẹn bổ sung giấy tờ' }), officerId: 'canbo01', createdAt: AT,
    portalOrigin: 'https://old-gateway.example',
  });
  outbox.markSending(seq, AT);
  outbox.markFailed(seq, AT, 'rejected', { code: 'rejected', message: { vi: 'Bị từ chối', en: 'Rejected' } });
  const queue = createQueueService({
    db, outbox, dossiers, audit: createAuditLog(db, () => new Date(AT)), now: () => new Date(AT), nudge: () => undefined,
    portalOrigin: 'https://dvc.example.gov.vn',
  });
  return { db, outbox, queue, seq };
}

describe('queue actions belong to the officer who recorded them', () => {
  it('refuses a colleague re-applying or withdrawing the action, and changes nothing', () => {
    const t = setup();
    expect(() => t.queue.reapply(t.seq, undefined, COLLEAGUE)).toThrow(expect.objectContaining({ code: 'FORBIDDEN_ROLE' }));
    expect(() => t.queue.withdraw(t.seq, 'nhầm hồ sơ', COLLEAGUE)).toThrow(expect.objectContaining({ code: 'FORBIDDEN_ROLE' }));
    expect(() => t.queue.withdraw(t.seq, 'nhầm hồ sơ', null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(t.outbox.get(t.seq)).toMatchObject({ state: 'rejected', officer_id: 'canbo01', idem_key: 'key-1' });
  });

  it('lets the recorder re-apply it as themself, to the portal configured now', () => {
    const t = setup();
    expect(t.queue.reapply(t.seq, undefined, RECORDER)).toMatchObject({ state: 'waiting', officerId: 'canbo01' });
    expect(t.outbox.get(t.seq)).toMatchObject({ portal_origin: 'https://dvc.example.gov.vn' });
  });

  it('lets a supervisor re-apply it, who then becomes its sender', () => {
    const t = setup();
    expect(t.queue.reapply(t.seq, undefined, SUPERVISOR)).toMatchObject({ state: 'waiting', officerId: 'giamsat01' });
    const audit = t.db.prepare("SELECT officer_id, detail FROM audit WHERE action = 'action_reapplied'").get() as { officer_id: string; detail: string };
    expect(audit.officer_id).toBe('giamsat01');
    expect(JSON.parse(audit.detail)).toMatchObject({ recordedBy: 'canbo01' });
  });

  it('lets a supervisor withdraw it', () => {
    const t = setup();
    expect(t.queue.withdraw(t.seq, 'Công dân không đến nữa', SUPERVISOR)).toMatchObject({ state: 'withdrawn', officerId: 'canbo01' });
  });
});
