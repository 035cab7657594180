import { sign, verify, type KeyObject } from 'node:crypto';

/**
 * JSON Web Tokens signed with RS256, the only kind this tool meets: GitHub's ID tokens, OCI
 * session tokens (UPST, RPST) and the emulator's. Node's crypto does the RSA; a JWT is three
 * base64url parts, so nothing more is needed.
 */
export interface Jwt {
  header: Record<string, unknown>;
  payload: JwtClaims;
  /** `header.payload`, what the signature covers. */
  signedPart: string;
  signature: Buffer;
}

export interface JwtClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  jti?: string;
  [claim: string]: unknown;
}

export class JwtFormatError extends Error {}

function decodePart(part: string, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new JwtFormatError(`its ${what} is not base64url-encoded JSON`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new JwtFormatError(`its ${what} is not a JSON object`);
  return parsed as Record<string, unknown>;
}

/** The token's parts, unverified. Throws JwtFormatError (never quoting the token) when it is not a JWT. */
export function decodeJwt(token: string): Jwt {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) {
    throw new JwtFormatError('it is not a JSON Web Token (three base64url parts separated by dots)');
  }
  const [header, payload, signature] = parts as [string, string, string];
  return {
    header: decodePart(header, 'header'),
    payload: decodePart(payload, 'payload') as JwtClaims,
    signedPart: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
}

/** A compact RS256 JWT of `claims`, signed with `privateKey`. */
export function signJwt(claims: JwtClaims, privateKey: KeyObject, keyId?: string): string {
  const header = { alg: 'RS256', typ: 'JWT', ...(keyId ? { kid: keyId } : {}) };
  const signedPart = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signedPart}.${sign('sha256', Buffer.from(signedPart), privateKey).toString('base64url')}`;
}

/** Whether `jwt` is RS256 and signed by `publicKey`. */
export function hasValidSignature(jwt: Jwt, publicKey: KeyObject): boolean {
  return jwt.header.alg === 'RS256' && verify('sha256', Buffer.from(jwt.signedPart), publicKey, jwt.signature);
}

/** A claim in seconds since the epoch, as a Date; undefined when absent or not a number. */
export function claimTime(claims: JwtClaims, name: 'exp' | 'nbf' | 'iat'): Date | undefined {
  const value = claims[name];
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined;
}
