import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpPortalClient } from './http-client';

/** A gateway behind a private CA: trusted only when the machine config names its bundle. */
let dir: string;
let server: Server | undefined;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-tls-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Test Gov CA');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'san.ext');
  server = createServer({ key: readFileSync(join(dir, 'server.key')), cert: readFileSync(join(dir, 'server.pem')) }, (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'ok', time: '20260615100000', version: 'gw', simulated: false }));
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  url = `https://localhost:${(listening.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('TLS trust', () => {
  it('refuses a certificate from an unknown CA (offline, never data)', async () => {
    const client = createHttpPortalClient({ baseUrl: url, timeoutMs: 5000 });
    const r = await client.getHealth();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('offline');
    await client.close();
  });

  it('trusts it when the CA bundle is configured', async () => {
    const client = createHttpPortalClient({ baseUrl: url, timeoutMs: 5000, caBundlePath: join(dir, 'ca.pem') });
    const r = await client.getHealth();
    expect(r.ok && r.value.simulated).toBe(false);
    expect(r.ok).toBe(true);
    await client.close();
  });
});
