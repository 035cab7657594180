import { renewalTime } from './session-token.js';
import type { SessionCredentials, SessionSource } from './session-token-signer.js';

export interface RenewingSessionOptions {
  /** Default Date.now; tests move time by hand. */
  now?: () => number;
  /** After a failed renewal while the token is still valid, sign with it this long before trying again. Default 30 s. */
  retryAfterFailureMs?: number;
}

/** Renewals at least this far apart, even when a token looks due at once (a clock ahead of the issuer's), unless it has expired. */
const MIN_RENEWAL_INTERVAL_MS = 1000;

/**
 * A session that renews its token before it expires, so that runs followed for longer than a
 * token lives keep signing. Renewal happens when a request is signed past the token's renewal
 * time (see renewalTime); concurrent requests share one renewal. A renewal that fails while the
 * token is still valid is tried again later; once the token has expired, the failure is thrown.
 */
export class RenewingSession implements SessionSource {
  private value?: SessionCredentials;
  private renewAt = 0;
  private retryAt = 0;
  private renewing?: Promise<SessionCredentials>;
  private readonly now: () => number;
  private readonly retryAfterFailureMs: number;

  constructor(
    private readonly obtain: () => Promise<SessionCredentials>,
    options: RenewingSessionOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.retryAfterFailureMs = options.retryAfterFailureMs ?? 30_000;
  }

  async current(): Promise<SessionCredentials> {
    const now = this.now();
    const value = this.value;
    if (value && now < this.renewAt) return value;
    const stillValid = value !== undefined && now < value.token.expiresAt.getTime();
    if (stillValid && now < this.retryAt) return value;
    try {
      return await this.renew();
    } catch (error) {
      if (value && this.now() < value.token.expiresAt.getTime()) {
        this.retryAt = this.now() + this.retryAfterFailureMs;
        return value;
      }
      throw error;
    }
  }

  private renew(): Promise<SessionCredentials> {
    this.renewing ??= this.obtain()
      .then((fresh) => {
        this.value = fresh;
        const due = Math.max(renewalTime(fresh.token, this.now()), this.now() + MIN_RENEWAL_INTERVAL_MS);
        this.renewAt = Math.min(due, fresh.token.expiresAt.getTime());
        this.retryAt = 0;
        return fresh;
      })
      .finally(() => {
        this.renewing = undefined;
      });
    return this.renewing;
  }
}
