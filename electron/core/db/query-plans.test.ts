import { describe, expect, it } from 'vitest';
import type { SearchFilters } from '../../../shared/contract/lookup';
import { migratedDatabases } from '../../../test/fixtures/migrated-db';
import { makeDossier } from '../../../test/fixtures/cache-data';
import { recordStatements } from '../../../test/query-plan';
import { createUnitFacts } from './supervisor/unit-facts';
import { createCitizenStore } from './cache/citizen-store';
import { createDossierSearch } from './cache/dossier-search';
import { createDossierStore } from './cache/dossier-store';
import { createOutboxRepo } from './outbox/outbox-repo';

// The hot queries' plans, asked of SQLite for the very statements the repositories run.
// The desk never runs ANALYZE, so these schema-only plans are the ones a counter PC gets.
const freshDb = migratedDatabases();
const TODAY = '2026-11-27';
const DAY = { from: TODAY, to: TODAY };

function setUp() {
  const db = freshDb();
  const recorder = recordStatements(db);
  const store = createDossierStore(db);
  ['Trần Minh Khoa', 'Nguyễn Văn An'].forEach((name, i) => store.put(makeDossier(`H15.50.05.13-261120-000${i + 1}`, { name })));
  const repos = {
    search: createDossierSearch(db),
    citizens: createCitizenStore(db),
    outbox: createOutboxRepo(db),
    facts: createUnitFacts(db),
  };
  /** The plan of every statement `run` executed, in order. */
  const plans = (run: (r: typeof repos) => unknown): string[][] => {
    const executed = recorder.during(() => run(repos));
    expect(executed.length).toBeGreaterThan(0);
    return executed.map((e) => recorder.plan(e));
  };
  return { plans };
}

/** Steps that read a whole real table or index; virtual tables and a query's own sub-results are not. */
function fullScans(plan: readonly string[]): string[] {
  const subResults = new Set(plan.flatMap((line) => /^(?:CO-ROUTINE|MATERIALIZE) (\w+)/.exec(line)?.[1] ?? []));
  return plan.filter((line) => {
    const scanned = /^SCAN (\w+)/.exec(line)?.[1];
    return scanned !== undefined && !line.includes('VIRTUAL TABLE') && !subResults.has(scanned);
  });
}

function expectIndexed(plans: readonly string[][], ...steps: string[]): void {
  const lines = plans.flat();
  for (const step of steps) expect(lines).toContain(step);
  for (const plan of plans) expect(fullScans(plan)).toEqual([]);
}

