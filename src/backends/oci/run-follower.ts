import type { models } from 'oci-datascience';
import type { Clock } from '../../engine/clock.js';
import { isTerminal } from '../../engine/run-result.js';
import type { OciClients } from '../../oci/clients.js';
import type { FollowOptions, RunHandle } from '../backend.js';
import type { LogScopes } from './log-scope.js';
import { pollDelays, type PollSchedule } from './poll-schedule.js';
import { minutes, RunLimitWatch } from './run-limits.js';
import { RunLogStream } from './run-log-stream.js';

export interface FollowSettings {
  pollSchedule: PollSchedule;
  /** After the run ends, how long past its `timeFinished` to keep reading lines that arrive late. */
  logSettleMs: number;
  /** How long to wait for CANCELED after cancelling. */
  cancelWaitMs: number;
  /** Defaults for handles that set no limits of their own. */
  maxQueueMinutes: number;
  needsAttentionMinutes: number;
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
  const get = async () => (await clients.dataScience.getJobRun({ jobRunId: handle.runId })).jobRun;
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
  let run = await get();
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
    run = await get();
  }
  if (stop) {
    run = await cancelAndWait(get, cancel, settings);
    // A cancelled driver never prints its last line: read once more rather than wait for it.
    await logs.read(run);
  } else {
    await settleLogs(run, logs, settings);
  }
  return { run, stop, logs };
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

async function cancelAndWait(get: () => Promise<models.JobRun>, cancel: () => Promise<void>, settings: FollowSettings): Promise<models.JobRun> {
  await cancel();
  const { clock } = settings;
  const giveUp = clock.now() + settings.cancelWaitMs;
  const delays = pollDelays(settings.pollSchedule);
  for (;;) {
    const run = await get();
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
