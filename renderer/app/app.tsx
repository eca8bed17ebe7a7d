import { useEffect } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CallError } from '../components/call-error';
import { useEventInvalidation } from '../desk/event-invalidation';
import { useDeskQuery } from '../desk/hooks';
import { ConfigErrorScreen } from '../screens/config-error-screen';
import { AppFrame } from './app-frame';

/** The whole renderer: providers, then the start-up state decides what shows. */
export function App({ queryClient }: { readonly queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <DeskRoot />
    </QueryClientProvider>
  );
}

function DeskRoot() {
  useEventInvalidation();
  const status = useDeskQuery('app.status', {});
  if (status.isPending) return <Starting />;
  if (status.isError) return <StartFailed error={status.error} onRetry={() => void status.refetch()} />;
  if (status.data.state === 'config-invalid') return <ConfigErrorScreen status={status.data} />;
  return <ReadyApp />;
}

/** The core is up: apply the officer's saved language, then show the frame. */
function ReadyApp() {
  const { i18n } = useTranslation();
  const prefs = useDeskQuery('prefs.get', {});
  const language = prefs.data?.language;
  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);
  if (prefs.isPending) return <Starting />;
  return <AppFrame />;
}

function Starting() {
  const { t } = useTranslation();
  return (
    <main className="starting">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}

function StartFailed({ error, onRetry }: { readonly error: unknown; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="starting">
      <h1>{t('app.name')}</h1>
      <CallError error={error} onRetry={onRetry} />
    </main>
  );
}
