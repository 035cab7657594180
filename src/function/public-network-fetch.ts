import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import { RefusedRequestError } from '../sources/http-download.js';
import { isPublicAddress, NON_PUBLIC_KINDS, NonPublicAddressError, publicOnlyLookup } from './public-addresses.js';
import { ALLOWED_SOURCES_VARIABLE, isAllowedSource } from './notebook-allow-list.js';

const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Why a URL may not be fetched for a caller, or undefined when it may: only https://, and an
 * address given as such must be public; a host name is checked when it is resolved. A URL that
 * starts with a prefix the function's owner allowed (NOTEBOOK_SOURCES_ALLOWED) is fetched as it is.
 */
export function publicUrlProblem(url: URL, allowedSources: readonly string[] | undefined): string | undefined {
  if (isAllowedSource(url.href, allowedSources)) return undefined;
  const unless = `unless ${ALLOWED_SOURCES_VARIABLE} allows it`;
  if (url.protocol !== 'https:') return `${url.protocol}// is not fetched by this function, only https:// (${unless})`;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !isPublicAddress(host)) return `${url.host} is ${NON_PUBLIC_KINDS}, which this function does not fetch from (${unless})`;
  return undefined;
}

/**
 * `fetch` as the OCI Function fetches for its callers: GET only, every hop of a redirect checked
 * with publicUrlProblem, and host names connected to only when every address they resolve to is
 * public. A refused hop is a RefusedRequestError, with nothing of what lies behind it: it is
 * never asked. Authorization is dropped when a redirect leaves the origin, as fetch does.
 */
export function publicNetworkFetch(allowedSources: readonly string[] | undefined): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    for (let hop = 0; ; hop++) {
      const problem = publicUrlProblem(url, allowedSources);
      if (problem) throw new RefusedRequestError(hop === 0 ? problem : `it redirects to a URL that is refused: ${problem}`);
      const guarded = !isAllowedSource(url.href, allowedSources);
      const response = await get(url, headers, guarded, init.signal ?? undefined);
      const location = response.headers.location;
      if (!REDIRECTS.has(response.statusCode ?? 0) || !location) return toResponse(response);
      response.resume();
      if (hop >= MAX_REDIRECTS) throw new RefusedRequestError(`more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(location, url);
      if (next.origin !== url.origin) delete headers.authorization;
      url = next;
    }
  }) as typeof fetch;
}

function get(url: URL, headers: Record<string, string>, guarded: boolean, signal: AbortSignal | undefined): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // No shared agent: a pooled connection made by other code for the same host must not be reused unchecked.
    const request = send(url, { method: 'GET', headers, agent: false, signal, ...(guarded ? { lookup: publicOnlyLookup } : {}) });
    request.once('response', resolve);
    request.once('error', (error) => {
      reject(error instanceof NonPublicAddressError ? new RefusedRequestError(`${error.message}, which this function does not fetch from (unless ${ALLOWED_SOURCES_VARIABLE} allows it)`) : error);
    });
    request.end();
  });
}

function toResponse(message: IncomingMessage): Response {
  const headers = new Headers();
  for (let index = 0; index + 1 < message.rawHeaders.length; index += 2) {
    try {
      headers.append(message.rawHeaders[index]!, message.rawHeaders[index + 1]!);
    } catch {
      // A header fetch would not accept either; the body and status do not depend on it.
    }
  }
  const status = message.statusCode ?? 502;
  const empty = status === 204 || status === 304;
  if (empty) message.resume();
  return new Response(empty ? null : (Readable.toWeb(message) as ReadableStream<Uint8Array>), { status, statusText: message.statusMessage, headers });
}
