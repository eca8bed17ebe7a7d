import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossierTileSchema, tileListSchema } from '../../../../shared/contract/supervisor';
import { addDays } from '../../../../shared/domain/office-time';
import { CODES, DAY, NOW, fakeSource, makeFixture, type Fixture } from '../../../../test/export/log-book-fixture';
import { createDossierStore } from '../../db/cache/dossier-store';
import { makeDossier } from '../../../../test/fixtures/cache-data';
import { createSupervisorService } from './supervisor-service';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.close());

const service = () => {
  const source = fakeSource('up');
  return createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
};

describe("the list behind a supervisor report's tile", () => {
  it('has exactly the dossiers the tile counts, for every tile', async () => {
    const supervisor = service();
    const report = await supervisor.report({ from: DAY, to: DAY });
    for (const tile of dossierTileSchema.options) {
      const list = tileListSchema.parse(supervisor.tileList({ from: DAY, to: DAY, tile }));
      expect(list.dossiers, tile).toHaveLength(report.dossiers[tile]);
      expect(list.total, tile).toBe(report.dossiers[tile]);
    }
    const codes = (tile: (typeof dossierTileSchema.options)[number]) => supervisor.tileList({ from: DAY, to: DAY, tile }).dossiers.map((d) => d.code);
    expect(codes('received').sort()).toEqual([CODES.c, CODES.d].sort());
    expect(codes('returned')).toEqual([CODES.b]);
    expect(codes('dueToday')).toEqual([CODES.a]);
    expect(codes('overdue')).toEqual([CODES.d]);
  });

  it('keeps the equality over a longer range with more dossiers, and shows the rows as the lookup does (masked ID, pending actions)', async () => {
    const store = createDossierStore(fx.db);
    for (let i = 1; i <= 12; i++) {
      const day = addDays('2026-11-01', i);
      store.put(makeDossier(`H15.50.05.13-2611${day.slice(8)}-01${String(i).padStart(2, '0')}`, { name: `Lê Văn Số ${i}`, receivedAt: `${day}T02:00:00.000Z`, dueAt: `${addDays(day, i % 2 ? 3 : 40)}T10:00:00.000Z` }));
    }
    const supervisor = service();
    const range = { from: '2026-11-01', to: DAY };
    const report = await supervisor.report(range);
    expect(report.dossiers.received).toBeGreaterThanOrEqual(12);
    for (const tile of dossierTileSchema.options) {
      expect(supervisor.tileList({ ...range, tile }).dossiers, tile).toHaveLength(report.dossiers[tile]);
    }
    const dueToday = supervisor.tileList({ ...range, tile: 'dueToday' }).dossiers[0];
    // a has two actions waiting on this PC: the forward and the next day's note.
    expect(dueToday).toMatchObject({ code: CODES.a, pendingActions: 2, timeliness: { kind: 'due_today' } });
    expect(dueToday?.applicantIdMasked ?? '').toMatch(/^•+\d{4}$/);
  });
});
