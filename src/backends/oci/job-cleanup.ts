import type { models } from 'oci-datascience';
import { describeError } from '../../engine/describe-error.js';
import { isToolJob, REPOSITORY_TAG_KEY } from '../../engine/job-tags.js';
import type { OciClients } from '../../oci/clients.js';

/** A log a job created for its runs (automatic log creation): it goes with the job. */
export interface CreatedLog {
  logGroupId: string;
  logId: string;
}

/** One of this tool's jobs, found for deletion. */
export interface ToolJob {
  id: string;
  displayName: string;
  timeCreated: string;
  repository?: string;
}

export interface JobSearch {
  compartmentId: string;
  projectId?: string;
  /** Only jobs created before this time (epoch ms). */
  createdBefore: number;
  /** Only jobs tagged with this repository (`owner/name`). */
  repository?: string;
}

/** Every job of this tool (tagged so) in the compartment that matches; untagged jobs are never returned. */
export async function findToolJobs(clients: OciClients, search: JobSearch): Promise<ToolJob[]> {
  const found: ToolJob[] = [];
  let page: string | undefined;
  do {
    const response = await clients.dataScience.listJobs({
      compartmentId: search.compartmentId,
      ...(search.projectId ? { projectId: search.projectId } : {}),
      limit: 100,
      page,
    });
    for (const job of response.items) {
      if (job.lifecycleState === 'DELETED' || job.lifecycleState === 'DELETING') continue;
      const tags = job.freeformTags ?? {};
      if (!isToolJob(tags) || new Date(job.timeCreated).getTime() >= search.createdBefore) continue;
      if (search.repository !== undefined && tags[REPOSITORY_TAG_KEY] !== search.repository) continue;
      found.push({
        id: job.id,
        displayName: job.displayName ?? job.id,
        timeCreated: new Date(job.timeCreated).toISOString(),
        ...(tags[REPOSITORY_TAG_KEY] ? { repository: tags[REPOSITORY_TAG_KEY] } : {}),
      });
    }
    page = response.opcNextPage || undefined;
  } while (page);
  return found;
}

/** The job's runs, and the logs OCI created for them (only when the job let it create them). */
export async function runsAndCreatedLogs(clients: OciClients, jobId: string): Promise<{ runs: number; logs: CreatedLog[] }> {
  const { job } = await clients.dataScience.getJob({ jobId });
  const logging = job.jobLogConfigurationDetails;
  const created = Boolean(logging?.enableLogging && logging.enableAutoLogCreation && !logging.logId);
  const runIds: string[] = [];
  let page: string | undefined;
  do {
    const response = await clients.dataScience.listJobRuns({ compartmentId: job.compartmentId, jobId, limit: 100, page });
    runIds.push(...response.items.filter((run) => run.lifecycleState !== 'DELETED').map((run) => run.id));
    page = response.opcNextPage || undefined;
  } while (page);
  const logs = new Map<string, CreatedLog>();
  if (created) {
    for (const runId of runIds) {
      const details: models.JobRunLogDetails | undefined = (await clients.dataScience.getJobRun({ jobRunId: runId })).jobRun.logDetails;
      if (details?.logId && details.logGroupId) logs.set(details.logId, { logGroupId: details.logGroupId, logId: details.logId });
    }
  }
  return { runs: runIds.length, logs: [...logs.values()] };
}

/**
 * Deletes a job with its runs (cancelling any still live, NEEDS_ATTENTION included, as ADS's
 * force delete does), then the logs OCI created for them. A log already gone is not an error.
 */
export async function deleteJobAndLogs(clients: OciClients, jobId: string, logs: CreatedLog[]): Promise<void> {
  await clients.dataScience.deleteJob({ jobId, deleteRelatedJobRuns: true });
  if (logs.length === 0) return;
  await clients.use('logging');
  const failures: string[] = [];
  for (const log of logs) {
    try {
      await clients.logging.deleteLog({ logGroupId: log.logGroupId, logId: log.logId });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) failures.push(`log ${log.logId}: ${describeError(error)}`);
    }
  }
  if (failures.length) throw new Error(`the job is deleted, but not every log it created: ${failures.join('; ')}`);
}

/** When a finished run's job is deleted at once (the action's delete-job, the CLI's --delete-job). */
export const DELETE_JOB_CHOICES = ['never', 'succeeded', 'always'] as const;
export type DeleteJobChoice = (typeof DELETE_JOB_CHOICES)[number];

/** Deletes a finished run's job, runs and created logs, as `choice` says; tells `note` what it did, and never throws. */
export async function deleteFinishedJob(
  clients: OciClients,
  jobId: string,
  state: string,
  choice: DeleteJobChoice,
  note: (message: string) => void,
): Promise<void> {
  if (choice === 'never' || (choice === 'succeeded' && state !== 'SUCCEEDED')) return;
  try {
    const { runs, logs } = await runsAndCreatedLogs(clients, jobId);
    await deleteJobAndLogs(clients, jobId, logs);
    note(`deleted the job, its ${runs === 1 ? 'run' : `${runs} runs`}${logs.length ? ` and the ${logs.length === 1 ? 'log' : 'logs'} it created` : ''} (delete-job: ${choice})`);
  } catch (error) {
    note(`could not delete the job (delete-job: ${choice}): ${describeError(error)}; \`oci-run-notebook cleanup\` can later`);
  }
}
