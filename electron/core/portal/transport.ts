import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { Agent, ProxyAgent, request, type Dispatcher } from 'undici';

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
  /** Largest answer read, before and after decompression (a gateway cannot exhaust memory). */
  readonly maxResponseBytes?: number;
}

/** Far above a pull page (about 2 MB for 1000 dossiers), far below what hurts the desk. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type Decoder = (raw: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;
const decoders: Record<string, Decoder> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

type Headers = Dispatcher.ResponseData['headers'];
const headerOf = (headers: Headers, name: string): string | null => {
  const value = headers[name.toLowerCase()];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
};

/** The raw body, refused past `limit` bytes (the rest is not read). */
async function bytesOf(body: Dispatcher.ResponseData['body'], limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += piece.length;
    if (size > limit) {
      body.destroy();
      throw new RangeError(`the answer is larger than ${limit} bytes`);
    }
    chunks.push(piece);
  }
  return Buffer.concat(chunks);
}

/** The body as text, decoded the way fetch would (pull pages from a gateway are often gzipped), within the size cap. */
async function textOf(body: Dispatcher.ResponseData['body'], encoding: string | null, limit: number): Promise<string> {
  const decode = encoding ? decoders[encoding.trim().toLowerCase()] : undefined;
  const raw = await bytesOf(body, limit);
  if (!decode) return raw.toString('utf8');
  // zlib stops at maxOutputLength: a small compressed bomb cannot inflate past the cap.
  return (await decode(raw, { maxOutputLength: limit })).toString('utf8');
}

/**
 * Where a redirect may lead: the same origin only (so never from https to http, and a
 * token or an action body never goes to another host), or null to stop following.
 */
function redirectTarget(from: string, status: number, location: string | null): string | null {
  if (!REDIRECT_STATUSES.has(status) || !location) return null;
  const target = new URL(location, from);
  return target.origin === new URL(from).origin ? target.href : null;
}

/**
 * A pooled undici dispatcher: keep-alive connections, Node's default roots plus the
 * machine's CA bundle, through the configured proxy when there is one.
 * Calls go through undici's `request`, not WHATWG fetch: fetch's Request/Response objects
 * and web streams cost about three times the CPU per call (measured: ~250 µs against
 * ~80 µs on loopback), which bounded the outbox drain. What fetch did implicitly is kept,
 * tightened: redirects are followed only within the portal's origin (a redirect elsewhere is
 * answered as it came, never followed), gzip/deflate/br answers are asked for and decoded up
 * to the size cap, and network failures surface as fetch's `TypeError('fetch failed', { cause })`.
 */
export function createTransport(options: TransportOptions): { fetch: FetchLike; close(): Promise<void> } {
  const ca = options.caBundlePath ? [...rootCertificates, readFileSync(options.caBundlePath, 'utf8')] : undefined;
  const pool: Dispatcher = options.proxy
    ? new ProxyAgent({ uri: options.proxy, ...(ca ? { requestTls: { ca } } : {}) })
    : new Agent({ keepAliveTimeout: 10_000, ...(ca ? { connect: { ca } } : {}) });
  const dispatcher = pool;
  const limit = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  return {
    fetch: async (url, init) => {
      // Our own timeout (or an abort) stays as is; anything else is a network failure.
      const failure = (error: unknown): Error => {
        const reason: unknown = init.signal.aborted ? init.signal.reason : undefined;
        return reason instanceof Error ? reason : new TypeError('fetch failed', { cause: error });
      };
      try {
        let target = url;
        let method = init.method;
        let body = init.body;
        for (let hop = 0; ; hop += 1) {
          const res = await request(target, {
            method,
            headers: { 'accept-encoding': 'gzip, deflate, br', ...init.headers },
            ...(body !== undefined ? { body } : {}),
            signal: init.signal,
            dispatcher,
          });
          const next = hop < MAX_REDIRECTS ? redirectTarget(target, res.statusCode, headerOf(res.headers, 'location')) : null;
          if (next) {
            await res.body.dump();
            // 303 (and 301/302 after a POST, as browsers do) become a GET without the body.
            if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
              method = 'GET';
              body = undefined;
            }
            target = next;
            continue;
          }
          return {
            status: res.statusCode,
            headers: { get: (name: string) => headerOf(res.headers, name) },
            text: () => textOf(res.body, headerOf(res.headers, 'content-encoding'), limit).catch((error: unknown) => Promise.reject(failure(error))),
          };
        }
      } catch (error) {
        throw failure(error);
      }
    },
    close: () => pool.close(),
  };
}
