import { describe, expect, it } from 'vitest';
import { installFakeDesk } from '../test/fake-desk';
import { DeskCallError, invoke } from './client';

describe('invoke', () => {
  it('resolves the value of an {ok:true} answer', async () => {
    installFakeDesk({ prefs: { language: 'en' } });
    await expect(invoke('prefs.get', {})).resolves.toEqual({ language: 'en' });
  });

  it('throws a DeskCallError carrying code, message, details and call on {ok:false}', async () => {
    installFakeDesk({ failing: { 'prefs.set': { code: 'VALIDATION', message: 'bad', details: { issues: [] } } } });
    const error: unknown = await invoke('prefs.set', { language: 'vi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskCallError);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'bad', details: { issues: [] }, call: 'prefs.set' });
  });
});
