/**
 * Where a run ended. NEEDS_ATTENTION is not among them: OCI still counts such a run as live and
 * cancellable, and it may yet start (ADS does not stop watching it either).
 */
export const TERMINAL_STATES = ['SUCCEEDED', 'FAILED', 'CANCELED', 'DELETED'] as const;
export type RunState =
  | 'ACCEPTED'
  | 'IN_PROGRESS'
  | 'CANCELING'
  | 'NEEDS_ATTENTION'
  | (typeof TERMINAL_STATES)[number]
  /** Submitted without waiting: the run goes on after we return. */
  | 'SUBMITTED'
  /** Could not be submitted at all (bad input, service refused). */
  | 'NOT_SUBMITTED'
  /** Submitted, then following it failed: it may still be going (cancel it by its run id). */
  | 'UNKNOWN';

export function isTerminal(state: string): boolean {
  return (TERMINAL_STATES as readonly string[]).includes(state);
}

/** How a run ended, as every front door reports it. */
export interface RunResult {
  notebook: string;
  jobId?: string;
  runId?: string;
  state: RunState;
  lifecycleDetails?: string;
  /** Where the executed notebook is (or will be) found. */
  outputUri?: string;
  consoleUrl?: string;
  timeAccepted?: string;
  timeStarted?: string;
  timeFinished?: string;
  durationSeconds?: number;
  /** Why the run is not SUCCEEDED, in words a user can act on. */
  error?: string;
  /** In `batch` mode, the notebooks that ran in the same job run, this one included. */
  batch?: string[];
  /** The notebook cell that failed (1-based, counting every cell of the file) and its exception. */
  failedCell?: { cell: number; message: string };
}
