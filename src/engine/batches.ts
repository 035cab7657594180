import { RunRequestError } from './run-request-error.js';
import type { RunRequest } from './run-request.js';
import { MAXIMUM_RUNTIME_MINUTES } from './validate-run-request.js';

/** What `batch` asks for: notebooks that share their job settings run together in one job run. */
export interface BatchSettings {
  /** Notebooks executed at once inside the run; default: the shape's OCPUs. */
  parallel?: number;
  /** The whole batch's limit, counted from the run's start; default: derived from each notebook's own limit. */
  timeoutMinutes?: number;
}

/**
 * The settings a job run is made of: notebooks that agree on all of them can share one run. What
 * may differ is only what the driver sets per notebook (the notebook, its parameters, exclude tags,
 * output folder and job name).
 */
function jobSettingsOf(request: RunRequest): unknown[] {
  const context = request.context;
  return [
    request.compartmentId,
    request.projectId,
    request.logGroupId,
    request.logId,
    request.logCompartmentId,
    request.subnetId,
    request.shape,
    request.ocpus,
    request.memoryInGBs,
    request.blockStorageSizeInGBs,
    request.conda,
    sortedEntries(request.environmentVariables),
    request.maximumRuntimeInMinutes,
    request.cellTimeoutSeconds,
    request.maxQueueMinutes,
    request.needsAttentionMinutes,
    sortedEntries(request.freeformTags),
    // One context root per run, and one requirements file installed once for all of it.
    context ? [context.rootName, context.shownRoot ?? '', context.requirements ?? ''] : null,
    outputPlace(request.outputUri),
  ];
}

function sortedEntries(values: Record<string, string>): Array<[string, string]> {
  return Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One PAR covers a batch's outputs: one bucket, and every output URI or none. */
function outputPlace(uri: string | undefined): string {
  return uri ? (/^oci:\/\/([^/]+)/.exec(uri)?.[1] ?? uri) : '';
}

/**
 * The requests in groups that can each run as one job run, in the order of their first request.
 * Notebooks without a context (given by URL) run alone, as they do without `batch`.
 */
export function groupIntoBatches(requests: RunRequest[]): RunRequest[][] {
  const groups = new Map<string, RunRequest[]>();
  const order: RunRequest[][] = [];
  for (const request of requests) {
    if (!request.context) {
      order.push([request]);
      continue;
    }
    const key = JSON.stringify(jobSettingsOf(request));
    let group = groups.get(key);
    if (!group) {
      groups.set(key, (group = []));
      order.push(group);
    }
    group.push(request);
  }
  return order;
}

/** How a batch is named in logs and the job's name: `batch of 5 notebooks`. */
export function batchLabel(requests: readonly RunRequest[]): string {
  return `batch of ${requests.length} notebooks`;
}

/** Notebooks a batch executes at once: as asked, else one per OCPU, never more than it holds. */
export function batchParallelism(requests: readonly RunRequest[], settings: BatchSettings): number {
  const wanted = settings.parallel ?? Math.max(1, Math.floor(requests[0]!.ocpus));
  return Math.max(1, Math.min(wanted, requests.length));
}

/**
 * The batch's limit: as asked, else enough for each wave of notebooks to take its own limit
 * (requirements are installed within the first), else none.
 */
export function batchTimeoutMinutes(requests: readonly RunRequest[], settings: BatchSettings): number | undefined {
  if (settings.timeoutMinutes !== undefined) return settings.timeoutMinutes;
  const perNotebook = requests[0]!.maximumRuntimeInMinutes;
  if (perNotebook === undefined) return undefined;
  return Math.ceil(requests.length / batchParallelism(requests, settings)) * perNotebook;
}

/** The most notebooks one batch executes at once: far past any shape's cores. */
export const MAXIMUM_BATCH_PARALLEL = 256;

/** Checks the settings before any call; a batch whose derived limit passes a year is refused too. */
export function validateBatchSettings(requests: readonly RunRequest[], settings: BatchSettings): void {
  const { parallel, timeoutMinutes } = settings;
  if (parallel !== undefined && (!Number.isInteger(parallel) || parallel < 1 || parallel > MAXIMUM_BATCH_PARALLEL)) {
    throw new RunRequestError('batchParallel', `expected a whole number from 1 to ${MAXIMUM_BATCH_PARALLEL}, got ${parallel}`);
  }
  if (timeoutMinutes !== undefined && (!Number.isInteger(timeoutMinutes) || timeoutMinutes < 1 || timeoutMinutes > MAXIMUM_RUNTIME_MINUTES)) {
    throw new RunRequestError('batchTimeoutMinutes', `expected a whole number of minutes from 1 to ${MAXIMUM_RUNTIME_MINUTES} (a year), got ${timeoutMinutes}`);
  }
  for (const batch of groupIntoBatches([...requests])) {
    const limit = batch.length > 1 ? batchTimeoutMinutes(batch, settings) : undefined;
    if (limit !== undefined && limit > MAXIMUM_RUNTIME_MINUTES) {
      throw new RunRequestError('batchTimeoutMinutes', `the ${batchLabel(batch)} would be given ${limit} minutes (each notebook's limit for each round of notebooks), past a year; set it lower`);
    }
  }
}
