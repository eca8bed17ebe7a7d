import { describe, expect, it } from 'vitest';
import type { DossierRow } from '../../../shared/contract/lookup';
import { row } from '../../test/lookup-fixtures';
import { sameRowContent, type RowTexts } from './dossier-row';

const texts = { localized: (t) => t.vi } as RowTexts;
const CODE = 'H15.50.05.13-260601-0001';

describe('a result row keeps its drawn content', () => {
  it('when the next answer has the same values in new objects', () => {
    expect(sameRowContent({ row: row(CODE), texts }, { row: row(CODE), texts })).toBe(true);
    expect(sameRowContent({ row: row(CODE, { timeliness: { kind: 'early', days: 2 } }), texts }, { row: row(CODE, { timeliness: { kind: 'early', days: 2 } }), texts })).toBe(true);
  });

  it('not when any value differs, the timeliness days included', () => {
    const changes: Partial<DossierRow>[] = [
      { status: 5 },
      { pendingActions: 1 },
      { applicantLinkage: 'linked_level2' },
      { dueAt: '2026-06-13T10:00:00.000Z' },
      { applicantCommune: null },
      { timeliness: { kind: 'overdue', days: 4 } },
      { timeliness: { kind: 'due_today' } },
    ];
    for (const change of changes) expect(sameRowContent({ row: row(CODE), texts }, { row: row(CODE, change), texts }), JSON.stringify(change)).toBe(false);
  });

  it('not when the language changed its texts', () => {
    expect(sameRowContent({ row: row(CODE), texts }, { row: row(CODE), texts: { ...texts } })).toBe(false);
  });
});
