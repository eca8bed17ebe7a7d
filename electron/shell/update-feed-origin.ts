/**
 * The update feed's requests (the feed file, then the installer) stay on the feed's own origin:
 * a redirect to another host, or from https down to http, is cancelled, the same rule as the
 * portal transport. Loopback http is allowed only when the feed itself is loopback http (training).
 */
export function updateRequestAllowed(feedUrl: string, requestUrl: string): boolean {
  let feed: URL;
  let request: URL;
  try {
    feed = new URL(feedUrl);
    request = new URL(requestUrl);
  } catch {
    return false;
  }
  return request.origin === feed.origin && (request.protocol === 'https:' || feed.protocol === 'http:');
}
