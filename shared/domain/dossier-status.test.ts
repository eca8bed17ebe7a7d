import { describe, expect, it } from 'vitest';
import { COUNTER_ACTION_KINDS, DOSSIER_STATUSES, nextStatus, type DossierStatus } from './dossier-status';

const to = (status: DossierStatus, kind: Parameters<typeof nextStatus>[1]) => {
  const r = nextStatus(status, kind);
  return r.ok ? r.status : null;
};

describe('the counter transition table', () => {
  it('follows the national flow', () => {
    expect(to(1, 'accept')).toBe(2);
    expect(to(1, 'refuse')).toBe(3);
    for (const s of [1, 2, 4] as const) expect(to(s, 'request_supplement')).toBe(5);
    expect(to(5, 'supplement_received')).toBe(4);
    expect(to(2, 'forward')).toBe(4);
    expect(to(9, 'return_result')).toBe(10);
    for (const s of [1, 2, 4, 5, 6] as const) expect(to(s, 'withdraw')).toBe(7);
    // Circular 03/2025 forms 04 and 05: while the dossier is in hand.
    for (const s of [2, 4, 5, 6] as const) {
      expect(to(s, 'extend_deadline')).toBe(s);
      expect(to(s, 'stop_processing')).toBe(8);
    }
    for (const s of [1, 3, 7, 8, 9, 10] as const) {
      expect(to(s, 'extend_deadline')).toBeNull();
      expect(to(s, 'stop_processing')).toBeNull();
    }
  });

  it('refuses everything else with a reason in both languages', () => {
    expect(to(10, 'accept')).toBeNull();
    expect(to(3, 'withdraw')).toBeNull();
    expect(to(4, 'return_result')).toBeNull();
    const r = nextStatus(10, 'withdraw');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.vi).toContain('Đã trả kết quả');
      expect(r.reason.en).toContain('Result returned');
    }
  });

  it('notes and VNeID guidance never change the status', () => {
    for (const s of DOSSIER_STATUSES) {
      expect(to(s, 'note')).toBe(s);
      expect(to(s, 'vneid_guidance')).toBe(s);
    }
  });

  it('never lets the counter set back-office statuses 6 or 9, only the notice to stop processing sets 8, and intake never applies', () => {
    for (const s of DOSSIER_STATUSES) {
      for (const kind of COUNTER_ACTION_KINDS) {
        const next = to(s, kind);
        if (next !== null && next !== s) expect([6, 9]).not.toContain(next);
        if (next === 8 && s !== 8) expect(kind).toBe('stop_processing');
      }
      expect(to(s, 'intake')).toBeNull();
    }
  });
});
