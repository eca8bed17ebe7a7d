import { useEffect } from 'react';

/**
 * Asks before the window closes while actions wait. The actions stay queued in SQLite
 * either way (they are sent when the app opens again); this only avoids surprise. In
 * Electron the renderer cannot veto a close by itself: electron/main.ts's window
 * `close` handler shows the native dialog; this covers reloads and the browser harness.
 */
export function useCloseConfirmation(waiting: number): void {
  useEffect(() => {
    if (waiting <= 0) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs returnValue set to show the prompt.
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [waiting]);
}
