import { copyFileSync, existsSync, statSync } from 'node:fs';
import type { Db } from '../../electron/core/db/connection';
import { openDatabase } from '../../electron/core/db/connection';

/** Size of a database with its WAL, in MB. */
export function databaseMb(path: string): number {
  const size = (p: string): number => (existsSync(p) ? statSync(p).size : 0);
  return Math.round(((size(path) + size(`${path}-wal`)) / 1e6) * 10) / 10;
}

/**
 * An unencrypted copy of an encrypted database (WAL folded in first), to show what
 * the cipher costs on the same query. The live database is only read.
 */
export function plaintextCopy(live: Db, sourcePath: string, targetPath: string, keyHex: string): void {
  live.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(sourcePath, targetPath);
  const copy = openDatabase(targetPath, { keyHex });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.rekey(Buffer.alloc(0));
  } finally {
    copy.close();
  }
}
