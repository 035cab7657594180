import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  /** The path and query exactly as sent, still URL-encoded. */
  url: string;
  headers: IncomingHttpHeaders;
}

export interface LocalHttpServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** A node:http server on 127.0.0.1 and a free port that records every request it answers. */
export async function startLocalHttpServer(handler: Handler): Promise<LocalHttpServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers });
    Promise.resolve(handler(request, response)).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(error.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves `files` by path (`/notebooks/hello.ipynb`) as a notebook host would; anything else is 404. */
export function serveFiles(files: Record<string, Uint8Array>): Promise<LocalHttpServer> {
  return startLocalHttpServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) return sendBytes(response, 404, Buffer.from('not found'), { 'content-type': 'text/plain' });
    sendBytes(response, 200, file, { 'content-type': 'application/x-ipynb+json' });
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body));
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length, ...headers });
  response.end(bytes);
}

export function sendBytes(response: ServerResponse, status: number, bytes: Uint8Array, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-length': bytes.byteLength, ...headers });
  response.end(bytes);
}

/**
 * Streams zero bytes without a Content-Length until the client hangs up or `limit` is sent,
 * and resolves with how many bytes went out, so a test can tell the client stopped early.
 */
export function streamEndlessly(response: ServerResponse, limit: number): Promise<number> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  response.writeHead(200, { 'content-type': 'application/octet-stream' });
  return new Promise((resolve) => {
    const finish = () => resolve(sent);
    response.on('close', finish);
    const pump = () => {
      while (sent < limit && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    pump();
  });
}
