import { describe, expect, it } from 'vitest';
import { newDueDateProblem, parseOfficeDateInput } from './deadline-extension';

describe('parseOfficeDateInput', () => {
  it('reads dd/MM/yyyy as on paper, and yyyy-MM-dd', () => {
    expect(parseOfficeDateInput('15/12/2026')).toBe('2026-12-15');
    expect(parseOfficeDateInput(' 5/1/2027 ')).toBe('2027-01-05');
    expect(parseOfficeDateInput('29/02/2028')).toBe('2028-02-29');
    expect(parseOfficeDateInput('2026-12-15')).toBe('2026-12-15');
  });

  it('rejects impossible days and other shapes', () => {
    for (const text of ['30/02/2026', '29/02/2027', '31/04/2026', '00/12/2026', '15/13/2026', '2026-02-30', '12/15/2026x', '15-12-2026', '']) {
      expect(parseOfficeDateInput(text), text).toBeNull();
    }
  });
});

describe('newDueDateProblem: the new appointment of form 04', () => {
  const facts = { currentDueDate: '2026-12-10', today: '2026-12-02' };

  it('allows a real date after the current due date and not in the past', () => {
    expect(newDueDateProblem('2026-12-11', facts)).toBeNull();
    // An overdue dossier: any day from today on is after its due date.
    expect(newDueDateProblem('2026-12-02', { currentDueDate: '2026-11-20', today: '2026-12-02' })).toBeNull();
    expect(newDueDateProblem('2026-12-03', { currentDueDate: null, today: '2026-12-02' })).toBeNull();
  });

  it('refuses the current due date itself or an earlier one, naming it dd/MM/yyyy in both languages', () => {
    for (const date of ['2026-12-10', '2026-12-05']) {
      const problem = newDueDateProblem(date, facts);
      expect(problem?.vi).toBe('Ngày hẹn trả mới phải sau ngày hẹn hiện tại 10/12/2026.');
      expect(problem?.en).toBe('The new due date must be after the current due date 10/12/2026.');
    }
  });

  it('refuses a date in the past even when it is after the current due date', () => {
    const problem = newDueDateProblem('2026-11-25', { currentDueDate: '2026-11-20', today: '2026-12-02' });
    expect(problem?.vi).toMatch(/^Ngày hẹn trả mới 25\/11\/2026 đã qua/);
    expect(problem?.en).toMatch(/in the past \(today is 02\/12\/2026\)/);
  });

  it('refuses an impossible date in Vietnamese and English', () => {
    const problem = newDueDateProblem('2026-02-30', facts);
    expect(problem?.vi).toMatch(/không có thật/);
    expect(problem?.en).toMatch(/Not a real date/);
  });
});
