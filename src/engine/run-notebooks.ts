import pLimit from 'p-limit';
import type { Backend, BatchHandle, LogLine, RunHandle } from '../backends/backend.js';
import { groupIntoBatches, validateBatchSettings, type BatchSettings } from './batches.js';
import { parseNotebook } from '../notebook/notebook.js';
import { parameterWarnings } from '../notebook/parameters.js';
import type { RunRequest } from './run-request.js';
import type { RunResult } from './run-result.js';
import { describeError } from './describe-error.js';
import { checkDistinctOutputs } from './distinct-outputs.js';

export interface RunNotebooksOptions {
  /** How many notebooks are submitted and followed at once. */
  maxParallel: number;
  /** false: submit and return; the runs go on. */
  wait: boolean;
  /** Aborting cancels every run in flight and waits for it to end. */
  signal?: AbortSignal;
  onLog?: (line: LogLine) => void;
  /** Called as soon as a run exists, so callers can cancel it even if this process dies. */
  onSubmitted?: (handle: RunHandle) => void;
  onFinished?: (result: RunResult) => void;
  /**
   * Notebooks that share their job settings run together, one job run per batch, on backends that
   * can (OCI); a batch takes one of the `maxParallel` places.
   */
  batch?: BatchSettings;
  /** Told what papermill would warn about before a notebook runs (parameters its `parameters` cell does not define). */
  onWarning?: (notebook: string, message: string) => void;
}

/**
 * Runs every request on the backend, at most `maxParallel` at a time. Every request is
 * validated before the first cloud call; a run that cannot be submitted does not stop the others.
 */
export async function runNotebooks(requests: RunRequest[], backend: Backend, options: RunNotebooksOptions): Promise<RunResult[]> {
  for (const request of requests) backend.validate(request);
  checkDistinctOutputs(requests);
  if (options.batch) validateBatchSettings(requests, options.batch);
  if (options.onWarning) {
    for (const request of requests) {
      if (Object.keys(request.parameters).length === 0) continue;
      const notebook = parseNotebook(request.notebook.content, request.notebook.path);
      for (const warning of parameterWarnings(notebook, request.parameters)) options.onWarning(request.notebook.path, warning);
    }
  }
  const limit = pLimit(Math.max(1, options.maxParallel));
  if (!options.batch || !backend.submitBatch) return Promise.all(requests.map((request) => limit(() => runOne(request, backend, options))));
  const batches = groupIntoBatches(requests);
  const results = await Promise.all(batches.map((batch) => limit(() => (batch.length === 1 ? runOne(batch[0]!, backend, options).then((one) => [one]) : runBatch(batch, backend, options)))));
  // In the requests' order, as without batches.
  const ended = results.flat();
  const byRequest = new Map(batches.flat().map((request, index) => [request, ended[index]!]));
  return requests.map((request) => byRequest.get(request)!);
}

async function runBatch(requests: RunRequest[], backend: Backend, options: RunNotebooksOptions): Promise<RunResult[]> {
  let results: RunResult[];
  const names = requests.map((request) => request.notebook.path);
  if (options.signal?.aborted) {
    results = names.map((notebook) => ({ notebook, state: 'NOT_SUBMITTED', error: 'cancelled before it was submitted' }));
  } else {
    let handle: BatchHandle | undefined;
    try {
      handle = await backend.submitBatch!(requests, options.batch!, options.signal);
      for (const notebook of handle.notebooks) options.onSubmitted?.(notebook);
      results = options.wait
        ? await backend.followBatch!(handle, { onLog: options.onLog, signal: options.signal })
        : handle.notebooks.map(({ notebook, jobId, runId, outputUri, consoleUrl }) => ({ notebook, jobId, runId, state: 'SUBMITTED', outputUri, consoleUrl, batch: names }));
    } catch (error) {
      results = handle
        ? handle.notebooks.map(({ notebook, jobId, runId, outputUri, consoleUrl }) => ({ notebook, jobId, runId, state: 'UNKNOWN', outputUri, consoleUrl, batch: names, error: `lost track of the run: ${describeError(error)}` }))
        : names.map((notebook) => ({ notebook, state: 'NOT_SUBMITTED', batch: names, error: describeError(error) }));
    }
  }
  for (const result of results) options.onFinished?.(result);
  return results;
}

async function runOne(request: RunRequest, backend: Backend, options: RunNotebooksOptions): Promise<RunResult> {
  const notebook = request.notebook.path;
  let result: RunResult;
  if (options.signal?.aborted) {
    result = { notebook, state: 'NOT_SUBMITTED', error: 'cancelled before it was submitted' };
  } else {
    let handle: RunHandle | undefined;
    try {
      handle = await backend.submit(request, options.signal);
      options.onSubmitted?.(handle);
      result = options.wait
        ? await backend.follow(handle, { onLog: options.onLog, signal: options.signal })
        : { notebook, jobId: handle.jobId, runId: handle.runId, state: 'SUBMITTED', outputUri: handle.outputUri, consoleUrl: handle.consoleUrl };
    } catch (error) {
      result = handle
        ? { notebook, jobId: handle.jobId, runId: handle.runId, state: 'UNKNOWN', outputUri: handle.outputUri, consoleUrl: handle.consoleUrl, error: `lost track of the run: ${describeError(error)}` }
        : { notebook, state: 'NOT_SUBMITTED', error: describeError(error) };
    }
  }
  options.onFinished?.(result);
  return result;
}
