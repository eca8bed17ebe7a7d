import { describe, expect, it } from 'vitest';
import { linkageStateOf } from '../../../../shared/domain/linkage';
import { linkageFactsSchema } from '../../../../shared/domain/linkage-facts';
import { applicantLinkageOf } from './rows';

// A child with their own card and no account of their own, turning 14 on 15/06/2026.
const facts = linkageFactsSchema.parse({
  accountKind: 'citizen',
  birthDate: '2012-06-15',
  underGuardianship: false,
  portalAccount: 'none',
  vneidLevel: null,
  lock: null,
  guardian: null,
  hasIdentityCard: true,
});
const text = JSON.stringify(facts);

describe('applicantLinkageOf', () => {
  it('decides on the office day asked (a 14th birthday changes the state)', () => {
    const before = applicantLinkageOf(text, '2026-06-14');
    const on = applicantLinkageOf(text, '2026-06-15');
    expect(before).toBe(linkageStateOf(facts, '2026-06-14'));
    expect(on).toBe(linkageStateOf(facts, '2026-06-15'));
    expect(on).not.toBe(before);
  });

  it('answers null for no facts and for facts that do not validate', () => {
    expect(applicantLinkageOf(null, '2026-06-15')).toBeNull();
    expect(applicantLinkageOf(JSON.stringify({ ...facts, portalAccount: 'maybe' }), '2026-06-15')).toBeNull();
  });
});
