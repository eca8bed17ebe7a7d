import { useEffect } from 'react';
import { backToSearch } from './lookup-memory';

/**
 * Esc on a dossier or citizen view goes back to the search with the previous query,
 * unless something inside (a dialog, a list) has already handled it.
 */
export function useBackOnEscape(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      backToSearch();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
