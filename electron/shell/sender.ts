import { isAppUrl } from './app-origin';

/** What the IPC handler knows about the frame that sent a call (from Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * A call is trusted only when it comes from the app's own top-level frame: the frame
 * still exists, has no parent (not an iframe), and shows a page of app://desk.
 * Anything else (a destroyed frame, a subframe, file://, another host) is foreign.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
