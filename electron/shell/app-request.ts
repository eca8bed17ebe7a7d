import path from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin';
import { mimeTypeFor } from './mime-types';

/** The subset of node:path the resolver needs; tests pass path.win32 to check Windows rules. */
export type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

export type AppRequestResolution =
  | { readonly ok: true; readonly filePath: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

const refuse = (status: 400 | 403 | 404, reason: string): AppRequestResolution => ({ ok: false, status, reason });

// A dot-dot segment in any spelling, looked for in the raw text before the URL parser
// silently folds it away: a traversal attempt is refused, not quietly remapped.
const RAW_DOT_DOT = /(?:^|[/\\]|%2f|%5c)(?:\.|%2e){2}(?:[/\\?#]|%2f|%5c|$)/i;
// Characters no file of the renderer build has: separators of other systems, drive
// colons, control characters, and a '%' left over after one decoding (double encoding).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[\\:%\u0000-\u001f\u007f]/;

/**
 * Maps an app:// request URL to a file below `rootDir`, or says why not. Pure: it
 * touches no file system. Only the app's own host is served; the URL is decoded once,
 * every segment is checked, `/` maps to index.html, and the result must stay inside
 * the root.
 */
export function resolveAppRequest(rawUrl: string, rootDir: string, pathApi: PathApi = path): AppRequestResolution {
  if (RAW_DOT_DOT.test(rawUrl)) return refuse(403, 'path traversal');
  const url = parseUrl(rawUrl);
  if (!url) return refuse(400, 'not a URL');
  if (url.protocol !== `${APP_SCHEME}:`) return refuse(403, 'foreign scheme');
  if (url.hostname.toLowerCase() !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return refuse(403, 'foreign host');
  }

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return refuse(400, 'malformed escape');
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  if (!decoded.startsWith('/')) return refuse(400, 'relative path');

  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return refuse(403, 'bad path segment');
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return refuse(403, 'forbidden character');
  }

  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const fromRoot = pathApi.relative(root, filePath);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(fromRoot)) {
    return refuse(403, 'outside the root');
  }
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}
