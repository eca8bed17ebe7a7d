import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok } from '../../../shared/contract';
import { REVEAL_PURPOSES } from '../../../shared/contract/privacy';
import { installFakeDesk } from '../../test/fake-desk';
import { citizenDetail, factsFor, revealed, searchResult } from '../../test/lookup-fixtures';
import { renderApp } from '../../test/render-app';
import { syncStatus } from '../../test/sync-fixtures';

const openIntake = async (hash = '#/intake') => {
  window.location.hash = hash;
  renderApp();
  return screen.findByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ mới' });
};

async function put(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const textbox = (name: RegExp) => screen.getByRole<HTMLInputElement>('textbox', { name });

const SENT = {
  procedureCode: '1.004222',
  applicant: { kind: 'citizen' as const, name: 'Võ Thị Ngọc Hân', idNumber: '079303001234', phone: '0912 345 67', email: null, address: '5 Nguyễn Huệ, Phường Sài Gòn', birthDate: '2003-04-09' },
  summary: 'Đăng ký tạm trú tại phường',
  documents: ['Tờ khai CT01 viết tay'],
  sets: 1,
  vneidVerified: false,
};

describe('filling the intake', () => {
  it('picking a cached applicant fills ID, phone, birth date and address through one audited reveal with its purpose', async () => {
    const desk = installFakeDesk({ answers: {
      'sync.status': () => ok(syncStatus()),
      'lookup.search': () => ok(searchResult({ recognised: 'name', citizen: { ref: 7, fullName: 'Nguyễn Văn An', idNumberMasked: '••••••••1234', birthDate: '1990-05-01', kind: 'citizen' } })),
      'citizen.get': ({ ref }) => ok(citizenDetail(factsFor.linked_level2, ref)),
      'citizen.reveal': ({ ref }) => ok(revealed(ref)),
    } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await put(user, textbox(/Tìm người nộp/), 'Nguyễn Văn An');
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Chọn: Nguyễn Văn An' }));
    await waitFor(() => expect(textbox(/Số giấy tờ/).value).toBe('079190001234'));
    expect(textbox(/Số điện thoại/).value).toBe('0912345678');
    expect(textbox(/^Địa chỉ/).value).toBe('12 Lê Lợi, Phường Bến Nghé');
    expect(textbox(/Ngày sinh/).value).toBe(citizenDetail(factsFor.linked_level2).citizen.birthDate?.split('-').reverse().join('/'));
    const reveals = desk.calls.filter((c) => c.name === 'citizen.reveal');
    expect(reveals).toEqual([{ name: 'citizen.reveal', input: { ref: 7, reason: REVEAL_PURPOSES.intakeFromCache } }]);
  }, 60_000);

  it.each([
    ['29/02/2025', /Ngày sinh phải là một ngày có thật/],
    ['31/12/2099', /Ngày sinh không thể sau ngày hôm nay/],
  ])('refuses the birth date %s in the officer\'s language and submits nothing', async (typed, message) => {
    const desk = installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()) } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await put(user, textbox(/Ngày sinh/), typed);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    expect(textbox(/Ngày sinh/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(message)).toBeTruthy();
    expect(desk.calls.some((c) => c.name === 'action.intake')).toBe(false);
  }, 60_000);

  it('corrects a rejected intake: the form prefilled with what was sent, resent as one call that supersedes it', async () => {
    const desk = installFakeDesk({ answers: {
      'sync.status': () => ok(syncStatus({ online: false })),
      'queue.correctionDraft': ({ seq }) => ok({ seq, dossierCode: 'TMP-PC01-261202-0003', intake: SENT }),
      'queue.resendIntake': () => ok({ seq: 12, dossierCode: 'TMP-PC01-261202-0003', projectedStatus: 2, dueAt: null }),
      'queue.get': ({ seq }) => ok({
        seq, kind: 'intake', dossierCode: 'TMP-PC01-261202-0003', officerId: 'canbo01', state: 'waiting', attempts: 0,
        createdAt: '2026-12-02T02:00:00.000Z', deliveredAt: null, nextAttemptAt: null, lastError: null, payload: {}, history: [],
      }),
    } });
    await openIntake('#/intake/correct/9');
    expect((await screen.findByText(/Sửa hồ sơ tiếp nhận TMP-PC01-261202-0003 \(thao tác #9\)/)).textContent).toBeTruthy();
    await waitFor(() => expect(textbox(/Họ và tên/).value).toBe('Võ Thị Ngọc Hân'));
    expect(textbox(/Số giấy tờ/).value).toBe('079303001234');
    expect(textbox(/Ngày sinh/).value).toBe('09/04/2003');
    expect(textbox(/Trích yếu/).value).toBe('Đăng ký tạm trú tại phường');
    expect(textbox(/Giấy tờ 1/).value).toBe('Tờ khai CT01 viết tay');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Gửi lại hồ sơ đã sửa' }));
    // The phone that the portal refused is caught here first.
    expect(screen.getByText(/Số điện thoại không hợp lệ/)).toBeTruthy();
    expect(desk.calls.some((c) => c.name === 'queue.resendIntake')).toBe(false);
    await user.clear(textbox(/Số điện thoại/));
    await put(user, textbox(/Số điện thoại/), '0912345678');
    await user.click(screen.getByRole('button', { name: 'Gửi lại hồ sơ đã sửa' }));
    await waitFor(() => expect(desk.calls.filter((c) => c.name === 'queue.resendIntake')).toEqual([
      { name: 'queue.resendIntake', input: { seq: 9, intake: { ...SENT, applicant: { ...SENT.applicant, phone: '0912345678' } } } },
    ]));
    expect((await screen.findByTestId('intake-resent')).textContent).toContain('thao tác #12 thay cho thao tác bị từ chối');
    expect(desk.calls.some((c) => c.name === 'action.intake')).toBe(false);
    expect(desk.calls.filter((c) => c.name === 'queue.correctionDraft')).toHaveLength(1);
  }, 60_000);
});
