import type { OfficeRange, PendingAction, SupervisorReport } from '../../../../shared/contract/supervisor';
import { outboxErrorSchema } from '../../../../shared/contract/actions';
import { actionKindSchema, type ActionKind } from '../../../../shared/domain/dossier-status';
import { officeDate } from '../../../../shared/domain/office-time';
import { timeliness } from '../../../../shared/domain/timeliness';
import type { CollectedActions } from './action-entries';
import type { OutboxActionRow, UnitFacts } from '../../db/supervisor/unit-facts';

export const PORTAL_UNREACHABLE_NOTICE = {
  vi: 'Không kết nối được Cổng dịch vụ công: số liệu chỉ lấy từ máy này, thao tác của các quầy khác có thể bị thiếu.',
  en: "The portal could not be reached: figures come from this PC only; other counters' actions may be missing.",
};

/** The portal answered but keeps no unit-wide handling log (an OpenCPS site): said plainly, not as an outage. */
export const NO_HANDLING_LOG_NOTICE = {
  vi: 'Hệ thống một cửa của đơn vị không cung cấp sổ theo dõi thao tác chung: số hồ sơ lấy từ dữ liệu đã tải về, thao tác theo cán bộ chỉ gồm thao tác ghi trên máy này.',
  en: "The office's one-stop system keeps no shared handling log: dossier figures come from the downloaded data; actions per officer are only those recorded on this PC.",
};

export const zeroCounts = (): Record<ActionKind, number> =>
  Object.fromEntries(actionKindSchema.options.map((k) => [k, 0])) as Record<ActionKind, number>;

function reasonOf(row: OutboxActionRow): PendingAction['reason'] {
  if (row.last_error === null) return null;
  try {
    const parsed = outboxErrorSchema.safeParse(JSON.parse(row.last_error));
    return parsed.success ? parsed.data.message : null;
  } catch {
    return null;
  }
}

function pendingOf(rows: readonly OutboxActionRow[]): SupervisorReport['pending'] {
  const counts = { waiting: 0, sending: 0, conflict: 0, rejected: 0 };
  const items: PendingAction[] = [];
  for (const row of rows) {
    const kind = actionKindSchema.safeParse(row.kind);
    if (!kind.success || !(row.state in counts)) continue;
    const state = row.state as PendingAction['state'];
    counts[state] += 1;
    items.push({ seq: row.seq, kind: kind.data, dossierCode: row.dossier_code, officerId: row.officer_id, state, createdAt: row.created_at, reason: reasonOf(row) });
  }
  return { scope: 'this_pc', counts, items };
}

/** Assembles the report from the collected actions and the local cache. Pure apart from the reads. */
export function buildReport(range: OfficeRange, actions: CollectedActions, facts: UnitFacts, now: Date): SupervisorReport {
  const today = officeDate(now);
  const byOfficer = new Map<string, { officerName: string; counts: Record<ActionKind, number>; total: number }>();
  const totals = zeroCounts();
  for (const e of actions.entries) {
    const officer = byOfficer.get(e.officerId) ?? { officerName: e.officerName, counts: zeroCounts(), total: 0 };
    officer.counts[e.kind] += 1;
    officer.total += 1;
    if (officer.officerName === e.officerId) officer.officerName = e.officerName;
    byOfficer.set(e.officerId, officer);
    totals[e.kind] += 1;
  }
  const split = { early: 0, onTime: 0, late: 0 };
  const returned = facts.returnedIn(range);
  for (const d of returned) {
    if (d.due_at === null) continue;
    const t = timeliness({ dueDate: officeDate(new Date(d.due_at)), returnedDate: officeDate(new Date(d.returned_at)) }, today);
    if (t.kind === 'early') split.early += 1;
    else if (t.kind === 'on_time') split.onTime += 1;
    else if (t.kind === 'late') split.late += 1;
  }
  return {
    range: { from: range.from, to: range.to },
    generatedAt: now.toISOString(),
    today,
    portalReachable: actions.portalReachable,
    notice: actions.portalReachable ? null : actions.portalError === 'not_found' ? NO_HANDLING_LOG_NOTICE : PORTAL_UNREACHABLE_NOTICE,
    officers: [...byOfficer.entries()]
      .map(([officerId, o]) => ({ officerId, ...o }))
      .sort((a, b) => b.total - a.total || a.officerId.localeCompare(b.officerId)),
    actionTotals: totals,
    walkInGuidance: actions.entries.filter((e) => e.kind === 'vneid_guidance' && e.sync === 'local_only').length,
    dossiers: {
      received: facts.tileCount('received', range, today),
      returned: facts.tileCount('returned', range, today),
      dueToday: facts.tileCount('dueToday', range, today),
      overdue: facts.tileCount('overdue', range, today),
    },
    receivedByUnit: facts.receivedByUnit(range),
    timeliness: split,
    pending: pendingOf(facts.openOutbox()),
  };
}
