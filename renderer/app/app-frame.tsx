import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusArea } from '../components/status-area';
import { StatusBar } from '../components/status-bar/status-bar';
import { TrainingBanner } from '../components/training-banner';
import { SessionGate, SessionProvider, useVisibleScreens } from '../components/auth/session-gate';
import { useSession } from '../components/auth/session-context';
import { OfflineSignInNote, SessionControls } from '../components/auth/session-controls';
import { Navigation } from './navigation';
import { useRoutePath } from './router';
import { screenFor, screens } from './screens';
import { useScanAnywhere } from './use-scan-anywhere';
import { useDeskQuery } from '../desk/hooks';
import './app-frame.css';

/**
 * One header line (product, navigation, officer), the current screen filling the rest of
 * the window, and one footer line (training notice, sync status), so a 1366x697 screen keeps its rows.
 */
export function AppFrame() {
  return (
    <SessionProvider>
      <Frame />
    </SessionProvider>
  );
}

function Frame() {
  const { t } = useTranslation();
  const visible = useVisibleScreens(screens);
  const current = screenFor(useRoutePath());
  const Screen = current.Component;
  useFocusOnNavigation(current.id);
  const { state } = useSession();
  useScanAnywhere(Boolean(state.session) && !state.locked);
  return (
    <div className="frame">
      <header className="frame__header">
        <div className="frame__bar">
          <p className="frame__product">
            <span className="frame__name">{t('app.name')}</span>
            <CentreName />
          </p>
          {visible && <Navigation screens={visible} current={current} />}
          <SessionControls />
        </div>
        <OfflineSignInNote />
      </header>
      <main className="frame__main">
        <SessionGate>
          <Screen />
        </SessionGate>
      </main>
      <footer className="frame__footer">
        <TrainingBanner />
        <StatusArea>
          <StatusBar />
        </StatusArea>
      </footer>
    </div>
  );
}

/** After a navigation (not the first render), focus the new screen's heading so keyboard and screen-reader users land there. */
function useFocusOnNavigation(screenId: string): void {
  const previous = useRef(screenId);
  useEffect(() => {
    if (previous.current === screenId) return;
    previous.current = screenId;
    // A screen that placed focus itself on mount (the lookup's search box) keeps it.
    if (document.querySelector('.frame__main')?.contains(document.activeElement)) return;
    document.getElementById('screen-title')?.focus();
  }, [screenId]);
}

/**
 * The centre this counter is (Decree 118/2025), from the machine config; the umbrella term
 * until it is known. It gives way first when the one-line header is short of room: cut with
 * an ellipsis, the whole name stays in the text (screen readers) and in the tooltip.
 */
function CentreName() {
  const { t } = useTranslation();
  const info = useDeskQuery('app.info', {});
  const name = info.data?.centre.name ?? t('app.tagline');
  return (
    <span className="frame__centre" title={name} data-testid="centre-name">
      {name}
    </span>
  );
}
