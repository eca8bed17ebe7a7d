import type { SubjectErasure, SubjectReport } from '../../../shared/contract/privacy';
import { dossierStatusSchema } from '../../../shared/domain/dossier-status';
import { maskDigitRuns, maskTail } from '../../../shared/privacy';
import type { LocalizedText } from '../../../shared/validation';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/connection';
import { createSubjectRows, type SubjectCitizenRow, type SubjectDossierRow, type SubjectOutboxRow } from '../db/privacy/subject-rows';

/** Stands in for erased personal data in queued payloads (the portal still needs a well-formed action). */
export const REDACTED = '[đã xóa theo yêu cầu]';

/** What erasure on this PC cannot remove (Law 91/2025/QH15 allows keeping what a legal duty needs). */
export const KEPT: readonly LocalizedText[] = [
  {
    vi: 'Nhật ký kiểm tra (chuỗi băm) không xóa hay sửa được: đây là nhật ký xử lý dữ liệu bắt buộc; các dòng chỉ ghi số định danh đã che, mã hồ sơ và mã cán bộ.',
    en: 'The audit log (a hash chain) cannot be erased or edited: it is the mandatory processing log; its rows hold only masked ID numbers, dossier codes and officer IDs.',
  },
  {
    vi: 'Hồ sơ trên Cổng Dịch vụ công là hồ sơ gốc của cơ quan: máy này chỉ xóa bản lưu tạm; hồ sơ có thể được tải lại khi Cổng gửi cập nhật. Yêu cầu xóa trên Cổng gửi tới đơn vị quản lý Cổng.',
    en: 'Dossiers on the portal are the agency\'s record: this PC erases only its cached copy, which comes back if the portal sends an update. Erasure on the portal is a request to the portal\'s operator.',
  },
  {
    vi: 'Thao tác đã gửi lên Cổng đã nằm trên Cổng; nội dung của chúng trên máy này được che như thao tác chưa gửi.',
    en: 'Actions already delivered are on the portal; their copies on this PC are redacted like the unsent ones.',
  },
];

interface Subject {
  readonly citizenRow: SubjectCitizenRow | null;
  readonly fullName: string | null;
  readonly dossiers: SubjectDossierRow[];
  readonly outbox: SubjectOutboxRow[];
}

const nameOf = (body: string): { fullName: string | null; kind: string } => {
  const value: unknown = JSON.parse(body);
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { fullName: typeof record.fullName === 'string' ? record.fullName : null, kind: typeof record.kind === 'string' ? record.kind : 'citizen' };
};

/** Replaces every string holding one of `secrets` (and an intake applicant's contact fields) in a JSON payload. */
function redactPayload(payload: string, secrets: readonly string[]): string {
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return secrets.some((s) => value.includes(s)) ? REDACTED : value;
    if (Array.isArray(value)) return value.map(scrub);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).map(([k, v]) => [k, scrub(v)] as const);
    return Object.fromEntries(entries);
  };
  const parsed = scrub(JSON.parse(payload));
  const applicant = (parsed as { applicant?: Record<string, unknown> }).applicant;
  if (applicant) {
    // The intake schema needs a name and an address; contact details can simply go.
    Object.assign(applicant, { name: REDACTED, address: REDACTED, idNumber: null, phone: null, email: null });
  }
  return JSON.stringify(parsed);
}

/**
 * Answers a data-subject request about one person (Law 91/2025/QH15, Decree 356/2025):
 * lists what this PC caches about them, or erases it. Both are audited with the masked
 * identifier and counts only, never the personal data itself.
 */
export function createSubjectRequests({ db, audit }: { readonly db: Db; readonly audit: AuditLog }) {
  const rows = createSubjectRows(db);

  const find = (identifier: string): Subject => {
    const citizenRow = rows.citizen(identifier);
    const dossiers = rows.dossiers(identifier);
    const outbox = rows.outbox(dossiers.map((d) => d.code), identifier);
    return { citizenRow, fullName: citizenRow ? nameOf(citizenRow.body).fullName : null, dossiers, outbox };
  };

  return {
    list(identifier: string, officerId: string): SubjectReport {
      const subject = find(identifier);
      const codes = subject.dossiers.map((d) => d.code);
      // Audit rows name a dossier by the code it had then: the provisional one before delivery too.
      const known = [...new Set([...codes, ...subject.outbox.map((o) => o.dossier_code)])];
      const aliases = rows.provisionalCodesOf(known);
      const deskRows = rows.deskActivity(identifier);
      const auditRows = rows.audit([...known, ...aliases, maskTail(identifier)], subject.citizenRow?.id ?? -1, identifier);
      audit.append({
        officerId, action: 'subject_listed', subject: maskTail(identifier),
        detail: { citizen: subject.citizenRow ? 1 : 0, dossiers: codes.length, outbox: subject.outbox.length, audit: auditRows.length, deskActivity: deskRows.length },
      });
      return {
        identifierMasked: maskTail(identifier),
        citizen: subject.citizenRow ? { ref: subject.citizenRow.id, fullName: subject.fullName ?? '', kind: nameOf(subject.citizenRow.body).kind } : null,
        dossiers: subject.dossiers.map((d) => ({ code: d.code, procedureName: d.procedure_name, status: dossierStatusSchema.parse(d.status), receivedAt: d.received_at })),
        outbox: subject.outbox.map((o) => ({ seq: o.seq, kind: o.kind, dossierCode: o.dossier_code, state: o.state, createdAt: o.created_at, sent: o.state === 'delivered' })),
        audit: auditRows.map((a) => ({ seq: a.seq, at: a.at, action: a.action, officerId: a.officer_id })),
        deskActivity: deskRows.map((d) => ({ id: d.id, kind: d.kind, createdAt: d.created_at, procedureName: d.procedure_name })),
        kept: [...KEPT],
      };
    },

    erase(identifier: string, reason: string, officerId: string): SubjectErasure {
      return db.transaction((): SubjectErasure => {
        const subject = find(identifier);
        const secrets = [identifier, subject.fullName, subject.citizenRow?.phone].filter((s): s is string => typeof s === 'string' && s.length >= 3);
        let outboxRedacted = 0;
        for (const row of subject.outbox) {
          const redacted = redactPayload(row.payload, secrets);
          if (redacted !== row.payload) {
            rows.redactOutbox(row.seq, redacted);
            outboxRedacted += 1;
          }
        }
        for (const d of subject.dossiers) rows.dropDossier(d.id);
        const citizen = subject.citizenRow ? rows.dropCitizen(subject.citizenRow.id) : 0;
        const deskActivityRedacted = rows.redactDeskActivity(identifier, REDACTED);
        const erased = { citizen, dossiers: subject.dossiers.length, outboxRedacted, deskActivityRedacted };
        audit.append({ officerId, action: 'subject_erased', subject: maskTail(identifier), detail: { ...erased, reason: maskDigitRuns(reason.normalize('NFC')) } });
        return { identifierMasked: maskTail(identifier), erased, kept: [...KEPT] };
      })();
    },
  };
}
export type SubjectRequests = ReturnType<typeof createSubjectRequests>;

