import type { BatchSettings } from '../engine/batches.js';
import type { RunRequest } from '../engine/run-request.js';
import type { RunResult } from '../engine/run-result.js';

/** A run that was submitted and can be followed or cancelled, even by another process. */
export interface RunHandle {
  notebook: string;
  jobId: string;
  runId: string;
  outputUri?: string;
  consoleUrl?: string;
  /** When the run must end; following past it cancels the run. ISO 8601. */
  deadline?: string;
  /** Minutes the run may take once started, counted from its start (OCI queues runs first). */
  maximumRuntimeMinutes?: number;
  /** Minutes the run may wait to start (OCI: ACCEPTED while a machine is provisioned). */
  maxQueueMinutes?: number;
  /** Minutes the run may stay in NEEDS_ATTENTION without moving before it is cancelled. */
  needsAttentionMinutes?: number;
  /** The compartment of the run's log group, when given; otherwise it is looked up. */
  logCompartmentId?: string;
  /** What the backend must tidy up when the run ends (ids only, never secrets), kept with the handle. */
  cleanup?: Record<string, string>;
}

/** A batch's one run, and a handle per notebook in it (the same job and run, each its own output). */
export interface BatchHandle {
  run: RunHandle;
  notebooks: RunHandle[];
}

export interface LogLine {
  notebook: string;
  time: string;
  message: string;
}

export interface FollowOptions {
  onLog?: (line: LogLine) => void;
  /** Aborting cancels the run and waits for CANCELED. */
  signal?: AbortSignal;
}

/** Where notebooks run: OCI Data Science, or the machine itself. */
export interface Backend {
  /** Throws a RunRequestError for input this backend cannot run; makes no call anywhere. */
  validate(request: RunRequest): void;
  submit(request: RunRequest, signal?: AbortSignal): Promise<RunHandle>;
  follow(handle: RunHandle, options?: FollowOptions): Promise<RunResult>;
  cancel(handle: RunHandle): Promise<void>;
  /** Backends that can run many notebooks in one run (`batch`): requests that share their job settings (src/engine/batches.ts). */
  submitBatch?(requests: RunRequest[], settings: BatchSettings, signal?: AbortSignal): Promise<BatchHandle>;
  /** One result per notebook of the batch, in its order. */
  followBatch?(handle: BatchHandle, options?: FollowOptions): Promise<RunResult[]>;
}
