/** How long a run may wait and run before the follower cancels it. */
export interface RunLimits {
  /** Minutes a run may stay queued (ACCEPTED, or NEEDS_ATTENTION before it starts), counted from `timeAccepted`. */
  maxQueueMinutes: number;
  /** Minutes a run may take once started, counted from `timeStarted`; undefined for no limit. */
  maximumRuntimeMinutes?: number;
  /** Minutes a run may stay in NEEDS_ATTENTION without its state or details changing. */
  needsAttentionMinutes: number;
  /** An end in absolute time (ISO 8601), whatever the run is doing. */
  deadline?: string;
}

/** What the limits read of a run (the SDK's JobRun has these fields). */
export interface RunProgress {
  lifecycleState: string;
  lifecycleDetails?: string;
  timeAccepted: Date | string;
  timeStarted?: Date | string;
}

/** Why a run is cancelled at a limit: the follower's stop reason and, in words, what was passed. */
export interface LimitReached {
  reason: 'timed out' | 'not started' | 'needs attention';
  detail: string;
}

const MINUTE_MS = 60_000;

/** Headroom past a run's latest end for the driver's last uploads and a cancel that takes a while. */
export const END_MARGIN_MINUTES = 15;

/**
 * Watches one run against its limits. Time in ACCEPTED (provisioning, waiting for capacity) does
 * not count against the runtime, which OCI counts from the start; it has a limit of its own.
 * NEEDS_ATTENTION is not an end: the run is live and may still move, so it gets a while to.
 */
export class RunLimitWatch {
  private state?: string;
  private details?: string;
  private movedAt = 0;

  constructor(private readonly limits: RunLimits) {}

  /** Notes the run as polled at `now`; a change of state or details is movement. */
  observe(run: RunProgress, now: number): void {
    if (run.lifecycleState !== this.state || run.lifecycleDetails !== this.details) this.movedAt = now;
    this.state = run.lifecycleState;
    this.details = run.lifecycleDetails;
  }

  /** The first limit the run has passed at `now`, if any. */
  reached(run: RunProgress, now: number): LimitReached | undefined {
    const { deadline, maximumRuntimeMinutes, maxQueueMinutes, needsAttentionMinutes } = this.limits;
    if (deadline && now >= Date.parse(deadline)) return { reason: 'timed out', detail: `the deadline ${deadline} passed` };
    const started = run.timeStarted ? new Date(run.timeStarted).getTime() : undefined;
    if (started !== undefined && maximumRuntimeMinutes !== undefined && now >= started + maximumRuntimeMinutes * MINUTE_MS) {
      return { reason: 'timed out', detail: `still running ${minutes(maximumRuntimeMinutes)} after it started` };
    }
    if (started === undefined && now >= new Date(run.timeAccepted).getTime() + maxQueueMinutes * MINUTE_MS) {
      return { reason: 'not started', detail: `not started ${minutes(maxQueueMinutes)} after it was accepted (${describe(run)})` };
    }
    if (run.lifecycleState === 'NEEDS_ATTENTION' && now >= this.movedAt + needsAttentionMinutes * MINUTE_MS) {
      return { reason: 'needs attention', detail: `in NEEDS_ATTENTION for ${minutes(needsAttentionMinutes)} without moving (${describe(run)})` };
    }
    return undefined;
  }

  /**
   * The latest `run` can still be going (epoch ms), margin included: its runtime from its start, or,
   * while it has not started, its time queued plus its runtime; `unlimitedRuntimeMinutes` stands in
   * for no runtime limit. Its output PAR expires then too, so nothing waits on the run past it.
   */
  latestEnd(run: RunProgress, unlimitedRuntimeMinutes: number): number {
    const { deadline, maximumRuntimeMinutes, maxQueueMinutes } = this.limits;
    const runtime = (maximumRuntimeMinutes ?? unlimitedRuntimeMinutes) * MINUTE_MS;
    const end = run.timeStarted
      ? new Date(run.timeStarted).getTime() + runtime
      : new Date(run.timeAccepted).getTime() + maxQueueMinutes * MINUTE_MS + runtime;
    return Math.min(end, deadline ? Date.parse(deadline) : Infinity) + END_MARGIN_MINUTES * MINUTE_MS;
  }

  /** Milliseconds from `now` until the nearest limit could be reached (Infinity when none applies). */
  untilNext(run: RunProgress, now: number): number {
    const { deadline, maximumRuntimeMinutes, maxQueueMinutes, needsAttentionMinutes } = this.limits;
    const ends: number[] = [];
    if (deadline) ends.push(Date.parse(deadline));
    const started = run.timeStarted ? new Date(run.timeStarted).getTime() : undefined;
    if (started !== undefined && maximumRuntimeMinutes !== undefined) ends.push(started + maximumRuntimeMinutes * MINUTE_MS);
    if (started === undefined) ends.push(new Date(run.timeAccepted).getTime() + maxQueueMinutes * MINUTE_MS);
    if (run.lifecycleState === 'NEEDS_ATTENTION') ends.push(this.movedAt + needsAttentionMinutes * MINUTE_MS);
    return Math.max(0, Math.min(Infinity, ...ends) - now);
  }
}

export function minutes(count: number): string {
  return count === 1 ? '1 minute' : `${count} minutes`;
}

function describe(run: RunProgress): string {
  return run.lifecycleDetails ? `${run.lifecycleState}: ${run.lifecycleDetails}` : run.lifecycleState;
}
