import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '../../../shared/contract';
import { formatDisplayDate, officeDate } from '../../../shared/domain/office-time';
import { addWorkingDays } from '../../../shared/domain/working-days';
import { installFakeDesk } from '../../test/fake-desk';
import { idleSync, syncStatus } from '../../test/sync-fixtures';
import { renderApp } from '../../test/render-app';
import { citizenDetail, factsFor } from '../../test/lookup-fixtures';

const openIntake = async () => {
  window.location.hash = '#/intake';
  renderApp();
  return screen.findByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ mới' });
};

/** Pastes instead of typing key by key: the same events a scanner or a paste gives, much faster under load. */
async function put(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await put(user, screen.getByRole('textbox', { name: /Họ và tên/ }), 'Nguyễn Văn An');
  await put(user, screen.getByRole('textbox', { name: /^Địa chỉ/ }), '12 Lê Lợi, Huế');
  await put(user, screen.getByRole('combobox', { name: /Thủ tục hành chính/ }), 'Đăng ký tạm trú');
  await user.click(await screen.findByRole('option', { name: /1\.004222/ }));
  await put(user, screen.getByRole('textbox', { name: /Trích yếu/ }), 'Đăng ký tạm trú tại phường');
  await put(user, screen.getByRole('textbox', { name: 'Giấy tờ 1' }), 'Tờ khai CT01');
}

const OFFICIAL = 'H15.50.05.13-261202-0007';
const queued = (state: 'waiting' | 'delivered', dossierCode: string) => ({
  seq: 1, kind: 'intake', dossierCode, officerId: 'canbo01', state, attempts: state === 'delivered' ? 1 : 0,
  createdAt: '2026-12-02T02:00:00.000Z', deliveredAt: state === 'delivered' ? '2026-12-02T02:00:01.000Z' : null,
  nextAttemptAt: null, lastError: null, payload: {}, history: [],
});

