import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
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
import { isDriverFinished, parseCellFailure, parseDriverError, runFailureMessage } from '../../engine/driver-messages.js';
import { describeError } from '../../engine/describe-error.js';
import type { OciClients } from '../../oci/clients.js';
import { objectUri, parseObjectStorageUri } from '../../oci/object-storage-uri.js';
import type { Backend, FollowOptions, RunHandle } from '../backend.js';
import { createOutputPar, deleteOutputPar, type OutputPar } from './output-par.js';
import { createJobDetails, createJobRunDetails } from './job-details.js';
import { DEFAULT_POLL_SCHEDULE, pollDelays, type PollSchedule } from './poll-schedule.js';
import { RunLogReader } from './run-log-reader.js';
import { consoleUrl } from './console-url.js';
import { jobRunStatus, type JobRunStatus } from './job-run-status.js';

export interface OciJobBackendOptions {
  pollSchedule?: PollSchedule;
  /** After the run ends, how long to keep reading logs that arrive late, at most. */
  logSettleMs?: number;
  /** ...and how long without a new line ends that wait early (the driver's last line ends it at once). */
  logQuietMs?: number;
  /** How long to wait for CANCELED after cancelling. */
  cancelWaitMs?: number;
  /** Lifetime of the output PAR when the request sets no maximum runtime. */
  defaultParLifetimeMinutes?: number;
  /** Told every secret the backend makes (the output PAR's URL and token) before it can be printed. */
  onSecret?: (value: string) => void;
}

const DEFAULTS = {
  pollSchedule: DEFAULT_POLL_SCHEDULE,
  logSettleMs: 90_000,
  logQuietMs: 30_000,
  cancelWaitMs: 10 * 60_000,
  defaultParLifetimeMinutes: 24 * 60,
};

/** Headroom on the PAR's lifetime for time a run spends queued before its runtime starts counting. */
const PAR_QUEUE_ALLOWANCE_MINUTES = 60;

/** Runs notebooks as OCI Data Science job runs. */
export class OciJobBackend implements Backend {
  private readonly settings: typeof DEFAULTS;
  private readonly onSecret: (value: string) => void;

  constructor(
    private readonly clients: OciClients,
    options: OciJobBackendOptions = {},
  ) {
    const { onSecret, ...settings } = options;
    this.settings = { ...DEFAULTS, ...settings };
    this.onSecret = onSecret ?? (() => undefined);
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
    try {
      return await this.followToEnd(handle, options);
    } finally {
      await this.deleteParOf(handle);
    }
  }

  private async followToEnd(handle: RunHandle, options: FollowOptions): Promise<RunResult> {
    await this.clients.use('dataScience', 'logSearch');
    const { dataScience } = this.clients;
    let run = (await dataScience.getJobRun({ jobRunId: handle.runId })).jobRun;
    const logs = this.logReaderFor(run);
    let failedCell: RunResult['failedCell'];
    let driverError: string | undefined;
    let driverFinished = false;
    let logsUnreadable = false;
    const emit = (time: string, message: string) => options.onLog?.({ notebook: handle.notebook, time, message });
    // Logs are a view of the run, not the run: a search that fails (no read log-content policy, a
    // log not yet created) is said once and never turns a run's result into a failure.
    const readLogs = async (): Promise<number> => {
      if (!logs) return 0;
      let entries;
      try {
        entries = await logs.readNew();
      } catch (error) {
        if (!logsUnreadable) emit(new Date().toISOString(), `oci-run-notebook: cannot read the run's logs (${describeError(error)}); still following the run`);
        logsUnreadable = true;
        return 0;
      }
      for (const entry of entries) {
        failedCell ??= parseCellFailure(entry.message);
        driverError ??= parseDriverError(entry.message);
        driverFinished ||= isDriverFinished(entry.message);
        emit(entry.time, entry.message);
      }
      return entries.length;
    };

    let stopReason: string | undefined;
    const deadline = handle.deadline ? Date.parse(handle.deadline) : Infinity;
    const delays = pollDelays(this.settings.pollSchedule);
    while (!isTerminal(run.lifecycleState)) {
      await readLogs();
      const wait = Math.min(delays.next().value, Math.max(0, deadline - Date.now()));
      stopReason = await waitOrStop(wait, options.signal, deadline);
      if (stopReason) {
        run = await this.cancelAndWait(handle);
        break;
      }
      run = (await dataScience.getJobRun({ jobRunId: handle.runId })).jobRun;
    }
    // A cancelled driver never prints its last line: read once more rather than wait for it.
    if (stopReason) await readLogs();
    else await this.settleLogs(readLogs, () => driverFinished);
    return resultOf(handle, run, failedCell, stopReason, driverError);
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

  private async cancelAndWait(handle: RunHandle): Promise<models.JobRun> {
    await this.cancel(handle);
    const giveUp = Date.now() + this.settings.cancelWaitMs;
    const delays = pollDelays(this.settings.pollSchedule);
    for (;;) {
      const { jobRun } = await this.clients.dataScience.getJobRun({ jobRunId: handle.runId });
      if (isTerminal(jobRun.lifecycleState) || Date.now() > giveUp) return jobRun;
      await sleep(delays.next().value);
    }
  }

  /**
   * Lines reach Logging Search late, a minute or more at times: after the run ends, read on until
   * the driver's last line, or until no new line has come for logQuietMs, or logSettleMs at most.
   */
  private async settleLogs(readLogs: () => Promise<number>, driverFinished: () => boolean): Promise<void> {
    const giveUp = Date.now() + this.settings.logSettleMs;
    const delays = pollDelays(this.settings.pollSchedule);
    let lastNewLine = Date.now();
    while (Date.now() < giveUp) {
      if ((await readLogs()) > 0) lastNewLine = Date.now();
      if (driverFinished() || Date.now() - lastNewLine >= this.settings.logQuietMs) return;
      await sleep(Math.min(delays.next().value, Math.max(0, giveUp - Date.now())));
    }
  }

  private logReaderFor(run: models.JobRun): RunLogReader | undefined {
    if (!run.logDetails) return undefined;
    const scope = { compartmentId: run.compartmentId, ...run.logDetails };
    return new RunLogReader(this.clients.logSearch, scope, run.id, new Date(run.timeAccepted));
  }

  private async createPar(output: NonNullable<ReturnType<typeof parseObjectStorageUri>>, request: RunRequest): Promise<OutputPar> {
    const lifetime = (request.maximumRuntimeInMinutes ?? this.settings.defaultParLifetimeMinutes) + PAR_QUEUE_ALLOWANCE_MINUTES;
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
      consoleUrl: consoleUrl(run.id, this.clients.credentials.region.regionId),
      ...(runtime ? { deadline: new Date(Date.now() + runtime * 60_000).toISOString() } : {}),
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

/** Resolves to why following must stop (abort or deadline), or undefined once `ms` have passed. */
async function waitOrStop(ms: number, signal: AbortSignal | undefined, deadline: number): Promise<string | undefined> {
  if (signal?.aborted) return 'cancelled';
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    return 'cancelled';
  }
  return Date.now() >= deadline ? 'timed out' : undefined;
}

function resultOf(handle: RunHandle, run: models.JobRun, failedCell: RunResult['failedCell'], stopReason?: string, driverError?: string): RunResult {
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
    failedCell,
  };
  if (state !== 'SUCCEEDED') result.error = runFailureMessage({ ...result, stopReason, driverError });
  return result;
}

