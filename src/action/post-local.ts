import * as core from '@actions/core';
import type { RunHandle } from '../backends/backend.js';
import { LocalJupyterBackend } from '../backends/local/index.js';

/** Ends the local runs the main step left behind: the driver, its kernel and their children. */
export async function cancelLocalRuns(runs: RunHandle[]): Promise<void> {
  const backend = new LocalJupyterBackend();
  await Promise.all(
    runs.map(async (handle) => {
      try {
        await backend.cancel(handle);
        core.info(`${handle.notebook}: ended local run ${handle.runId}`);
      } catch (error) {
        core.warning(`${handle.notebook}: could not end local run ${handle.runId}: ${(error as Error).message}`);
      }
    }),
  );
}