describe('intake screen', () => {
  it('lists the empty required fields and calls nothing', async () => {
    const desk = installFakeDesk({ answers: { ...idleSync } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    expect(screen.getByRole('textbox', { name: /Họ và tên/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: /Trích yếu/ }).getAttribute('aria-invalid')).toBe('true');
    expect(desk.calls.some((c) => c.name === 'action.intake')).toBe(false);
  }, 60_000);

  it('shows the appointment date from the working days and submits, showing the provisional code', async () => {
    const desk = installFakeDesk({ answers: {
      'action.intake': () => ok({ seq: 1, dossierCode: 'TMP-PC01-261202-0001', projectedStatus: 2, dueAt: null }),
      'sync.status': () => ok(syncStatus({ online: false })),
      'queue.get': () => ok(queued('waiting', 'TMP-PC01-261202-0001')),
    } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    const expected = formatDisplayDate(addWorkingDays(officeDate(new Date()), 3));
    expect(screen.getByTestId('appointment').textContent).toContain(expected);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const done = await screen.findByTestId('intake-done');
    expect(done.textContent).toContain('Đã tiếp nhận hồ sơ TMP-PC01-261202-0001');
    // Offline: no waiting, the code is plainly provisional at once.
    expect(done.textContent).toContain('mã TẠM THỜI');
    expect(done.getAttribute('data-phase')).toBe('provisional');
    expect(desk.calls.find((c) => c.name === 'action.intake')?.input).toMatchObject({
      procedureCode: '1.004222',
      applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: null, address: '12 Lê Lợi, Huế' },
      documents: ['Tờ khai CT01'],
      sets: 1,
    });
  }, 90_000);

  it('picks the competent unit for the procedure independently of this centre and sends it with the intake', async () => {
    const desk = installFakeDesk({ answers: {
      'action.intake': () => ok({ seq: 1, dossierCode: 'TMP-PC01-261202-0001', projectedStatus: 2, dueAt: null }),
      'sync.status': () => ok(syncStatus({ online: false })),
    } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    // Residence registration is decided by commune police: the usual one first, another commune's on offer.
    const picker = screen.getByTestId('competent-unit');
    expect(picker.textContent).toContain('Công an phường Ba Đình');
    await user.click(picker);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Công an phường Ba Đình', 'Công an phường Cầu Giấy']);
    await user.click(screen.getByRole('option', { name: 'Công an phường Cầu Giấy' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await screen.findByTestId('intake-done');
    expect(desk.calls.find((c) => c.name === 'action.intake')?.input).toMatchObject({ procedureCode: '1.004222', competentUnitCode: '000.42.12.H29' });
  }, 90_000);

  it("offers the units of the core's catalogue in force, not the shipped one", async () => {
    const competentUnits = {
      units: [
        { code: '000.10.01.H01', name: 'Công an xã Mẫu Sơn', kind: 'communePolice' as const },
        { code: '000.10.02.H01', name: 'Công an xã Mẫu Thủy', kind: 'communePolice' as const },
      ],
      byField: [{ field: 'CT', units: ['000.10.02.H01', '000.10.01.H01'] }],
      byProcedure: [],
    };
    installFakeDesk({ info: { competentUnits }, answers: { ...idleSync } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    const picker = screen.getByTestId('competent-unit');
    expect(picker.textContent).toContain('Công an xã Mẫu Thủy');
    await user.click(picker);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Công an xã Mẫu Thủy', 'Công an xã Mẫu Sơn']);
  }, 90_000);

  it('shows a full disk and does not look saved', async () => {
    installFakeDesk({ answers: { ...idleSync, 'action.intake': () => fail('STORAGE', 'full', { message: { vi: 'Chưa lưu: ổ đĩa đã đầy.', en: 'Not saved.' } }) } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await waitFor(() => expect(within(screen.getByTestId('action-failure')).getByText('Chưa lưu: ổ đĩa đã đầy.')).toBeTruthy());
    expect(screen.queryByTestId('intake-done')).toBeNull();
  }, 60_000);

  it('refuses an ID "12345" and a phone "abc" at the counter, with the portal\'s reasons, and sends nothing', async () => {
    const desk = installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()),} });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await put(user, screen.getByRole('textbox', { name: /Số giấy tờ/ }), '12345');
    await put(user, screen.getByRole('textbox', { name: /Số điện thoại/ }), 'abc');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const id = screen.getByRole('textbox', { name: /Số giấy tờ/ });
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Số định danh cá nhân phải gồm đúng 12 chữ số/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Số điện thoại/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Số điện thoại không hợp lệ/)).toBeTruthy();
    expect(desk.calls.some((c) => c.name === 'action.intake')).toBe(false);

    // Corrected, the same form goes, with the numbers in the portal's form.
    await user.clear(id);
    await put(user, id, '079 190 001 234');
    await user.clear(screen.getByRole('textbox', { name: /Số điện thoại/ }));
    await put(user, screen.getByRole('textbox', { name: /Số điện thoại/ }), '+84 912 345 678');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await waitFor(() => expect(desk.calls.find((c) => c.name === 'action.intake')?.input).toMatchObject({ applicant: { idNumber: '079190001234', phone: '0912345678' } }));
  }, 60_000);

  it('shows the procedure\'s checklist and records the ticked documents with the intake', async () => {
    const desk = installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()), 'action.intake': () => ok({ seq: 2, dossierCode: OFFICIAL, projectedStatus: 2, dueAt: null }) } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    const checklist = screen.getByTestId('document-checklist');
    expect(within(checklist).getAllByRole('checkbox').length).toBeGreaterThanOrEqual(2);
    await user.click(within(checklist).getByRole('checkbox', { name: /Giấy tờ chứng minh chỗ ở hợp pháp/ }));
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await screen.findByTestId('intake-done');
    expect(desk.calls.find((c) => c.name === 'action.intake')?.input).toMatchObject({ documents: ['Giấy tờ chứng minh chỗ ở hợp pháp', 'Tờ khai CT01'] });
    // Already official: no provisional wording.
    expect(screen.getByTestId('intake-done').textContent).toContain('đây là mã hồ sơ chính thức');
  }, 60_000);

  it('online, waits for the official code and replaces the provisional one when the outbox delivers', async () => {
    let row = queued('waiting', 'TMP-PC01-261202-0001');
    const desk = installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()),
      'action.intake': () => ok({ seq: 1, dossierCode: 'TMP-PC01-261202-0001', projectedStatus: 2, dueAt: null }),
      'queue.get': () => ok(row),
    } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const done = await screen.findByTestId('intake-done');
    expect(done.getAttribute('data-phase')).toBe('waiting');
    expect(done.textContent).toContain('Đang lấy mã hồ sơ chính thức từ Cổng');
    expect(screen.getByRole('button', { name: 'In phiếu tiếp nhận' }).hasAttribute('disabled') || screen.getByRole('button', { name: 'In phiếu tiếp nhận' }).getAttribute('aria-disabled') === 'true').toBe(true);

    row = queued('delivered', OFFICIAL);
    act(() => desk.emit('data.changed', { dossierCodes: [OFFICIAL] }));
    await waitFor(() => expect(screen.getByTestId('intake-done').textContent).toContain(`Đã tiếp nhận hồ sơ ${OFFICIAL}`));
    expect(screen.getByTestId('intake-done').getAttribute('data-phase')).toBe('official');
    expect(screen.getByTestId('intake-done').textContent).not.toContain('TMP-');
  }, 60_000);

  it('a scanned chip card fills the applicant\'s name, ID number and address from the card', async () => {
    const desk = installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()),} });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await put(user, screen.getByRole('textbox', { name: /Tìm người nộp/ }), '079090001234|123456789|Nguyễn Văn An|01051990|Nam|12 Lê Lợi, Phường Thuận Hóa, Thành phố Huế|01012022');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Họ và tên/ }).value).toBe('Nguyễn Văn An'));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Số giấy tờ/ }).value).toBe('079090001234');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /^Địa chỉ/ }).value).toBe('12 Lê Lợi, Phường Thuận Hóa, Thành phố Huế');
    // The card is in hand: nothing is looked up.
    expect(desk.calls.some((c) => c.name === 'lookup.search')).toBe(false);
  }, 60_000);

  const ONLINE_ONLY = {
    message: {
      vi: 'Từ ngày 01/10/2025, thủ tục này không tiếp nhận hồ sơ giấy (Chỉ thị 24/CT-TTg ngày 13/09/2025): hướng dẫn, hỗ trợ công dân nộp trực tuyến.',
      en: 'Since 01/10/2025 this procedure takes no paper dossier (Directive 24/CT-TTg).',
    },
    onlineOnlyFrom: '2025-10-01',
    issues: [],
  };

  it('an online-only procedure: the refusal with its reason, then assisted filing for a level-2 applicant', async () => {
    const desk = installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()),
      'action.intake': () => fail('VALIDATION', 'online only', ONLINE_ONLY),
      'citizen.find': () => ok(citizenDetail(factsFor.linked_level2)),
    } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.type(screen.getByRole('textbox', { name: /Số giấy tờ/ }), '079090001234');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const refusal = await screen.findByTestId('online-only-refusal');
    expect(refusal.textContent).toContain('Chưa ghi nhận hồ sơ giấy nào.');
    expect(refusal.textContent).toContain('không tiếp nhận hồ sơ giấy');
    const readiness = await screen.findByTestId('assisted-readiness');
    expect(readiness.getAttribute('data-can-file')).toBe('true');
    expect(readiness.textContent).toContain('Nộp được ngay');
    expect(desk.calls.find((c) => c.name === 'citizen.find')?.input).toEqual({ identifier: '079090001234' });
    expect(screen.queryByTestId('intake-done')).toBeNull();
    // The Vietnamese slip carries the procedure and the steps.
    const slip = screen.getByTestId('online-filing-slip');
    expect(slip.textContent).toContain('HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN');
    expect(slip.textContent).toContain('Thủ tục: Đăng ký tạm trú');
    await waitFor(() => expect(slip.textContent).toContain('Trung tâm Phục vụ hành chính công phường Ba Đình'));
    // Back to the form keeps what was typed.
    await user.click(screen.getByRole('button', { name: 'Quay lại phiếu tiếp nhận' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Họ và tên/ }).value).toBe('Nguyễn Văn An');
  }, 90_000);

  it('records the assisted online filing from the refusal, with no dossier code, once', async () => {
    const desk = installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()),
      'action.intake': () => fail('VALIDATION', 'online only', ONLINE_ONLY),
      'citizen.find': () => ok(citizenDetail(factsFor.no_account)),
      'action.assistedFiling': () => ok({ id: 3, at: '2026-06-15T03:20:00.000Z' }),
    } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.type(screen.getByRole('textbox', { name: /Số giấy tờ/ }), '079090001234');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await screen.findByTestId('assisted-readiness');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận đã hỗ trợ nộp trực tuyến' }));
    expect((await screen.findByTestId('assisted-recorded')).textContent).toBe('Đã ghi nhận hỗ trợ nộp trực tuyến lúc 15/06/2026 10:20.');
    const calls = desk.calls.filter((c) => c.name === 'action.assistedFiling');
    expect(calls.map((c) => c.input)).toEqual([{
      procedureCode: '1.004222',
      applicantName: citizenDetail(factsFor.no_account).citizen.fullName,
      // The identifier typed at the counter, so a data-subject request can find the record.
      applicantIdNumber: '079090001234',
      action: { kind: 'assisted_online_filing', readiness: 'steps_first', slipPrinted: false },
    }]);
    // Recorded once: the button is spent, and nothing was queued as an intake.
    expect(screen.getByRole('button', { name: 'Ghi nhận đã hỗ trợ nộp trực tuyến' }).hasAttribute('disabled')).toBe(true);
    expect(desk.calls.filter((c) => c.name === 'action.intake').length).toBe(1);
  }, 90_000);

  it('an applicant without an account: steps first, with the hotline', async () => {
    installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()),
      'action.intake': () => fail('VALIDATION', 'online only', ONLINE_ONLY),
      'citizen.find': () => ok(citizenDetail(factsFor.no_account)),
    } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.type(screen.getByRole('textbox', { name: /Số giấy tờ/ }), '079090001234');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const readiness = await screen.findByTestId('assisted-readiness');
    expect(readiness.getAttribute('data-can-file')).toBe('false');
    expect(readiness.textContent).toContain('Chưa nộp được ngay');
    expect(readiness.textContent).toContain('1900.0368');
    expect(within(readiness).getAllByRole('listitem').length).toBeGreaterThan(3);
  }, 90_000);

  it('without an identifier it asks for one instead of guessing', async () => {
    const desk = installFakeDesk({ answers: { 'sync.status': () => ok(syncStatus()), 'action.intake': () => fail('VALIDATION', 'online only', ONLINE_ONLY) } });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    expect((await screen.findByTestId('assisted-filing')).textContent).toContain('Nhập số giấy tờ của người nộp');
    expect(screen.queryByRole('button', { name: /In phiếu/ })).toBeNull();
    expect(desk.calls.some((c) => c.name === 'citizen.find')).toBe(false);
  }, 90_000);
});
