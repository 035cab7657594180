import * as core from '@actions/core';
import { isTerminal } from '../engine/run-result.js';
import { describeError } from '../engine/describe-error.js';
import { maskCredentials, maskSecret } from './credentials-mask.js';
import { applyKeylessInputs } from './keyless-inputs.js';
import { loadRunsInFlight } from './state.js';

/**
 * The post step: when the job was cancelled, timed out or failed while runs were being followed,
 * cancel those still going. Best effort: it warns, and never fails the job.
 */
export async function post(): Promise<void> {
  try {
    const { backend, runs } = loadRunsInFlight();
    if (runs.length === 0) return;
    maskCredentials(process.env);
    core.info(`${runs.length} run(s) were still being followed when the main step stopped; cancelling those not finished.`);
    if (backend === 'local') {
      const { cancelLocalRuns } = await import('./post-local.js');
      await cancelLocalRuns(runs);
      return;
    }
    const [{ createOciClients }, { OciJobBackend }] = await Promise.all([
      import('../oci/clients.js'),
      import('../backends/oci/oci-job-backend.js'),
    ]);
    // Keyless: a fresh session token, as the main step's key pair is gone with its process.
    const keylessNames = applyKeylessInputs();
    // Only Data Science is needed here: load nothing else.
    const clients = await createOciClients(process.env, undefined, { lazy: true, credentials: { onSecret: maskSecret, keylessNames } });
    const oci = new OciJobBackend(clients);
    try {
      await Promise.all(
        runs.map(async (handle) => {
          try {
            const { lifecycleState } = await oci.status(handle.runId);
            if (isTerminal(lifecycleState) || lifecycleState === 'CANCELING') {
              core.info(`${handle.notebook}: run ${handle.runId} is already ${lifecycleState}`);
              return;
            }
            await oci.cancel(handle);
            core.info(`${handle.notebook}: cancelled run ${handle.runId} (was ${lifecycleState})`);
          } catch (error) {
            core.warning(`${handle.notebook}: could not cancel run ${handle.runId}: ${describeError(error)}`);
          }
        }),
      );
    } finally {
      clients.close();
    }
  } catch (error) {
    core.warning(`post: ${describeError(error)}`);
  }
}
