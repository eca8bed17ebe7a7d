import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport } from './transport';

/** Two origins on loopback: the portal, and another host a rogue gateway points to. */
let portal: Server;
let other: Server;
let portalUrl: string;
let otherUrl: string;
const otherSaw: { method: string; url: string; body: string; authorization: string | undefined }[] = [];

const bodyOf = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
  });

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  other = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      otherSaw.push({ method: req.method ?? '', url: req.url ?? '', body, authorization: req.headers.authorization });
      res.end('{}');
    });
  });
  otherUrl = await listen(other);
  portal = createServer((req, res) => {
    void bodyOf(req).then(() => {
      if (req.url === '/away') res.writeHead(307, { location: `${otherUrl}/actions` }).end();
      else if (req.url === '/big') res.end('x'.repeat(4096));
      else if (req.url === '/bomb') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024)));
      else if (req.url === '/small') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{"ok":true}'));
      else res.end('{}');
    });
  });
  portalUrl = await listen(portal);
});
afterAll(async () => {
  for (const server of [portal, other]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const init = (body?: string) => ({
  method: body === undefined ? 'GET' : 'POST',
  headers: { authorization: 'Bearer real-officer-token', 'content-type': 'application/json' },
  ...(body === undefined ? {} : { body }),
  signal: AbortSignal.timeout(5000),
});

describe('portal transport limits', () => {
  it('never follows a redirect to another origin, so neither the token nor the body goes there', async () => {
    const transport = createTransport({ maxResponseBytes: 1024 });
    const res = await transport.fetch(`${portalUrl}/away`, init('{"kind":"note","text":"Nguyễn Văn An, 079090001234"}'));
    expect(res.status).toBe(307);
    expect(otherSaw).toEqual([]);
    await transport.close();
  });

  it('refuses an answer larger than the cap', async () => {
    const transport = createTransport({ maxResponseBytes: 1024 });
    const res = await transport.fetch(`${portalUrl}/big`, init());
    await expect(res.text()).rejects.toThrow('fetch failed');
    await transport.close();
  });

  it('stops decompressing at the cap (a small gzip bomb cannot fill memory)', async () => {
    const transport = createTransport({ maxResponseBytes: 1024 * 1024 });
    const res = await transport.fetch(`${portalUrl}/bomb`, init());
    await expect(res.text()).rejects.toMatchObject({ cause: expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }) as unknown });
    const small = await transport.fetch(`${portalUrl}/small`, init());
    await expect(small.text()).resolves.toBe('{"ok":true}');
    await transport.close();
  });
});
