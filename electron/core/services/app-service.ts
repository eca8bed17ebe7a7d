import type { AppInfo, Prefs } from '../../../shared/contract';
import { prefsSchema } from '../../../shared/contract';
import type { PrefsRepo } from '../db/prefs-repo';
import type { CoreEvents } from '../events';

export interface AppServiceDeps {
  readonly info: AppInfo;
  readonly prefs: PrefsRepo;
  readonly events: CoreEvents;
  readonly diagnostics: { databasePath: string; logDir: string; configPath: string; configSource: 'file' | 'defaults' };
}

const DEFAULT_PREFS: Prefs = { language: 'vi' };

export function createAppService(deps: AppServiceDeps) {
  const readPrefs = (): Prefs => {
    const stored = deps.prefs.get('ui');
    const parsed = prefsSchema.safeParse(stored ? JSON.parse(stored) : DEFAULT_PREFS);
    return parsed.success ? parsed.data : DEFAULT_PREFS;
  };
  return {
    /** The data directory only for a signed-in officer: the sign-in screen learns version and mode, not the path. */
    info: (signedIn: boolean): AppInfo => (signedIn ? deps.info : { ...deps.info, dataDir: null }),
    prefs: readPrefs,
    setPrefs: (change: Partial<Prefs>): Prefs => {
      const next = { ...readPrefs(), ...change };
      deps.prefs.set('ui', JSON.stringify(next));
      deps.events.emit('prefs.changed', next);
      return next;
    },
    diagnostics: () => deps.diagnostics,
  };
}
export type AppService = ReturnType<typeof createAppService>;
