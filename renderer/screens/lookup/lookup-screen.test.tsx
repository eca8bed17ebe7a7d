import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SearchFilters } from '../../../shared/contract/lookup';
import { renderApp } from '../../test/render-app';
import { citizenDetail, dossierDetail, factsFor, row, searchResult, lookupFrame } from '../../test/lookup-fixtures';
import { installFakeDesk } from '../../test/fake-desk';
import { ok } from '../../../shared/contract';
import { rememberLookup } from './lookup-memory';

const CODE = 'H15.50.05.13-260601-0001';
const QR = '079190001234|123456789|Nguyễn Văn An|01051990|Nam|12 Lê Lợi|01012022';
const nameRows = [row('H15.50.05.13-260601-0001'), row('H15.50.05.13-260602-0002', { pendingActions: 2 }), row('H15.50.05.13-260603-0003', { timeliness: { kind: 'early', days: 2 } })];

/** A common surname: 120 dossiers, answered up to the limit asked for. */
const manyRows = Array.from({ length: 120 }, (_, i) => row(`H15.50.05.13-260610-${String(i + 1).padStart(4, '0')}`, { applicantName: 'Trần Thị Bình' }));

function search({ text, filters, limit }: { text: string; filters: SearchFilters; limit: number }) {
  const t = text.trim();
  if (t === 'tran') return searchResult({ recognised: 'name', dossiers: manyRows.slice(0, limit) });
  if (t === '') return searchResult({ recognised: 'empty', dossiers: Object.keys(filters).length ? nameRows.slice(0, 1) : [] });
  if (t.startsWith('H15')) return searchResult({ recognised: 'dossierCode', exactDossier: t === CODE ? CODE : null, dossiers: t === CODE ? [row(CODE)] : [] });
  if (t.includes('|')) {
    return t === QR
      ? searchResult({ recognised: 'chipQr', citizen: { ref: 7, fullName: 'Nguyễn Văn An', idNumberMasked: '••••••••1234', birthDate: '1990-05-01', kind: 'citizen' }, dossiers: nameRows.slice(0, 1) })
      : searchResult({ recognised: 'chipQrInvalid', message: { vi: 'Mã QR trên CCCD không đọc được: thiếu ngày sinh.', en: 'Unreadable chip-card QR: no birth date.' } });
  }
  return searchResult({ recognised: 'name', dossiers: nameRows });
}

function setup() {
  rememberLookup({ text: '', filters: {} });
  const desk = installFakeDesk({ answers: {
    ...lookupFrame,
    'lookup.search': (input) => ok(search(input)),
    'dossier.get': ({ code }) => ok(dossierDetail(code)),
    'citizen.get': ({ ref }) => ok(citizenDetail(factsFor.linked_level2, ref)),
  } });
  renderApp();
  return { desk, user: userEvent.setup({ delay: null }) };
}

const searchBox = () => screen.findByRole('searchbox', { name: 'Tìm hồ sơ hoặc công dân' });

