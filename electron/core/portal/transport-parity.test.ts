import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpPortalClient } from './http-client';

// The transport uses undici's request, not fetch: what fetch did on its own must still happen.
const health = JSON.stringify({ status: 'ok', time: '20260615100000', version: 'gw', simulated: false });
let server: Server;
let url: string;
let acceptEncoding: string | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    acceptEncoding = req.headers['accept-encoding'];
    if (req.url === '/moved/health') {
      res.writeHead(302, { location: '/health' });
      res.end();
      return;
    }
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(health));
      return;
    }
    req.socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('transport parity with fetch', () => {
  it('asks for compressed answers and decodes a gzipped body', async () => {
    const client = createHttpPortalClient({ baseUrl: url, timeoutMs: 5000 });
    const r = await client.getHealth();
    expect(r).toMatchObject({ ok: true, value: { simulated: false } });
    expect(acceptEncoding).toMatch(/gzip/);
    await client.close();
  });

  it('follows a redirect', async () => {
    const client = createHttpPortalClient({ baseUrl: `${url}/moved`, timeoutMs: 5000 });
    await expect(client.getHealth()).resolves.toMatchObject({ ok: true });
    await client.close();
  });

  it('a connection closed without an answer is offline, with the network cause', async () => {
    const client = createHttpPortalClient({ baseUrl: `${url}/nowhere`, timeoutMs: 5000 });
    const r = await client.getHealth();
    expect(r).toMatchObject({ ok: false, error: { kind: 'offline' } });
    if (!r.ok && r.error.kind === 'offline') expect(r.error.cause).not.toBeNull();
    await client.close();
  });
});
