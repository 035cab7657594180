import * as core from '@actions/core';
import type { Backend, RunHandle } from '../backends/backend.js';
import { MemoryLedger } from '../backends/oci/submission-ledger.js';
import { InputError } from '../engine/input-error.js';
import { RunRequestError } from '../engine/run-request-error.js';
import type { RunRequest } from '../engine/run-request.js';
import { isTerminal, type RunResult } from '../engine/run-result.js';
import { describeError } from '../engine/describe-error.js';
import { checkDistinctOutputs } from '../engine/distinct-outputs.js';
import { validateBatchSettings } from '../engine/batches.js';
import { annotateFailures } from '../report/annotations.js';
import { succeeded, writeOutputs } from '../report/outputs.js';
import { resultsTable } from '../report/results-table.js';
import { maskCredentials } from './credentials-mask.js';
import { createBackend } from './backend-factory.js';
import { INPUT_OF_FIELD, readSettings, type ActionSettings } from './inputs.js';
import { applyKeylessInputs } from './keyless-inputs.js';
import { attachNotebookContexts } from './notebook-contexts.js';
import { fetchSelectedNotebooks } from './notebooks.js';
import { readRunContext, type RunContext } from './run-context.js';
import { RunLogs } from './run-logs.js';
import { runRequestsFor } from './run-requests.js';
import { saveRunsInFlight, saveSubmissions } from './state.js';

/** The main step. Never rejects: every error ends as `core.setFailed`, after the outputs are written. */
export async function run(signal?: AbortSignal): Promise<void> {
  let results: RunResult[] = [];
  try {
    maskCredentials(process.env);
    const settings = await readSettings();
    const keylessNames = applyKeylessInputs();
    const context = readRunContext();
    // Loading the backend (the OCI SDK, or checking the local Python) overlaps finding the notebooks.
    // What each submission creates is saved as it goes: the post step removes what a killed step left.
    const ledger = new MemoryLedger(saveSubmissions);
    const backendReady = createBackend(settings, keylessNames, ledger);
    backendReady.catch(() => undefined); // awaited below; this only keeps an early return from leaving it unhandled
    const notebooks = await fetchSelectedNotebooks(settings, context);
    if (notebooks.length === 0) {
      core.info('No notebooks to run.');
      return;
    }
    const requests = runRequestsFor(notebooks, settings, context);
    await attachNotebookContexts(requests, settings, context);
    const backend = await backendReady;
    try {
      for (const request of requests) backend.validate(request);
      checkDistinctOutputs(requests);
      if (settings.batch) validateBatchSettings(requests, settings.batch);
    } catch (error) {
      if (error instanceof RunRequestError) throw error.renamed((field) => INPUT_OF_FIELD[field] ?? field);
      throw error;
    }
    results = await runAll(requests, backend, settings, ledger, signal);
    try {
      await report(results, settings, context);
    } catch (error) {
      // The runs' outcome decides the step; a summary or comment that fails only warns.
      core.warning(`Could not write every report: ${describeError(error)}`);
    } finally {
      // Whatever the runs and the report did; it warns when it cannot upload, and never throws.
      if (settings.backend === 'local' && settings.wait && settings.outputUri) {
        const { uploadExecutedNotebooks } = await import('./executed-notebooks-artifact.js');
        await uploadExecutedNotebooks(results, settings.outputUri, context);
      }
    }
    const failed = results.filter((result) => !succeeded(result));
    if (failed.length && settings.failOnError) {
      core.setFailed(`${failed.length} of ${results.length} notebook runs did not succeed: ${failed.map((result) => result.notebook).join(', ')}`);
    }
  } catch (error) {
    core.setFailed(error instanceof InputError || error instanceof RunRequestError ? error.message : describeError(error));
  } finally {
    writeOutputs(results);
  }
}

async function runAll(requests: RunRequest[], backend: Backend, settings: ActionSettings, ledger: MemoryLedger, signal?: AbortSignal): Promise<RunResult[]> {
  const { runNotebooks } = await import('../engine/run-notebooks.js');
  const inFlight = new Map<string, RunHandle>();
  // A batch runs its notebooks together: their lines interleave, so no group can hold one notebook's.
  const logs = new RunLogs(!settings.batch && Math.min(requests.length, settings.maxParallel) === 1);
  const track = () => settings.wait && saveRunsInFlight(settings.backend, [...inFlight.values()]);
  return runNotebooks(requests, backend, {
    maxParallel: settings.maxParallel,
    wait: settings.wait,
    batch: settings.batch,
    signal,
    onSubmitted: (handle) => {
      // Not followed: the run is meant to go on after the step, with its PAR.
      if (!settings.wait) ledger.forgetRun(handle.runId);
      // A batch's notebooks share one run: kept once, cancelled once.
      inFlight.set(handle.runId, handle);
      track();
      logs.started(handle.notebook, handle.runId);
    },
    onLog: (line) => logs.line(line),
    onWarning: (notebook, message) => core.warning(`${notebook}: ${message}`, { title: 'Notebook parameters' }),
    onFinished: (result) => {
      // A run we lost track of may still be going: the post step must still be able to cancel it.
      if (result.runId && isTerminal(result.state)) inFlight.delete(result.runId);
      track();
      logs.finished(result);
    },
  });
}

async function report(results: RunResult[], settings: ActionSettings, context: RunContext): Promise<void> {
  // Runners always give a summary file; local tools (@github/local-action) may not.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addHeading('Notebook runs', 3).addRaw(resultsTable(results), true).write();
  else core.info(`No GITHUB_STEP_SUMMARY, so no job summary; the results:\n${resultsTable(results)}`);
  await annotateFailures(results, context.workspace);
  if (settings.comment) await (await import('./pull-request-comment.js')).commentOnPullRequest(results, settings, context);
}
