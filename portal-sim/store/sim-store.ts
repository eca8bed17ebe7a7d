import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChangeClock } from './clock';
import { openSimDb, readMeta, SIM_SCHEMA_VERSION, writeMeta, type SimDb } from './db';
import { createDossierActions, type DossierActions } from './dossier-actions';
import { generateDataset } from './generate';
import { createIdempotencyStore } from './idempotency';
import { createJournal, type Journal } from './journal';

export interface StoreOptions {
  readonly seed: number;
  readonly dossiers: number;
  readonly citizens: number;
  /** Anchor of the generated data; when absent, now (and an existing matching dataset is reused). */
  readonly referenceMs?: number;
  readonly dataDir?: string;
  /** Regenerate even when the data dir holds a matching dataset. */
  readonly fresh?: boolean;
}

const FILE = 'portal-sim.sqlite';

export interface SimStore {
  readonly db: SimDb;
  readonly dir: string;
  /** Change clock: strictly increasing ms. */
  readonly now: () => number;
  readonly actions: DossierActions;
  readonly journal: Journal;
  dossierJson(code: string): string | undefined;
  citizenJson(id: string): string | undefined;
  saveReceipt(r: StoredSimReceipt): void;
  /** Every receipt given to one device, oldest first. */
  receiptsOf(deviceId: string): StoredSimReceipt[];
  close(): void;
}

export interface StoredSimReceipt {
  readonly receiptId: string;
  readonly officerId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly hash: string;
  /** Wire form, yyyyMMddHHmmss office time. */
  readonly receivedAt: string;
  readonly signature: string;
}

function needsGeneration(db: SimDb, o: StoreOptions): boolean {
  const meta = readMeta(db);
  return (
    meta['schema'] !== String(SIM_SCHEMA_VERSION) ||
    meta['seed'] !== String(o.seed) ||
    meta['dossiers'] !== String(o.dossiers) ||
    meta['citizens'] !== String(o.citizens) ||
    (o.referenceMs !== undefined && meta['referenceMs'] !== String(o.referenceMs))
  );
}

/**
 * The simulator's data: one SQLite file in the data dir (a temp dir when none is given,
 * removed on close). A data dir holding the same seed and sizes is reused, with every
 * action applied before: the portal's state survives a restart, as a real one would.
 */
export function openSimStore(options: StoreOptions): SimStore {
  const temp = options.dataDir === undefined;
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'portal-sim-'));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, FILE);
  let db = openSimDb(path);
  if (options.fresh || needsGeneration(db, options)) {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    db = openSimDb(path);
    const referenceMs = options.referenceMs ?? Date.now();
    generateDataset(db, { seed: options.seed, dossiers: options.dossiers, citizens: options.citizens, referenceMs });
    writeMeta(db, { schema: SIM_SCHEMA_VERSION, seed: options.seed, dossiers: options.dossiers, citizens: options.citizens, referenceMs });
  }
  const now = createChangeClock(db);
  const idempotency = createIdempotencyStore(db);
  const journal = createJournal(db);
  const actions = createDossierActions({ db, idempotency, journal, now });
  const dossierBody = db.prepare('SELECT body FROM dossiers WHERE code = ?').pluck();
  const citizenBody = db.prepare('SELECT body FROM citizens WHERE id = ?').pluck();
  const insertReceipt = db.prepare(
    'INSERT INTO signed_receipts (receipt_id, officer_id, device_id, seq, hash, received_at, signature) VALUES (@receiptId, @officerId, @deviceId, @seq, @hash, @receivedAt, @signature)',
  );
  const selectReceipts = db.prepare<[string], StoredSimReceipt>(
    'SELECT receipt_id AS receiptId, officer_id AS officerId, device_id AS deviceId, seq, hash, received_at AS receivedAt, signature FROM signed_receipts WHERE device_id = ? ORDER BY seq, rowid',
  );
  return {
    db,
    dir,
    now,
    actions,
    journal,
    dossierJson: (code: string): string | undefined => dossierBody.get(code) as string | undefined,
    citizenJson: (id: string): string | undefined => citizenBody.get(id) as string | undefined,
    saveReceipt: (r: StoredSimReceipt): void => void insertReceipt.run(r),
    receiptsOf: (deviceId: string): StoredSimReceipt[] => selectReceipts.all(deviceId),
    close(): void {
      db.close();
      if (temp) rmSync(dir, { recursive: true, force: true });
    },
  };
}
