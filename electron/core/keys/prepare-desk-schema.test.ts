import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorageProgress } from '../../../shared/contract/storage';
import { openDatabase } from '../db/connection';
import { migrate, type Migration } from '../db/migrate';
import { migrations } from '../db/migrations';
import { tempDir } from '../../../test/tmp';
import { prepareDeskSchema } from './prepare-desk-schema';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const KEY_HEX = Buffer.alloc(32, 0x3c).toString('hex');

/** An encrypted desk database at the schema the first `upTo` migrations give. */
function deskAt(upTo: number): string {
  const dir = tempDir('desk-schema-');
  dirs.push(dir);
  const path = join(dir.path, 'desk.sqlite');
  const db = openDatabase(path, { keyHex: KEY_HEX });
  migrate(db, migrations.slice(0, upTo));
  db.close();
  return path;
}
const versionOf = (path: string): number => {
  const db = openDatabase(path, { keyHex: KEY_HEX });
  try {
    return Number(db.pragma('user_version', { simple: true }));
  } finally {
    db.close();
  }
};
const latest = Math.max(...migrations.map((m) => m.version));

describe('schema migrations before the desk opens', () => {
  it('reports migration n of N while a large cache migrates, and leaves it current', async () => {
    const path = deskAt(3);
    const seen: StorageProgress[] = [];
    const version = await prepareDeskSchema(path, KEY_HEX, (p) => void seen.push(p), { screenFromBytes: 0 });
    const pending = migrations.length - 3;
    expect(version).toBe(latest);
    expect(versionOf(path)).toBe(latest);
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: pending + 1 }, (_, i) => i));
    expect(seen.every((p) => p.job === 'migrate' && p.step === 'migrate' && p.total === pending)).toBe(true);
    expect(seen.at(-1)?.finished).toBe(true);
    expect(seen.slice(0, -1).some((p) => p.finished)).toBe(false);
  });

  it('waits for the screen before the first migration runs', async () => {
    const path = deskAt(3);
    const order: string[] = [];
    const slowScreen = (p: StorageProgress) =>
      new Promise<void>((resolve) => {
        order.push(`report ${p.done}`);
        setTimeout(() => {
          order.push(`shown ${p.done}`);
          resolve();
        }, 5);
      });
    const spy: Migration[] = [...migrations.slice(0, 3), ...migrations.slice(3).map((m) => ({ ...m, up: (db: Parameters<Migration['up']>[0]) => (order.push(`run ${m.version}`), m.up(db)) }))];
    await prepareDeskSchema(path, KEY_HEX, slowScreen, { screenFromBytes: 0, migrations: spy });
    expect(order.slice(0, 3)).toEqual(['report 0', 'shown 0', `run ${migrations[3]?.version ?? 0}`]);
  });

  it('shows nothing for a small cache or a current one, and still migrates the small one', async () => {
    const small = deskAt(3);
    const seen: StorageProgress[] = [];
    expect(await prepareDeskSchema(small, KEY_HEX, (p) => void seen.push(p))).toBe(latest);
    expect(await prepareDeskSchema(small, KEY_HEX, (p) => void seen.push(p), { screenFromBytes: 0 })).toBe(latest);
    expect(seen).toEqual([]);
  });

  it('a failing migration changes nothing: the version and the data stay as they were', async () => {
    const path = deskAt(3);
    const before = versionOf(path);
    const failing: Migration[] = [...migrations, { version: latest + 10, name: 'broken', up: () => { throw new Error('broken step'); } }];
    await expect(prepareDeskSchema(path, KEY_HEX, () => undefined, { screenFromBytes: 0, migrations: failing })).rejects.toThrow('broken step');
    expect(versionOf(path)).toBe(before);
  });

  it('leaves a missing file and a wrong key to the core', async () => {
    const path = deskAt(3);
    expect(await prepareDeskSchema(`${path}.absent`, KEY_HEX, () => undefined)).toBeNull();
    expect(await prepareDeskSchema(path, Buffer.alloc(32, 1).toString('hex'), () => undefined)).toBeNull();
    expect(versionOf(path)).not.toBe(latest);
  });
});
