import * as common from 'oci-common';

/**
 * How every OCI call is retried: 429, 5xx, 409 IncorrectState and connection errors
 * (the SDK's own retry condition), at most `maxAttempts` times, with exponential backoff and
 * full jitter from `baseDelaySeconds` up to `maxDelaySeconds`. The SDK's default starts at 1 s
 * and doubles to 30 s over 8 attempts; we start lower because our calls are cheap reads and
 * idempotent creates (each carries an opc-retry-token).
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelaySeconds: 0.5, maxDelaySeconds: 30 };

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const RETRYABLE_CODES = new Map([
  [409, 'IncorrectState'],
  [429, 'TooManyRequests'],
]);

/** Throttling, server faults, and errors with no status (connection reset, refused, timed out). */
export function isRetryable(error: { statusCode?: number; serviceCode?: string }): boolean {
  const status = error.statusCode;
  if (status === undefined || status === -1 || Number.isNaN(status)) return true;
  return RETRYABLE_STATUS.has(status) || RETRYABLE_CODES.get(status) === error.serviceCode;
}

/** Seconds to wait before the next attempt, after `retries` retries (0 before the first): half to all of a doubling ceiling. */
export function retryDelaySeconds(policy: RetryPolicy, retries: number): number {
  const ceiling = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** retries);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

class JitteredBackoff implements common.DelayStrategy {
  constructor(private readonly policy: RetryPolicy) {}

  delay(context: { attemptCount: number }): number {
    return retryDelaySeconds(this.policy, context.attemptCount);
  }
}

export function sdkRetryConfiguration(policy: RetryPolicy = DEFAULT_RETRY_POLICY): common.RetryConfiguration {
  return {
    terminationStrategy: new common.MaxAttemptsTerminationStrategy(policy.maxAttempts),
    delayStrategy: new JitteredBackoff(policy),
    retryCondition: isRetryable,
    // Artifacts are Buffers, so a retry can resend them.
    backupBinaryBody: true,
  };
}

/**
 * For cancels and deletes: a 409 IncorrectState there means "already cancelling or deleting", often
 * because an earlier attempt went through and its answer was lost. Retrying cannot change it.
 */
export function sdkRetryConfigurationWithoutConflicts(policy: RetryPolicy = DEFAULT_RETRY_POLICY): common.RetryConfiguration {
  return { ...sdkRetryConfiguration(policy), retryCondition: (error) => error.statusCode !== 409 && isRetryable(error) };
}
