import type { models } from 'oci-datascience';
import { packContext } from '../../artifact/context-packing.js';
import { buildJobArtifact } from '../../artifact/job-artifact.js';
import { expandRunVariables, jobEnvironment } from '../../artifact/job-environment.js';
import { injectParameters } from '../../notebook/parameters.js';
import { parseNotebook, serializeNotebook } from '../../notebook/notebook.js';
import { notebookFileName } from '../../notebook/notebook-name.js';
import { validateRunRequest } from '../../engine/validate-run-request.js';
import type { RunRequest } from '../../engine/run-request.js';
import { isTerminal, type RunResult, type RunState } from '../../engine/run-result.js';
import { runFailureMessage } from '../../engine/driver-messages.js';
import { SYSTEM_CLOCK, type Clock } from '../../engine/clock.js';
import type { OciClients } from '../../oci/clients.js';
import { objectUri, parseObjectStorageUri } from '../../oci/object-storage-uri.js';
import type { BatchSettings } from '../../engine/batches.js';
import type { Backend, BatchHandle, FollowOptions, RunHandle } from '../backend.js';
import { followBatchRun, submitBatchRun, type BatchRunner } from './batch-runs.js';
import { DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-schedule.js';
import { LogScopes } from './log-scope.js';
import { followRun } from './run-follower.js';
import type { RunLogStream } from './run-log-stream.js';
import { deleteFinishedJob, type DeleteJobChoice } from './job-cleanup.js';
import { readResultRecord, RESULT_RECORD_NAME, RESULT_RECORD_VARIABLE, type ResultRecord } from './result-record.js';
import { consoleUrl, type ConsoleRegion } from './console-url.js';
import { jobRunStatus, type JobRunStatus } from './job-run-status.js';
import { submitJobRun } from './job-submission.js';
import { cleanUpSubmission } from './submission-cleanup.js';
import type { Submission, SubmissionLedger } from './submission-ledger.js';
import { sdkRetryConfigurationWithoutConflicts } from '../../oci/retry-policy.js';

export interface OciJobBackendOptions {
  pollSchedule?: PollSchedule;
  /** After the run ends, how long past its `timeFinished` to keep reading log lines that arrive late. */
  logSettleMs?: number;
  /** How long to wait for CANCELED after cancelling. */
  cancelWaitMs?: number;
  /** Lifetime of the output PAR's runtime part when the request sets no maximum runtime. */
  defaultParLifetimeMinutes?: number;
  /** Minutes a run may stay queued before it is cancelled, when the request says nothing. */
  maxQueueMinutes?: number;
  /** Minutes a run may stay in NEEDS_ATTENTION without moving, when the request says nothing. */
  needsAttentionMinutes?: number;
  /** Where the follower reads the time and waits (tests give a faster one). */
  clock?: Clock;
  /** Delete a finished run's job (with its runs and the logs it created): never, when it succeeded, or always. */
  deleteJob?: DeleteJobChoice;
  /** Told every secret the backend makes (the output PAR's URL and token) before it can be printed. */
  onSecret?: (value: string) => void;
  /** Where each submission is written down before anything is created, for cleanups by others (the post step, a second Ctrl-C). */
  ledger?: SubmissionLedger;
}

/** OCI waits on each of these; ADS's watcher waits 90 s for late log lines too. */
export const OCI_FOLLOW_DEFAULTS = {
  pollSchedule: DEFAULT_POLL_SCHEDULE,
  logSettleMs: 90_000,
  cancelWaitMs: 10 * 60_000,
  defaultParLifetimeMinutes: 24 * 60,
  maxQueueMinutes: 60,
  needsAttentionMinutes: 30,
  clock: SYSTEM_CLOCK,
  deleteJob: 'never' as DeleteJobChoice,
};

const NO_LEDGER: SubmissionLedger = { save: () => undefined, forget: () => undefined };

/** Runs notebooks as OCI Data Science job runs. */
export class OciJobBackend implements Backend {
  private readonly settings: typeof OCI_FOLLOW_DEFAULTS;
  private readonly onSecret: (value: string) => void;
  private readonly ledger: SubmissionLedger;
  private readonly logScopes: LogScopes;

  constructor(
    private readonly clients: OciClients,
    options: OciJobBackendOptions = {},
  ) {
    const { onSecret, ledger, ...settings } = options;
    this.settings = { ...OCI_FOLLOW_DEFAULTS, ...withoutUndefined(settings) };
    this.onSecret = onSecret ?? (() => undefined);
    this.ledger = ledger ?? NO_LEDGER;
    this.logScopes = new LogScopes(clients);
  }

  validate(request: RunRequest): void {
    validateRunRequest(request);
  }

  async submit(request: RunRequest, signal?: AbortSignal): Promise<RunHandle> {
    this.validate(request);
    const prepared = injectParameters(parseNotebook(request.notebook.content, request.notebook.path), request.parameters);
    const notebookName = notebookFileName(request.notebook.path);
    const artifact = buildJobArtifact(notebookName, serializeNotebook(prepared), request.jobName, await packContext(request));
    const env = jobEnvironment(request, artifact, this.clients.credentials.region.regionId);
    // The driver leaves a record of how the run ended beside the notebook: failure details need no logs.
    if (request.outputUri) env[RESULT_RECORD_VARIABLE] = RESULT_RECORD_NAME;
    const { run, submission } = await submitJobRun(this.clients, request, env, artifact, { ...this.settings, ledger: this.ledger, onSecret: this.onSecret }, signal);
    return handleFor(request, run, this.clients.credentials.region, submission);
  }

  async follow(handle: RunHandle, options: FollowOptions = {}): Promise<RunResult> {
    let ended = false;
    try {
      await this.clients.use('dataScience', 'logSearch');
      const outcome = await followRun(this.clients, this.logScopes, handle, this.settings, options, () => this.cancel(handle));
      ended = isTerminal(outcome.run.lifecycleState);
      const { logs, run, stop } = outcome;
      const record = ended ? await this.resultRecordOf(handle, logs) : undefined;
      const result = resultOf(handle, run, {
        // The driver's record first: logs may be missing, late, or unreadable.
        failedCell: record?.failedCell ?? logs.failedCell,
        driverError: record?.error ?? logs.driverError,
        stopReason: stop?.reason,
        stopDetail: stop?.detail,
      });
      if (ended) await deleteFinishedJob(this.clients, handle.jobId, result.state, this.settings.deleteJob, (message) => logs.note(message));
      return result;
    } finally {
      // A run that may still start (a cancel not yet confirmed, or lost track of) keeps its PAR: the post step or its expiry removes it.
      if (ended) await finishSubmission(this.clients, this.ledger, handle);
    }
  }

  private async resultRecordOf(handle: RunHandle, logs: RunLogStream): Promise<ResultRecord | undefined> {
    if (!handle.outputUri) return undefined;
    await this.clients.use('objectStorage');
    const { record, problem } = await readResultRecord(this.clients.objectStorage, handle.outputUri);
    if (problem) logs.note(problem);
    return record;
  }

  submitBatch(requests: RunRequest[], settings: BatchSettings, signal?: AbortSignal): Promise<BatchHandle> {
    return submitBatchRun(this.batchRunner(), requests, settings, signal);
  }

  followBatch(handle: BatchHandle, options?: FollowOptions): Promise<RunResult[]> {
    return followBatchRun(this.batchRunner(), handle, options);
  }

  private batchRunner(): BatchRunner {
    return {
      clients: this.clients,
      logScopes: this.logScopes,
      settings: this.settings,
      submission: { ledger: this.ledger, onSecret: this.onSecret },
      cancel: (handle) => this.cancel(handle),
    };
  }

  /** Where a run is now, for pollers that did not start it (the OCI Function's status operation). */
  async status(runId: string): Promise<JobRunStatus> {
    await this.clients.use('dataScience');
    return jobRunStatus(this.clients, runId);
  }

  async cancel(handle: RunHandle): Promise<void> {
    await this.clients.use('dataScience');
    try {
      await this.clients.dataScience.cancelJobRun({ jobRunId: handle.runId, retryConfiguration: sdkRetryConfigurationWithoutConflicts(this.clients.retryPolicy) });
    } catch (error) {
      // Already ending or ended: nothing to cancel.
      if ((error as { statusCode?: number }).statusCode !== 409) throw error;
    }
  }
}

/** A run's handle: its ids, limits, where its executed notebook lands, and what to tidy up once it ends. */
export function handleFor(request: RunRequest, run: models.JobRun, region: ConsoleRegion, submission?: Submission): RunHandle {
  const runtime = request.maximumRuntimeInMinutes;
  const handle: RunHandle = {
    notebook: request.notebook.path,
    jobId: run.jobId,
    runId: run.id,
    consoleUrl: consoleUrl(run.id, region),
    ...(runtime ? { maximumRuntimeMinutes: runtime } : {}),
    ...(request.maxQueueMinutes ? { maxQueueMinutes: request.maxQueueMinutes } : {}),
    ...(request.needsAttentionMinutes ? { needsAttentionMinutes: request.needsAttentionMinutes } : {}),
    ...(request.logCompartmentId ? { logCompartmentId: request.logCompartmentId } : {}),
    ...(submission ? { cleanup: { submission: JSON.stringify(submission) } } : {}),
  };
  if (request.outputUri) {
    const expanded = expandRunVariables(request.outputUri, run.id, run.jobId);
    handle.outputUri = objectUri(parseObjectStorageUri(expanded)!, notebookFileName(request.notebook.path));
  }
  return handle;
}

/** The run has ended: its PARs (and handover object) go, and the submission is forgotten once nothing of it is left. */
export async function finishSubmission(clients: OciClients, ledger: SubmissionLedger, handle: RunHandle): Promise<void> {
  const submission = submissionOf(handle);
  if (!submission) return;
  const { problems } = await cleanUpSubmission(clients, submission).catch((error: unknown) => ({ problems: [error] }));
  if (problems.length === 0) ledger.forget(submission.id);
  else ledger.save({ ...submission, ended: true });
}

/** The submission a handle came from (ids and names only), as `handleFor` stored it. */
export function submissionOf(handle: RunHandle): Submission | undefined {
  const text = handle.cleanup?.submission;
  return text ? (JSON.parse(text) as Submission) : undefined;
}

export interface RunEnd {
  failedCell: RunResult['failedCell'];
  driverError?: string;
  stopReason?: string;
  stopDetail?: string;
}

export function resultOf(handle: RunHandle, run: models.JobRun, end: RunEnd): RunResult {
  const state = run.lifecycleState as RunState;
  const started = run.timeStarted ? new Date(run.timeStarted) : undefined;
  const finished = run.timeFinished ? new Date(run.timeFinished) : undefined;
  const result: RunResult = {
    notebook: handle.notebook,
    jobId: handle.jobId,
    runId: handle.runId,
    state,
    lifecycleDetails: run.lifecycleDetails,
    outputUri: handle.outputUri,
    consoleUrl: handle.consoleUrl,
    timeAccepted: new Date(run.timeAccepted).toISOString(),
    timeStarted: started?.toISOString(),
    timeFinished: finished?.toISOString(),
    durationSeconds: started && finished ? Math.round((finished.getTime() - started.getTime()) / 1000) : undefined,
    failedCell: end.failedCell,
  };
  if (state !== 'SUCCEEDED') result.error = runFailureMessage({ ...result, ...end });
  return result;
}


/** Options given as undefined keep their defaults. */
function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
