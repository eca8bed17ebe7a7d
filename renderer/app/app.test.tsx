import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeDesk, sampleInfo } from '../test/fake-desk';
import { renderApp } from '../test/render-app';

const openSettings = () => {
  window.location.hash = '#/settings';
};

describe('app frame', () => {
  it('shows the product, navigation, status region and the training banner', async () => {
    installFakeDesk();
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeTruthy();
    expect(screen.getByText('OneStop Desk')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    const links = within(nav).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['Tra cứu', 'Tiếp nhận', 'Hàng đợi', 'Cài đặt']);
    expect(within(nav).getByRole('link', { name: 'Tra cứu' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('status', { name: 'Kết nối và đồng bộ' }).getAttribute('aria-live')).toBe('polite');
    expect(await screen.findByText('Chế độ tập huấn — dữ liệu mô phỏng, không phải hồ sơ thật')).toBeTruthy();
  });

  it('names the centre from the machine config in the header, not "Bộ phận Một cửa"', async () => {
    installFakeDesk({ info: { ...sampleInfo, centre: { level: 'provincial', name: 'Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh' } } });
    renderApp();
    await waitFor(() => expect(screen.getByTestId('centre-name').textContent).toBe('Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh'));
    // Shown, with the whole name as its tooltip when the header cuts it short.
    const centre = screen.getByTestId('centre-name');
    expect(centre.className).not.toContain('visually-hidden');
    expect(centre.getAttribute('title')).toBe('Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh');
    expect(screen.queryByText('Bộ phận Một cửa')).toBeNull();
  });

  it('shows no training banner in production mode', async () => {
    installFakeDesk({ info: { mode: 'production', portalUrl: 'https://dvc.example.gov.vn' } });
    openSettings();
    renderApp();
    expect(await screen.findByText('https://dvc.example.gov.vn')).toBeTruthy();
    expect(screen.queryByTestId('training-banner')).toBeNull();
  });

  it('renders app.info in the settings about panel', async () => {
    installFakeDesk();
    openSettings();
    renderApp();
    const info = await screen.findByTestId('app-info');
    expect(within(info).getByTestId('app-version').textContent).toBe(sampleInfo.version);
    expect(within(info).getByTestId('app-mode').textContent).toBe('Tập huấn (dữ liệu mô phỏng)');
    expect(within(info).getByText(sampleInfo.dataDir ?? 'no data directory in the sample')).toBeTruthy();
    expect(within(info).getByText(sampleInfo.portalUrl)).toBeTruthy();
    expect(within(info).getByText('10')).toBeTruthy();
  });

  it('navigates between screens and marks the current link', async () => {
    installFakeDesk();
    renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Hàng đợi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hàng đợi gửi lên Cổng' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Hàng đợi' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Tra cứu' }).getAttribute('aria-current')).toBeNull();
  });
});

describe('language', () => {
  it('switches text and <html lang>, and saves the choice through prefs.set', async () => {
    const desk = installFakeDesk();
    openSettings();
    renderApp();
    const user = userEvent.setup();
    expect(document.documentElement.lang).toBe('vi');
    await user.click(await screen.findByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lookup' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(desk.calls).toContainEqual({ name: 'prefs.set', input: { language: 'en' } });
    expect(desk.prefs.language).toBe('en');
  });

  it('starts in the saved language', async () => {
    installFakeDesk({ prefs: { language: 'en' } });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier lookup' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows a prefs.changed event pushed by the core', async () => {
    const desk = installFakeDesk();
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' });
    await act(async () => {
      await window.desk.calls['prefs.set']({ language: 'en' });
    });
    expect(desk.prefs.language).toBe('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier lookup' })).toBeTruthy();
  });
});

describe('failures', () => {
  it('lists every bad config key, the file and who to contact, in the chosen language', async () => {
    installFakeDesk({
      status: {
        state: 'config-invalid',
        configPath: '/etc/onestop-desk/config.json',
        issues: [
          { key: 'mode', message: { vi: 'giá trị không hợp lệ', en: 'invalid option' } },
          { key: 'portal.timeoutMs', message: { vi: 'quá nhỏ', en: 'too small' } },
        ],
      },
    });
    renderApp();
    const table = await screen.findByTestId('config-issues');
    expect(within(table).getByText('mode')).toBeTruthy();
    expect(within(table).getByText('portal.timeoutMs')).toBeTruthy();
    expect(within(table).getByText('giá trị không hợp lệ')).toBeTruthy();
    expect(screen.getByTestId('config-path').textContent).toBe('/etc/onestop-desk/config.json');
    expect(screen.getByText(/liên hệ bộ phận CNTT/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();

    await userEvent.setup().click(screen.getByRole('radio', { name: 'English' }));
    expect(await within(table).findByText('too small')).toBeTruthy();
    expect(screen.getByText(/contact IT/)).toBeTruthy();
  });

  it('explains a failed call by its error code, and can retry', async () => {
    installFakeDesk({ failing: { 'app.info': { code: 'STORAGE', message: 'disk full' } } });
    openSettings();
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không ghi được dữ liệu trên máy này.');
    expect(alert.textContent).toContain('STORAGE');
    expect(alert.textContent).not.toContain('disk full');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });

  it('shows an error instead of the app when app.status itself fails', async () => {
    installFakeDesk({ failing: { 'app.status': { code: 'INTERNAL', message: 'boom' } } });
    renderApp();
    expect((await screen.findByRole('alert')).textContent).toContain('Đã xảy ra lỗi');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows why when saving the language fails, and keeps the current language', async () => {
    installFakeDesk({ failing: { 'prefs.set': { code: 'STORAGE', message: 'read-only' } } });
    openSettings();
    renderApp();
    await userEvent.setup().click(await screen.findByRole('radio', { name: 'English' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không ghi được dữ liệu'));
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('heading', { level: 1, name: 'Cài đặt' })).toBeTruthy();
  });
});
