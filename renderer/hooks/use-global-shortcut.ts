import { useEffect, useRef } from 'react';

export interface Shortcut {
  readonly key: string;
  readonly ctrl?: boolean;
  readonly alt?: boolean;
  readonly shift?: boolean;
  readonly meta?: boolean;
}

/** "Ctrl+K", "F3", "Ctrl+Shift+L" → Shortcut. Key names follow KeyboardEvent.key. */
export function parseShortcut(text: string): Shortcut {
  const parts = text.split('+').map((part) => part.trim());
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((part) => part.toLowerCase()));
  return { key, ctrl: mods.has('ctrl'), alt: mods.has('alt'), shift: mods.has('shift'), meta: mods.has('meta') };
}

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    event.ctrlKey === Boolean(shortcut.ctrl) &&
    event.altKey === Boolean(shortcut.alt) &&
    event.shiftKey === Boolean(shortcut.shift) &&
    event.metaKey === Boolean(shortcut.meta)
  );
}

/**
 * Binds window-wide shortcuts while mounted (e.g. useGlobalShortcut(['Ctrl+K', 'F3'],
 * focusSearch)). Matching keys are taken from the browser (preventDefault), so F3
 * does not open find-in-page. Listens in the capture phase so widgets cannot swallow them.
 */
export function useGlobalShortcut(shortcuts: string | readonly string[], handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const spec = (typeof shortcuts === 'string' ? [shortcuts] : shortcuts).join('|');
  useEffect(() => {
    const parsed = spec.split('|').map(parseShortcut);
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !parsed.some((shortcut) => matchesShortcut(event, shortcut))) return;
      event.preventDefault();
      latest.current(event);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [spec]);
}
