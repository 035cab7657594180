import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../src/engine/clock.js';

/**
 * A clock that runs `factor` times faster than the wall clock, for the engine and the emulator
 * together: OCI's minutes (provisioning, late logs, the 90 s settle) pass in seconds, and the
 * defaults under test stay the real ones.
 */
export function scaledClock(factor: number): Clock {
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) * factor,
    sleep: (ms, signal) => sleep(ms / factor, undefined, signal ? { signal } : undefined),
  };
}

/** A clock that only moves when someone waits on it: a wait of an hour returns at once, an hour later. */
export class VirtualClock implements Clock {
  constructor(private time = Date.parse('2026-01-01T00:00:00Z')) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.time += Math.max(0, ms);
    await Promise.resolve();
  }
}
