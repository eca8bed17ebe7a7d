import { describe, expect, it } from 'vitest';
import { BUILT_IN_ONLINE_ONLY, onlineOnlyCatalogueSchema, onlineOnlyRule } from './online-only';
import { procedureByCode } from './procedures';

describe('online-only procedures (Directive 24)', () => {
  it('applies from its effective date, not the day before', () => {
    expect(onlineOnlyRule('1.004222', '2025-09-30')).toBeNull();
    const rule = onlineOnlyRule('1.004222', '2025-10-01');
    expect(rule?.from).toBe('2025-10-01');
    expect(rule?.reason.vi).toMatch(/Từ ngày 01\/10\/2025, thủ tục này không tiếp nhận hồ sơ giấy \(Chỉ thị 24\/CT-TTg/);
    expect(rule?.reason.en).toMatch(/level-2 VNeID account/);
  });

  it('an entry flagged onlineOnly false takes paper again', () => {
    const catalogue = onlineOnlyCatalogueSchema.parse({ basis: 'x', procedures: [{ code: '1.004222', onlineOnly: false, from: '2025-10-01' }] });
    expect(onlineOnlyRule('1.004222', '2026-06-15', catalogue)).toBeNull();
  });

  it('leaves other procedures alone', () => {
    expect(onlineOnlyRule('1.001193', '2026-06-15')).toBeNull();
  });

  it('the built-in list names only procedures of the catalogue', () => {
    for (const p of BUILT_IN_ONLINE_ONLY.procedures) expect(procedureByCode(p.code), p.code).toBeDefined();
  });

  it.each([
    ['an impossible date', { basis: 'x', procedures: [{ code: '1.004222', from: '2025-02-30' }] }],
    ['a malformed code', { basis: 'x', procedures: [{ code: '1004222', from: '2025-10-01' }] }],
    ['a code twice', { basis: 'x', procedures: [{ code: '1.004222', from: '2025-10-01' }, { code: '1.004222', from: '2026-01-01' }] }],
    ['an unknown key', { basis: 'x', procedures: [], extra: true }],
    ['a code not in the catalogue', { basis: 'x', procedures: [{ code: '9.999999', from: '2025-10-01' }] }],
  ])('refuses a catalogue with %s', (_why, value) => {
    expect(onlineOnlyCatalogueSchema.safeParse(value).success).toBe(false);
  });
});
