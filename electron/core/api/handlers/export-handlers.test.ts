import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, NOW, fakeSource, makeFixture, type Fixture } from '../../../../test/export/log-book-fixture';
import { verifyAuditChainForExport } from '../../services/export/audit-verify';
import { createExportService } from '../../services/export/export-service';
import type { ExportTarget } from '../../services/export/export-target';
import type { CallContext } from './handler-types';
import { supervisorHandlers } from './supervisor';
import { createSupervisorService } from '../../services/supervisor/supervisor-service';

let fx: Fixture;
/** A save dialog that answers "Documents/<suggested name>", or cancel once asked to. */
function dialogStandIn(root: string) {
  const folder = join(root, 'Documents');
  const opened: string[] = [];
  let cancel = false;
  const target: ExportTarget = {
    choose: (name) => {
      if (cancel) {
        cancel = false;
        return Promise.resolve(null);
      }
      mkdirSync(folder, { recursive: true });
      return Promise.resolve({ path: join(folder, name), replaceConfirmed: false });
    },
    open: (path) => {
      opened.push(path);
      return Promise.resolve(null);
    },
  };
  return { ...target, folder, opened, cancelNext: () => void (cancel = true) };
}
let target: ReturnType<typeof dialogStandIn>;
beforeEach(() => {
  fx = makeFixture();
  target = dialogStandIn(fx.dir);
});
afterEach(() => fx.close());

const context = { session: { officerId: 'giamsat01', displayName: 'Giám sát', roles: ['supervisor'] } } as unknown as CallContext;
const handlers = (withTarget = true) => {
  const source = fakeSource('up');
  const supervisor = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
  const dataDir = join(fx.dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const exports = createExportService({ db: fx.db, supervisor, audit: fx.audit, verifyAuditChain: verifyAuditChainForExport, now: () => NOW, dataDir, unit: null });
  return { dataDir, h: supervisorHandlers(supervisor, exports, withTarget ? target : null, () => NOW) };
};

describe('export where the supervisor chooses (the app)', () => {
  it('saves where the dialog chose, never in the data folder, and opens only that file', async () => {
    const { h, dataDir } = handlers();
    const saved = await h['export.handlingLog']({ from: DAY, to: DAY, format: 'csv' }, context);
    if (!saved.saved) throw new Error('expected a saved export');
    expect(saved.path.startsWith(target.folder)).toBe(true);
    expect(existsSync(saved.path)).toBe(true);
    expect(readdirSync(dataDir)).toEqual([]);
    await expect(h['export.open']({ path: saved.path }, context)).resolves.toEqual({ opened: true });
    expect(target.opened).toEqual([saved.path]);
    await expect(h['export.open']({ path: join(dataDir, 'desk.sqlite') }, context)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(target.opened).toHaveLength(1);
  });

  it('a cancelled dialog writes nothing and audits nothing; no dialog at all is a clear refusal', async () => {
    const { h } = handlers();
    const before = fx.audit.head();
    target.cancelNext();
    await expect(h['export.handlingLog']({ from: DAY, to: DAY, format: 'pdf' }, context)).resolves.toEqual({ saved: false });
    expect(existsSync(target.folder) ? readdirSync(target.folder) : []).toEqual([]);
    expect(fx.audit.head()).toEqual(before);
    await expect(handlers(false).h['export.handlingLog']({ from: DAY, to: DAY, format: 'pdf' }, context)).rejects.toMatchObject({ code: 'STORAGE', details: { reason: 'no_target' } });
  });
});
