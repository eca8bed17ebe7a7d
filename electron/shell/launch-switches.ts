import { PRODUCT_NAME } from '../../shared/domain/product';
import type { StartupErrorDialog } from './startup-error';

/**
 * Chromium/Electron switches a packaged build refuses: a debugging endpoint would let any
 * local process drive the signed-in desk, and another profile folder would swap the data
 * (and the keystore-wrapped key) for one the user prepared.
 */
const REFUSED = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'remote-allow-origins', 'user-data-dir', 'inspect', 'inspect-brk', 'inspect-port'];

/** Chromium reads "--x", "-x" and (Windows) "/x", with or without "=value". */
const SWITCH = /^(?:--|-|\/)([a-z0-9-]+)(?:=.*)?$/i;

/** The refused switches present in argv (lower-cased names, no duplicates). */
export function refusedSwitches(argv: readonly string[]): string[] {
  const found = new Set<string>();
  for (const arg of argv) {
    const name = SWITCH.exec(arg)?.[1]?.toLowerCase();
    if (name && REFUSED.includes(name)) found.add(name);
  }
  return [...found];
}

/** The native dialog shown before the packaged app quits on a refused switch. */
export function refusedSwitchDialog(names: readonly string[]): StartupErrorDialog {
  const list = names.map((name) => `--${name}`).join(', ');
  return {
    title: PRODUCT_NAME,
    message: `${PRODUCT_NAME} không chạy với tham số ${list}.\n${PRODUCT_NAME} does not run with ${list}.`,
    detail: 'Hãy mở ứng dụng từ lối tắt do bộ phận CNTT cài đặt.\nStart the app from the shortcut IT installed.',
  };
}
