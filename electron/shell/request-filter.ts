import { parseUrl } from './app-origin';

// The page talks to the main process only through window.desk; portal traffic leaves
// from the main process. So the renderer's session never needs the network or disk.
const BLOCKED_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** Whether the renderer's session must cancel a request (defence behind the CSP). */
export function isBlockedRendererRequest(rawUrl: unknown): boolean {
  const url = parseUrl(rawUrl);
  if (!url) return true;
  return BLOCKED_PROTOCOLS.has(url.protocol);
}
