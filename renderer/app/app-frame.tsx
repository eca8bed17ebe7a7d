import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusArea } from '../components/status-area';
import { StatusBar } from '../components/status-bar/status-bar';
import { TrainingBanner } from '../components/training-banner';
import { SessionGate, SessionProvider, useVisibleScreens } from '../components/session/session-gate';
import { OfflineSignInNote, SessionControls } from '../components/session/session-controls';
import { Navigation } from './navigation';
import { useRoutePath } from './router';
import { screenFor, screens } from './screens';
import './app-frame.css';

/** Header (product, sync status, training banner), navigation and the current screen. */
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
  return (
    <div className="frame">
      <header className="frame__header">
        <div className="frame__bar">
          <p className="frame__product">
            <span className="frame__name">{t('app.name')}</span>
            <span className="frame__tagline">{t('app.tagline')}</span>
          </p>
          <SessionControls />
          <StatusArea>
            <StatusBar />
          </StatusArea>
        </div>
        <TrainingBanner />
        <OfflineSignInNote />
        {visible && <Navigation screens={visible} current={current} />}
      </header>
      <main className="frame__main">
        <SessionGate>
          <Screen />
        </SessionGate>
      </main>
    </div>
  );
}

/** After a navigation (not the first render), focus the new screen's heading so keyboard and screen-reader users land there. */
function useFocusOnNavigation(screenId: string): void {
  const previous = useRef(screenId);
  useEffect(() => {
    if (previous.current === screenId) return;
    previous.current = screenId;
    document.getElementById('screen-title')?.focus();
  }, [screenId]);
}
