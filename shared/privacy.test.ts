import { describe, expect, it } from 'vitest';
import { dossierDetailSchema } from './contract/lookup';
import { maskContacts, maskEmail, maskPayload } from './privacy';

describe('masking contacts', () => {
  it('masks an e-mail to its first two letters and domain', () => {
    expect(maskEmail('ngoc.han79@gmail.com')).toBe('ng•••@gmail.com');
    expect(maskEmail('a@b.vn')).toBe('a•••@b.vn');
    expect(maskEmail('khong-co-a-cong')).not.toContain('khong');
  });

  it('masks ID, phone and e-mail of a person and keeps the rest', () => {
    expect(maskContacts({ name: 'Lê Văn Tám', idNumber: '001090000001', phone: '0912345678', email: null, address: 'Hà Nội' })).toEqual({
      name: 'Lê Văn Tám', idNumber: '••••••••0001', phone: '•••••••678', email: null, address: 'Hà Nội',
    });
  });

  it('masks contacts nested anywhere in a queued payload, leaves other fields', () => {
    const masked = maskPayload({ kind: 'intake', applicant: { name: 'Lê Văn Tám', idNumber: '001090000001', phone: '0912345678' }, documents: ['Tờ khai'] });
    expect(masked).toEqual({ kind: 'intake', applicant: { name: 'Lê Văn Tám', idNumber: '••••••••0001', phone: '•••••••678' }, documents: ['Tờ khai'] });
  });
});

describe('the dossier detail contract', () => {
  it('refuses an answer that carries a full ID, phone or e-mail', () => {
    const applicant = (over: Record<string, string | null>) => ({
      kind: 'citizen', name: 'Lê Văn Tám', idNumber: '••••••••0001', phone: null, email: null, address: 'Hà Nội', ...over,
    });
    const shape = dossierDetailSchema.shape.dossier.shape.applicant;
    expect(shape.safeParse(applicant({})).success).toBe(true);
    expect(shape.safeParse(applicant({ idNumber: '001090000001' })).success).toBe(false);
    expect(shape.safeParse(applicant({ phone: '0912345678' })).success).toBe(false);
    expect(shape.safeParse(applicant({ email: 'tam@gmail.com' })).success).toBe(false);
  });
});
