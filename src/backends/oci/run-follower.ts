import type { models } from 'oci-datascience';
import type { Clock } from '../../engine/clock.js';
import { describeError } from '../../engine/describe-error.js';
import { isTerminal } from '../../engine/run-result.js';
import type { OciClients } from '../../oci/clients.js';
import type { FollowOptions, RunHandle } from '../backend.js';
import type { LogScopes } from './log-scope.js';
import { pollDelays, type PollSchedule } from './poll-schedule.js';
import { minutes, RunLimitWatch } from './run-limits.js';
import { RunLogStream } from './run-log-stream.js';
import { isOutage, throughOutages } from './through-outages.js';

export interface FollowSettings {
  pollSchedule: PollSchedule;
  /** After the run ends, how long past its `timeFinished` to keep reading lines that arrive late. */
  logSettleMs: number;
  /** How long to wait for CANCELED after cancelling. */
  cancelWaitMs: number;
  /** Defaults for handles that set no limits of their own. */
  maxQueueMinutes: number;
  needsAttentionMinutes: number;
  /** How long a run without a maximum runtime may go (its output PAR's lifetime): an outage is sat out that long. */
  defaultParLifetimeMinutes: number;
  clock: Clock;
}

/** Why following stopped before the run ended by itself: cancelled by the caller, or at a limit. */
export interface FollowStop {
  reason: 'cancelled' | 'timed out' | 'not started' | 'needs attention';
  detail?: string;
}

export interface FollowOutcome {
  /** The run as last read: terminal, unless a cancel was not confirmed in time. */
  run: models.JobRun;
  stop?: FollowStop;
  logs: RunLogStream;
}

/**
 * Polls a run to its end, streaming its log lines, and cancels it when the caller aborts or a limit
 * passes (runtime from its start, time queued, NEEDS_ATTENTION without movement).
 */
export async function followRun(
  clients: OciClients,
  scopes: LogScopes,
  handle: RunHandle,
  settings: FollowSettings,
  options: FollowOptions,
  cancel: () => Promise<void>,
): Promise<FollowOutcome> {
  const { clock } = settings;
  const emit = (time: string, message: string) => options.onLog?.({ notebook: handle.notebook, time, message });
  const logs = new RunLogStream(clients, scopes, handle.logCompartmentId, clock, emit);
  const needsAttentionMinutes = handle.needsAttentionMinutes ?? settings.needsAttentionMinutes;
  const limits = new RunLimitWatch({
    maxQueueMinutes: handle.maxQueueMinutes ?? settings.maxQueueMinutes,
    maximumRuntimeMinutes: handle.maximumRuntimeMinutes,
    needsAttentionMinutes,
    deadline: handle.deadline,
  });
  const tell = stateTeller(logs, needsAttentionMinutes);
  const delays = pollDelays(settings.pollSchedule);
  const reads = new RunReads(clients, handle.runId, settings, logs, limits);
  // An outage is sat out (the run goes on without us); on Ctrl-C meanwhile, the run as last seen is cancelled.
  const poll = () => reads.get(undefined, options.signal).catch((error: unknown) => {
    if (options.signal?.aborted && reads.lastSeen && isOutage(error)) return reads.lastSeen;
    throw error;
  });
  let run = await poll();
  let stop: FollowStop | undefined;
  while (!isTerminal(run.lifecycleState)) {
    limits.observe(run, clock.now());
    tell(run);
    await logs.read(run);
    const reached = limits.reached(run, clock.now());
    if (reached) {
      stop = reached;
      logs.note(`cancelling the run: ${reached.detail}`);
      break;
    }
    const wait = Math.min(delays.next().value, limits.untilNext(run, clock.now()));
    if (!(await pause(clock, wait, options.signal))) {
      stop = { reason: 'cancelled' };
      break;
    }
    run = await poll();
  }
  if (stop) {
    run = await cancelAndWait(reads, cancel, settings);
    // A cancelled driver never prints its last line: read once more rather than wait for it.
    await logs.read(run);
  } else {
    await settleLogs(run, logs, settings);
  }
  return { run, stop, logs };
}

/**
 * GetJobRun through outages: a run goes on while OCI's API does not answer, so 503s and lost
 * connections are sat out (and said once) until the run must have ended by its limits. Giving
 * up earlier would report a live run as lost, and have its outputs' PAR deleted under it.
 */
