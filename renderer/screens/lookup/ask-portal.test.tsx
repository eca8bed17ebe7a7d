import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok } from '../../../shared/contract';
import type { FetchMiss } from '../../../shared/contract/lookup';
import { renderApp } from '../../test/render-app';
import { installFakeDesk } from '../../test/fake-desk';
import { lookupFrame, row, searchResult } from '../../test/lookup-fixtures';
import { rememberLookup } from './lookup-memory';

const CODE = 'H15.50.05.13-260601-0042';

/** The portal has the dossier the cache lacks until the desk asks for it. */
function setup(portal: FetchMiss['outcome']) {
  rememberLookup({ text: '', filters: {} });
  let cached = false;
  const desk = installFakeDesk({ answers: {
    ...lookupFrame,
    'lookup.search': ({ text }) =>
      ok(text.trim() === CODE
        ? searchResult({ recognised: 'dossierCode', exactDossier: cached ? CODE : null, dossiers: cached ? [row(CODE)] : [] })
        : searchResult({ recognised: 'empty' })),
    'lookup.fetch': () => {
      cached = portal === 'fetched';
      const messages: Record<FetchMiss['outcome'], string> = {
        fetched: 'Vừa tải từ cổng và lưu vào máy.',
        offline: 'Không có trên máy, và máy đang ngoại tuyến nên không hỏi được cổng. Thử lại khi có kết nối.',
        not_on_portal: 'Cổng cũng không có mã hoặc số này.',
        not_fetchable: 'Chỉ hỏi cổng được theo mã hồ sơ hoặc số định danh.',
      };
      return ok({
        outcome: portal, fetchedAt: cached ? '2026-06-15T02:05:00.000Z' : null, dossierCode: cached ? CODE : null, citizenRef: null,
        message: { vi: messages[portal], en: messages[portal] },
      });
    },
  } });
  renderApp();
  return { desk, user: userEvent.setup({ delay: null }) };
}

describe('a code not in the cache', () => {
  it('online: is asked of the portal at once, then listed and marked "fetched now"', async () => {
    const { desk, user } = setup('fetched');
    await user.type(await screen.findByRole('searchbox', { name: 'Tìm hồ sơ hoặc công dân' }), CODE);
    await waitFor(() => expect(screen.getByTestId('ask-portal').textContent).toBe('Vừa tải từ cổng lúc 15/06/2026 09:05 (không có trong dữ liệu trên máy trước đó).'), { timeout: 10_000 });
    expect(desk.calls.filter((c) => c.name === 'lookup.fetch')).toEqual([{ name: 'lookup.fetch', input: { text: CODE } }]);
    expect(await screen.findByText(CODE)).toBeTruthy();
  }, 20_000);

  it('offline: says plainly that the portal cannot be asked', async () => {
    const { user } = setup('offline');
    await user.type(await screen.findByRole('searchbox', { name: 'Tìm hồ sơ hoặc công dân' }), CODE);
    await waitFor(() => expect(screen.getByTestId('ask-portal').textContent).toMatch(/máy đang ngoại tuyến nên không hỏi được cổng/), { timeout: 10_000 });
    expect(screen.getByTestId('ask-portal').getAttribute('data-outcome')).toBe('offline');
  }, 20_000);
});
