import type { AppInfo, Prefs } from '../../../shared/contract';
import { prefsSchema } from '../../../shared/contract';
import type { HandlerGroup } from './handlers';
import type { PrefsRepo } from '../db/prefs-repo';
import type { CoreEvents } from '../events';

export interface AppServiceDeps {
  readonly info: AppInfo;
  readonly prefs: PrefsRepo;
  readonly events: CoreEvents;
  readonly diagnostics: { databasePath: string; logDir: string; configPath: string; configSource: 'file' | 'defaults' };
}

const DEFAULT_PREFS: Prefs = { language: 'vi' };

export function createAppService(deps: AppServiceDeps): HandlerGroup<'app.status' | 'app.info' | 'prefs.get' | 'prefs.set' | 'app.diagnostics'> {
  const readPrefs = (): Prefs => {
    const stored = deps.prefs.get('ui');
    const parsed = prefsSchema.safeParse(stored ? JSON.parse(stored) : DEFAULT_PREFS);
    return parsed.success ? parsed.data : DEFAULT_PREFS;
  };
  return {
    'app.status': () => ({ state: 'ready' }),
    'app.info': (_input, { session }) => (session ? deps.info : { ...deps.info, dataDir: null }),
    'prefs.get': () => readPrefs(),
    'prefs.set': (change) => {
      const next = { ...readPrefs(), ...change };
      deps.prefs.set('ui', JSON.stringify(next));
      deps.events.emit('prefs.changed', next);
      return next;
    },
    'app.diagnostics': () => deps.diagnostics,
  };
}
