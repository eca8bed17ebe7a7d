import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok } from '../../../shared/contract';
import type { ExportResult, SupervisorReport } from '../../../shared/contract/supervisor';
import { fakeAuth, signedInAs } from '../../test/fake-auth';
import { installFakeDesk } from '../../test/fake-desk';
import { renderApp } from '../../test/render-app';
import { row } from '../../test/lookup-fixtures';
import { officeDate } from '../../../shared/domain/office-time';
import { quickRange } from '../../../shared/domain/quick-ranges';

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
  walkInGuidance: 3,
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
  portalNotice: null,
  audit: { head: { seq: 41, hash: 'abcdef0123456789abcdef' }, ok: true, rows: 41, firstBadSeq: null, witness: null },
};

function supervisorDesk() {
  return installFakeDesk({
    answers: {
      ...fakeAuth(signedInAs('giamsat01')).answers,
      'supervisor.report': () => ok(report),
      'export.handlingLog': () => ok({ saved: true as const, ...exported }),
      'export.open': () => ok({ opened: true as const }),
      'supervisor.tileList': ({ tile }) => ok({ tile, today: '2025-03-10', total: 1, dossiers: [row('H15.50.05.13-250301-0007', { applicantName: 'Võ Thị Sáu' })] }),
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
    expect(within(shown).getByTestId('walk-in-guidance').textContent).toBe('Trong đó hướng dẫn VNeID cho người đến quầy không kèm hồ sơ (ghi trên máy này): 3');
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

  it('a quick range asks for the report of those office days and shows as chosen', async () => {
    const desk = supervisorDesk();
    window.location.hash = '#/supervisor';
    renderApp();
    const user = userEvent.setup();
    const today = await screen.findByRole<HTMLInputElement>('radio', { name: 'Hôm nay' }, { timeout: 10_000 });
    expect(today.checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Tháng trước' }));
    const expected = quickRange('lastMonth', officeDate(new Date()));
    await waitFor(() => expect(desk.calls).toContainEqual({ name: 'supervisor.report', input: expected }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Tháng trước' }).checked).toBe(true);
    // Arrow keys move between the quick ranges and choose.
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(desk.calls).toContainEqual({ name: 'supervisor.report', input: quickRange('thisMonth', officeDate(new Date())) }));
  });

  it("a tile opens the list of the dossiers it counts, for the report's range, and a row opens the dossier", async () => {
    const desk = supervisorDesk();
    window.location.hash = '#/supervisor';
    renderApp();
    const user = userEvent.setup();
    // The report first (a loaded machine can take a while), then its tile.
    const tile = within(await screen.findByTestId('supervisor-report', undefined, { timeout: 10_000 })).getByRole('button', { name: /Quá hạn/ });
    expect(tile.getAttribute('aria-pressed')).toBe('false');
    await user.click(tile);
    const panel = await screen.findByTestId('tile-list');
    expect(within(panel).getByRole('heading', { level: 3 }).textContent).toBe('Quá hạn: 1 hồ sơ (ngày 10/03/2025)');
    await waitFor(() => expect(desk.calls).toContainEqual({ name: 'supervisor.tileList', input: { from: report.range.from, to: report.range.to, tile: 'overdue' } }));
    const list = await within(panel).findByRole('listbox');
    expect(within(list).getByRole('option').textContent).toContain('Võ Thị Sáu');
    await user.click(screen.getByRole('button', { name: /Đã tiếp nhận/ }));
    await waitFor(() => expect(within(screen.getByTestId('tile-list')).getByRole('heading', { level: 3 }).textContent).toBe('Đã tiếp nhận: 1 hồ sơ (10/03/2025 – 10/03/2025)'));
    within(screen.getByTestId('tile-list')).getByRole('listbox').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/dossier/H15.50.05.13-250301-0007'));
  });
});
