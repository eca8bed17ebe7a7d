import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN } from '../../electron/shell/app-origin';
import { resolveAppRequest } from '../../electron/shell/app-request';
import { appResponseHeaders } from '../../electron/shell/response-headers';

export interface RendererServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on loopback the way the app:// protocol does: the same
 * path resolver (traversal refused), the same headers (CSP included). Only GET/HEAD.
 */
export async function startRendererServer(rootDir: string): Promise<RendererServer> {
  const server = createServer((request, response) => {
    void serve(rootDir, request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function serve(rootDir: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const refuse = (status: number): void => {
    response.writeHead(status, appResponseHeaders('text/plain; charset=utf-8')).end(String(status));
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
  // Same resolver as the shell: the request path is read as if it came to app://desk.
  const resolved = resolveAppRequest(`${APP_ORIGIN}${request.url ?? '/'}`, rootDir);
  if (!resolved.ok) return refuse(resolved.status);
  const info = await stat(resolved.filePath).catch(() => null);
  if (!info?.isFile()) return refuse(404);
  response.writeHead(200, { ...appResponseHeaders(resolved.mimeType), 'Content-Length': String(info.size) });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(resolved.filePath).pipe(response);
}
