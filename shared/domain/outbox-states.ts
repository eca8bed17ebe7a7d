import { z } from 'zod';
import type { LocalizedText } from '../validation';

/** Where a queued counter action is in its life; rows are kept in every state, never deleted. */
export const OUTBOX_STATES = ['waiting', 'sending', 'delivered', 'conflict', 'rejected', 'withdrawn'] as const;
export const outboxStateSchema = z.enum(OUTBOX_STATES);
export type OutboxStateName = z.infer<typeof outboxStateSchema>;

/** Still owed to the portal or waiting for the officer: neither delivered nor withdrawn. */
export const OPEN_OUTBOX_STATES = ['waiting', 'sending', 'conflict', 'rejected'] as const satisfies readonly OutboxStateName[];
export const openOutboxStateSchema = z.enum(OPEN_OUTBOX_STATES);

/** Each state by the name the officer reads, on every screen and in the CLI. */
export const OUTBOX_STATE_NAMES = {
  waiting: { vi: 'Chờ gửi', en: 'Waiting' },
  sending: { vi: 'Đang gửi', en: 'Sending' },
  delivered: { vi: 'Đã gửi', en: 'Delivered' },
  conflict: { vi: 'Xung đột', en: 'Conflict' },
  rejected: { vi: 'Bị từ chối', en: 'Rejected' },
  withdrawn: { vi: 'Đã rút lại', en: 'Withdrawn' },
} as const satisfies Record<OutboxStateName, LocalizedText>;

/** The names in one language, keyed by state (the renderer's catalogues read these). */
export const outboxStateNamesIn = (language: keyof LocalizedText): Record<OutboxStateName, string> =>
  Object.fromEntries(OUTBOX_STATES.map((state) => [state, OUTBOX_STATE_NAMES[state][language]])) as Record<OutboxStateName, string>;
