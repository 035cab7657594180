import type { RetryConfiguration } from 'oci-common';
import { SYSTEM_CLOCK } from '../../engine/clock.js';
import { describeError } from '../../engine/describe-error.js';
import type { OciClients } from '../../oci/clients.js';
import { sdkRetryConfigurationWithoutConflicts } from '../../oci/retry-policy.js';
import { isParOf, SUBMISSION_TAG_KEY, type Submission } from './submission-ledger.js';
import { inRounds } from './through-outages.js';

export interface SubmissionCleanupOptions {
  /** Also list the bucket's PARs for ones of this submission whose create never answered (after a kill, or a lost answer). */
  thorough?: boolean;
  /** Rounds of the SDK's retries per call, and the pause between them. */
  rounds?: number;
  pauseMs?: number;
}

/** What was removed, and what could not be (the submission then stays written down). */
export interface SubmissionCleanup {
  removed: string[];
  problems: string[];
}

/**
 * Removes what a submission made that nothing will use any more: its PARs (those it knows, and
 * those found by their name), the object a PAR was handed over in, and, when its run never came to
 * be known, its job with any run it has. A known run is left alone: cancelling it is the caller's
 * call. Every step is tried whatever the others did; 404s count as done.
 */
export async function cleanUpSubmission(clients: OciClients, submission: Submission, options: SubmissionCleanupOptions = {}): Promise<SubmissionCleanup> {
  const done: SubmissionCleanup = { removed: [], problems: [] };
  const persist = <T>(call: () => Promise<T>) => inRounds(call, options.rounds ?? 3, SYSTEM_CLOCK, options.pauseMs ?? 1000);
  const attempt = async (what: string, work: () => Promise<boolean>) => {
    try {
      if (await work()) done.removed.push(what);
    } catch (error) {
      done.problems.push(`${what}: ${describeError(error)}`);
    }
  };
  const retryConfiguration = sdkRetryConfigurationWithoutConflicts(clients.retryPolicy);
  const output = submission.output;
  if (output) {
    await clients.use('objectStorage');
    const where = { namespaceName: output.namespace, bucketName: output.bucket };
    const parIds = new Set(submission.parIds);
    if (options.thorough || submission.parsUncertain) {
      await attempt('listing its PARs by name', async () => {
        for (const id of await parsNamedFor(clients, submission, persist)) parIds.add(id);
        return false;
      });
    }
    for (const parId of parIds) {
      await attempt(`PAR ${parId}`, () => gone(persist(() => clients.objectStorage.deletePreauthenticatedRequest({ ...where, parId, retryConfiguration }))));
    }
    if (output.handoverObject) {
      const objectName = output.handoverObject;
      await attempt(`object ${objectName}`, () => gone(persist(() => clients.objectStorage.deleteObject({ ...where, objectName, retryConfiguration }))));
    }
  }
  if (!submission.runId) {
    await clients.use('dataScience');
    const jobIds = submission.jobId ? [submission.jobId] : [];
    if (!submission.jobId) await attempt('looking for its job by its tag', async () => (jobIds.push(...(await jobsTaggedWith(clients, submission, persist))), false));
    for (const jobId of jobIds) await attempt(`job ${jobId}`, () => deleteJobWithRuns(clients, jobId, persist, retryConfiguration));
  }
  return done;
}

type Persist = <T>(call: () => Promise<T>) => Promise<T>;

/** PARs of the bucket under the submission's scope whose name is the submission's. */
async function parsNamedFor(clients: OciClients, submission: Submission, persist: Persist): Promise<string[]> {
  const output = submission.output!;
  const ids: string[] = [];
  let page: string | undefined;
  do {
    const response = await persist(() =>
      clients.objectStorage.listPreauthenticatedRequests({
        namespaceName: output.namespace,
        bucketName: output.bucket,
        ...(output.parScope ? { objectNamePrefix: output.parScope } : {}),
        page,
      }),
    );
    ids.push(...response.items.filter((par) => isParOf(submission.id, par.name)).map((par) => par.id));
    page = response.opcNextPage || undefined;
  } while (page);
  return ids;
}

/** Jobs carrying the submission's tag, newest first, no older than the submission (less a minute of clock skew). */
async function jobsTaggedWith(clients: OciClients, submission: Submission, persist: Persist): Promise<string[]> {
  const since = Date.parse(submission.time) - 60_000;
  const ids: string[] = [];
  let page: string | undefined;
  do {
    const response = await persist(() =>
      clients.dataScience.listJobs({ compartmentId: submission.compartmentId, projectId: submission.projectId, sortBy: 'timeCreated' as never, sortOrder: 'DESC' as never, limit: 100, page }),
    );
    for (const job of response.items) {
      if (new Date(job.timeCreated).getTime() < since) return ids;
      if (job.freeformTags?.[SUBMISSION_TAG_KEY] === submission.id && job.lifecycleState !== 'DELETED' && job.lifecycleState !== 'DELETING') ids.push(job.id);
    }
    page = response.opcNextPage || undefined;
  } while (page);
  return ids;
}

/** Deletes a job with its runs (live ones are cancelled first); already gone or going counts as done. */
export async function deleteJobWithRuns(clients: OciClients, jobId: string, persist: Persist, retryConfiguration: RetryConfiguration): Promise<boolean> {
  try {
    await persist(() => clients.dataScience.deleteJob({ jobId, deleteRelatedJobRuns: true, retryConfiguration }));
    return true;
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 404) return false;
    if (status === 409) {
      const { job } = await persist(() => clients.dataScience.getJob({ jobId }));
      if (job.lifecycleState === 'DELETING' || job.lifecycleState === 'DELETED') return false;
    }
    throw error;
  }
}

/** True when the delete went through, false when there was nothing to delete (404). */
async function gone(deletion: Promise<unknown>): Promise<boolean> {
  try {
    await deletion;
    return true;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return false;
    throw error;
  }
}
