import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOTLINE, PROBLEM_STATES, linkageStatus, linkageStatusSchema, type LinkageState } from './linkage';
import { linkageFactsSchema, lockReasonSchema, type LinkageFacts, type LockReason } from './linkage-facts';
import { LINKAGE_STATE_NAMES } from './linkage-states';

const TODAY = '2025-06-15';

/** An adult Vietnamese citizen verified with VNeID level 2, to vary one fact at a time. */
const adult = (over: Partial<LinkageFacts> = {}): LinkageFacts => ({
  accountKind: 'citizen',
  birthDate: '1990-01-01',
  underGuardianship: false,
  portalAccount: 'vneid',
  vneidLevel: 2,
  lock: null,
  guardian: null,
  organisationEid: null,
  residenceCard: null,
  hasIdentityCard: true,
  ...over,
});

const mother = { name: 'Nguyễn Thị Lan', idNumber: '001180001234', relation: 'mẹ' };

const allText = (s: ReturnType<typeof linkageStatus>): string =>
  [s.title.vi, s.title.en, ...s.guidance.flatMap((g) => [g.vi, g.en])].join('\n');

describe('linkageStatus: every row of the table', () => {
  it('linked, level 2', () => {
    const s = linkageStatus(adult(), TODAY);
    expect(s).toMatchObject({ state: 'linked_level2', lockReason: null, age: 35, guardian: null, hasProblem: false, showHotline: false });
    expect(s.guidance.map((g) => g.en).join(' ')).toMatch(/all online public services/);
  });

  it('linked, level 1: activate level 2 at commune police', () => {
    const s = linkageStatus(adult({ vneidLevel: 1 }), TODAY);
    expect(s.state).toBe('linked_level1');
    expect(s.hasProblem).toBe(false);
    expect(allText(s)).toMatch(/Công an cấp xã/);
    expect(allText(s)).toMatch(/activate level 2/);
  });

  it('verified with an unknown level counts as level 1', () => {
    expect(linkageStatus(adult({ vneidLevel: null }), TODAY).state).toBe('linked_level1');
  });

  it('legacy, not linked: the old password worked only until 30/06/2024', () => {
    const s = linkageStatus(adult({ portalAccount: 'legacy', vneidLevel: null }), TODAY);
    expect(s).toMatchObject({ state: 'legacy_unlinked', hasProblem: true, showHotline: true });
    expect(allText(s)).toMatch(/30\/06\/2024/);
    expect(allText(s)).toMatch(/ứng dụng VNeID/);
  });

  it('legacy with a VNeID account already: no advice to register again', () => {
    const s = linkageStatus(adult({ portalAccount: 'legacy', vneidLevel: 2 }), TODAY);
    expect(s.state).toBe('legacy_unlinked');
    expect(allText(s)).not.toMatch(/registers an e-ID account themselves/);
  });

  it('no account: explains Dispatch 3701 and self-registration', () => {
    const s = linkageStatus(adult({ portalAccount: 'none', vneidLevel: null }), TODAY);
    expect(s).toMatchObject({ state: 'no_account', hasProblem: true, showHotline: true });
    expect(allText(s)).toMatch(/3701\/VPCP-KSTT/);
    expect(allText(s)).toMatch(/cannot create an account/);
    expect(allText(s)).toMatch(/registers an e-ID account themselves in the VNeID app, or at the commune police/);
  });

  it('no portal account but a VNeID account: just log in', () => {
    const s = linkageStatus(adult({ portalAccount: 'none', vneidLevel: 1 }), TODAY);
    expect(s.state).toBe('no_account');
    expect(allText(s)).toMatch(/already has a level-1 VNeID account/);
  });

  it('under 14: goes through the parent and names the guardian', () => {
    const s = linkageStatus(adult({ birthDate: '2015-03-01', portalAccount: 'none', vneidLevel: null, guardian: mother }), TODAY);
    expect(s).toMatchObject({ state: 'minor_or_ward', age: 10, guardian: mother, hasProblem: false, showHotline: false });
    expect(s.title).toEqual(LINKAGE_STATE_NAMES.minor_or_ward);
    expect(s.guidance[0]).toEqual({ vi: 'Người dưới 14 tuổi (10 tuổi).', en: 'Under 14 (aged 10).' });
    expect(allText(s)).toMatch(/Nguyễn Thị Lan \(mẹ\)/);
    expect(allText(s)).toMatch(/From 01\/03\/2029 \(14th birthday\)/);
  });

  it('under 14 without a known guardian says so', () => {
    const s = linkageStatus(adult({ birthDate: '2015-03-01' }), TODAY);
    expect(s.guardian).toBeNull();
    expect(allText(s)).toMatch(/No parent or guardian on record/);
  });

  it('ward aged 30: guardian account, no 14th-birthday line', () => {
    const s = linkageStatus(adult({ birthDate: '1995-01-01', underGuardianship: true, guardian: mother }), TODAY);
    expect(s).toMatchObject({ state: 'minor_or_ward', age: 30, guardian: mother });
    expect(s.title).toEqual(LINKAGE_STATE_NAMES.minor_or_ward);
    expect(allText(s)).toMatch(/A person under guardianship acts through/);
    expect(allText(s)).not.toMatch(/14th birthday/);
  });

  it('foreigner aged 20 with a temporary residence card: levels 1 and 2 at the immigration office', () => {
    const s = linkageStatus(adult({ accountKind: 'foreigner', birthDate: '2005-01-01', residenceCard: 'temporary', vneidLevel: null }), TODAY);
    expect(s).toMatchObject({ state: 'foreigner', age: 20, hasProblem: false, showHotline: false });
    expect(allText(s)).toMatch(/aged 6 or over with a temporary residence card may get a level-1 and level-2/);
    expect(allText(s)).toMatch(/immigration office .*form TK01/);
    expect(allText(s)).not.toMatch(/until the Ministry of Public Security issues guidance|14 and over/);
  });

  it('foreigner with level 1: level 2 at the immigration office, not the commune police', () => {
    const s = linkageStatus(adult({ accountKind: 'foreigner', residenceCard: 'permanent', vneidLevel: 1 }), TODAY);
    expect(allText(s)).toMatch(/Has level 1; for level 2, go to the provincial police immigration office/);
    expect(allText(s)).not.toMatch(/commune police/);
  });

  it('foreigner without a residence card: no e-ID, file as the procedure allows', () => {
    const s = linkageStatus(adult({ accountKind: 'foreigner', residenceCard: null }), TODAY);
    expect(s.state).toBe('foreigner');
    expect(allText(s)).toMatch(/without a permanent or temporary residence card cannot get an e-ID account/);
  });

  it('foreigner aged 10 with a residence card is a foreigner with their own levels, not a minor', () => {
    const s = linkageStatus(adult({ accountKind: 'foreigner', birthDate: '2015-01-01', residenceCard: 'permanent', vneidLevel: null }), TODAY);
    expect(s).toMatchObject({ state: 'foreigner', age: 10 });
    expect(allText(s)).toMatch(/level-1 and level-2/);
  });

  it('organisation with an organisation e-ID account: log in with it', () => {
    const s = linkageStatus(adult({ accountKind: 'organisation', birthDate: null, vneidLevel: null, organisationEid: true }), TODAY);
    expect(s).toMatchObject({ state: 'organisation', age: null, guardian: null, hasProblem: false, showHotline: false });
    expect(allText(s)).toMatch(/logs in to the portal with the organisation's e-ID account/);
    expect(allText(s)).not.toMatch(/until the Ministry of Public Security issues guidance/);
  });

  it.each([false, null])('organisation without an organisation e-ID account (%s): problem state, steps and hotline', (eid) => {
    const s = linkageStatus(
      adult({ accountKind: 'organisation', birthDate: null, portalAccount: 'legacy', vneidLevel: null, organisationEid: eid }),
      TODAY,
    );
    expect(s).toMatchObject({ state: 'organisation_unlinked', hasProblem: true, showHotline: true });
    expect(allText(s)).toMatch(/Since 01\/07\/2025 the portal accounts created for agencies and organisations no longer work/);
    expect(allText(s)).toMatch(/legal representative registers .* with their own level-2 account, or files form TK02 at the police/);
    expect(allText(s)).toMatch(/cannot create an account/);
    expect(s.guidance.at(-1)?.vi).toContain(HOTLINE);
  });

  it('organisation wins over any person facts', () => {
    const s = linkageStatus(
      adult({ accountKind: 'organisation', birthDate: '2020-01-01', underGuardianship: true, lock: { reason: 'deceased', since: null }, organisationEid: true }),
      TODAY,
    );
    expect(s).toMatchObject({ state: 'organisation', age: null, lockReason: null });
  });

  it('holder of a giấy chứng nhận căn cước: own guidance with the hotline', () => {
    const s = linkageStatus(adult({ accountKind: 'certificate_holder', portalAccount: 'none', vneidLevel: null }), TODAY);
    expect(s).toMatchObject({ state: 'certificate_holder', hasProblem: true, showHotline: true });
    expect(allText(s)).toMatch(/giấy chứng nhận căn cước/);
    expect(allText(s)).toMatch(/personal ID number on it/);
    expect(allText(s)).toMatch(/cannot create an account/);
  });
});

describe('linkageStatus: children under 14 and the age of 6', () => {
  const child = (birthDate: string, over: Partial<LinkageFacts> = {}) =>
    adult({ birthDate, portalAccount: 'none', vneidLevel: null, guardian: mother, ...over });

  it('5 the day before the 6th birthday: level 1 only; 6 on it: level 1 or 2', () => {
    const facts = child('2019-06-15');
    const before = linkageStatus(facts, '2025-06-14');
    const on = linkageStatus(facts, '2025-06-15');
    expect(before).toMatchObject({ state: 'minor_or_ward', age: 5 });
    expect(on).toMatchObject({ state: 'minor_or_ward', age: 6 });
    expect(allText(before)).toMatch(/under 6 with a căn cước card may hold an own level-1/);
    expect(allText(on)).toMatch(/aged 6 or over with a căn cước card may hold an own level-1 or level-2/);
    expect(allText(on)).toMatch(/parent or guardian registers the child's account with their own level-2 e-ID account/);
  });

  it('29 February 2020 turns 6 on 1 March 2026', () => {
    const facts = child('2020-02-29');
    expect(allText(linkageStatus(facts, '2026-02-28'))).toMatch(/under 6 with a căn cước card/);
    expect(allText(linkageStatus(facts, '2026-03-01'))).toMatch(/aged 6 or over with a căn cước card/);
  });

  it('a child with an own account uses it', () => {
    const s = linkageStatus(child('2016-01-01', { vneidLevel: 2, portalAccount: 'vneid' }), TODAY);
    expect(s.state).toBe('minor_or_ward');
    expect(allText(s)).toMatch(/already has an own level-2 e-ID account, registered by the parent/);
  });

  it('a child without a căn cước card goes through the parent', () => {
    const s = linkageStatus(child('2016-01-01', { hasIdentityCard: false }), TODAY);
    expect(allText(s)).toMatch(/has no căn cước card: the parent or guardian acts for the child/);
    expect(allText(s)).not.toMatch(/may hold an own/);
  });

  it('a foreigner 5 and 6 with a residence card: level 1, then levels 1 and 2', () => {
    const facts = adult({ accountKind: 'foreigner', birthDate: '2019-06-15', residenceCard: 'permanent', vneidLevel: null });
    expect(allText(linkageStatus(facts, '2025-06-14'))).toMatch(/foreigner under 6 with a permanent residence card may get a level-1/);
    expect(allText(linkageStatus(facts, '2025-06-15'))).toMatch(/aged 6 or over with a permanent residence card may get a level-1 and level-2/);
  });

  it('a foreigner born 29 February 2020 turns 6 on 1 March 2026', () => {
    const facts = adult({ accountKind: 'foreigner', birthDate: '2020-02-29', residenceCard: 'temporary', vneidLevel: null });
    expect(linkageStatus(facts, '2026-02-28')).toMatchObject({ state: 'foreigner', age: 5 });
    expect(allText(linkageStatus(facts, '2026-02-28'))).toMatch(/foreigner under 6 with a temporary residence card may get a level-1/);
    expect(linkageStatus(facts, '2026-03-01')).toMatchObject({ state: 'foreigner', age: 6 });
    expect(allText(linkageStatus(facts, '2026-03-01'))).toMatch(/aged 6 or over with a temporary residence card may get a level-1 and level-2/);
  });

  it('a child born 29 February 2012 is still under 14 on 28 February 2026 and out of the minor state on 1 March', () => {
    const facts = child('2012-02-29', { vneidLevel: 2, portalAccount: 'vneid' });
    expect(linkageStatus(facts, '2026-02-28')).toMatchObject({ state: 'minor_or_ward', age: 13 });
    expect(linkageStatus(facts, '2026-03-01')).toMatchObject({ state: 'linked_level2', age: 14 });
  });
});

describe('linkageStatus: locked, each reason', () => {
  const cases: [LockReason, RegExp][] = [
    ['holder_request', /unlocks the account in the VNeID app, or asks any commune police office to unlock it \(form TK03\), wherever they live/],
    ['terms_breach', /only once the reason no longer applies/],
    ['card_revoked', /returned or reissued/],
    ['card_expired', /renews the ID card first/],
    ['deceased', /cannot be unlocked/],
    ['authority_request', /authority that requested the lock asks for it/],
  ];

  it('covers every lock reason in the schema', () => {
    expect(cases.map(([r]) => r).sort()).toEqual([...lockReasonSchema.options].sort());
  });

  it.each(cases)('%s', (reason, guidance) => {
    const s = linkageStatus(adult({ lock: { reason, since: '2025-01-02' } }), TODAY);
    expect(s).toMatchObject({ state: 'locked', lockReason: reason, hasProblem: true, showHotline: true });
    expect(allText(s)).toMatch(guidance);
    expect(allText(s)).toMatch(/Locked since 02\/01\/2025/);
    expect(s.guidance.at(-1)?.vi).toContain(HOTLINE);
  });

  it.each(['holder_request', 'terms_breach', 'card_revoked', 'card_expired', 'authority_request'] as const)(
    '%s: the unlock names any commune police office and form TK03',
    (reason) => {
      const s = linkageStatus(adult({ lock: { reason, since: null } }), TODAY);
      expect(allText(s)).toMatch(/any commune police office.*\(form TK03\)/);
      expect(s.guidance.map((g) => g.vi).join(' ')).toMatch(/mẫu TK03.*bất kỳ Công an cấp xã nào|bất kỳ Công an cấp xã nào.*mẫu TK03/);
    },
  );

  it('deceased gives no unlock advice', () => {
    const s = linkageStatus(adult({ lock: { reason: 'deceased', since: null } }), TODAY);
    expect(allText(s)).not.toMatch(/unlocks the account|is unlocked (in|when|only)/);
    expect(allText(s)).not.toMatch(/Locked since/);
  });

  it('locked wins over account state; minor and foreigner win over locked', () => {
    expect(linkageStatus(adult({ portalAccount: 'none', lock: { reason: 'card_expired', since: null } }), TODAY).state).toBe('locked');
    expect(linkageStatus(adult({ birthDate: '2012-01-01', lock: { reason: 'holder_request', since: null } }), TODAY).state).toBe(
      'minor_or_ward',
    );
    expect(
      linkageStatus(adult({ accountKind: 'foreigner', lock: { reason: 'holder_request', since: null } }), TODAY),
    ).toMatchObject({ state: 'foreigner', lockReason: null });
  });
});

describe('linkageStatus: age boundaries on the office date', () => {
  it('13 the day before the 14th birthday, 14 on it', () => {
    const facts = adult({ birthDate: '2011-06-15' });
    expect(linkageStatus(facts, '2025-06-14')).toMatchObject({ state: 'minor_or_ward', age: 13 });
    expect(linkageStatus(facts, '2025-06-15')).toMatchObject({ state: 'linked_level2', age: 14 });
  });

  it('29 February birthday turns 14 on 1 March in a non-leap year', () => {
    const facts = adult({ birthDate: '2012-02-29' });
    expect(linkageStatus(facts, '2026-02-28')).toMatchObject({ state: 'minor_or_ward', age: 13 });
    expect(linkageStatus(facts, '2026-03-01')).toMatchObject({ state: 'linked_level2', age: 14 });
    expect(allText(linkageStatus(facts, '2026-02-28'))).toMatch(/From 01\/03\/2026/);
  });

  it('29 February birthday in a leap year counts on 29 February (a 14th birthday never falls in one)', () => {
    const facts = adult({ birthDate: '2012-02-29' });
    expect(linkageStatus(facts, '2028-02-28').age).toBe(15);
    expect(linkageStatus(facts, '2028-02-29').age).toBe(16);
  });

  it('unknown birth date: not a minor unless under guardianship', () => {
    expect(linkageStatus(adult({ birthDate: null }), TODAY)).toMatchObject({ state: 'linked_level2', age: null });
    expect(linkageStatus(adult({ birthDate: null, underGuardianship: true }), TODAY)).toMatchObject({
      state: 'minor_or_ward',
      age: null,
    });
  });

  it('a birth date after today counts as unknown age', () => {
    expect(linkageStatus(adult({ birthDate: '2030-01-01' }), TODAY)).toMatchObject({ state: 'linked_level2', age: null });
  });
});

describe('linkageStatus: properties over all facts', () => {
  const factsArb: fc.Arbitrary<LinkageFacts> = fc.record({
    accountKind: fc.constantFrom('citizen' as const, 'foreigner' as const, 'organisation' as const, 'certificate_holder' as const),
    birthDate: fc.option(
      fc
        .date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2025-06-15T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: null },
    ),
    underGuardianship: fc.boolean(),
    portalAccount: fc.constantFrom('none' as const, 'legacy' as const, 'vneid' as const),
    vneidLevel: fc.constantFrom(null, 1 as const, 2 as const),
    lock: fc.option(fc.record({ reason: fc.constantFrom(...lockReasonSchema.options), since: fc.constant(null) }), { nil: null }),
    guardian: fc.option(fc.constant(mother), { nil: null }),
    organisationEid: fc.constantFrom(null, true, false),
    residenceCard: fc.constantFrom(null, 'permanent' as const, 'temporary' as const),
    hasIdentityCard: fc.constantFrom(null, true, false),
  });

  it('always yields a valid status; hotline exactly on problem states; guidance in both languages', () => {
    const problems: LinkageState[] = ['locked', 'no_account', 'legacy_unlinked', 'organisation_unlinked', 'certificate_holder'];
    expect([...PROBLEM_STATES].sort()).toEqual([...problems].sort());
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(linkageFactsSchema.safeParse(facts).success).toBe(true);
        const s = linkageStatus(facts, TODAY);
        expect(linkageStatusSchema.safeParse(s).success).toBe(true);
        const problem = problems.includes(s.state);
        expect(s.showHotline).toBe(problem);
        expect(s.hasProblem).toBe(problem);
        expect(allText(s).includes(HOTLINE)).toBe(problem);
        expect(s.slipLines.join('\n').includes(HOTLINE)).toBe(problem);
        expect(s.guidance.length).toBeGreaterThan(0);
        // One name per state, and no line said twice (the hotline included).
        expect(s.title).toEqual(LINKAGE_STATE_NAMES[s.state]);
        expect(new Set(s.guidance.map((line) => line.vi)).size).toBe(s.guidance.length);
        expect(s.slipLines.filter((line) => line.includes(HOTLINE))).toHaveLength(problem ? 1 : 0);
        for (const line of s.guidance) {
          expect(line.vi).not.toBe('');
          expect(line.en).not.toBe('');
        }
        expect(s.lockReason !== null).toBe(s.state === 'locked');
        if (s.state !== 'minor_or_ward') expect(s.guardian).toBeNull();
        if (facts.accountKind === 'organisation') expect(s.state).toBe(facts.organisationEid === true ? 'organisation' : 'organisation_unlinked');
        if (facts.accountKind === 'foreigner') expect(s.state).toBe('foreigner');
      }),
    );
  });
});

describe('slip lines', () => {
  it('are Vietnamese: title, bullets, date given', () => {
    const s = linkageStatus(adult({ lock: { reason: 'card_expired', since: null } }), TODAY);
    expect(s.slipLines[0]).toBe('Tài khoản VNeID đang bị khóa');
    expect(s.slipLines).toContain('• Lý do khóa: thẻ căn cước hết hạn.');
    expect(s.slipLines.at(-1)).toBe('Ngày hướng dẫn: 15/06/2025');
    expect(s.slipLines.join('\n')).not.toMatch(/\b(the|and|card)\b/);
  });
});
