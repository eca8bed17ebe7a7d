import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HOTLINE, PROBLEM_STATES, linkageStatus, type LinkageState } from '../../../shared/domain/linkage';
import { renderApp } from '../../test/render-app';
import { citizenDetail, factsFor, OFFICE_TODAY, revealed, lookupFrame } from '../../test/lookup-fixtures';
import { installFakeDesk } from '../../test/fake-desk';
import { ok } from '../../../shared/contract';

const STATES = Object.keys(factsFor) as LinkageState[];

function openCitizenView(state: LinkageState) {
  const desk = installFakeDesk({ answers: {
    ...lookupFrame,
    'citizen.get': ({ ref }) => ok(citizenDetail(factsFor[state], ref)),
    'citizen.reveal': ({ ref }) => ok(revealed(ref)),
    'guidance.record': ({ state }) => ok({
      recordedAt: '2026-06-15T02:30:00.000Z', state, officerId: 'canbo01', officerName: 'Nguyễn Thị Hồng Nhung',
      unitCode: 'H15.50.05.13', unitName: 'Trung tâm Phục vụ hành chính công xã Yên Phong',
    }),
  } });
  window.location.hash = '#/citizen/7';
  renderApp();
  return { desk, user: userEvent.setup({ delay: null }) };
}

afterEach(() => vi.restoreAllMocks());

