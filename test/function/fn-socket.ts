import { request } from 'node:http';
import { lstat, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the FDK answered Fn: the HTTP status on the socket, the headers, the JSON body. */
export interface FnAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  text: string;
}

/** A fresh directory for FN_LISTENER's socket, as Fn mounts one into the container. */
export async function socketDirectory(): Promise<{ dir: string; socket: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'fn-'));
  return { dir, socket: join(dir, 'fn.sock'), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The FDK listens on `<socket>.tmp` and then symlinks `<socket>` to it: ready once the link exists. */
export async function waitForSocket(socket: string, timeoutMs = 15_000): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await lstat(socket)).isSymbolicLink()) return;
    } catch {
      // Not there yet.
    }
    if (Date.now() > giveUp) throw new Error(`the FDK did not create ${socket} within ${timeoutMs} ms`);
    await sleep(25);
  }
}

let calls = 0;

/**
 * One call as Fn makes it: `POST /call` over the unix socket with Fn-Call-Id, Fn-Deadline and
 * the body. `requestUrl` adds the headers Fn's HTTP gateway (API Gateway, triggers) sends.
 */
export function invokeOverSocket(socket: string, body: string, options: { requestUrl?: string; method?: string; deadline?: Date } = {}): Promise<FnAnswer> {
  calls += 1;
  const headers: Record<string, string> = {
    'Fn-Call-Id': `01TESTCALL${String(calls).padStart(6, '0')}`,
    'Fn-Deadline': (options.deadline ?? new Date(Date.now() + 300_000)).toISOString(),
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
  };
  if (options.requestUrl) {
    Object.assign(headers, { 'Fn-Intent': 'httprequest', 'Fn-Http-Method': options.method ?? 'POST', 'Fn-Http-Request-Url': options.requestUrl });
  }
  return new Promise((resolve, reject) => {
    const call = request({ socketPath: socket, method: 'POST', path: '/call', headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: Record<string, unknown> = {};
        try {
          parsed = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // Left empty: the test looks at `text`.
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: parsed, text });
      });
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end(body);
  });
}

/** The status the caller sees behind an HTTP gateway (the FDK itself always answers Fn 200). */
export function gatewayStatus(answer: FnAnswer): number {
  return Number(answer.headers['fn-http-status']);
}
