import type { Db } from '../../electron/core/db/connection';

export interface LedgerVerdict {
  readonly actions: number;
  readonly delivered: number;
  readonly ledger: number;
  /** Keys the portal applied more than once. */
  readonly duplicates: number;
  /** Marked delivered here but absent from the portal's ledger. */
  readonly missing: number;
  /** In the ledger but unknown to this desk. */
  readonly unknown: number;
  /** Announced as queued (committed) but not in the outbox. */
  readonly lost: number;
  /** Still waiting, sending, in conflict or rejected. */
  readonly notDelivered: number;
  readonly ok: boolean;
}

/**
 * The exactly-once check of test/desk-harness.ts ledgerCheck, on a database and a
 * ledger: every action is delivered, each delivered key is in the ledger exactly once,
 * and the ledger holds nothing else (plus: nothing announced was lost).
 */
export function exactlyOnce(db: Db, ledgerKeys: readonly string[], announced: readonly string[] = []): LedgerVerdict {
  const rows = db.prepare<[], { idem_key: string; state: string }>('SELECT idem_key, state FROM outbox').all();
  const local = new Set(rows.map((r) => r.idem_key));
  const counts = new Map<string, number>();
  for (const k of ledgerKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const delivered = rows.filter((r) => r.state === 'delivered');
  const verdict = {
    actions: rows.length,
    delivered: delivered.length,
    ledger: ledgerKeys.length,
    duplicates: [...counts.values()].filter((n) => n > 1).length,
    missing: delivered.filter((r) => !counts.has(r.idem_key)).length,
    unknown: [...counts.keys()].filter((k) => !local.has(k)).length,
    lost: announced.filter((k) => !local.has(k)).length,
    notDelivered: rows.length - delivered.length,
  };
  return { ...verdict, ok: verdict.duplicates + verdict.missing + verdict.unknown + verdict.lost + verdict.notDelivered === 0 };
}
