import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeDesk } from '../../test/fake-desk';
import { i18n, setupI18n } from '../../i18n';
import { StorageProgressScreen } from './storage-progress-screen';

setupI18n();

describe('StorageProgressScreen', () => {
  it('follows the pushed re-encryption steps, in Vietnamese by default', async () => {
    await i18n.changeLanguage('vi');
    const desk = installFakeDesk();
    render(<StorageProgressScreen />);
    expect(screen.getByRole('heading', { name: 'Đang chuẩn bị dữ liệu trên máy' })).toBeTruthy();
    expect(screen.getByRole('progressbar').textContent).toBe('Đang bắt đầu…');

    act(() => desk.emit('storage.progress', { job: 'reencrypt', step: 'copy', done: 50, total: 200, finished: false }));
    const bar = screen.getByRole('progressbar');
    expect(bar.textContent).toBe('Bước 1/4: Sao chép cơ sở dữ liệu');
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByText('Sao chép cơ sở dữ liệu', { selector: 'li' }).getAttribute('aria-current')).toBe('step');

    act(() => desk.emit('storage.progress', { job: 'reencrypt', step: 'check', done: 3, total: 12, finished: false }));
    expect(screen.getByRole('progressbar').textContent).toBe('Bước 3/4: Kiểm tra số bản ghi của bản sao');
    expect(screen.getByText('Mã hóa lại bản sao', { selector: 'li' }).getAttribute('data-done')).toBe('yes');

    act(() => desk.emit('storage.progress', { job: 'reencrypt', step: 'swap', done: 1, total: 1, finished: true }));
    expect(screen.getByRole('progressbar').textContent).toBe('Hoàn tất. Đang mở OneStop Desk…');
  });

  it('has the same texts in English, for a long migration too', async () => {
    await i18n.changeLanguage('en');
    const desk = installFakeDesk();
    render(<StorageProgressScreen />);
    act(() => desk.emit('storage.progress', { job: 'migrate', step: 'migrate', done: 0, total: 0, finished: false }));
    expect(screen.getByText(/updating the database on this PC/)).toBeTruthy();
    expect(screen.getByRole('progressbar').textContent).toBe('Step 1 of 1: Updating the data structure');
    await i18n.changeLanguage('vi');
  });
});
