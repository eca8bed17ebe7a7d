import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok } from '../../../shared/contract';
import type { ExportResult, SupervisorReport } from '../../../shared/contract/supervisor';
import { fakeAuth, signedInAs } from '../../test/fake-auth';
import { installFakeDesk } from '../../test/fake-desk';
import { renderApp } from '../../test/render-app';

const report: SupervisorReport = {
  range: { from: '2025-03-10', to: '2025-03-10' },
  generatedAt: '2025-03-10T03:00:00.000Z',
  today: '2025-03-10',
  portalReachable: false,
  notice: { vi: 'Không hỏi được Cổng; chỉ dữ liệu trên máy.', en: 'Portal not asked; this PC only.' },
  officers: [
    { officerId: 'canbo01', officerName: 'Nguyễn Văn An', counts: { accept: 4, return_result: 2 } as SupervisorReport['officers'][number]['counts'], total: 6 },
  ],
  actionTotals: { accept: 4, return_result: 2 } as SupervisorReport['actionTotals'],
  dossiers: { received: 7, returned: 2, dueToday: 3, overdue: 1 },
  receivedByUnit: [
    { receivingCentre: 'Trung tâm Phục vụ hành chính công phường Ba Đình', competentUnit: 'UBND phường Cầu Giấy', received: 5 },
    { receivingCentre: null, competentUnit: 'H15.50.05.13', received: 2 },
  ],
  timeliness: { early: 1, onTime: 5, late: 2 },
  pending: {
    scope: 'this_pc',
    counts: { waiting: 1, sending: 0, conflict: 0, rejected: 1 },
    items: [
      { seq: 12, kind: 'accept', dossierCode: 'H15.1-250310-0001', officerId: 'canbo01', state: 'rejected', createdAt: '2025-03-10T02:00:00.000Z', reason: { vi: 'Sai trạng thái', en: 'Wrong status' } },
    ],
  },
};

const exported: ExportResult = {
  fileName: 'so-theo-doi-2025-03-10.xlsx',
  path: '/data/exports/so-theo-doi-2025-03-10.xlsx',
  format: 'xlsx',
  bytes: 1234,
  rows: 9,
  unsyncedRows: 2,
  portalReachable: true,
  audit: { head: { seq: 41, hash: 'abcdef0123456789abcdef' }, ok: true, rows: 41, firstBadSeq: null, witness: null },
};

function supervisorDesk() {
  return installFakeDesk({
    answers: {
      ...fakeAuth(signedInAs('giamsat01')).answers,
      'supervisor.report': () => ok(report),
      'export.handlingLog': () => ok({ saved: true as const, ...exported }),
      'export.open': () => ok({ opened: true as const }),
    },
  });
}

describe('supervisor screen', () => {
  it('is not in the navigation for an officer and explains itself when opened directly', async () => {
    const desk = installFakeDesk();
    window.location.hash = '#/supervisor';
    renderApp();
    expect(await screen.findByTestId('supervisor-not-allowed')).toBeTruthy();
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: 'Giám sát' })).toBeNull();
    expect(desk.calls.some((c) => c.name === 'supervisor.report')).toBe(false);
  });

  it("asks for today's report and shows officers, dossiers, timeliness (chart + table), pending and the notice", async () => {
    const desk = supervisorDesk();
    renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Giám sát' }));
    const shown = await screen.findByTestId('supervisor-report');
    const input = desk.calls.find((c) => c.name === 'supervisor.report')?.input as { from: string; to: string };
    expect(input.from).toBe(input.to);
    expect(input.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const officers = within(shown).getByTestId('officer-table');
    expect(within(officers).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Cán bộ', 'Tiếp nhận', 'Trả kết quả', 'Tổng']);
    expect(within(officers).getByRole('row', { name: /Nguyễn Văn An/ }).textContent).toContain('426');
    expect(within(shown).getByTestId('dossiers-overdue').textContent).toBe('Quá hạn1');
    expect(within(shown).getByRole('img', { name: /Sớm 1, đúng hạn 5, trễ hạn 2/ })).toBeTruthy();
    expect(within(within(shown).getByTestId('timeliness-table')).getByRole('row', { name: /Trễ hạn/ }).textContent).toBe('Trễ hạn2');
    const units = within(shown).getByTestId('unit-table');
    expect(within(units).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'Nơi tiếp nhậnCơ quan có thẩm quyền giải quyếtSố hồ sơ',
      'Trung tâm Phục vụ hành chính công phường Ba ĐìnhUBND phường Cầu Giấy5',
      'Không ghi (hồ sơ cũ)H15.50.05.132',
    ]);
    expect(within(shown).getByTestId('pending-rejected').textContent).toBe('Bị từ chối1');
    expect(within(shown).getByText('Sai trạng thái')).toBeTruthy();
    expect(within(shown).getByTestId('report-notice').textContent).toBe('Không hỏi được Cổng; chỉ dữ liệu trên máy.');
  });

  it('exports XLSX and shows the path, rows, unsynced rows and the verified audit head', async () => {
    const desk = supervisorDesk();
    window.location.hash = '#/supervisor';
    renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Xuất XLSX' }));
    const result = await screen.findByTestId('export-result');
    expect(within(result).getByTestId('export-path').textContent).toBe(exported.path);
    expect(within(result).getByTestId('export-rows').textContent).toBe('9');
    expect(within(result).getByTestId('export-unsynced').textContent).toBe('2');
    expect(within(result).getByTestId('export-audit-head').textContent).toContain('#41');
    expect(within(result).getByTestId('export-audit-ok').textContent).toBe('Đã kiểm tra: nguyên vẹn');
    await waitFor(() => expect(desk.calls.find((c) => c.name === 'export.handlingLog')?.input).toMatchObject({ format: 'xlsx' }));
    await user.click(within(result).getByRole('button', { name: 'Mở tệp' }));
    await waitFor(() => expect(desk.calls.find((c) => c.name === 'export.open')?.input).toEqual({ path: exported.path }));
  });
});
