import type { QueuedAction } from '../../../shared/contract';
import { ACTION_KIND_NAMES, actionKindSchema } from '../../../shared/domain/dossier-status';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import type { ActionsT } from '../../i18n/actions-t';

/** The kind's name in the officer's language (raw kind if the core sent one we do not know). */
export function kindName(kind: string, language: 'vi' | 'en'): string {
  const known = actionKindSchema.options.find((k) => k === kind);
  return known ? ACTION_KIND_NAMES[known][language] : kind;
}

export const reasonOf = (action: QueuedAction, language: 'vi' | 'en'): string => action.lastError?.message[language] ?? '';

/** When a waiting action goes next (a back-off or the portal's Retry-After), as a time, never a silent wait. */
export const nextTryOf = (action: QueuedAction, t: ActionsT): string | null =>
  action.state === 'waiting' && action.nextAttemptAt ? t('queue.nextTry', { time: formatDisplayDateTime(action.nextAttemptAt) }) : null;
