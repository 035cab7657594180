import * as core from '@actions/core';
import type { RunResult } from '../engine/run-result.js';

export function succeeded(result: RunResult): boolean {
  return result.state === 'SUCCEEDED' || result.state === 'SUBMITTED';
}

/** Step outputs, written whatever happened: later steps need run ids most when runs failed. */
export function writeOutputs(results: RunResult[]): void {
  const withRuns = results.filter((result) => result.runId);
  core.setOutput('run-ids', JSON.stringify(withRuns.map((result) => result.runId)));
  core.setOutput('job-ids', JSON.stringify(withRuns.map((result) => result.jobId)));
  core.setOutput('output-paths', JSON.stringify(Object.fromEntries(results.filter((r) => r.outputUri).map((r) => [r.notebook, r.outputUri]))));
  core.setOutput(
    'results',
    JSON.stringify(
      results.map((result) => ({
        notebook: result.notebook,
        jobId: result.jobId ?? null,
        runId: result.runId ?? null,
        state: result.state,
        outputUri: result.outputUri ?? null,
        consoleUrl: result.consoleUrl ?? null,
        durationSeconds: result.durationSeconds ?? null,
        error: result.error ?? null,
        // Batch mode: the notebooks that shared this run.
        batch: result.batch ?? null,
      })),
    ),
  );
  core.setOutput('succeeded', String(results.filter(succeeded).length));
  core.setOutput('failed', String(results.filter((result) => !succeeded(result)).length));
}
