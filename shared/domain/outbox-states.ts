import { z } from 'zod';

/** Where a queued counter action is in its life; rows are kept in every state, never deleted. */
export const OUTBOX_STATES = ['waiting', 'sending', 'delivered', 'conflict', 'rejected', 'withdrawn'] as const;
export const outboxStateSchema = z.enum(OUTBOX_STATES);
export type OutboxStateName = z.infer<typeof outboxStateSchema>;

/** Still owed to the portal or waiting for the officer: neither delivered nor withdrawn. */
export const OPEN_OUTBOX_STATES = ['waiting', 'sending', 'conflict', 'rejected'] as const satisfies readonly OutboxStateName[];
export const openOutboxStateSchema = z.enum(OPEN_OUTBOX_STATES);
