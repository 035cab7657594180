import * as core from '@actions/core';
import type { RunHandle } from '../backends/backend.js';
import type { OciJobBackend } from '../backends/oci/oci-job-backend.js';
import type { Submission } from '../backends/oci/submission-ledger.js';
import { isTerminal } from '../engine/run-result.js';
import { describeError } from '../engine/describe-error.js';
import type { OciClients } from '../oci/clients.js';
import { maskCredentials, maskSecret } from './credentials-mask.js';
import { applyKeylessInputs } from './keyless-inputs.js';
import { loadRunsInFlight, loadSubmissions } from './state.js';

/**
 * The post step: when the job was cancelled, timed out or failed while runs were being followed,
 * cancel those still going, then remove what their submissions left (PARs, a job whose run never
 * came). Best effort: it warns, and never fails the job.
 */
export async function post(): Promise<void> {
  try {
    const { backend, runs } = loadRunsInFlight();
    const submissions = backend === 'oci' ? loadSubmissions() : [];
    if (runs.length === 0 && submissions.length === 0) return;
    maskCredentials(process.env);
    if (runs.length) core.info(`${runs.length} run(s) were still being followed when the main step stopped; cancelling those not finished.`);
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
    // Only what is needed here is loaded.
    const clients = await createOciClients(process.env, undefined, { lazy: true, credentials: { onSecret: maskSecret, keylessNames } });
    const oci = new OciJobBackend(clients);
    try {
      await Promise.all(runs.map((handle) => cancelRun(oci, handle)));
      await removeLeftovers(clients, submissions);
    } finally {
      clients.close();
    }
  } catch (error) {
    core.warning(`post: ${describeError(error)}`);
  }
}

async function cancelRun(oci: OciJobBackend, handle: RunHandle): Promise<void> {
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
}

/** The PARs of every submission the main step left written down (found by name too), and jobs whose run never came. */
async function removeLeftovers(clients: OciClients, submissions: Submission[]): Promise<void> {
  if (submissions.length === 0) return;
  const { cleanUpSubmission } = await import('../backends/oci/submission-cleanup.js');
  await Promise.all(
    submissions.map(async (submission) => {
      const { removed, problems } = await cleanUpSubmission(clients, submission, { thorough: true });
      if (removed.length) core.info(`${submission.notebook}: removed what its submission left: ${removed.join(', ')}`);
      for (const problem of problems) core.warning(`${submission.notebook}: could not remove ${problem}; \`oci-run-notebook cleanup\` can later`);
    }),
  );
}
