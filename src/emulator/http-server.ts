import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FaultDecision, FaultInjector } from './faults.js';
import { MAX_JSON_BODY_BYTES, readBoundedBody } from './request-body.js';
import { verifySignedBody, verifySignedHeaders, type SigningIdentity } from './request-signature.js';
import type { RetryTokenCache } from './retry-tokens.js';
import { compileRoute, matchRoute, type EmulatorRequest, type EmulatorResponse, type Route } from './route.js';
import { notAuthorizedOrNotFound, ServiceError } from './service-error.js';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The status answered; 0 when the connection was dropped on purpose. */
  status: number;
  operation: string;
  /** Which credentials signed it (see SignedBy); absent for unsigned paths. */
  signedBy?: string;
}

export interface ServerContext {
  identity: SigningIdentity;
  faults: FaultInjector;
  retryTokens: RetryTokenCache;
  requests: RecordedRequest[];
  /** The most an upload's body may hold (artifacts, objects); JSON bodies are held to MAX_JSON_BODY_BYTES. */
  maxUploadBytes: number;
}

function errorResponse(error: unknown): EmulatorResponse {
  if (error instanceof ServiceError) {
    return { status: error.status, headers: error.headers, json: { code: error.code, message: error.message } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, json: { code: 'InternalServerError', message: `The emulator failed: ${message}` } };
}

function faultResponse(decision: FaultDecision): EmulatorResponse | undefined {
  const outcome = decision.outcome;
  if (outcome?.kind !== 'error') return undefined;
  const headers: Record<string, string> = outcome.status === 429 ? { 'retry-after': '1' } : {};
  return {
    status: outcome.status,
    headers,
    json: { code: outcome.code, message: `Injected fault: ${outcome.code} (emulator faults option).` },
  };
}

function send(request: IncomingMessage, response: ServerResponse, answer: EmulatorResponse, requestId: string): void {
  const method = (request.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { ...answer.headers, 'opc-request-id': requestId };
  // A body refused unread is not read to its end: the connection closes after the answer.
  if (!request.complete) headers.connection = 'close';
  const clientRequestId = request.headers['opc-client-request-id'];
  if (typeof clientRequestId === 'string') headers['opc-client-request-id'] = clientRequestId;
  let payload: Uint8Array | undefined;
  if (answer.json !== undefined) {
    payload = Buffer.from(JSON.stringify(answer.json));
    headers['content-type'] ??= 'application/json';
  } else if (answer.bytes) {
    payload = answer.bytes;
  }
  if (payload && headers['content-length'] === undefined) headers['content-length'] = String(payload.length);
  if (!payload && answer.status !== 204 && answer.status !== 304) headers['content-length'] ??= '0';
  response.writeHead(answer.status, headers);
  response.end(method === 'HEAD' || answer.status === 204 ? undefined : payload);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The HTTP front: routing, signatures, faults, retry tokens, OCI error answers, request ids. */
export function createEmulatorServer(routeList: Route[], context: ServerContext): Server {
  const routes = routeList.map(compileRoute);

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestId = randomBytes(16).toString('hex').toUpperCase();
    const method = (request.method ?? 'GET').toUpperCase();
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    const found = matchRoute(routes, method, path);
    const operation = found?.route.operation ?? 'unknown';
    let signedBy: string | undefined;
    const record = (status: number) => context.requests.push({ method, path, status, operation, ...(signedBy ? { signedBy } : {}) });
    const drop = () => {
      record(0);
      request.socket.destroy();
    };

    const decision = context.faults.decide(method, path);
    if (decision && decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (decision?.phase === 'before' && decision.outcome) {
      if (decision.outcome.kind === 'drop') return drop();
      const fault = faultResponse(decision)!;
      record(fault.status);
      return send(request, response, fault, requestId);
    }

    let result: EmulatorResponse;
    try {
      // Who is asking, and whether they may, is settled before the body is read, and the body is
      // read only within its limit: an unsigned or oversized request costs no memory.
      const auth = found?.route.auth ?? (path.startsWith('/p/') ? 'none' : 'required');
      if (auth !== 'none') signedBy = verifySignedHeaders({ method, url, headers: request.headers }, context.identity, auth);
      // A pre-authenticated path's token is a credential: never echoed back.
      if (!found) throw notAuthorizedOrNotFound(`no operation ${method} ${path.replace(/^\/p\/[^/]+/, '/p/<token>')}`);
      const head = {
        method,
        path,
        query: new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1)),
        headers: request.headers,
        params: found.params,
      };
      found.route.checkBeforeBody?.(head);
      const body = await readBoundedBody(request, auth === 'required' ? MAX_JSON_BODY_BYTES : context.maxUploadBytes);
      if (auth !== 'none') verifySignedBody(request.headers, body);
      const emulatorRequest: EmulatorRequest = { ...head, body };
      const token = found.route.retryToken ? (request.headers['opc-retry-token'] as string | undefined) : undefined;
      result = await context.retryTokens.run(operation, token, body, async () => found.route.handle(emulatorRequest));
    } catch (error) {
      result = errorResponse(error);
    }

    if (decision?.phase === 'after' && decision.outcome) {
      if (decision.outcome.kind === 'drop') return drop();
      result = faultResponse(decision)!;
    }
    record(result.status);
    send(request, response, result, requestId);
  }

  return createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(request, response, errorResponse(error), 'emulator-error');
    });
  });
}
