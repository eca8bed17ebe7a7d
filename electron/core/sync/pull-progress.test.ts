import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/contract/sync';
import { startDesk, type DeskUnderTest } from '../../../test/desk-harness';

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

describe('first import progress', () => {
  it('reports rows, the total left, a rate and the time left while pulling', async () => {
    desk = await startDesk();
    // A fresh desk on the same simulator: watch its first import page by page.
    const fresh = await startDesk({ simInstance: desk.sim });
    const seen: NonNullable<SyncStatus['pulling']>[] = [];
    fresh.core.events.onAny((name, payload) => {
      const pulling = name === 'sync.status' ? (payload as SyncStatus).pulling : null;
      if (pulling) seen.push(pulling);
    });
    fresh.database.db.exec("DELETE FROM sync_state; DELETE FROM dossier; DELETE FROM dossier_name_fts; DELETE FROM citizen;");
    await fresh.engine.pullNow();
    await fresh.stop();
    const dossiers = seen.filter((p) => p.stream === 'dossiers');
    expect(dossiers.length).toBeGreaterThan(1);
    expect(dossiers.every((p) => p.total === 400 && p.firstImport)).toBe(true);
    expect(dossiers.map((p) => p.rows)).toEqual([...dossiers.map((p) => p.rows)].sort((a, b) => a - b));
    expect(dossiers.at(-1)?.rows).toBe(400);
    expect(dossiers.at(-1)?.secondsLeft).toBe(0);
    expect(dossiers[0]?.secondsLeft).not.toBeNull();
  });
});