describe('query plans of the hot queries', () => {
  it('dossier by code: the unique code index; only a provisional number also looks up its alias, by its key', () => {
    const { plans } = setUp();
    const official = plans((r) => r.search.byCode('H15.50.05.13-261120-0001'));
    expectIndexed(
      official,
      'SEARCH d USING INDEX sqlite_autoindex_dossier_1 (code=?)',
      // The row reads the citizen's birth date and address (to tell namesakes apart), so this is an index search, not a covering one.
      'SEARCH c USING INDEX sqlite_autoindex_citizen_1 (id_number=?) LEFT-JOIN',
    );
    expect(official.flat().filter((line) => line.includes('code_alias'))).toEqual([]);
    expectIndexed(
      plans((r) => r.search.byCode('TMP-PC01-261120-0001')),
      'SEARCH d USING INDEX sqlite_autoindex_dossier_1 (code=?)',
      'SEARCH code_alias USING INDEX sqlite_autoindex_code_alias_1 (provisional=?)',
    );
  });

  it('by ID number: dossier_by_applicant in date order, and the citizen by its unique number', () => {
    const { plans } = setUp();
    const byApplicant = plans((r) => r.search.byApplicantId('001085012345', {}, TODAY, 50));
    expectIndexed(byApplicant, 'SEARCH d USING INDEX dossier_by_applicant (applicant_id=?)');
    expect(byApplicant.flat().filter((l) => l.includes('TEMP B-TREE'))).toEqual([]);
    expectIndexed(plans((r) => r.citizens.byIdNumber('001085012345')), 'SEARCH citizen USING INDEX sqlite_autoindex_citizen_1 (id_number=?)');
  });

  it('name range: a range scan of dossier_by_name that also gives the order, with or without filters', () => {
    const { plans } = setUp();
    const variants: SearchFilters[] = [{}, { statuses: [2, 4] }, { receivedFrom: '2026-11-01', receivedTo: TODAY }];
    for (const filters of variants) {
      const plan = plans((r) => r.search.byNamePrefix('tran minh', filters, TODAY, 50));
      expectIndexed(plan, 'SEARCH d USING INDEX dossier_by_name (applicant_fold>? AND applicant_fold<?)');
      expect(plan.flat().filter((l) => l.includes('TEMP B-TREE'))).toEqual([]);
    }
  });

  it('name words: the FTS match list and its vocabulary, then each row by its id', () => {
    const { plans } = setUp();
    const plan = plans((r) => r.search.byNameWords(['khoa', 'tran'], {}, TODAY, 50));
    expect(plan).toHaveLength(2);
    const lines = plan.flat();
    expect(lines.some((l) => l.startsWith('SCAN dossier_name_vocab VIRTUAL TABLE'))).toBe(true);
    // FTS5 reports a MATCH as index plan "…:M<column>"; a plan without it reads every row.
    expect(lines.some((l) => /^SCAN dossier_name_fts VIRTUAL TABLE INDEX \d+:M/.test(l))).toBe(true);
    expectIndexed(plan, 'SEARCH d USING INTEGER PRIMARY KEY (rowid=?)');
  });

  it('by phone, and the due lists: their partial indexes; browsing newest first walks dossier_by_received in order', () => {
    const { plans } = setUp();
    expectIndexed(plans((r) => r.search.byPhone('0912345678', {}, TODAY, 50)), 'SEARCH d USING INDEX dossier_by_phone (applicant_phone=?)');
    expectIndexed(plans((r) => r.citizens.byPhone('0912345678')), 'SEARCH citizen USING INDEX citizen_by_phone (phone=?)');
    expectIndexed(plans((r) => r.search.browse({ overdue: true }, TODAY, 50)), 'SEARCH d USING INDEX dossier_by_due (due_at<?)');
    expectIndexed(plans((r) => r.search.browse({ dueToday: true }, TODAY, 50)), 'SEARCH d USING INDEX dossier_by_due (due_at>? AND due_at<?)');
    // No filter: the index already is in received order, so LIMIT stops the walk after one page.
    const newest = plans((r) => r.search.browse({}, TODAY, 50)).flat();
    expect(newest).toContain('SCAN d USING INDEX dossier_by_received');
    expect(newest.filter((l) => l.includes('TEMP B-TREE'))).toEqual([]);
  });

  it('outbox candidates: waiting rows from (state, seq), the blocking check from the partial index outbox_open', () => {
    const { plans } = setUp();
    expectIndexed(
      plans((r) => r.outbox.sendable('2026-11-27T02:00:00.000Z', 20)),
      'SEARCH o USING INDEX outbox_state (state=?)',
      'SEARCH e USING INDEX outbox_open (dossier_code=? AND seq<?)',
    );
    expectIndexed(plans((r) => r.outbox.openStates('H15.50.05.13-261120-0001')), 'SEARCH outbox USING INDEX outbox_open (dossier_code=?)');
    expectIndexed(plans((r) => r.outbox.openCounts(['H15.50.05.13-261120-0001'])), 'SEARCH outbox USING INDEX outbox_open (dossier_code=?)');
    expectIndexed(plans((r) => r.outbox.earliestRetry()), 'SEARCH outbox USING COVERING INDEX outbox_retry (next_attempt_at>?)');
    expectIndexed(plans((r) => r.outbox.summary()), 'SEARCH o USING COVERING INDEX outbox_state (state=?)', 'SEARCH f USING INDEX outbox_state (state=?)');
  });

  it("the supervisor's day: each of its counts and lists reads an index range", () => {
    const { plans } = setUp();
    expectIndexed(plans((r) => r.facts.tileCount('received', DAY, TODAY)), 'SEARCH d USING COVERING INDEX dossier_by_received (received_at>? AND received_at<?)');
    expectIndexed(plans((r) => r.facts.tileCount('dueToday', DAY, TODAY)), 'SEARCH d USING INDEX dossier_by_due (due_at>? AND due_at<?)');
    expectIndexed(plans((r) => r.facts.tileCount('overdue', DAY, TODAY)), 'SEARCH d USING INDEX dossier_by_due (due_at>? AND due_at<?)');
    expectIndexed(plans((r) => r.facts.tileList('returned', DAY, TODAY, 50)), 'SEARCH d USING INDEX dossier_by_returned (returned_at>? AND returned_at<?)', 'SEARCH c USING INDEX sqlite_autoindex_citizen_1 (id_number=?) LEFT-JOIN');
    expectIndexed(plans((r) => r.facts.returnedIn(DAY)), 'SEARCH dossier USING INDEX dossier_by_returned (returned_at>? AND returned_at<?)');
    expectIndexed(plans((r) => r.facts.outboxInRange(DAY)), 'SEARCH outbox USING INDEX outbox_by_created (created_at>? AND created_at<?)');
    expectIndexed(plans((r) => r.facts.openOutbox()), 'SEARCH outbox USING INDEX outbox_state (state=?)');
    expectIndexed(plans((r) => r.facts.walkInGuidanceInRange(DAY)), 'SEARCH audit USING INDEX audit_guidance_by_at (at>? AND at<?)');
  });
});

describe('fullScans', () => {
  it('tells a table scan from an index search, a virtual table and a sub-result', () => {
    expect(fullScans(['SCAN outbox', 'SEARCH d USING INDEX x (a=?)', 'SCAN t VIRTUAL TABLE INDEX 1:', 'CO-ROUTINE m', 'SCAN m'])).toEqual(['SCAN outbox']);
    expect(fullScans(['SCAN d USING COVERING INDEX dossier_by_name'])).toEqual(['SCAN d USING COVERING INDEX dossier_by_name']);
  });
});
