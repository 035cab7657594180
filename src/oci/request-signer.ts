import { createHash, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { Readable } from 'node:stream';
import type * as common from 'oci-common';

/** What an API key signs with: `<tenancy>/<user>/<fingerprint>` and its private key. */
export interface ApiKey {
  keyId: string;
  privateKey: string;
  passphrase?: string | null;
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * OCI's HTTP signature (version 1, rsa-sha256) with the key parsed once. oci-common's own signer
 * hands the PEM to http-signature, which parses it again for every request: that parse is most of
 * a submission's CPU when dozens of runs start at once. Headers and signing string follow
 * oci-common's `DefaultRequestSigner`; the emulator verifies them the way OCI does.
 */
export class ApiKeyRequestSigner implements common.RequestSigner {
  private readonly key: KeyObject;

  constructor(private readonly apiKey: ApiKey) {
    this.key = createPrivateKey({ key: apiKey.privateKey, format: 'pem', passphrase: apiKey.passphrase ?? undefined });
  }

  async signHttpRequest(request: common.HttpRequest, forceExcludeBody = false): Promise<void> {
    await signOciRequest(request, this.apiKey.keyId, this.key, forceExcludeBody);
  }
}

/**
 * Signs `request` in place as `keyId` with `key`: an API key's `<tenancy>/<user>/<fingerprint>`,
 * or a session token's `ST$<token>` with the session's own key.
 */
export async function signOciRequest(request: common.HttpRequest, keyId: string, key: KeyObject, forceExcludeBody = false): Promise<void> {
  const url = new URL(request.uri);
  const headers = request.headers;
  headers.set('host', url.host);
  // Fresh on every attempt: a retry after a long backoff must not carry a stale date.
  headers.set('x-date', new Date().toUTCString());
  const signedHeaders = ['x-date', '(request-target)', 'host'];
  if (!forceExcludeBody && METHODS_WITH_BODY.has(request.method.toUpperCase())) {
    const body = await bodyText(request.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    headers.set('x-content-sha256', createHash('sha256').update(body).digest('base64'));
    if (!headers.has('content-length')) headers.set('content-length', String(Buffer.byteLength(body)));
    // Cased as oci-common lists them; the signing string itself uses lower case.
    signedHeaders.push('Content-Type', 'Content-Length', 'x-content-sha256');
  }
  const signingString = signedHeaders
    .map((name) =>
      name === '(request-target)'
        ? `(request-target): ${request.method.toLowerCase()} ${url.pathname}${url.search}`
        : `${name.toLowerCase()}: ${headers.get(name)}`,
    )
    .join('\n');
  const signature = sign('sha256', Buffer.from(signingString), key).toString('base64');
  headers.set(
    'authorization',
    `Signature version="1",keyId="${keyId}",algorithm="rsa-sha256",headers="${signedHeaders.join(' ')}",signature="${signature}"`,
  );
}

/** The SDK hands the signer the body as a string, or a copy of a stream it reads itself. */
async function bodyText(body: unknown): Promise<string> {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Readable) return text(body);
  throw new TypeError(`cannot sign a request body of type ${typeof body}`);
}
