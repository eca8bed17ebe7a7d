import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SECONDARY_INDEXES } from '../../electron/core/db/cache/bulk-indexes';
import { openDatabaseForTools } from '../../electron/core/keys/tool-database';
import { tempDir } from '../tmp';
import { crashHarness, runChild } from './child-process';

// OpenCPS holds no citizen registry: its import is the dossiers alone (16 pages of 25).
describe.each([
  { dialect: 'onestop', citizens: 200, killAfterPages: 12 },
  { dialect: 'opencps', citizens: 0, killAfterPages: 8 },
] as const)('first import from the $dialect simulator survives a crash', ({ dialect, citizens, killAfterPages }) => {
  const harness = crashHarness(dialect);
  it('resumes from the last committed page: no gaps, no duplicates, name index complete', async () => {
    const dir = tempDir('desk-import-');
    try {
      const configPath = dir.file('config.json', JSON.stringify({ mode: 'training', training: { dialect } }));
      const args = { dataRoot: join(dir.path, 'data'), configPath, portalUrl: harness.sim.url, pageSize: 25 };
      // onestop: 200 citizens (8 pages) then 400 dossiers (16 pages); either way the kill lands mid-dossiers.
      const killed = await runChild(harness.script, { ...args, killAfterPages });
      expect(killed.signal).toBe('SIGKILL');
      const trainingDir = join(dir.path, 'data', 'training');
      const open = () => openDatabaseForTools(trainingDir);
      const midway = open();
      const partial = midway.prepare("SELECT import_done, rows FROM sync_state WHERE stream = 'dossiers'").get() as { import_done: number; rows: number };
      // Mid-way through the first import the dossier indexes are still to be built.
      const midwayIndexes = (midway.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'dossier_by_%'").pluck().all() as string[]);
      midway.close();
      expect(midwayIndexes).toEqual([]);
      expect(partial.import_done).toBe(0);
      expect(partial.rows).toBeGreaterThan(0);
      expect(partial.rows).toBeLessThan(400);
      const secondaryIndexes = [...Object.keys(SECONDARY_INDEXES.dossier), ...Object.keys(SECONDARY_INDEXES.citizen)].sort();
      const indexes = (db: ReturnType<typeof open>) =>
        (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?)) ORDER BY name").pluck().all(JSON.stringify(secondaryIndexes)) as string[]);

      const resumed = await runChild(harness.script, args);
      expect(resumed.code, resumed.stderr).toBe(0);
      const db = open();
      const counts = db.prepare(`SELECT
          (SELECT count(*) FROM dossier) AS dossiers,
          (SELECT count(DISTINCT code) FROM dossier) AS codes,
          (SELECT count(*) FROM citizen) AS citizens,
          (SELECT count(*) FROM dossier_name_fts) AS fts,
          (SELECT rows FROM sync_state WHERE stream = 'dossiers') AS pulledRows,
          (SELECT import_done FROM sync_state WHERE stream = 'dossiers') AS done,
          (SELECT count(*) FROM dossier_body) AS bodies`).get();
      const built = indexes(db);
      db.close();
      expect(built).toEqual(secondaryIndexes);
      // pulledRows counts every row received: exactly 400 means no page was fetched twice.
      expect(counts).toEqual({ dossiers: 400, codes: 400, citizens, fts: 400, pulledRows: 400, done: 1, bodies: 400 });
    } finally {
      dir.remove();
    }
  }, 120_000);
});
