import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Migration } from '../migrate';
import { migrations } from '../migrations';
import { describeSchema } from './describe-schema';
import { SNAPSHOT_FILE, migratedSchemaSnapshot, readMigrated } from './migrated-schema';

const schemaAfter = (steps: readonly Migration[]): Map<string, string> => readMigrated(describeSchema, steps);

/** What a step did to entries that existed before it, without declaring it. */
function undeclaredChanges(before: Map<string, string>, after: Map<string, string>, step: Migration): string[] {
  const declared = new Set(step.changes ?? []);
  const problems: string[] = [];
  for (const [key, was] of before) {
    const now = after.get(key);
    if (declared.has(key)) {
      if (now === was) problems.push(`${key}: declared as changed by ${step.version} but left as it was`);
    } else if (now === undefined) {
      problems.push(`${key}: removed by ${step.version} (${step.name}) without declaring it`);
    } else if (now !== was) {
      problems.push(`${key}: changed by ${step.version} (${step.name}) without declaring it: "${was}" became "${now}"`);
    }
  }
  for (const key of declared) if (!before.has(key)) problems.push(`${key}: declared by ${step.version} but did not exist before it`);
  return problems;
}

describe('database schema', () => {
  it('matches the committed snapshot (npm run db:schema rewrites it)', () => {
    const committed = readFileSync(SNAPSHOT_FILE, 'utf8');
    expect(migratedSchemaSnapshot(), 'The migrated schema differs from electron/core/db/schema/schema.snapshot.txt: run `npm run db:schema` and review the diff').toBe(committed);
  });

  it.each(migrations.map((m) => [m.version, m] as const))('migration %i only adds, or declares what it changes', (version, step) => {
    const earlier = migrations.filter((m) => m.version < version);
    const before = schemaAfter(earlier);
    const after = schemaAfter([...earlier, step]);
    expect(undeclaredChanges(before, after, step)).toEqual([]);
    expect(after.size).toBeGreaterThan(0);
  });

  it('catches a step that drops or redefines what exists without saying so', () => {
    const before = schemaAfter(migrations);
    const redefine: Migration = {
      version: 990,
      name: 'redefines the due index, drops a column',
      up: (db) => db.exec("DROP INDEX dossier_by_due; CREATE INDEX dossier_by_due ON dossier (due_at); ALTER TABLE citizen DROP COLUMN last_used_at"),
    };
    const after = schemaAfter([...migrations, redefine]);
    expect(undeclaredChanges(before, after, redefine)).toEqual([
      'column citizen.last_used_at: removed by 990 (redefines the due index, drops a column) without declaring it',
      'index dossier_by_due: changed by 990 (redefines the due index, drops a column) without declaring it: "CREATE INDEX dossier_by_due ON dossier (due_at) WHERE status NOT IN (3, 7, 8, 10)" became "CREATE INDEX dossier_by_due ON dossier (due_at)"',
    ]);
    expect(undeclaredChanges(before, after, { ...redefine, changes: ['column citizen.last_used_at', 'index dossier_by_due'] })).toEqual([]);
    expect(undeclaredChanges(before, before, { ...redefine, changes: ['index dossier_by_due', 'index nowhere'] })).toEqual([
      'index dossier_by_due: declared as changed by 990 but left as it was',
      'index nowhere: declared by 990 but did not exist before it',
    ]);
  });

  it('describes constraints too: a changed CHECK, UNIQUE or foreign key is a changed entry', () => {
    const schema = schemaAfter(migrations);
    expect(schema.get('check outbox #1')).toBe("state IN ('waiting', 'sending', 'delivered', 'conflict', 'rejected', 'withdrawn')");
    expect(schema.get('unique dossier(code)')).toBe('UNIQUE');
    expect(schema.get('foreign key dossier_body.id')).toBe('REFERENCES dossier (id) ON DELETE CASCADE ON UPDATE NO ACTION');
    expect([...schema.keys()].some((key) => key.includes('dossier_name_fts_'))).toBe(false);
  });
});
