import { z } from 'zod';
import { outboxErrorSchema } from '../../../shared/contract/actions';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import type { ActionsKey, ActionsT } from '../../i18n/actions-t';

const EVENTS = ['queued', 'sending', 'retry', 'delivered', 'conflict', 'rejected', 'withdrawn', 'reapplied', 'resubmitted', 'superseded', 'corrects'] as const;
type EventName = (typeof EVENTS)[number];

// What each event carries in its detail (the outbox's history); read, never trusted.
const retryDetail = z.object({ nextAttemptAt: z.string().nullable().optional(), error: outboxErrorSchema });
const withdrawnDetail = z.object({ reason: z.string() });
const supersededDetail = z.object({ bySeq: z.number().int() });
const correctsDetail = z.object({ seq: z.number().int() });

/** One history entry in the officer's words: the event, then the reason or the next try when it has one. */
export function historyLine(entry: { readonly event: string; readonly detail: unknown }, t: ActionsT, language: 'vi' | 'en'): string {
  const known = EVENTS.find((e): e is EventName => e === entry.event);
  const superseded = supersededDetail.safeParse(entry.detail);
  if (known === 'superseded' && superseded.success) return t('queue.events.superseded', { seq: superseded.data.bySeq });
  const corrects = correctsDetail.safeParse(entry.detail);
  if (known === 'corrects' && corrects.success) return t('queue.events.corrects', { seq: corrects.data.seq });
  const name = t(`queue.events.${known ?? 'other'}` as ActionsKey);
  const retry = retryDetail.safeParse(entry.detail);
  if (known === 'retry' && retry.success) {
    const next = retry.data.nextAttemptAt ? ` — ${t('queue.nextTryShort', { time: formatDisplayDateTime(retry.data.nextAttemptAt) })}` : '';
    return `${name}: ${retry.data.error.message[language]}${next}`;
  }
  const failed = outboxErrorSchema.safeParse(entry.detail);
  if ((known === 'conflict' || known === 'rejected') && failed.success) return `${name}: ${failed.data.message[language]}`;
  const withdrawn = withdrawnDetail.safeParse(entry.detail);
  if (known === 'withdrawn' && withdrawn.success) return `${name}. ${t('queue.withdrawReasonWas', { reason: withdrawn.data.reason })}`;
  return name;
}
