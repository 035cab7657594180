import { claimTime, decodeJwt, JwtFormatError } from './jwt.js';

/** An OCI session token (UPST or RPST): a JWT that requests carry as `keyId="ST$<token>"`. */
export interface SessionToken {
  token: string;
  expiresAt: Date;
  /** When it was issued, if it says; renewal is timed from its lifetime. */
  issuedAt?: Date;
}

export class SessionTokenFormatError extends Error {}

/** Reads a session token as a file or an identity domain holds it; `source` names it in errors. */
export function parseSessionToken(text: string, source: string): SessionToken {
  const token = text.trim();
  let claims;
  try {
    claims = decodeJwt(token).payload;
  } catch (error) {
    if (error instanceof JwtFormatError) throw new SessionTokenFormatError(`${source} is not an OCI session token: ${error.message}`);
    throw error;
  }
  const expiresAt = claimTime(claims, 'exp');
  if (!expiresAt) throw new SessionTokenFormatError(`${source} is not an OCI session token: it has no expiry (exp claim)`);
  return { token, expiresAt, issuedAt: claimTime(claims, 'iat') };
}

/** "at 2025-07-01T10:00:00Z, 12 minutes ago", or "... from now". */
export function describeExpiry(expiresAt: Date, now = Date.now()): string {
  const minutes = Math.round(Math.abs(expiresAt.getTime() - now) / 60_000);
  const span = minutes === 0 ? 'less than a minute' : minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const at = expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return expiresAt.getTime() <= now ? `at ${at}, ${span} ago` : `at ${at}, ${span} from now`;
}

const MAX_RENEWAL_MARGIN_MS = 5 * 60_000;

/**
 * When to renew a token: five minutes before it expires, or a quarter of its lifetime for short
 * ones, so that a request signed just before still arrives in time, clock skew included.
 */
export function renewalTime(token: SessionToken, now = Date.now()): number {
  const expiresAt = token.expiresAt.getTime();
  const lifetime = expiresAt - (token.issuedAt?.getTime() ?? now);
  return expiresAt - Math.min(MAX_RENEWAL_MARGIN_MS, Math.max(0, lifetime) / 4);
}
