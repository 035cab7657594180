import { checkDeclaredSize, readTextPrefix, readWithinLimit } from './bounded-read.js';
import { NotebookSourceError } from './notebook-source.js';

export const USER_AGENT = 'oci-run-notebook';

/** One GET of a notebook over HTTP, and how to explain its failures. */
export interface HttpDownload {
  /** The reference as shown to the user, credentials removed. */
  reference: string;
  url: string;
  headers?: Record<string, string>;
  /** The credential the request carries, by the name the user knows it (`GOOGLE_OAUTH_ACCESS_TOKEN`); unset = anonymous. */
  credential?: string;
  /** Where to look when the answer is 404 or 401/403: one sentence each. */
  hints?: { notFound?: string; accessDenied?: string };
  /** The service's own words from an error body (Google's JSON, Azure's XML). */
  serviceMessage?: (body: string, response: Response) => string | undefined;
  signal?: AbortSignal;
  /** The notebook size limit; default MAX_NOTEBOOK_BYTES. */
  maxBytes?: number;
  /** What requests it; default the global fetch. The OCI Function's reaches public addresses only. */
  fetch?: typeof fetch;
}

/** A request that a fetch refused to make (an address the caller may not reach); its message says why. */
export class RefusedRequestError extends Error {}

/**
 * GETs `url`, following redirects (fetch drops Authorization when a redirect leaves the origin),
 * and returns the body read within the notebook size limit.
 */
export async function download(request: HttpDownload): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await (request.fetch ?? fetch)(request.url, {
      redirect: 'follow',
      headers: { 'user-agent': USER_AGENT, ...request.headers },
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal?.aborted) throw new NotebookSourceError(request.reference, 'failed', 'cancelled');
    if (error instanceof RefusedRequestError) throw new NotebookSourceError(request.reference, 'access-denied', `refused: ${error.message}`);
    throw new NotebookSourceError(request.reference, 'unreachable', `could not connect to ${new URL(request.url).origin} (${causeOf(error)})`);
  }
  if (!response.ok) throw await failureOf(request, response);
  try {
    checkDeclaredSize(request.reference, response.headers.get('content-length'), request.maxBytes);
  } catch (error) {
    await response.body?.cancel().catch(() => undefined);
    throw error;
  }
  try {
    return await readWithinLimit(request.reference, response.body as AsyncIterable<Uint8Array> | null, request.maxBytes);
  } catch (error) {
    if (error instanceof NotebookSourceError) throw error;
    if (request.signal?.aborted) throw new NotebookSourceError(request.reference, 'failed', 'cancelled');
    throw new NotebookSourceError(request.reference, 'unreachable', `the download broke off (${causeOf(error)})`);
  }
}

async function failureOf(request: HttpDownload, response: Response): Promise<NotebookSourceError> {
  const said = request.serviceMessage?.(await readTextPrefix(response.body as AsyncIterable<Uint8Array> | null), response);
  const status = `HTTP ${response.status}${said ? `: ${said}` : ''}`;
  const using = request.credential ? `using ${request.credential}` : 'anonymously, with no credentials';
  const hint = (text: string | undefined) => (text ? `; ${text}` : '');
  if (response.status === 404 || response.status === 410) {
    return new NotebookSourceError(request.reference, 'not-found', `not found (${status}), asked ${using}${hint(request.hints?.notFound)}`);
  }
  if (response.status === 401 || response.status === 403) {
    return new NotebookSourceError(request.reference, 'access-denied', `access denied (${status}) ${using}${hint(request.hints?.accessDenied)}`);
  }
  return new NotebookSourceError(request.reference, 'failed', `the server answered ${status}`);
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
