import type { IncomingHttpHeaders } from 'node:http';
import type { BodySigning } from './request-signature.js';
import { invalidParameter } from './service-error.js';

export interface EmulatorRequest {
  method: string;
  /** The path as received, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Path parameters, decoded. */
  params: Record<string, string>;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON. */
  json?: unknown;
  /** Sent as is (object content). For HEAD answers, only its length is sent. */
  bytes?: Uint8Array;
}

export interface Route {
  method: string;
  /** `/20190101/jobs/{jobId}`; `{name+}` takes the rest of the path, slashes included. */
  path: string;
  /** The SDK's operation name, recorded with every request. */
  operation: string;
  /** 'none' only for pre-authenticated request access paths. */
  auth: BodySigning | 'none';
  /** Creates that honour `opc-retry-token`. */
  retryToken?: boolean;
  /**
   * Checks what can be checked before the body is read (a pre-authenticated request's token and
   * scope), so that a request that will be refused never gets its body read.
   */
  checkBeforeBody?(request: Omit<EmulatorRequest, 'body'>): void;
  handle(request: EmulatorRequest): EmulatorResponse | Promise<EmulatorResponse>;
}

export interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

export function compileRoute(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const match = /^\{(\w+)(\+?)\}$/.exec(segment);
      if (!match) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(match[1]!);
      return match[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  // A trailing slash is optional everywhere: the SDK sends `/n`, people type `/n/`.
  return { ...route, names, pattern: new RegExp(`^${source.replace(/\/$/, '')}/?$`) };
}

export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  path: string,
): { route: CompiledRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, index) => {
      const raw = match[index + 1]!;
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        params[name] = raw; // not valid percent-encoding: take it literally
      }
    });
    return { route, params };
  }
  return undefined;
}

/** The JSON body of a request, as an object. */
export function jsonBody(request: EmulatorRequest): Record<string, unknown> {
  if (request.body.length === 0) throw invalidParameter('The request body is empty; a JSON object is expected.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body.toString('utf8'));
  } catch {
    throw invalidParameter('The request body is not valid JSON.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidParameter('The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  nextPage?: string;
}

/** One page of `items`, by the `limit` and `page` query parameters (page tokens are offsets). */
export function pageOf<T>(items: T[], query: URLSearchParams, defaultLimit = 100, maxLimit = 1000): Page<T> {
  const limitText = query.get('limit');
  const limit = limitText === null ? defaultLimit : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
    throw invalidParameter(`limit must be an integer from 1 to ${maxLimit}, got '${limitText}'.`);
  }
  const pageText = query.get('page');
  const offset = pageText === null ? 0 : Number(pageText);
  if (!Number.isInteger(offset) || offset < 0) throw invalidParameter(`page '${pageText}' is not a page token from this service.`);
  const end = offset + limit;
  return { items: items.slice(offset, end), nextPage: end < items.length ? String(end) : undefined };
}

/** Response headers for a page: `opc-next-page` when there is more. */
export function pageHeaders(page: Page<unknown>): Record<string, string> {
  return page.nextPage ? { 'opc-next-page': page.nextPage } : {};
}
