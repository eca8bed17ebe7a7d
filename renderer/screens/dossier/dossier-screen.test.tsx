import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test/render-app';
import { citizenDetail, dossierDetail, factsFor, lookupFrame, searchResult } from '../../test/lookup-fixtures';
import { installFakeDesk } from '../../test/fake-desk';
import { fail, ok } from '../../../shared/contract';
import { rememberLookup } from '../lookup/lookup-memory';

const CODE = 'H15.50.05.13-260601-0001';

function openDossierView(failing = false) {
  rememberLookup({ text: 'nguyen', filters: {} });
  installFakeDesk({ answers: {
    ...lookupFrame,
    'dossier.get': ({ code }) => (failing ? fail('NOT_FOUND', 'no such dossier') : ok(dossierDetail(code))),
    'citizen.get': ({ ref }) => ok(citizenDetail(factsFor.linked_level1, ref)),
    'lookup.search': () => ok(searchResult({ freshness: dossierDetail(CODE).freshness })),
  } });
  window.location.hash = `#/dossier/${encodeURIComponent(CODE)}`;
  renderApp();
  return userEvent.setup({ delay: null });
}

describe('dossier view', () => {
  it("shows the applicant's VNeID state by its one name, as a link to the citizen's guidance", async () => {
    const user = openDossierView();
    const link = await screen.findByRole('link', { name: 'Tình trạng tài khoản VNeID: Đã xác thực với VNeID – mức độ 2' });
    expect(link.getAttribute('href')).toBe('#/citizen/7');
    await user.click(link);
    expect(await screen.findByTestId('linkage-title')).toBeTruthy();
  }, 20_000);

  it('shows every field, masked applicant, fee in VND, dates in dd/MM/yyyy HH:mm office time and the timeliness', async () => {
    openDossierView();
    const heading = await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${CODE}` });
    const general = await screen.findByTestId('dossier-general');
    const text = general.textContent ?? '';
    for (const expected of [
      CODE, '4. Đang xử lý', 'Quá hạn 3 ngày', 'Cấp giấy phép xây dựng (1.001234)', 'Xây dựng (XD)', 'H15.50.05.13',
      'Xin cấp phép xây nhà ở riêng lẻ', '150.000', '10 ngày làm việc', '01/06/2026 08:00', '01/06/2026 09:00', '12/06/2026 17:00',
    ]) {
      expect(text).toContain(expected);
    }
    expect(within(general).getByText('Tài khoản xác thực VNeID').nextElementSibling?.textContent).toBe('Có');
    // Two facts since 01/07/2025: where it was received and who decides it.
    expect(within(general).getByText('Nơi tiếp nhận').nextElementSibling?.textContent).toBe('Trung tâm Phục vụ hành chính công phường Ba Đình (000.00.12.H29)');
    expect(within(general).getByText('Cơ quan có thẩm quyền giải quyết').nextElementSibling?.textContent).toBe('Sở Xây dựng thành phố Hà Nội (000.00.23.H29)');
    const applicant = screen.getByTestId('dossier-applicant').textContent ?? '';
    expect(applicant).toContain('Nguyễn Văn An');
    expect(applicant).toContain('••••••••1234');
    expect(applicant).toContain('•••••••678');
    expect(applicant).not.toContain('079190001234');
    expect(applicant).not.toContain('0912345678');
    expect(screen.getByTestId('freshness').textContent).toMatch(/14:05/);
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('lists the status history with action, officer and time', async () => {
    openDossierView();
    const table = await screen.findByTestId('status-history');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual([
      '01/06/2026 08:00Mới đăng kýNộp trực tuyến—',
      '01/06/2026 09:00Đã tiếp nhậnTiếp nhậncanbo01Đủ hồ sơ',
      '02/06/2026 14:15Đang xử lýChuyển xử lýcanbo02',
    ]);
  });

  it('links to the citizen view and offers the counter actions the status allows', async () => {
    const user = openDossierView();
    expect(await screen.findByText('Thao tác tại quầy')).toBeTruthy();
    const panel = screen.getByTestId('action-panel');
    // Status 4 (processing): a note is always allowed, accepting is not.
    expect(within(panel).getByRole('button', { name: 'Ghi chú' }).hasAttribute('disabled')).toBe(false);
    expect(within(panel).queryByRole('button', { name: 'Tiếp nhận' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: /Vì sao không có thao tác khác/ }));
    expect(within(panel).getByRole('button', { name: 'Tiếp nhận' }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Xem thông tin công dân và tình trạng VNeID' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Công dân: Nguyễn Văn An' })).toBeTruthy();
  });

  it('goes back to the search with the previous query on Esc', async () => {
    const user = openDossierView();
    await screen.findByTestId('dossier-general');
    await user.keyboard('{Escape}');
    const box = await screen.findByRole('searchbox', { name: 'Tìm hồ sơ hoặc công dân' });
    expect((box as HTMLInputElement).value).toBe('nguyen');
  });

  it('explains a dossier that is not in the cache', async () => {
    openDossierView(true);
    expect((await screen.findByRole('alert')).textContent).toContain('Không tìm thấy.');
  });
});
