import { randomUUID } from 'node:crypto';
import type { models } from 'oci-datascience';
import { packContext } from '../../artifact/context-packing.js';
import { buildJobArtifact } from '../../artifact/job-artifact.js';
import { expandRunVariables, jobEnvironment, OUTPUT_PAR_VARIABLE } from '../../artifact/job-environment.js';
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
import type { Backend, FollowOptions, RunHandle } from '../backend.js';
import { createOutputPar, deleteOutputPar, type OutputPar } from './output-par.js';
import { createJobDetails, createJobRunDetails } from './job-details.js';
import { DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-schedule.js';
import { LogScopes } from './log-scope.js';
import { followRun } from './run-follower.js';
import type { RunLogStream } from './run-log-stream.js';
import { deleteFinishedJob, type DeleteJobChoice } from './job-cleanup.js';
import { readResultRecord, RESULT_RECORD_NAME, RESULT_RECORD_VARIABLE, type ResultRecord } from './result-record.js';
import { consoleUrl } from './console-url.js';
import { jobRunStatus, type JobRunStatus } from './job-run-status.js';

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

/** Headroom on the PAR's lifetime for the driver's last uploads and a cancel that takes a while. */
const PAR_MARGIN_MINUTES = 15;

/** Runs notebooks as OCI Data Science job runs. */
export class OciJobBackend implements Backend {
  private readonly settings: typeof OCI_FOLLOW_DEFAULTS;
  private readonly onSecret: (value: string) => void;
  private readonly logScopes: LogScopes;

  constructor(
    private readonly clients: OciClients,
    options: OciJobBackendOptions = {},
  ) {
    const { onSecret, ...settings } = options;
    this.settings = { ...OCI_FOLLOW_DEFAULTS, ...withoutUndefined(settings) };
    this.onSecret = onSecret ?? (() => undefined);
    this.logScopes = new LogScopes(clients);
  }

  validate(request: RunRequest): void {
    validateRunRequest(request);
  }

  async submit(request: RunRequest): Promise<RunHandle> {
    this.validate(request);
    const prepared = injectParameters(parseNotebook(request.notebook.content, request.notebook.path), request.parameters);
    const notebookName = notebookFileName(request.notebook.path);
    const artifact = buildJobArtifact(notebookName, serializeNotebook(prepared), request.jobName, await packContext(request));
    const env = jobEnvironment(request, artifact, this.clients.credentials.region.regionId);
    // The driver leaves a record of how the run ended beside the notebook: failure details need no logs.
    if (request.outputUri) env[RESULT_RECORD_VARIABLE] = RESULT_RECORD_NAME;
    const retryToken = randomUUID().replace(/-/g, '');
    const output = request.outputUri ? parseObjectStorageUri(request.outputUri) : undefined;

    // The PAR's request can go out while Data Science's larger package is still loading.
    const [par, job] = await Promise.allSettled([
      output ? this.createPar(output, request) : Promise.resolve(undefined),
      this.clients
        .use('dataScience')
        .then(() => this.clients.dataScience.createJob({ createJobDetails: createJobDetails(request, env), opcRetryToken: `${retryToken}job` })),
    ]);
    try {
      if (job.status === 'rejected') throw job.reason;
      if (par.status === 'rejected') throw par.reason;
      await this.clients.dataScience.createJobArtifact({
        jobId: job.value.job.id,
        jobArtifact: Buffer.from(artifact.zip),
        // No contentLength: the SDK backs the body up for retries and sets the length itself, so a
        // given one is sent twice ("N, N"), which the fetch of Node 24 (the action's runtime) refuses.
        contentDisposition: `attachment; filename=${artifact.fileName}`,
        opcRetryToken: `${retryToken}artifact`,
      });
      const runEnv = par.value ? { ...env, [OUTPUT_PAR_VARIABLE]: par.value.url } : env;
      const { jobRun } = await this.clients.dataScience.createJobRun({
        createJobRunDetails: createJobRunDetails(request, job.value.job.id, runEnv),
        opcRetryToken: `${retryToken}run`,
      });
      return this.handleFor(request, jobRun, par.value);
    } catch (error) {
      // Nothing half-created: a job without a run, or a PAR nobody uses, is removed again.
      await Promise.allSettled([
        job.status === 'fulfilled' ? this.clients.dataScience.deleteJob({ jobId: job.value.job.id }) : undefined,
        par.status === 'fulfilled' && par.value ? deleteOutputPar(this.clients.objectStorage, par.value) : undefined,
      ]);
      throw error;
    }
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
      // A run that may still start (a cancel not yet confirmed, or lost track of) keeps its PAR; it expires by itself.
      if (ended) await this.deleteParOf(handle);
    }
  }

  private async resultRecordOf(handle: RunHandle, logs: RunLogStream): Promise<ResultRecord | undefined> {
    if (!handle.outputUri) return undefined;
    await this.clients.use('objectStorage');
    const { record, problem } = await readResultRecord(this.clients.objectStorage, handle.outputUri);
    if (problem) logs.note(problem);
    return record;
  }

  /** Where a run is now, for pollers that did not start it (the OCI Function's status operation). */
  async status(runId: string): Promise<JobRunStatus> {
    await this.clients.use('dataScience');
    return jobRunStatus(this.clients, runId);
  }

  async cancel(handle: RunHandle): Promise<void> {
    await this.clients.use('dataScience');
    try {
      await this.clients.dataScience.cancelJobRun({ jobRunId: handle.runId });
    } catch (error) {
      // Already ending or ended: nothing to cancel.
      if ((error as { statusCode?: number }).statusCode !== 409) throw error;
    }
  }

  private async createPar(output: NonNullable<ReturnType<typeof parseObjectStorageUri>>, request: RunRequest): Promise<OutputPar> {
    // The run may wait to start, then run: the PAR must outlive both.
    const queue = request.maxQueueMinutes ?? this.settings.maxQueueMinutes;
    const lifetime = queue + (request.maximumRuntimeInMinutes ?? this.settings.defaultParLifetimeMinutes) + PAR_MARGIN_MINUTES;
    const expires = new Date(Date.now() + lifetime * 60_000);
    const name = `oci-run-notebook-${request.jobName}`.slice(0, 200);
    await this.clients.use('objectStorage');
    const par = await createOutputPar(this.clients.objectStorage, this.clients.objectStorageEndpoint, output, name, expires);
    this.onSecret(par.url);
    const token = /\/p\/([^/]+)\//.exec(par.url)?.[1];
    if (token) this.onSecret(token);
    return par;
  }

  private handleFor(request: RunRequest, run: models.JobRun, par: OutputPar | undefined): RunHandle {
    const runtime = request.maximumRuntimeInMinutes;
    const handle: RunHandle = {
      notebook: request.notebook.path,
      jobId: run.jobId,
      runId: run.id,
      consoleUrl: consoleUrl(run.id, this.clients.credentials.region),
      ...(runtime ? { maximumRuntimeMinutes: runtime } : {}),
      ...(request.maxQueueMinutes ? { maxQueueMinutes: request.maxQueueMinutes } : {}),
      ...(request.needsAttentionMinutes ? { needsAttentionMinutes: request.needsAttentionMinutes } : {}),
      ...(request.logCompartmentId ? { logCompartmentId: request.logCompartmentId } : {}),
      ...(par ? { cleanup: { parId: par.id, namespace: par.namespace, bucket: par.bucket } } : {}),
    };
    if (request.outputUri) {
      const expanded = expandRunVariables(request.outputUri, run.id, run.jobId);
      handle.outputUri = objectUri(parseObjectStorageUri(expanded)!, notebookFileName(request.notebook.path));
    }
    return handle;
  }

  private async deleteParOf(handle: RunHandle): Promise<void> {
    const cleanup = handle.cleanup;
    if (!cleanup?.parId || !cleanup.namespace || !cleanup.bucket) return;
    const par = { id: cleanup.parId, namespace: cleanup.namespace, bucket: cleanup.bucket };
    // Best effort: the PAR expires by itself anyway.
    await this.clients
      .use('objectStorage')
      .then(() => deleteOutputPar(this.clients.objectStorage, par))
      .catch(() => undefined);
  }
}

interface RunEnd {
  failedCell: RunResult['failedCell'];
  driverError?: string;
  stopReason?: string;
  stopDetail?: string;
}

function resultOf(handle: RunHandle, run: models.JobRun, end: RunEnd): RunResult {
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
