import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIMELINESS_LABELS, timeliness, timelinessLabel, type TimelinessKind } from './timeliness';
import { addDays } from './office-time';

const DUE = '2025-05-05';

describe('timeliness of a resolved dossier', () => {
  it.each([
    ['2025-05-04', { kind: 'early', days: 1 }],
    ['2025-04-25', { kind: 'early', days: 10 }],
    ['2025-05-05', { kind: 'on_time' }],
    ['2025-05-06', { kind: 'late', days: 1 }],
    ['2025-06-04', { kind: 'late', days: 30 }],
  ])('returned %s against due %s', (returned, expected) => {
    expect(timeliness({ dueDate: DUE, returnedDate: returned }, '2030-01-01')).toEqual(expected);
  });

  it('ignores today once resolved', () => {
    expect(timeliness({ dueDate: DUE, returnedDate: DUE }, '1999-01-01')).toEqual({ kind: 'on_time' });
  });
});

describe('timeliness of an unresolved dossier', () => {
  it.each([
    ['2025-05-03', { kind: 'not_due', days: 2 }],
    ['2025-05-04', { kind: 'not_due', days: 1 }],
    ['2025-05-05', { kind: 'due_today' }],
    ['2025-05-06', { kind: 'overdue', days: 1 }],
    ['2026-05-05', { kind: 'overdue', days: 365 }],
  ])('today %s', (today, expected) => {
    expect(timeliness({ dueDate: DUE, returnedDate: null }, today)).toEqual(expected);
  });

  it('counts across month and leap-day boundaries', () => {
    expect(timeliness({ dueDate: '2024-03-01', returnedDate: null }, '2024-02-28')).toEqual({ kind: 'not_due', days: 2 });
    expect(timeliness({ dueDate: '2024-02-28', returnedDate: '2024-03-01' }, '2024-03-01')).toEqual({ kind: 'late', days: 2 });
  });

  it('throws on malformed dates', () => {
    expect(() => timeliness({ dueDate: '05/05/2025', returnedDate: null }, '2025-05-05')).toThrow(RangeError);
    expect(() => timeliness({ dueDate: DUE, returnedDate: '2025-13-01' }, '2025-05-05')).toThrow(RangeError);
    expect(() => timeliness({ dueDate: DUE, returnedDate: null }, 'today')).toThrow(RangeError);
  });

  it('moves from not due to due today to overdue as days pass (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const t = timeliness({ dueDate: DUE, returnedDate: null }, addDays(DUE, offset));
        if (offset < 0) expect(t).toEqual({ kind: 'not_due', days: -offset });
        else if (offset === 0) expect(t).toEqual({ kind: 'due_today' });
        else expect(t).toEqual({ kind: 'overdue', days: offset });
      }),
    );
  });
});

describe('labels', () => {
  it('has both languages for every kind', () => {
    const kinds: TimelinessKind[] = ['early', 'on_time', 'late', 'due_today', 'not_due', 'overdue'];
    for (const kind of kinds) {
      expect(TIMELINESS_LABELS[kind].vi).not.toBe('');
      expect(TIMELINESS_LABELS[kind].en).not.toBe('');
    }
  });

  it('puts the count in the label', () => {
    expect(timelinessLabel({ kind: 'overdue', days: 3 })).toEqual({ vi: 'Quá hạn 3 ngày', en: 'Overdue by 3 days' });
    expect(timelinessLabel({ kind: 'overdue', days: 1 }).en).toBe('Overdue by 1 day');
    expect(timelinessLabel({ kind: 'early', days: 2 })).toEqual({ vi: 'Trước hạn 2 ngày', en: '2 days early' });
    expect(timelinessLabel({ kind: 'late', days: 4 })).toEqual({ vi: 'Trả quá hạn 4 ngày', en: '4 days late' });
    expect(timelinessLabel({ kind: 'not_due', days: 5 })).toEqual({ vi: 'Còn 5 ngày', en: '5 days left' });
    expect(timelinessLabel({ kind: 'due_today' })).toEqual({ vi: 'Đến hạn hôm nay', en: 'Due today' });
    expect(timelinessLabel({ kind: 'on_time' })).toEqual({ vi: 'Đúng hạn', en: 'On time' });
  });
});