class RunReads {
  lastSeen: models.JobRun | undefined;
  private readonly firstAsked: number;

  constructor(
    private readonly clients: OciClients,
    private readonly runId: string,
    private readonly settings: FollowSettings,
    private readonly logs: RunLogStream,
    private readonly limits: RunLimitWatch,
  ) {
    this.firstAsked = settings.clock.now();
  }

  /** The run now, waiting out an outage until `giveUpAt` (default: the latest the run can end) or until `signal` aborts. */
  get(giveUpAt = () => this.latestEnd(), signal?: AbortSignal): Promise<models.JobRun> {
    const { clock, pollSchedule } = this.settings;
    return throughOutages(
      async () => (this.lastSeen = (await this.clients.dataScience.getJobRun({ jobRunId: this.runId })).jobRun),
      {
        clock,
        giveUpAt,
        pauseMs: pollSchedule.maxMs,
        onOutage: (error, until) =>
          this.logs.note(`OCI does not answer about the run (${describeError(error)}); the run is left to go on, and asked about again until ${new Date(until).toISOString()}`),
        onRecovery: (downMs) => this.logs.note(`OCI answers again, after ${Math.round(downMs / 1000)} s`),
        signal,
      },
    );
  }

  private latestEnd(): number {
    const seen = this.lastSeen ?? { lifecycleState: 'ACCEPTED', timeAccepted: new Date(this.firstAsked) };
    return this.limits.latestEnd(seen, this.settings.defaultParLifetimeMinutes);
  }
}

/** Tells the user when the run needs attention, and when it moves on; OCI still counts it as live. */
function stateTeller(logs: RunLogStream, needsAttentionMinutes: number): (run: models.JobRun) => void {
  let previous: string | undefined;
  return (run) => {
    const now = `${run.lifecycleState}:${run.lifecycleDetails ?? ''}`;
    if (now === previous) return;
    if (run.lifecycleState === 'NEEDS_ATTENTION') {
      logs.note(
        `the run needs attention: ${run.lifecycleDetails || 'OCI gave no details'}. It is still live; ` +
          `waiting up to ${minutes(needsAttentionMinutes)} for it to move before cancelling it`,
      );
    } else if (previous?.startsWith('NEEDS_ATTENTION:')) {
      logs.note(`the run no longer needs attention: it is ${run.lifecycleState}`);
    }
    previous = now;
  };
}

/** Waits `ms`; false when the caller aborted (before or during the wait). */
async function pause(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return false;
  try {
    await clock.sleep(ms, signal);
  } catch {
    return false;
  }
  return !signal?.aborted;
}

/**
 * Cancels, then polls until the run ends or `cancelWaitMs` passes; an outage meanwhile is sat out
 * as long. A cancel that never got through is thrown: the run may still be going.
 */
async function cancelAndWait(reads: RunReads, cancel: () => Promise<void>, settings: FollowSettings): Promise<models.JobRun> {
  const { clock } = settings;
  const giveUp = clock.now() + settings.cancelWaitMs;
  await throughOutages(cancel, { clock, giveUpAt: () => giveUp, pauseMs: settings.pollSchedule.maxMs });
  const delays = pollDelays(settings.pollSchedule);
  for (;;) {
    const run = await reads.get(() => giveUp).catch((error: unknown) => {
      if (reads.lastSeen && isOutage(error)) return reads.lastSeen;
      throw error;
    });
    if (isTerminal(run.lifecycleState) || clock.now() > giveUp) return run;
    await clock.sleep(delays.next().value);
  }
}

/**
 * Lines reach Logging Search late, a minute or more at times: after the run ends, read on until
 * the driver's last line, or until `logSettleMs` past the run's `timeFinished` (ADS waits 90 s).
 */
async function settleLogs(run: models.JobRun, logs: RunLogStream, settings: FollowSettings): Promise<void> {
  const { clock } = settings;
  const finished = run.timeFinished ? new Date(run.timeFinished).getTime() : clock.now();
  const until = finished + settings.logSettleMs;
  const delays = pollDelays(settings.pollSchedule);
  for (;;) {
    await logs.read(run);
    if (!logs.hasLog || logs.driverFinished || logs.unreadable || clock.now() >= until) return;
    await clock.sleep(Math.min(delays.next().value, until - clock.now()));
  }
}
