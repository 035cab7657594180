import type { Clock } from '../../engine/clock.js';
import { isRetryable } from '../../oci/retry-policy.js';
import { TransientError } from '../../oci/transient-retry.js';

/** How long to keep asking, and who hears of an outage. */
export interface OutagePatience {
  clock: Clock;
  /** Epoch ms past which a call still failing is given up: its last error is thrown. */
  giveUpAt: () => number;
  /** Pause between rounds; each round is already the SDK's own retries, with their backoff. */
  pauseMs: number;
  /** Told once when a call first fails for good in an outage... */
  onOutage?: (error: unknown, giveUpAt: number) => void;
  /** ...and once when it answers again, with how long it did not. */
  onRecovery?: (downMs: number) => void;
  /** Aborting ends the wait between rounds: the call's last error is thrown. */
  signal?: AbortSignal;
}

/**
 * Calls `call` until it answers, treating throttling, server faults and lost connections as an
 * outage to sit out (the SDK has already retried each round 8 times), up to `giveUpAt`. Any
 * other error (404, 401, a bad request) is thrown at once: waiting would not change it.
 */
export async function throughOutages<T>(call: () => Promise<T>, patience: OutagePatience): Promise<T> {
  const { clock } = patience;
  let downSince: number | undefined;
  for (;;) {
    try {
      const answer = await call();
      if (downSince !== undefined) patience.onRecovery?.(clock.now() - downSince);
      return answer;
    } catch (error) {
      const giveUpAt = patience.giveUpAt();
      if (!isOutage(error) || clock.now() >= giveUpAt || patience.signal?.aborted) throw error;
      if (downSince === undefined) {
        downSince = clock.now();
        patience.onOutage?.(error, giveUpAt);
      }
      try {
        await clock.sleep(Math.min(patience.pauseMs, giveUpAt - clock.now()), patience.signal);
      } catch {
        throw error;
      }
    }
  }
}

/** The same for calls that must go through but have no deadline of their own: `rounds` rounds of the SDK's retries. */
export async function inRounds<T>(call: () => Promise<T>, rounds: number, clock: Clock, pauseMs: number): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await call();
    } catch (error) {
      if (round >= rounds || !isOutage(error)) throw error;
      await clock.sleep(pauseMs);
    }
  }
}

/**
 * Throttling, a server fault, or no answer at all: the SDK's error for a request that got none is a
 * plain object naming the request, not an Error. A bug of ours (a TypeError) is none of these.
 */
export function isOutage(error: unknown): boolean {
  const failure = error as { statusCode?: number; serviceCode?: string; requestEndpoint?: unknown } | null;
  if (typeof failure?.statusCode === 'number' && failure.statusCode > 0) return isRetryable(failure);
  if (error instanceof TransientError) return true;
  return !(error instanceof Error) && typeof failure?.requestEndpoint === 'string';
}
