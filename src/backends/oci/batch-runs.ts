import type { models } from 'oci-datascience';
import { packContext } from '../../artifact/context-packing.js';
import { artifactLayout } from '../../artifact/artifact-layout.js';
import { buildBatchArtifact, type BatchNotebook } from '../../artifact/batch-artifact.js';
import { BATCH_VARIABLE, jobEnvironment } from '../../artifact/job-environment.js';
import { batchLabel, batchParallelism, batchTimeoutMinutes, type BatchSettings } from '../../engine/batches.js';
import { runFailureMessage } from '../../engine/driver-messages.js';
import type { RunRequest } from '../../engine/run-request.js';
import { isTerminal, type RunResult, type RunState } from '../../engine/run-result.js';
import { validateRunRequest } from '../../engine/validate-run-request.js';
import { injectParameters } from '../../notebook/parameters.js';
import { parseNotebook, serializeNotebook } from '../../notebook/notebook.js';
import type { OciClients } from '../../oci/clients.js';
import { formatObjectStorageUri, parseObjectStorageUri } from '../../oci/object-storage-uri.js';
import type { BatchHandle, FollowOptions, RunHandle } from '../backend.js';
import { BatchLogs, type NotebookLog } from './batch-logs.js';
import { deleteFinishedJob } from './job-cleanup.js';
import { submitJobRun, type SubmissionSettings } from './job-submission.js';
import type { LogScopes } from './log-scope.js';
import { finishSubmission, handleFor, resultOf, type OCI_FOLLOW_DEFAULTS } from './oci-job-backend.js';
import { readResultRecord, RESULT_RECORD_NAME, RESULT_RECORD_VARIABLE, type ResultRecord } from './result-record.js';
import { followRun } from './run-follower.js';

/** What the OCI backend lends its batches. */
export interface BatchRunner {
  clients: OciClients;
  logScopes: LogScopes;
  settings: typeof OCI_FOLLOW_DEFAULTS;
  submission: Omit<SubmissionSettings, 'clock' | 'maxQueueMinutes' | 'defaultParLifetimeMinutes'>;
  cancel(handle: RunHandle): Promise<void>;
}

/**
 * Submits the requests (which share their job settings) as one job run: one artifact with every
 * notebook in the shared context, the batch driver as its entrypoint, and one output PAR over the
 * folder that holds every notebook's outputs.
 */
export async function submitBatchRun(runner: BatchRunner, requests: RunRequest[], settings: BatchSettings, signal?: AbortSignal): Promise<BatchHandle> {
  for (const request of requests) validateRunRequest(request);
  const first = requests[0]!;
  const parallel = batchParallelism(requests, settings);
  const timeoutMinutes = batchTimeoutMinutes(requests, settings);
  const label = batchLabel(requests);
  const batchRequest: RunRequest = {
    ...first,
    notebook: { path: label, content: new Uint8Array() },
    jobName: `${first.jobName} (+${requests.length - 1} in a batch)`.slice(0, 255),
    parameters: {},
    excludeTags: [],
    outputUri: sharedOutputUri(requests),
    maximumRuntimeInMinutes: timeoutMinutes,
  };
  const notebooks = requests.map((request): BatchNotebook => {
    const prepared = injectParameters(parseNotebook(request.notebook.content, request.notebook.path), request.parameters);
    return {
      content: serializeNotebook(prepared),
      entry: {
        name: request.notebook.path,
        notebook: artifactLayout(request.notebook.path, request.context).notebookPath,
        ...(request.outputUri ? { outputUri: request.outputUri } : {}),
        excludeTags: request.excludeTags,
        ...(request.maximumRuntimeInMinutes ? { timeoutSeconds: request.maximumRuntimeInMinutes * 60 } : {}),
      },
    };
  });
  const artifact = buildBatchArtifact(notebooks, parallel, batchRequest.jobName, (await packContext(first))!);
  const env = jobEnvironment(batchRequest, artifact, runner.clients.credentials.region.regionId);
  env[BATCH_VARIABLE] = artifact.manifestPath;
  if (batchRequest.outputUri) env[RESULT_RECORD_VARIABLE] = RESULT_RECORD_NAME;
  const { run, submission } = await submitJobRun(runner.clients, batchRequest, env, artifact, { ...runner.settings, ...runner.submission }, signal);
  const region = runner.clients.credentials.region;
  return {
    run: handleFor(batchRequest, run, region, submission),
    notebooks: requests.map((request) => withoutLimits(handleFor(request, run, region))),
  };
}

/** A notebook's handle in a batch: its limits are the driver's to keep, the run's are the batch's. */
function withoutLimits(handle: RunHandle): RunHandle {
  const { maximumRuntimeMinutes: _runtime, ...rest } = handle;
  return rest;
}

