import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestSim } from '../../../portal-sim/test-support';
import type { PortalSim } from '../../../portal-sim';
import { anyCodes, startDesk, type DeskUnderTest } from '../../../test/desk-harness';

// Model-based: random sequences of enqueue / pump / network down / network up /
// reopen / portal-side change, checking after every step that the portal's ledger is
// exactly this desk's delivered set (no duplicates) and that no recorded action vanished.

interface Model {
  recorded: number;
}
interface Real {
  desk: DeskUnderTest;
  codes: string[];
}


function check(real: Real, model: Model): void {
  const db = real.desk.database.db;
  if (!db) throw new Error('no db');
  const rows = db.prepare('SELECT idem_key, state FROM outbox').all() as { idem_key: string; state: string }[];
  const local = new Set(rows.map((r) => r.idem_key));
  const ledger = real.desk.sim.ledger().map((r) => r.idempotency_key).filter((k) => local.has(k));
  expect(new Set(ledger).size, 'no action applied twice').toBe(ledger.length);
  const delivered = rows.filter((r) => r.state === 'delivered').map((r) => r.idem_key);
  for (const key of delivered) expect(ledger, 'every delivered action is in the ledger').toContain(key);
  expect(rows.length, 'every recorded action is still here').toBe(model.recorded);
  for (const r of rows) expect(['waiting', 'sending', 'delivered', 'conflict', 'rejected']).toContain(r.state);
}

class Enqueue implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number, readonly forward: boolean) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const code = real.codes[this.index % real.codes.length] ?? '';
    const action = this.forward ? { kind: 'forward' as const, toUnit: 'H15.50.05.13' } : { kind: 'note' as const, text: `n${this.index}` };
    const result = await real.desk.core.dispatch('action.record', { dossierCode: code, action }, { trusted: true });
    if (result.ok) model.recorded += 1;
    else expect(result.error.code).toBe('REJECTED'); // a transition the status no longer allows: nothing queued
    check(real, model);
  }
  toString = () => `enqueue(${this.index}, ${this.forward ? 'forward' : 'note'})`;
}
class Pump implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    real.desk.database.db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'waiting'").run();
    await real.desk.engine.drainNow();
    check(real, model);
  }
  toString = () => 'pump';
}
class NetworkDown implements fc.AsyncCommand<Model, Real> {
  constructor(readonly lossy: boolean) {}
  check = () => true;
  async run(model: Model, real: Real) {
    // Either a full outage, or a portal that applies then drops every answer.
    if (this.lossy) real.desk.sim.faults.set({ rules: [{ route: '*', kind: 'drop', rate: 1 }], seed: 1 });
    else real.desk.sim.faults.outage(600_000);
    await Promise.resolve();
    check(real, model);
  }
  toString = () => `networkDown(${this.lossy ? 'drop' : 'outage'})`;
}
class NetworkUp implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    real.desk.sim.faults.clear();
    await Promise.resolve();
    check(real, model);
  }
  toString = () => 'networkUp';
}
class Reopen implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    real.desk = await real.desk.restart();
    check(real, model);
  }
  toString = () => 'reopen';
}
class PortalSideChange implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    real.desk.sim.changeDossier(real.codes[this.index % real.codes.length] ?? '');
    await Promise.resolve();
    check(real, model);
  }
  toString = () => `portalSideChange(${this.index})`;
}

describe.each(['onestop', 'opencps'] as const)('outbox model against the %s simulator', (dialect) => {
  let sim: PortalSim;
  beforeAll(async () => {
    sim = await startTestSim({ dialect });
  }, 60_000);
  afterAll(async () => {
    await sim.close();
  });

  it('ledger = delivered set, no duplicates, nothing recorded is ever lost', async () => {
    const commands = [
      fc.tuple(fc.nat(7), fc.boolean()).map(([i, f]) => new Enqueue(i, f)),
      fc.constant(new Pump()),
      fc.constant(new Pump()),
      fc.boolean().map((lossy) => new NetworkDown(lossy)),
      fc.constant(new NetworkUp()),
      fc.constant(new Reopen()),
      fc.nat(7).map((i) => new PortalSideChange(i)),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        sim.faults.clear();
        const desk = await startDesk({ simInstance: sim });
        const real: Real = { desk, codes: anyCodes(desk, 8) };
        try {
          await fc.asyncModelRun(() => ({ model: { recorded: 0 }, real }), cmds);
          // Settle: with the network back, everything is delivered or visibly failed.
          sim.faults.clear();
          await real.desk.drainUntilSettled();
          const db = real.desk.database.db;
          const rows = db?.prepare('SELECT idem_key, state FROM outbox').all() as { idem_key: string; state: string }[];
          const local = new Set(rows.map((r) => r.idem_key));
          const ledger = sim.ledger().map((r) => r.idempotency_key).filter((k) => local.has(k)).sort();
          const delivered = rows.filter((r) => r.state === 'delivered').map((r) => r.idem_key).sort();
          expect(ledger).toEqual(delivered);
          for (const r of rows) expect(['delivered', 'conflict', 'rejected']).toContain(r.state);
        } finally {
          await real.desk.stop();
        }
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 12), seed: 20261127, endOnFailure: true },
    );
  }, 600_000);
});
