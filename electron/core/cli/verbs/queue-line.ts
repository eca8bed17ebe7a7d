import type { QueuedAction } from '../../../../shared/contract/actions';
import { ACTION_KIND_NAMES, actionKindSchema } from '../../../../shared/domain/action-kinds';
import { OUTBOX_STATE_NAMES } from '../../../../shared/domain/outbox-states';
import { say, type CliIo } from '../io';

/** One `desk queue` line: the state and the kind by the names the Queue screen shows, then the reason. */
export function queueLine(io: Pick<CliIo, 'lang'>, r: QueuedAction): string {
  const kind = actionKindSchema.safeParse(r.kind);
  const kindName = kind.success ? say(io, ACTION_KIND_NAMES[kind.data]) : r.kind;
  const reason = r.lastError ? say(io, r.lastError.message) : '';
  return `${String(r.seq).padStart(6)} ${say(io, OUTBOX_STATE_NAMES[r.state]).padEnd(12)} ${kindName.padEnd(28)} ${r.dossierCode.padEnd(28)} ${r.officerId} ${reason}`.trimEnd();
}