/**
 * Where the batch's outputs all lie: the folder its notebooks' output URIs share (`$JOB_RUN_OCID`
 * kept, so the PAR can still be scoped to the run). Undefined when they go nowhere.
 */
export function sharedOutputUri(requests: readonly RunRequest[]): string | undefined {
  const places = requests.map((request) => (request.outputUri ? parseObjectStorageUri(request.outputUri) : undefined));
  if (places.some((place) => !place)) return undefined;
  const folders = places.map((place) => place!.prefix.split('/'));
  // Each notebook's own folder is below the shared one, never the shared one itself.
  const shortest = Math.min(...folders.map((segments) => segments.length - 1));
  let depth = 0;
  while (depth < shortest && folders.every((segments) => segments[depth] === folders[0]![depth])) depth++;
  return formatObjectStorageUri({ ...places[0]!, prefix: folders[0]!.slice(0, depth).join('/') });
}

/**
 * Follows the batch's run to its end, its lines passed on as each notebook's, then tells each
 * notebook's outcome: from its own result record, else its own last line, else the run's end.
 */
export async function followBatchRun(runner: BatchRunner, handle: BatchHandle, options: FollowOptions = {}): Promise<RunResult[]> {
  const { clients, settings } = runner;
  const names = handle.notebooks.map((notebook) => notebook.notebook);
  const logs = new BatchLogs(names, handle.run.notebook, options.onLog);
  let ended = false;
  try {
    await clients.use('dataScience', 'logSearch');
    const outcome = await followRun(clients, runner.logScopes, handle.run, settings, { signal: options.signal, onLog: logs.line }, () => runner.cancel(handle.run));
    ended = isTerminal(outcome.run.lifecycleState);
    const runEnd = { failedCell: undefined, driverError: outcome.logs.driverError, stopReason: outcome.stop?.reason, stopDetail: outcome.stop?.detail };
    const records = ended ? await readRecords(runner, handle.notebooks, (message) => outcome.logs.note(message)) : [];
    const results = handle.notebooks.map((notebook, index) => {
      const asRun = resultOf(notebook, outcome.run, runEnd);
      return { ...notebookOutcome(asRun, records[index], logs.of(notebook.notebook), outcome.run), batch: names };
    });
    if (ended) await deleteFinishedJob(clients, handle.run.jobId, outcome.run.lifecycleState as RunState, settings.deleteJob, (message) => outcome.logs.note(message));
    return results;
  } finally {
    if (ended) await finishSubmission(clients, runner.submission.ledger, handle.run);
  }
}

async function readRecords(runner: BatchRunner, notebooks: RunHandle[], note: (message: string) => void): Promise<Array<ResultRecord | undefined>> {
  if (notebooks.every((notebook) => !notebook.outputUri)) return [];
  await runner.clients.use('objectStorage');
  return Promise.all(
    notebooks.map(async (notebook) => {
      if (!notebook.outputUri) return undefined;
      const { record, problem } = await readResultRecord(runner.clients.objectStorage, notebook.outputUri);
      if (problem) note(`${notebook.notebook}: ${problem}`);
      return record;
    }),
  );
}

/** One notebook's result, from the run's as a start: the notebook's own word wins where it has one. */
function notebookOutcome(asRun: RunResult, record: ResultRecord | undefined, log: NotebookLog, run: models.JobRun): RunResult {
  const end = record ? (record.state === 'succeeded' ? 'succeeded' : 'failed') : log.end;
  if (!end) {
    // It never ended by itself: the batch was stopped, or failed, before it finished.
    if (asRun.state === 'SUCCEEDED') return asRun;
    return { ...asRun, error: notFinished(asRun, run) };
  }
  const result: RunResult = { ...asRun, state: end === 'succeeded' ? 'SUCCEEDED' : 'FAILED' };
  if (record?.timeStarted) result.timeStarted = record.timeStarted;
  if (record?.timeFinished) result.timeFinished = record.timeFinished;
  if (result.timeStarted && result.timeFinished) {
    result.durationSeconds = Math.round((Date.parse(result.timeFinished) - Date.parse(result.timeStarted)) / 1000);
  }
  const failedCell = record?.failedCell ?? log.failedCell;
  delete result.error;
  delete result.failedCell;
  if (failedCell) result.failedCell = failedCell;
  if (result.state !== 'SUCCEEDED') result.error = runFailureMessage({ state: 'FAILED', failedCell, driverError: record?.error ?? log.driverError });
  return result;
}

function notFinished(asRun: RunResult, run: models.JobRun): string {
  const why = asRun.error ?? runFailureMessage({ state: run.lifecycleState, lifecycleDetails: run.lifecycleDetails });
  return `did not finish in its batch: ${why}`;
}
