/**
 * A scan or shortcut caught outside the search box, for the lookup screen to take when
 * it is (or becomes) mounted: "scan" searches and opens, "focus" selects the old text.
 */
export type LookupRequest = { readonly kind: 'scan'; readonly text: string } | { readonly kind: 'focus' };

let pending: LookupRequest | null = null;
const listeners = new Set<() => void>();

export function requestLookup(request: LookupRequest): void {
  pending = request;
  for (const listener of listeners) listener();
}

/** The waiting request, removed: each is handled once. */
export function takeLookupRequest(): LookupRequest | null {
  const request = pending;
  pending = null;
  return request;
}

export function onLookupRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
