import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { DeskFailure } from '../../../shared/contract/errors';
import type { ReportStorageProgress, StorageProgress } from '../../../shared/contract/storage';
import { CIPHER_SCHEMES, selectCipher, type CipherScheme } from '../db/cipher-scheme';
import { openDatabase } from '../db/connection';
import { recordCipherChange, STORAGE_CIPHER_TABLE_NAME } from '../db/storage-cipher';
import { failpointsFromEnv, type Failpoint } from '../failpoints';
import { tableRowCount, userTables, type RowCounts } from '../db/row-counts';

const COPY_CHUNK_BYTES = 16 * 1024 * 1024;
const schemeSchema = z.enum(Object.keys(CIPHER_SCHEMES) as [CipherScheme, ...CipherScheme[]]);

/**
 * What survives a crash mid-way: which step finished, and what the original looked like
 * then (a changed original means starting over). Written once the copy is rekeyed (a copy
 * interrupted mid-copy or mid-rekey is made again), then after the check; removed at the end.
 */
const stateSchema = z.object({
  from: schemeSchema,
  to: schemeSchema,
  phase: z.enum(['encrypted', 'checked']),
  source: z.object({ size: z.number(), mtimeMs: z.number() }),
  before: z.object({ tables: z.number(), rows: z.number() }),
});
type ReencryptState = z.infer<typeof stateSchema>;

export interface ReencryptFiles {
  readonly work: string;
  readonly state: string;
}

export const reencryptFiles = (path: string): ReencryptFiles => ({ work: `${path}.reencrypting`, state: `${path}.reencrypt.json` });

export interface ReencryptResult extends RowCounts {
  readonly from: CipherScheme;
  readonly to: CipherScheme;
  /** True when an earlier, interrupted run's finished steps were kept. */
  readonly resumed: boolean;
}

/** The tables whose rows must survive; the cipher record itself is what the re-encryption changes. */
const dataTables = (db: Database.Database): string[] => userTables(db).filter((name) => name !== STORAGE_CIPHER_TABLE_NAME);

function readState(path: string, from: CipherScheme, to: CipherScheme): ReencryptState | null {
  const { state, work } = reencryptFiles(path);
  if (!existsSync(state) || !existsSync(work)) return null;
  let parsed: ReencryptState;
  try {
    parsed = stateSchema.parse(JSON.parse(readFileSync(state, 'utf8')));
  } catch {
    return null;
  }
  const source = statSync(path);
  const unchanged = parsed.source.size === source.size && parsed.source.mtimeMs === source.mtimeMs;
  return unchanged && parsed.from === from && parsed.to === to ? parsed : null;
}

