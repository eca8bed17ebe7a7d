import { describe, expect, it } from 'vitest';
import { HOTLINE, linkageStatus } from './linkage';
import type { LinkageFacts } from './linkage-facts';
import { onlineFilingReadiness } from './online-filing';

const TODAY = '2026-06-15';
const facts = (over: Partial<LinkageFacts> = {}): LinkageFacts => ({
  accountKind: 'citizen', birthDate: '1990-01-01', underGuardianship: false, portalAccount: 'vneid', vneidLevel: 2,
  lock: null, guardian: null, organisationEid: null, residenceCard: null, hasIdentityCard: true, ...over,
});
const readiness = (over: Partial<LinkageFacts>) => onlineFilingReadiness(linkageStatus(facts(over), TODAY), 'Đăng ký tạm trú', TODAY);

describe('onlineFilingReadiness', () => {
  it('level 2 files now: only the filing steps, no hotline', () => {
    const r = readiness({});
    expect(r).toMatchObject({ canFileNow: true, showHotline: false });
    expect(r.steps[0]?.en).toMatch(/^Log in to the National Public Service Portal/);
    expect(r.slipLines.join('\n')).not.toContain(HOTLINE);
  });

  it('level 1 first activates level 2, then files', () => {
    const r = readiness({ vneidLevel: 1 });
    expect(r.canFileNow).toBe(false);
    expect(r.steps[0]?.en).toMatch(/level 1/);
    expect(r.steps.map((s) => s.en).join(' ')).toMatch(/activate level 2.*Log in to the National Public Service Portal/);
  });

  it('no account: register VNeID first; the slip is Vietnamese, numbered, with the hotline once and the date', () => {
    const r = readiness({ portalAccount: 'none', vneidLevel: null });
    expect(r.canFileNow).toBe(false);
    expect(r.slipLines[0]).toBe('HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN');
    expect(r.slipLines).toContain('Thủ tục: Đăng ký tạm trú');
    expect(r.slipLines.filter((l) => l.includes(HOTLINE))).toHaveLength(1);
    expect(r.slipLines.some((l) => /^1\. /.test(l))).toBe(true);
    expect(r.slipLines.at(-1)).toBe('Ngày hướng dẫn: 15/06/2026');
  });

  it('an organisation files with its e-ID account, or registers one first', () => {
    expect(readiness({ accountKind: 'organisation', birthDate: null, vneidLevel: null, organisationEid: true }).canFileNow).toBe(true);
    const without = readiness({ accountKind: 'organisation', birthDate: null, vneidLevel: null, organisationEid: false });
    expect(without.canFileNow).toBe(false);
    expect(without.steps.map((s) => s.en).join(' ')).toMatch(/form TK02/);
  });
});
