import { describe, expect, it } from 'vitest';
import { defineKind } from './define-kind';
import { field } from './fields';

// A kind the next issues need (deadline extension), declared here only to prove the
// declaration can say it: a new due date with a reason, its own status rule, a wire code.
const extension = defineKind({
  kind: 'extend_deadline',
  label: { vi: 'Xin lỗi và gia hạn', en: 'Apologise and extend the deadline' },
  fields: {
    newDueDate: field.date({ label: { vi: 'Ngày hẹn trả mới', en: 'New due date' }, flag: 'due' }),
    reason: field.text({ label: { vi: 'Lý do', en: 'Reason' }, flag: 'reason', max: 2000 }),
  },
  transition: 'none',
  wire: { national: 'GiaHan' },
  toPortal: (a) => ({ reason: `${a.reason} (${a.newDueDate})` }),
  logBook: (a) => ({ note: a.reason, forwardedTo: null }),
});

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

  it('keeps the declared mapping to the portal', () => {
    expect(extension.toPortal({ kind: 'extend_deadline', newDueDate: '2026-12-15', reason: 'Chờ xác minh' })).toEqual({ reason: 'Chờ xác minh (2026-12-15)' });
  });
});
