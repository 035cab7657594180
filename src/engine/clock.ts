import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Where followers and the emulator read the time and wait. Runs last minutes on OCI: tests give
 * both sides one faster clock, so timings of minutes stay what they are while taking seconds.
 */
export interface Clock {
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
  /** Resolves after `ms` of this clock's time; rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, signal ? { signal } : undefined),
};
