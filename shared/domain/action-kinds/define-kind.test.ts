import { describe, expect, it } from 'vitest';
import { parseWithIssues } from '../../validation';
import { COUNTER_KIND_DECLARATIONS } from './kinds';
import { problemWithDossier } from './derived';

const extension = COUNTER_KIND_DECLARATIONS.find((d) => d.kind === 'extend_deadline');
if (!extension) throw new Error('extend_deadline is declared in kinds.ts');

describe('defineKind', () => {
  it('derives a strict payload schema from the fields, dates checked on the calendar', () => {
    const ok = { kind: 'extend_deadline', newDueDate: '2026-12-15', reason: 'Chờ kết quả xác minh' };
    expect(extension.schema.parse(ok)).toEqual(ok);
    expect(extension.schema.safeParse({ ...ok, newDueDate: '2026-02-30' }).success).toBe(false);
    expect(extension.schema.safeParse({ ...ok, newDueDate: '15/12/2026' }).success).toBe(false);
    expect(extension.schema.safeParse({ ...ok, reason: '   ' }).success).toBe(false);
    expect(extension.schema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(extension.schema.safeParse({ ...ok, kind: 'note' }).success).toBe(false);
  });

  it('says why an impossible date is refused in both languages', () => {
    const parsed = parseWithIssues(extension.schema, { kind: 'extend_deadline', newDueDate: '2026-02-30', reason: 'Chờ xác minh' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues.map((i) => i.key)).toEqual(['newDueDate']);
    expect(parsed.issues[0]?.message.vi).toMatch(/không có thật/);
    expect(parsed.issues[0]?.message.en).toMatch(/Not a real date/);
  });

  it('keeps the declared mapping to the portal and its rule against the dossier', () => {
    const action = { kind: 'extend_deadline', newDueDate: '2026-12-15', reason: 'Chờ xác minh' } as const;
    expect(extension.toPortal(action)).toEqual({ reason: 'Chờ xác minh', newDueDate: '2026-12-15' });
    expect(problemWithDossier(action, { currentDueDate: '2026-12-10', today: '2026-12-02' })).toBeNull();
    expect(problemWithDossier(action, { currentDueDate: '2026-12-15', today: '2026-12-02' })?.field).toBe('newDueDate');
    expect(problemWithDossier({ kind: 'note', text: 'x' }, { currentDueDate: null, today: '2026-12-02' })).toBeNull();
  });
});
