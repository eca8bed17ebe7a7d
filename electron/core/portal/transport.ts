import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent, ProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';

/** The part of a fetch response the client reads. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponseLike>;

export interface TransportOptions {
  /** PEM file with extra CAs (government networks run their own); added to Node's default roots. */
  readonly caBundlePath?: string;
  readonly proxy?: string;
}

/**
 * A pooled undici dispatcher: keep-alive connections, Node's default roots plus the
 * machine's CA bundle, through the configured proxy when there is one.
 */
export function createTransport(options: TransportOptions): { fetch: FetchLike; close(): Promise<void> } {
  const ca = options.caBundlePath ? [...rootCertificates, readFileSync(options.caBundlePath, 'utf8')] : undefined;
  const dispatcher: Dispatcher = options.proxy
    ? new ProxyAgent({ uri: options.proxy, ...(ca ? { requestTls: { ca } } : {}) })
    : new Agent({ keepAliveTimeout: 10_000, ...(ca ? { connect: { ca } } : {}) });
  return {
    fetch: (url, init) => undiciFetch(url, { ...init, dispatcher }),
    close: () => dispatcher.close(),
  };
}
