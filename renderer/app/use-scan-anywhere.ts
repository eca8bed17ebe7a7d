import { useEffect } from 'react';
import { createScanBurst } from '../hooks/scan-burst';
import { useGlobalShortcut } from '../hooks/use-global-shortcut';
import { requestLookup, type LookupRequest } from '../screens/lookup/scan-inbox';
import { navigate, useRoutePath } from './router';

const SEARCH_BOX = '[data-lookup-search]';

/** A field that takes typed text itself (its own scans included), except the lookup's search box, which handles its own. */
const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

/**
 * Ctrl+K / F3 and a scanner's burst from any screen land in the lookup search: the
 * shortcut selects the old text there, a scan searches it and opens what it identifies.
 * Off while signed out or locked. A scan into another text field stays in that field.
 */
export function useScanAnywhere(active: boolean): void {
  const path = useRoutePath();
  const onLookup = path === 'lookup' || path === '';
  const go = (request: LookupRequest): void => {
    requestLookup(request);
    if (!onLookup) navigate('lookup');
  };
  useGlobalShortcut(['Ctrl+K', 'F3'], () => {
    if (active) go({ kind: 'focus' });
  });

  useEffect(() => {
    if (!active) return;
    const burst = createScanBurst();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey || isEditable(event.target) || document.querySelector('[role="dialog"]')) {
        burst.reset();
        return;
      }
      if (event.key === 'Enter') {
        const text = burst.enter(event.timeStamp);
        if (text === null) return;
        // The scan's Enter must not also press the button or open the row that has focus.
        event.preventDefault();
        event.stopPropagation();
        requestLookup({ kind: 'scan', text });
        if (!document.querySelector(SEARCH_BOX)) navigate('lookup');
      } else if (event.key.length === 1) burst.key(event.key, event.timeStamp);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [active]);
}
