import type { LocalizedText } from '../../validation';
import { isBlank } from '../blank';
import { personalIdProblem } from '../intake-rules';
import { formatVnd } from '../money';
import { maskTail } from '../../privacy';
import type { FieldProblem, ResultCollector } from './define-kind';

/** Who collects a result at the counter: the applicant themself, or a person they authorised. */
export const COLLECTOR_LABELS = {
  applicant: { vi: 'Chính người nộp hồ sơ', en: 'The applicant themself' },
  authorised: { vi: 'Người được ủy quyền', en: 'An authorised person' },
} as const satisfies Record<string, LocalizedText>;

/** The authorised person's fields are asked only for that choice. */
export const AUTHORISED = { field: 'collector', equals: 'authorised' } as const;

/** A return_result payload; queued by an older version it may lack the collector and the fee. */
interface Collection {
  readonly collector?: keyof typeof COLLECTOR_LABELS | undefined;
  readonly collectorName?: string | undefined;
  readonly collectorId?: string | undefined;
  readonly feeCollectedVnd?: number | undefined;
}

const NAME_NEEDED = { vi: 'Nhập họ và tên người được ủy quyền nhận kết quả.', en: 'Enter the full name of the person authorised to collect.' };
const ID_NEEDED = { vi: 'Nhập số định danh (12 chữ số) của người được ủy quyền.', en: 'Enter the authorised person\'s 12-digit ID number.' };

const idOf = (a: Collection): string => (a.collectorId ?? '').replace(/\s/g, '');

/** An authorised person needs a name and a valid personal ID number (the same rules as at intake). */
export function collectorProblem(a: Collection, officeToday: string): FieldProblem | null {
  if (a.collector !== 'authorised') return null;
  if (isBlank(a.collectorName ?? '')) return { field: 'collectorName', message: NAME_NEEDED };
  if (idOf(a) === '') return { field: 'collectorId', message: ID_NEEDED };
  const problem = personalIdProblem(idOf(a), officeToday);
  return problem ? { field: 'collectorId', message: problem } : null;
}

/** The collector as the portal fields carry it (no name or ID when the applicant collected; null when not recorded). */
export function collectorOf(a: Collection): ResultCollector | null {
  if (a.collector === undefined) return null;
  return a.collector === 'applicant' ? { self: true, name: null, idNumber: null } : { self: false, name: a.collectorName?.trim() ?? null, idNumber: idOf(a) || null };
}

/** One line for the log book and the portals' notes: who collected (ID masked) and the fee; null when neither is known. */
export function collectionNote(collector: ResultCollector | null | undefined, feeVnd: number | null | undefined): string | null {
  const parts: string[] = [];
  if (collector) {
    const id = collector.idNumber ? `, số định danh ${maskTail(collector.idNumber)}` : '';
    parts.push(`Người nhận kết quả: ${collector.self ? 'chính người nộp' : `${collector.name ?? ''} (được ủy quyền${id})`}`);
  }
  if (feeVnd !== null && feeVnd !== undefined) parts.push(`lệ phí đã thu: ${formatVnd(feeVnd)}`);
  return parts.length > 0 ? parts.join('; ') : null;
}
