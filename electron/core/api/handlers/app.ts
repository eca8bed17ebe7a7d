import type { appCalls } from '../../../../shared/contract/app';
import type { AppService } from '../../services/app-service';
import type { FeatureHandlers } from './handler-types';

/** A core that answers calls is ready; the invalid-config state is answered by its own stand-in. */
export function appHandlers(service: AppService): FeatureHandlers<typeof appCalls> {
  return {
    'app.status': () => ({ state: 'ready' }),
    'app.info': (_input, { session }) => service.info(session !== null),
    'prefs.get': () => service.prefs(),
    'prefs.set': (change) => service.setPrefs(change),
    'app.diagnostics': () => service.diagnostics(),
  };
}
