/** How often a run is polled: quick at first, when short runs end, then backing off to a cap. */
export interface PollSchedule {
  initialMs: number;
  factor: number;
  maxMs: number;
}

/** At the 10 s cap a run costs 12 calls a minute (one GetJobRun, one log search). */
export const DEFAULT_POLL_SCHEDULE: PollSchedule = { initialMs: 1000, factor: 1.5, maxMs: 10_000 };

export function* pollDelays(schedule: PollSchedule): Generator<number, never> {
  let delay = schedule.initialMs;
  for (;;) {
    yield delay;
    delay = Math.min(schedule.maxMs, delay * schedule.factor);
  }
}