function writeState(path: string, state: ReencryptState): void {
  const file = reencryptFiles(path).state;
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

/** Copies in chunks so a caller can show progress (and yield) between them; fsyncs the copy. */
function* copyFile(source: string, target: string): Generator<StorageProgress> {
  const total = statSync(source).size;
  const input = openSync(source, 'r');
  const output = openSync(target, 'w', 0o600);
  try {
    const buffer = Buffer.alloc(COPY_CHUNK_BYTES);
    let done = 0;
    for (;;) {
      const read = readSync(input, buffer, 0, buffer.length, done);
      if (read === 0) break;
      writeSync(output, buffer, 0, read);
      done += read;
      yield { job: 'reencrypt', step: 'copy', done, total, finished: false };
    }
    fsyncSync(output);
  } finally {
    closeSync(input);
    closeSync(output);
  }
}

/**
 * Rewrites every page of the copy with the new cipher (rekey needs a rollback journal,
 * not WAL), then records the change in the copy itself.
 */
function rekeyCopy(work: string, keyHex: string, from: CipherScheme, to: CipherScheme, before: RowCounts): void {
  const db = new Database(work);
  try {
    selectCipher(db, from);
    db.pragma(`key="x'${keyHex}'"`);
    db.pragma('journal_mode = DELETE');
    selectCipher(db, to);
    db.pragma(`rekey="x'${keyHex}'"`);
    recordCipherChange(db, { from, to, at: new Date(), detail: { ...before } });
  } finally {
    db.close();
  }
}

/**
 * Re-encrypts a database from one page cipher to another without risking it, one step
 * at a time (each yield is a progress report): fold the WAL into the original and count
 * its rows, copy it, rekey the copy, count the copy's rows table by table, then rename
 * the copy over the original. The original is only read until that rename; a crash
 * leaves it whole, and the next run keeps the steps that had finished.
 */
export function* reencryptSteps(
  path: string,
  keyHex: string,
  from: CipherScheme,
  to: CipherScheme,
  failpoint: Failpoint = failpointsFromEnv(),
): Generator<StorageProgress, ReencryptResult> {
  const { work, state: stateFile } = reencryptFiles(path);
  let state = readState(path, from, to);
  const resumed = state !== null;
  if (!state) {
    rmSync(work, { force: true });
    rmSync(`${work}-journal`, { force: true });
    const source = openDatabase(path, { keyHex, cipher: from });
    let before: RowCounts;
    try {
      source.pragma('wal_checkpoint(TRUNCATE)');
      const tables = dataTables(source);
      before = { tables: tables.length, rows: tables.reduce((sum, name) => sum + tableRowCount(source, name), 0) };
    } finally {
      source.close();
    }
    const { size, mtimeMs } = statSync(path);
    yield* copyFile(path, work);
    failpoint('reencrypt-after-copy');
    yield { job: 'reencrypt', step: 'encrypt', done: 0, total: 1, finished: false };
    rekeyCopy(work, keyHex, from, to, before);
    state = { from, to, phase: 'encrypted', source: { size, mtimeMs }, before };
    writeState(path, state);
    yield { job: 'reencrypt', step: 'encrypt', done: 1, total: 1, finished: false };
    failpoint('reencrypt-after-encrypt');
  }
  if (state.phase === 'encrypted') {
    const check = openDatabase(work, { keyHex, cipher: to });
    let after = { tables: 0, rows: 0 };
    try {
      const tables = dataTables(check);
      for (const [i, name] of tables.entries()) {
        after = { tables: i + 1, rows: after.rows + tableRowCount(check, name) };
        yield { job: 'reencrypt', step: 'check', done: i + 1, total: tables.length, finished: false };
      }
    } finally {
      check.close();
    }
    if (after.rows !== state.before.rows || after.tables !== state.before.tables) {
      rmSync(work, { force: true });
      rmSync(stateFile, { force: true });
      throw new DeskFailure('STORAGE', 'Re-encrypting the database failed a check; the original database is unchanged.', { before: state.before, after });
    }
    state = { ...state, phase: 'checked' };
    writeState(path, state);
    failpoint('reencrypt-after-check');
  }
  // The original's WAL was folded in and is empty; a stale one must not be replayed over the new file.
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  renameSync(work, path);
  failpoint('reencrypt-after-swap');
  rmSync(stateFile, { force: true });
  yield { job: 'reencrypt', step: 'swap', done: 1, total: 1, finished: true };
  return { ...state.before, from, to, resumed };
}

/** Runs every step at once (command-line tools, tests). */
export function reencryptDatabase(path: string, keyHex: string, from: CipherScheme, to: CipherScheme, failpoint?: Failpoint): ReencryptResult {
  const steps = reencryptSteps(path, keyHex, from, to, failpoint);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps yielding to the event loop between them, so progress reaches the screen. */
export async function reencryptDatabaseAsync(
  path: string,
  keyHex: string,
  from: CipherScheme,
  to: CipherScheme,
  onProgress: ReportStorageProgress,
): Promise<ReencryptResult> {
  const steps = reencryptSteps(path, keyHex, from, to);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await onProgress(next.value);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Leftovers of a run whose swap had happened (the database already opens with the new cipher). */
export function removeReencryptLeftovers(path: string): void {
  const { work, state } = reencryptFiles(path);
  for (const file of [work, `${work}-journal`, state, `${state}.tmp`]) rmSync(file, { force: true });
}
