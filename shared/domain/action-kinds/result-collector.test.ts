import { describe, expect, it } from 'vitest';
import { counterActionSchema, logBookFactsOf, portalFieldsOf, problemWithDossier } from './derived';
import { formatVnd, parseVndInput } from '../money';

const facts = { currentDueDate: '2026-12-10', today: '2026-12-02' };
const byAgent = { kind: 'return_result', collector: 'authorised', collectorName: 'Trần Văn Bình', collectorId: '079090001234', feeCollectedVnd: 50_000 } as const;

describe('return_result: who collected the result and the fee', () => {
  it('needs the collector and a whole, non-negative fee in đồng', () => {
    expect(counterActionSchema.safeParse({ kind: 'return_result', collector: 'applicant', feeCollectedVnd: 0 }).success).toBe(true);
    expect(counterActionSchema.safeParse({ kind: 'return_result', feeCollectedVnd: 0 }).success).toBe(false);
    expect(counterActionSchema.safeParse({ kind: 'return_result', collector: 'applicant' }).success).toBe(false);
    expect(counterActionSchema.safeParse({ kind: 'return_result', collector: 'applicant', feeCollectedVnd: -1 }).success).toBe(false);
    expect(counterActionSchema.safeParse({ kind: 'return_result', collector: 'applicant', feeCollectedVnd: 1500.5 }).success).toBe(false);
    expect(counterActionSchema.safeParse({ kind: 'return_result', collector: 'neighbour', feeCollectedVnd: 0 }).success).toBe(false);
  });

  it('an authorised person needs a full name and an ID number that passes the shared ID rules', () => {
    const check = (over: object) => problemWithDossier(counterActionSchema.parse({ ...byAgent, ...over }), facts);
    expect(check({})).toBeNull();
    expect(check({ collectorName: undefined })).toMatchObject({ field: 'collectorName', message: { vi: expect.stringContaining('họ và tên') as unknown } });
    expect(check({ collectorId: undefined })).toMatchObject({ field: 'collectorId' });
    expect(check({ collectorId: '12345' })).toMatchObject({ field: 'collectorId', message: { vi: expect.stringContaining('12 chữ số') as unknown } });
    // 4th digit 4: born in the 2100s, after today.
    expect(check({ collectorId: '079490001234' })).toMatchObject({ field: 'collectorId' });
    expect(problemWithDossier(counterActionSchema.parse({ kind: 'return_result', collector: 'applicant', feeCollectedVnd: 0 }), facts)).toBeNull();
  });

  it('goes to the portal as dialect-neutral fields, and into the log book with the ID masked and the fee grouped', () => {
    const action = counterActionSchema.parse({ ...byAgent, note: 'Bản chính' });
    expect(portalFieldsOf(action)).toEqual({ note: 'Bản chính', collector: { self: false, name: 'Trần Văn Bình', idNumber: '079090001234' }, feeCollectedVnd: 50_000 });
    const note = logBookFactsOf('return_result', action).note ?? '';
    expect(note).toBe(`Người nhận kết quả: Trần Văn Bình (được ủy quyền, số định danh ••••••••1234); lệ phí đã thu: ${formatVnd(50_000)}; Bản chính`);
    expect(note).toContain('50.000');
    expect(logBookFactsOf('return_result', { kind: 'return_result', collector: 'applicant', feeCollectedVnd: 0 }).note).toMatch(/^Người nhận kết quả: chính người nộp; lệ phí đã thu: 0/);
  });

  it('reads amounts as officers type them, and refuses what is not a whole number of đồng', () => {
    expect(['50000', '50.000', '50 000', '50.000 đ', '1.250.000₫'].map(parseVndInput)).toEqual([50_000, 50_000, 50_000, 50_000, 1_250_000]);
    expect(['-5', '12,5', '5.00', 'năm mươi', '', '50.0000'].map(parseVndInput)).toEqual([null, null, null, null, null, null]);
  });
});
