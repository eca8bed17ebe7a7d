import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/contract';
import { DeskFailure } from '../../../shared/contract';
import { BUILT_IN_COMPETENT_UNITS } from '../../../shared/domain/competent-units';
import { silentLogger } from '../log/logger';
import { createDispatcher } from './dispatch';
import type { Handlers } from './handlers/handler-types';

const info = {
  productName: 'OneStop Desk', version: '1.0.0', mode: 'training' as const, dataDir: '/d',
  portalUrl: 'http://127.0.0.1:1', schemaVersion: 10, officeTimeZone: 'Asia/Ho_Chi_Minh',
  centre: { level: 'commune' as const, name: 'Trung tâm Phục vụ hành chính công phường Ba Đình' },
  competentUnits: BUILT_IN_COMPETENT_UNITS,
};
const officer: Session = { officerId: 'canbo01', displayName: 'Cán bộ 01', roles: ['officer'] };
const admin: Session = { officerId: 'quantri01', displayName: 'Quản trị', roles: ['admin'] };
const trusted = { trusted: true };

function setup(session: Session | null = officer, overrides: Partial<Handlers> = {}) {
  const handlers = {
    'app.status': vi.fn(() => ({ state: 'ready' as const })),
    'app.info': vi.fn(() => info),
    'prefs.get': vi.fn(() => ({ language: 'vi' as const })),
    'prefs.set': vi.fn((input: { language?: 'vi' | 'en' }) => ({ language: input.language ?? 'vi' })),
    'app.diagnostics': vi.fn(() => ({ databasePath: '/d/desk.sqlite', logDir: '/d/logs', configPath: '/etc/x.json', configSource: 'file' as const })),
    ...overrides,
  } as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>;
  const dispatch = createDispatcher({ handlers, session: () => session, logger: silentLogger() });
  return { dispatch, handlers };
}

describe('dispatcher: the single door for every call', () => {
  it('answers a known call with {ok:true,value} parsed by the contract', async () => {
    const { dispatch } = setup();
    await expect(dispatch('app.info', {}, trusted)).resolves.toEqual({ ok: true, value: info });
  });

  it('refuses a call that is not in the contract', async () => {
    const { dispatch } = setup();
    for (const name of ['app.nope', 'citizen.createAccount', '__proto__', 'constructor', 42, null]) {
      const result = await dispatch(name, {}, trusted);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    }
  });

  it('refuses a foreign frame before looking at the input', async () => {
    const { dispatch, handlers } = setup();
    const result = await dispatch('prefs.set', { language: 'en' }, { trusted: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(handlers['prefs.set']).not.toHaveBeenCalled();
  });

  it('returns a typed validation error for malformed input and never reaches the service', async () => {
    const { dispatch, handlers } = setup();
    for (const bad of [{ language: 'fr' }, { language: 'en', extra: true }, 'en', [1]]) {
      const result = await dispatch('prefs.set', bad, trusted);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      const details = result.error.details as { issues: { key: string; message: { vi: string; en: string } }[] };
      expect(details.issues.length).toBeGreaterThan(0);
      expect(details.issues[0]?.message.vi).not.toBe('');
    }
    expect(handlers['prefs.set']).not.toHaveBeenCalled();
  });

  it('refuses a role that the call does not admit, and an anonymous caller', async () => {
    const asOfficer = setup(officer);
    await expect(asOfficer.dispatch('app.diagnostics', {}, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    expect(asOfficer.handlers['app.diagnostics']).not.toHaveBeenCalled();
    const anonymous = setup(null);
    await expect(anonymous.dispatch('app.diagnostics', {}, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const asAdmin = setup(admin);
    await expect(asAdmin.dispatch('app.diagnostics', {}, trusted)).resolves.toMatchObject({ ok: true });
  });

  it('catches a service answer that breaks its output schema', async () => {
    const { dispatch } = setup(officer, { 'app.info': (() => ({ ...info, schemaVersion: 'ten' })) as unknown as Handlers['app.info'] });
    await expect(dispatch('app.info', {}, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'OUTPUT_INVALID' } });
  });

  it('turns a DeskFailure into its typed error and hides other exceptions', async () => {
    const failing = setup(officer, {
      'app.info': () => {
        throw new DeskFailure('NOT_FOUND', 'Không tìm thấy', { code: 'X' });
      },
      'prefs.get': () => {
        throw new Error('disk on fire at /secret/path');
      },
    });
    await expect(failing.dispatch('app.info', {}, trusted)).resolves.toEqual({
      ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy', details: { code: 'X' } },
    });
    const hidden = await failing.dispatch('prefs.get', {}, trusted);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(hidden)).not.toContain('/secret/path');
  });
});