describe('lookup screen', () => {
  it('focuses the search box on load, searches as you type and lists the dossiers with their badges', async () => {
    const { user } = setup();
    const box = await searchBox();
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect((await screen.findByTestId('freshness')).textContent).toMatch(/Dữ liệu lưu trên máy, cập nhật lúc 14:05/);
    await user.type(box, 'nguyen van an');
    const list = await screen.findByRole('listbox', { name: 'Kết quả tìm kiếm' });
    const options = await within(list).findAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]?.textContent).toContain('H15.50.05.13-260601-0001');
    expect(options[0]?.textContent).toContain('••••••••1234');
    expect(options[0]?.textContent).toContain('Đang xử lý');
    expect(options[0]?.textContent).toContain('Hẹn trả 12/06/2026');
    expect(options[0]?.textContent).toContain('Quá hạn 3 ngày');
    expect(options[0]?.querySelector('[data-linkage]')?.textContent).toBe('Tình trạng tài khoản VNeID: Tài khoản cũ chưa xác thực với VNeID');
    expect(options[1]?.textContent).toContain('Đang chờ gửi (2)');
    expect(options[2]?.textContent).toContain('Trước hạn 2 ngày');
    expect(screen.getByText('3 hồ sơ')).toBeTruthy();
  });

  it('redraws the rows in English when the officer switches language, labels and badges included', async () => {
    const { user } = setup();
    await user.type(await searchBox(), 'nguyen van an');
    const list = await screen.findByRole('listbox', { name: 'Kết quả tìm kiếm' });
    expect((await within(list).findAllByRole('option'))[0]?.textContent).toContain('Hẹn trả 12/06/2026');
    await act(async () => {
      await window.desk.calls['prefs.set']({ language: 'en' });
    });
    await screen.findByRole('heading', { level: 1, name: 'Dossier lookup' });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]?.textContent).toContain('Due 12/06/2026');
    expect(options[0]?.textContent).toContain('Overdue by 3 days');
    expect(options[0]?.textContent).toContain('Born (1985)');
    expect(options[0]?.querySelector('[data-linkage]')?.textContent).toBe('VNeID account status: Old account not yet verified with VNeID');
    expect(options[1]?.textContent).toContain('Waiting to send (2)');
    expect(options[2]?.textContent).toContain('2 days early');
    expect(options[0]?.textContent).not.toContain('Hẹn trả');
  });

  it('opens the dossier at once when Enter follows a dossier code (a scanned receipt)', async () => {
    const { user } = setup();
    await user.type(await searchBox(), `${CODE}{Enter}`);
    await waitFor(() => expect(window.location.hash).toBe(`#/dossier/${encodeURIComponent(CODE)}`));
    expect(await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${CODE}` })).toBeTruthy();
  });

  it('says so when a scanned dossier code is not in the cache', async () => {
    const { user } = setup();
    await user.type(await searchBox(), 'H15.50.05.13-260601-9999{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Không có hồ sơ mã H15.50.05.13-260601-9999');
    expect(window.location.hash).toBe('');
  });

  it('opens the citizen directly from chip-card QR text', async () => {
    const { user } = setup();
    await user.type(await searchBox(), `${QR}{Enter}`);
    await waitFor(() => expect(window.location.hash).toBe('#/citizen/7'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Công dân: Nguyễn Văn An' })).toBeTruthy();
  }, 20_000);

  it('shows the message for malformed QR text in the chosen language and opens nothing', async () => {
    const { user } = setup();
    await user.type(await searchBox(), '079190001234|x|Nguyễn{Enter}');
    expect((await screen.findByTestId('lookup-message')).textContent).toBe('Mã QR trên CCCD không đọc được: thiếu ngày sinh.');
    expect(window.location.hash).toBe('');
  });

  it('moves through results with the arrows, opens with Enter, and Esc goes back to the same query', async () => {
    const { user } = setup();
    const box = await searchBox();
    await user.type(box, 'nguyen');
    const list = await screen.findByRole('listbox');
    await within(list).findAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(list);
    const active = () => document.getElementById(list.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '';
    expect(active()).toContain('260601-0001');
    await user.keyboard('{ArrowDown}');
    expect(active()).toContain('260602-0002');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ H15.50.05.13-260602-0002' })).toBeTruthy();

    await user.keyboard('{Escape}');
    const again = await searchBox();
    expect((again as HTMLInputElement).value).toBe('nguyen');
    expect(window.location.hash).toBe('#/lookup');
  });

  it('asks for the first 50 rows, and for more when the officer reaches the end of the list', async () => {
    const { user, desk } = setup();
    await user.type(await searchBox(), 'tran');
    expect(await screen.findByText('50 hồ sơ đầu tiên; xuống cuối danh sách để xem thêm')).toBeTruthy();
    const list = screen.getByRole('listbox');
    await user.keyboard('{ArrowDown}{End}');
    expect(document.activeElement).toBe(list);
    await waitFor(() => expect(desk.calls).toContainEqual({ name: 'lookup.search', input: { text: 'tran', filters: {}, limit: 200 } }));
    expect(await screen.findByText('120 hồ sơ')).toBeTruthy();
    // The officer keeps their place (the 50th row; happy-dom has no layout to scroll it
    // into view), and the list now holds all 120.
    expect(list.getAttribute('aria-activedescendant')).toMatch(/-row-49$/);
    expect(within(list).getAllByRole('option')[0]?.getAttribute('aria-setsize')).toBe('120');
    await user.keyboard('{End}');
    // The last of the 120 is active (without layout, happy-dom does not scroll its row into existence).
    expect(list.getAttribute('aria-activedescendant')).toMatch(/-row-119$/);
    // Everything is loaded: no further call.
    expect(desk.calls.filter((call) => call.name === 'lookup.search' && (call.input as { limit: number }).limit > 200)).toEqual([]);
  });

  it('focuses the search box with Ctrl+K and F3 from anywhere', async () => {
    const { user } = setup();
    const box = await searchBox();
    await user.click(screen.getByRole('button', { name: /Bộ lọc/ }));
    expect(document.activeElement).not.toBe(box);
    await user.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(box);
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{F3}');
    expect(document.activeElement).toBe(box);
  });

  it('sends the chosen filters with the search', async () => {
    const { user, desk } = setup();
    await searchBox();
    await user.click(screen.getByRole('button', { name: /Bộ lọc/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'Quá hạn' }));
    await user.click(screen.getByRole('checkbox', { name: '5. Yêu cầu bổ sung' }));
    await waitFor(() =>
      expect(desk.calls).toContainEqual({ name: 'lookup.search', input: { text: '', filters: { overdue: true, statuses: [5] }, limit: 50 } }),
    );
    expect(await screen.findByRole('listbox')).toBeTruthy();
  });

  it('picks the field and the procedure by name typed without diacritics, and filters by their codes', async () => {
    const { user, desk } = setup();
    await searchBox();
    await user.click(screen.getByRole('button', { name: /Bộ lọc/ }));
    await user.click(await screen.findByRole('combobox', { name: 'Lĩnh vực' }));
    await user.keyboard('ho tich');
    await user.click(await screen.findByRole('option', { name: 'Hộ tịch (HT)' }));
    await user.click(screen.getByRole('combobox', { name: 'Thủ tục' }));
    const procedures = await screen.findByRole('listbox');
    // Narrowed to the chosen field: residence procedures are not offered.
    expect(within(procedures).queryByRole('option', { name: /Đăng ký thường trú/ })).toBeNull();
    await user.keyboard('dang ky khai t');
    expect(within(await screen.findByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Đăng ký khai tử (1.000656)']);
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(desk.calls).toContainEqual({ name: 'lookup.search', input: { text: '', filters: { fieldCode: 'HT', procedureCode: '1.000656' }, limit: 50 } }),
    );
    expect(screen.getByRole('button', { name: /2 bộ lọc đang áp dụng/ })).toBeTruthy();
  });
});
