import { createHash } from 'node:crypto';
import type { SimResponse } from '../problem';
import { problem } from '../problem';
import type { SimDb } from './db';

/** Keys are kept 60 days (DESIGN.md: weeks, not hours); older ones are purged lazily. */
export const KEY_RETENTION_MS = 60 * 86_400_000;

export const fingerprintOf = (parts: unknown): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

export interface IdempotencyStore {
  /** The stored answer for the key, a 422 when the key was used for another payload, or null when new. */
  replay(key: string, fingerprint: string): SimResponse | null;
  /** Call inside the transaction that applies the effect. */
  remember(key: string, fingerprint: string, response: SimResponse): void;
  purge(nowMs: number): void;
}

export function createIdempotencyStore(db: SimDb): IdempotencyStore {
  const find = db.prepare('SELECT fingerprint, status, response FROM idempotency WHERE key = ?');
  const insert = db.prepare('INSERT INTO idempotency (key, fingerprint, status, response, created_ms) VALUES (?, ?, ?, ?, ?)');
  const purge = db.prepare('DELETE FROM idempotency WHERE created_ms < ?');
  let lastPurge = 0;
  return {
    replay(key, fingerprint) {
      const row = find.get(key) as { fingerprint: string; status: number; response: string } | undefined;
      if (!row) return null;
      if (row.fingerprint !== fingerprint) {
        return problem(422, 'idempotency-key-reused', 'Idempotency-Key reused with a different request', {
          detail: 'This Idempotency-Key was already used for a different request.',
          reason: {
            vi: 'Khóa chống trùng (Idempotency-Key) đã được dùng cho một yêu cầu khác.',
            en: 'This Idempotency-Key was already used for a different request.',
          },
        });
      }
      return { status: row.status, json: row.response, problem: false, headers: { 'Idempotent-Replayed': 'true' } };
    },
    remember(key, fingerprint, response) {
      insert.run(key, fingerprint, response.status, response.json.toString(), Date.now());
    },
    purge(nowMs) {
      if (nowMs - lastPurge < 60_000) return;
      lastPurge = nowMs;
      purge.run(nowMs - KEY_RETENTION_MS);
    },
  };
}
