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

  it('explains, for no account, why the counter cannot create one (Dispatch 3701) and what to do', async () => {
    openCitizenView('no_account');
    const why = await screen.findByTestId('no-account-why');
    expect(why.textContent).toContain('3701/VPCP-KSTT');
    expect(why.textContent).toContain('VNeID');
    expect(why.textContent).toContain('công an');
  });

  it('names the guardian of a minor and states the 29 February convention next to the age', async () => {
    openCitizenView('minor_or_ward');
    expect((await screen.findByTestId('guardian')).textContent).toContain('Trần Thị Mẹ');
    expect(screen.getByTestId('guardian').textContent).not.toContain('079185009876');
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
    expect(screen.getByTestId('hotline').textContent).toContain('VNeID hotline');
  });

  it('prints the Vietnamese slip through window.print', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const { user } = openCitizenView('locked');
    await user.click(await screen.findByRole('button', { name: 'In phiếu hướng dẫn' }));
    expect(print).toHaveBeenCalledTimes(1);
    const slip = screen.getByTestId('guidance-slip');
    expect(slip.getAttribute('lang')).toBe('vi');
    expect(slip.textContent).toContain(`Tổng đài hỗ trợ VNeID: ${HOTLINE}`);
    expect(slip.textContent).toContain('Công dân: Nguyễn Văn An');
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

    window.location.hash = '#/lookup';
    await screen.findByRole('searchbox');
    window.location.hash = '#/citizen/7';
    expect((await screen.findByTestId('citizen-id')).textContent).toBe('••••••••1234');
  });
});
