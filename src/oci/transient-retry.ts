import { setTimeout as sleep } from 'node:timers/promises';

/** A failure worth trying again: a 5xx or 429 answer, or no answer at all. */
export class TransientError extends Error {
  /** Thrown while signing, it lets the SDK retry the call (and with it the sign-in). */
  readonly shouldBeRetried = true;
}

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
}

/**
 * Runs `operation` until it succeeds, throws something other than a TransientError, or has
 * been tried `attempts` times, waiting a jittered, doubling delay in between.
 */
export async function retryTransient<T>(operation: () => Promise<T>, { attempts = 3, baseDelayMs = 500 }: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof TransientError) || attempt >= attempts) throw error;
      const ceiling = baseDelayMs * 2 ** (attempt - 1);
      await sleep(ceiling / 2 + (Math.random() * ceiling) / 2);
    }
  }
}

/** fetch, with a network failure or timeout turned into a TransientError that says what was asked. */
export async function fetchOrTransient(url: string, init: RequestInit, what: string, timeoutMs = 30_000): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new TransientError(`${what}: no answer (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  }
}
