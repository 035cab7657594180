import { createHash, verify, type KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { notAuthenticated } from './service-error.js';
import type { SessionTokenAuthority } from './session-tokens.js';

/** Who may call: the one API key the emulator generated at start, and the session tokens it issued. */
export interface SigningIdentity {
  /** `<tenancy>/<user>/<fingerprint>`, as oci-common's signer puts it in keyId. */
  keyId: string;
  publicKey: KeyObject;
  /** Verifies `keyId="ST$<token>"`: UPSTs from the identity domain, RPSTs for resource principals. */
  sessionTokens?: SessionTokenAuthority;
}

/** Which credentials signed a request: `api-key`, or a session token as `upst:<token id>` / `rpst:<token id>`. */
export type SignedBy = string;

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received: the signer signs them as `(request-target)`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Whether the body must be covered by the signature. oci-common signs content-type,
 * content-length and x-content-sha256 for POST/PUT/PATCH, except for binary uploads
 * (putObject, createJobArtifact) that it sends with `forceExcludeBody`.
 */
export type BodySigning = 'required' | 'excluded';

const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

function parseAuthorization(header: string): Record<string, string> {
  if (!header.startsWith('Signature ')) throw notAuthenticated('the Authorization header is not an HTTP signature');
  const params: Record<string, string> = {};
  const pattern = /([a-zA-Z]+)="([^"]*)"/g;
  for (let match = pattern.exec(header); match; match = pattern.exec(header)) {
    params[match[1]!] = match[2]!;
  }
  return params;
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Checks a request the way OCI does: `Authorization: Signature version="1",keyId=...,
 * algorithm="rsa-sha256",headers="...",signature="..."`, the signing string rebuilt from the
 * listed headers (and `(request-target)`), the body hash and length, and the clock.
 * Throws 401 NotAuthenticated naming the first problem found.
 */
export function verifyRequestSignature(
  request: SignedRequest,
  identity: SigningIdentity,
  bodySigning: BodySigning,
  now = Date.now(),
): SignedBy {
  const signedBy = verifySignedHeaders(request, identity, bodySigning, now);
  verifySignedBody(request.headers, request.body);
  return signedBy;
}

/**
 * Everything but the body: the signature covers the headers only (the body through
 * x-content-sha256 and content-length), so an unsigned or forged request is refused before a
 * byte of its body is read.
 */
export function verifySignedHeaders(
  request: Omit<SignedRequest, 'body'>,
  identity: SigningIdentity,
  bodySigning: BodySigning,
  now = Date.now(),
): SignedBy {
  const authorization = headerValue(request.headers, 'authorization');
  if (!authorization) throw notAuthenticated('the Authorization header is missing');
  const params = parseAuthorization(authorization);
  if (params.version !== '1') throw notAuthenticated(`unsupported signature version "${params.version ?? ''}"`);
  if (params.algorithm !== 'rsa-sha256') throw notAuthenticated(`unsupported algorithm "${params.algorithm ?? ''}"`);
  if (!params.keyId) throw notAuthenticated('keyId is missing');
  let publicKey = identity.publicKey;
  let signedBy: SignedBy = 'api-key';
  if (params.keyId.startsWith('ST$') && identity.sessionTokens) {
    const session = identity.sessionTokens.verify(params.keyId.slice(3), now);
    publicKey = session.publicKey;
    signedBy = `${session.principal.kind}:${session.principal.tokenId}`;
  } else if (params.keyId !== identity.keyId) {
    throw notAuthenticated(`unknown keyId "${params.keyId.startsWith('ST$') ? 'ST$<session token>' : params.keyId}"`);
  }
  if (!params.headers || !params.signature) throw notAuthenticated('headers or signature is missing');

  const signed = params.headers.split(' ').filter(Boolean).map((name) => name.toLowerCase());
  const required = ['(request-target)', 'host'];
  if (bodySigning === 'required' && METHODS_WITH_BODY.has(request.method)) {
    required.push('content-length', 'content-type', 'x-content-sha256');
  }
  for (const name of required) {
    if (!signed.includes(name)) throw notAuthenticated(`header "${name}" must be signed`);
  }
  if (!signed.includes('date') && !signed.includes('x-date')) {
    throw notAuthenticated('header "date" or "x-date" must be signed');
  }

  const lines = signed.map((name) => {
    if (name === '(request-target)') return `(request-target): ${request.method.toLowerCase()} ${request.url}`;
    const value = headerValue(request.headers, name);
    if (value === undefined || value === '') throw notAuthenticated(`signed header "${name}" is missing`);
    return `${name}: ${value}`;
  });
  const signature = Buffer.from(params.signature, 'base64');
  if (!verify('sha256', Buffer.from(lines.join('\n')), publicKey, signature)) {
    throw notAuthenticated('the signature does not match the request');
  }

  const dateHeader = headerValue(request.headers, signed.includes('x-date') ? 'x-date' : 'date')!;
  const sentAt = Date.parse(dateHeader);
  if (Number.isNaN(sentAt) || Math.abs(now - sentAt) > MAX_CLOCK_SKEW_MS) {
    throw notAuthenticated(`date "${dateHeader}" is more than 5 minutes from the service's clock`);
  }
  return signedBy;
}

/** The body against the signed x-content-sha256 and content-length, where they were signed. */
export function verifySignedBody(headers: IncomingHttpHeaders, body: Buffer): void {
  const authorization = headerValue(headers, 'authorization') ?? '';
  const signed = (parseAuthorization(authorization).headers ?? '').split(' ').map((name) => name.toLowerCase());
  if (signed.includes('x-content-sha256')) {
    const digest = createHash('sha256').update(body).digest('base64');
    if (digest !== headerValue(headers, 'x-content-sha256')) {
      throw notAuthenticated('x-content-sha256 does not match the body');
    }
  }
  if (signed.includes('content-length')) {
    if (Number(headerValue(headers, 'content-length')) !== body.length) {
      throw notAuthenticated('content-length does not match the body');
    }
  }
}
