import { join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../../test/tmp';
import { openDatabase } from '../connection';
import { createIdleCheckpointer } from './idle-checkpoint';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function fileDb() {
  const dir = tempDir();
  dirs.push(dir);
  const db = openDatabase(join(dir.path, 'desk.sqlite'));
  db.exec('CREATE TABLE t (x INTEGER) STRICT');
  return db;
}

describe('idle checkpoints', () => {
  it('checkpoint after the commits, off the caller\'s stack, once per `everyCommits`', async () => {
    const db = fileDb();
    const checkpoints = createIdleCheckpointer(db, { everyCommits: 3, backstopPages: 5000 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(5000);
    const pragma = vi.spyOn(db, 'pragma');
    const commit = () => {
      db.prepare('INSERT INTO t VALUES (1)').run();
      checkpoints.committed();
    };
    commit();
    commit();
    await turn();
    expect(pragma).not.toHaveBeenCalled();
    commit();
    expect(pragma).not.toHaveBeenCalled();
    await turn();
    expect(pragma).toHaveBeenCalledExactlyOnceWith('wal_checkpoint(PASSIVE)');
    commit();
    await turn();
    expect(pragma).toHaveBeenCalledTimes(1);
    db.close();
  });

  it('a database closed before the checkpoint runs is left alone', async () => {
    const db = fileDb();
    const checkpoints = createIdleCheckpointer(db, { everyCommits: 1 });
    checkpoints.committed();
    db.close();
    await turn();
    expect(db.open).toBe(false);
  });
});
