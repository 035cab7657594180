import type { models } from 'oci-datascience';
import { isTerminal } from '../../engine/run-result.js';
import { notebookFileName } from '../../notebook/notebook-name.js';
import type { OciClients } from '../../oci/clients.js';
import { expandRunVariables } from '../../artifact/job-environment.js';
import { formatObjectStorageUri, objectUri, parseObjectStorageUri } from '../../oci/object-storage-uri.js';
import { consoleUrl } from './console-url.js';

/** What a poller needs to know about one job run. */
export interface JobRunStatus {
  id: string;
  jobId: string;
  displayName?: string;
  lifecycleState: string;
  lifecycleDetails?: string;
  /** SUCCEEDED, FAILED, CANCELED or DELETED: polling can stop. NEEDS_ATTENTION is live: poll on. */
  terminal: boolean;
  succeeded: boolean;
  /** The executed notebook's `oci://` URI (complete once the run has ended). */
  outputUri?: string;
  timeAccepted?: string;
  timeStarted?: string;
  timeFinished?: string;
  consoleUrl: string;
}

/**
 * The run's state, and where its executed notebook goes, read back from the variables the engine
 * gave the run (OUTPUT_URI, JOB_RUN_NOTEBOOK). Only those two are read: the run also carries
 * the output pre-authenticated request, a secret.
 */
export async function jobRunStatus(clients: OciClients, jobRunId: string): Promise<JobRunStatus> {
  const { jobRun } = await clients.dataScience.getJobRun({ jobRunId });
  return {
    id: jobRun.id,
    jobId: jobRun.jobId,
    ...(jobRun.displayName ? { displayName: jobRun.displayName } : {}),
    lifecycleState: jobRun.lifecycleState,
    ...(jobRun.lifecycleDetails ? { lifecycleDetails: jobRun.lifecycleDetails } : {}),
    terminal: isTerminal(jobRun.lifecycleState),
    succeeded: jobRun.lifecycleState === 'SUCCEEDED',
    ...optional('outputUri', await outputUriOf(clients, jobRun)),
    ...optional('timeAccepted', isoTime(jobRun.timeAccepted)),
    ...optional('timeStarted', isoTime(jobRun.timeStarted)),
    ...optional('timeFinished', isoTime(jobRun.timeFinished)),
    consoleUrl: consoleUrl(jobRun.id, clients.credentials.region),
  };
}

async function outputUriOf(clients: OciClients, run: models.JobRun): Promise<string | undefined> {
  let variables = defaultVariables(run.jobConfigurationOverrideDetails);
  if (!variables?.OUTPUT_URI) {
    // Runs started by other tools may carry their variables on the job only. Best effort: the state matters more.
    const job = await clients.dataScience.getJob({ jobId: run.jobId }).catch(() => undefined);
    variables = { ...defaultVariables(job?.job.jobConfigurationDetails), ...variables };
  }
  const folder = variables?.OUTPUT_URI ? expandRunVariables(variables.OUTPUT_URI, run.id, run.jobId) : undefined;
  const location = folder ? parseObjectStorageUri(folder) : undefined;
  if (!location) return undefined;
  const notebook = variables?.JOB_RUN_NOTEBOOK;
  return notebook ? objectUri(location, notebookFileName(notebook)) : formatObjectStorageUri(location);
}

function defaultVariables(configuration: models.JobConfigurationDetails | undefined): Record<string, string> | undefined {
  if (configuration?.jobType !== 'DEFAULT') return undefined;
  return (configuration as models.DefaultJobConfigurationDetails).environmentVariables;
}

function isoTime(value: Date | string | undefined): string | undefined {
  return value ? new Date(value).toISOString() : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