describe('citizen view, in every linkage state', () => {
  it.each(STATES)('%s: title and guidance of linkageStatus, hotline exactly for problem states, no way to create an account', async (state) => {
    openCitizenView(state);
    const expected = linkageStatus(factsFor[state], OFFICE_TODAY);
    expect(expected.state).toBe(state);
    expect((await screen.findByTestId('linkage-title')).textContent).toBe(expected.title.vi);
    const lines = within(screen.getByTestId('linkage-guidance')).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual(expected.guidance.map((line) => line.vi));
    const hotline = screen.queryByTestId('hotline');
    if (PROBLEM_STATES.has(state)) expect(hotline?.textContent).toContain(HOTLINE);
    else expect(hotline).toBeNull();
    expect(screen.queryByRole('button', { name: /tạo tài khoản|create account|đăng ký hộ/i })).toBeNull();
    expect(screen.queryByRole('link', { name: /tạo tài khoản|create account/i })).toBeNull();
    expect(screen.getByTestId('guidance-slip').textContent).toContain(expected.slipLines[0]);
  });

  it('explains, for no account, why the counter cannot create one (Dispatch 3701) and what to do, each said once', async () => {
    openCitizenView('no_account');
    await screen.findByTestId('linkage-title');
    const panel = screen.getByTestId('linkage-title').closest('section')?.textContent ?? '';
    expect(panel.split('3701/VPCP-KSTT')).toHaveLength(2);
    expect(panel.split(HOTLINE)).toHaveLength(2);
    expect(screen.getByTestId('linkage-guidance').textContent).toMatch(/VNeID/);
    expect(screen.getByTestId('linkage-guidance').textContent).toMatch(/Công an cấp xã/);
  });

  it('names the guardian of a minor and states the 29 February convention next to the age', async () => {
    openCitizenView('minor_or_ward');
    expect((await screen.findByTestId('guardian')).textContent).toContain('Trần Thị Mẹ');
    expect(screen.getByTestId('guardian').textContent).not.toContain('079185009876');
    expect(screen.getByTestId('guardian').textContent).toContain('••••••••9876');
    expect(screen.getByTestId('citizen-identity').textContent).toContain('10 tuổi');
    expect(screen.getByTestId('leap-day-note').textContent).toContain('29/02');
  });

  it('shows the lock reason for a locked account', async () => {
    openCitizenView('locked');
    expect((await screen.findByTestId('linkage-title')).closest('section')?.textContent).toContain('thẻ căn cước hết hạn');
  });

  it('in English shows the guidance in English and keeps the Vietnamese text for the citizen', async () => {
    openCitizenView('legacy_unlinked');
    await screen.findByTestId('linkage-title');
    await act(async () => {
      await window.desk.calls['prefs.set']({ language: 'en' });
    });
    const expected = linkageStatus(factsFor.legacy_unlinked, OFFICE_TODAY);
    await waitFor(() => expect(screen.getByTestId('linkage-title').textContent).toBe(expected.title.en));
    const vietnamese = screen.getByTestId('guidance-vi');
    expect(vietnamese.getAttribute('lang')).toBe('vi');
    expect(vietnamese.textContent).toContain(expected.title.vi);
    expect(screen.getByTestId('hotline').textContent).toContain(`hotline ${HOTLINE}`);
  });

  it('records the guidance with the decided state, then prints the Vietnamese slip naming the unit and the officer', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const { desk, user } = openCitizenView('locked');
    expect((await screen.findByTestId('guidance-record')).textContent).toContain('Tình trạng được hướng dẫn: Tài khoản VNeID đang bị khóa');
    await user.click(screen.getByRole('button', { name: 'In phiếu hướng dẫn' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(desk.calls).toContainEqual({ name: 'guidance.record', input: { ref: 7, state: 'locked', slipPrinted: true } });
    expect(screen.getByTestId('guidance-recorded').textContent).toBe('Đã ghi nhận hướng dẫn lúc 15/06/2026 09:30 — cán bộ Nguyễn Thị Hồng Nhung.');
    const slip = screen.getByTestId('guidance-slip');
    expect(slip.getAttribute('lang')).toBe('vi');
    expect(slip.textContent?.split(HOTLINE)).toHaveLength(2);
    expect(slip.textContent).toContain('Công dân: Nguyễn Văn An');
    expect(slip.textContent).toContain('Trung tâm Phục vụ hành chính công xã Yên Phong');
    expect(slip.textContent).toContain('Cán bộ hướng dẫn: Nguyễn Thị Hồng Nhung');
  });

  it('records the guidance without printing when asked', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const { desk, user } = openCitizenView('no_account');
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận, không in phiếu' }));
    await waitFor(() => expect(screen.getByTestId('guidance-recorded').textContent).toMatch(/^Đã ghi nhận hướng dẫn lúc/));
    expect(desk.calls).toContainEqual({ name: 'guidance.record', input: { ref: 7, state: 'no_account', slipPrinted: false } });
    expect(print).not.toHaveBeenCalled();
  });
});

describe('revealing the ID number', () => {
  it('asks for a reason of at least 5 characters, calls citizen.reveal, and hides again on leaving', async () => {
    const { desk, user } = openCitizenView('linked_level2');
    expect((await screen.findByTestId('citizen-id')).textContent).toBe('••••••••1234');
    await user.click(screen.getByRole('button', { name: 'Hiện số định danh' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hiện số định danh đầy đủ' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do' }), 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Hiện số' }));
    expect(await within(dialog).findByText('Lý do cần ít nhất 5 ký tự.')).toBeTruthy();
    expect(desk.calls.some((c) => c.name === 'citizen.reveal')).toBe(false);

    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do' }), ' đối chiếu CCCD');
    await user.click(within(dialog).getByRole('button', { name: 'Hiện số' }));
    await waitFor(() => expect(screen.getByTestId('citizen-id').textContent).toBe('079190001234'));
    expect(desk.calls).toContainEqual({ name: 'citizen.reveal', input: { ref: 7, reason: 'abc đối chiếu CCCD' } });
    expect(screen.getByTestId('citizen-identity').textContent).toContain('0912345678');
    expect(screen.getByTestId('citizen-identity').textContent).toContain('an.nguyen@example.vn');

    window.location.hash = '#/lookup';
    await screen.findByRole('searchbox');
    window.location.hash = '#/citizen/7';
    expect((await screen.findByTestId('citizen-id')).textContent).toBe('••••••••1234');
  }, 20_000);
});
