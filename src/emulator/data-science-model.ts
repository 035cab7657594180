import { createHash } from 'node:crypto';
import type { CreateJobInput, JobConfiguration, JobInfrastructure, JobLogConfiguration } from './validation.js';
import type { EmulatorRequest } from './route.js';
import { invalidParameter, notAuthorizedOrNotFound, preconditionFailed } from './service-error.js';

export interface JobArtifact {
  bytes: Uint8Array;
  fileName: string;
  contentDisposition: string;
  md5: string;
  timeCreated: Date;
}

export interface JobRecord {
  id: string;
  input: CreateJobInput;
  createdBy: string;
  timeCreated: Date;
  lifecycleState: 'CREATING' | 'ACTIVE' | 'DELETING' | 'DELETED' | 'FAILED';
  lifecycleDetails?: string;
  artifact?: JobArtifact;
  /** Bumped on every change; the etag is derived from it. */
  version: number;
}

export type JobRunState =
  | 'ACCEPTED'
  | 'IN_PROGRESS'
  | 'CANCELING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'CANCELED'
  | 'DELETED'
  | 'NEEDS_ATTENTION';

/** NEEDS_ATTENTION is not among them: OCI counts such a run as live, cancellable, not deletable. */
export const TERMINAL_RUN_STATES: readonly JobRunState[] = ['SUCCEEDED', 'FAILED', 'CANCELED', 'DELETED'];

export interface JobRunRecord {
  id: string;
  jobId: string;
  projectId: string;
  compartmentId: string;
  displayName: string;
  createdBy: string;
  timeAccepted: Date;
  timeStarted?: Date;
  timeFinished?: Date;
  lifecycleState: JobRunState;
  lifecycleDetails?: string;
  /** What the run was created with (EMPTY when nothing was overridden). */
  jobConfigurationOverrideDetails: JobConfiguration | { jobType: 'EMPTY' };
  jobLogConfigurationOverrideDetails?: JobLogConfiguration;
  /** The infrastructure the run uses: the job's, or the override. */
  jobInfrastructureConfigurationDetails: JobInfrastructure;
  jobInfrastructureConfigurationOverrideDetails?: JobInfrastructure;
  /** Set once the run is IN_PROGRESS, from `logConfiguration`. */
  logDetails?: { logGroupId: string; logId: string };
  /** The logging the run was created with (its override, else the job's); no log id: one is created. */
  logConfiguration?: { logGroupId: string; logId?: string };
  freeformTags: Record<string, string>;
  definedTags: Record<string, Record<string, unknown>>;
  version: number;
}

/** Jobs and job runs, by id. */
export class DataScienceStore {
  readonly jobs = new Map<string, JobRecord>();
  readonly runs = new Map<string, JobRunRecord>();

  job(id: string): JobRecord {
    const job = this.jobs.get(id);
    if (!job) throw notAuthorizedOrNotFound(`job ${id}`);
    return job;
  }

  run(id: string): JobRunRecord {
    const run = this.runs.get(id);
    if (!run) throw notAuthorizedOrNotFound(`job run ${id}`);
    return run;
  }

  runsOf(jobId: string): JobRunRecord[] {
    return [...this.runs.values()].filter((run) => run.jobId === jobId);
  }
}

export function etagOf(record: { id: string; version: number }): string {
  return createHash('sha256').update(`${record.id}#${record.version}`).digest('hex');
}

export function jobSummaryJson(job: JobRecord) {
  return {
    id: job.id,
    timeCreated: job.timeCreated.toISOString(),
    createdBy: job.createdBy,
    projectId: job.input.projectId,
    compartmentId: job.input.compartmentId,
    displayName: job.input.displayName,
    lifecycleState: job.lifecycleState,
    freeformTags: job.input.freeformTags ?? {},
    definedTags: job.input.definedTags ?? {},
  };
}

export function jobJson(job: JobRecord) {
  return {
    ...jobSummaryJson(job),
    description: job.input.description,
    jobConfigurationDetails: job.input.jobConfigurationDetails,
    jobInfrastructureConfigurationDetails: job.input.jobInfrastructureConfigurationDetails,
    ...(job.input.jobLogConfigurationDetails ? { jobLogConfigurationDetails: job.input.jobLogConfigurationDetails } : {}),
    ...(job.lifecycleDetails ? { lifecycleDetails: job.lifecycleDetails } : {}),
  };
}

export function jobRunSummaryJson(run: JobRunRecord) {
  return {
    id: run.id,
    timeAccepted: run.timeAccepted.toISOString(),
    ...(run.timeStarted ? { timeStarted: run.timeStarted.toISOString() } : {}),
    ...(run.timeFinished ? { timeFinished: run.timeFinished.toISOString() } : {}),
    createdBy: run.createdBy,
    projectId: run.projectId,
    compartmentId: run.compartmentId,
    jobId: run.jobId,
    displayName: run.displayName,
    lifecycleState: run.lifecycleState,
    ...(run.lifecycleDetails ? { lifecycleDetails: run.lifecycleDetails } : {}),
    freeformTags: run.freeformTags,
    definedTags: run.definedTags,
  };
}

export function jobRunJson(run: JobRunRecord) {
  return {
    ...jobRunSummaryJson(run),
    jobConfigurationOverrideDetails: run.jobConfigurationOverrideDetails,
    jobInfrastructureConfigurationDetails: run.jobInfrastructureConfigurationDetails,
    ...(run.jobInfrastructureConfigurationOverrideDetails
      ? { jobInfrastructureConfigurationOverrideDetails: run.jobInfrastructureConfigurationOverrideDetails }
      : {}),
    ...(run.jobLogConfigurationOverrideDetails ? { jobLogConfigurationOverrideDetails: run.jobLogConfigurationOverrideDetails } : {}),
    ...(run.logDetails ? { logDetails: run.logDetails } : {}),
  };
}

/** OCI's generated display names: `job20210808222435`, `jobrun20210808222435`. */
export function generatedName(prefix: string, at: Date): string {
  return prefix + at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** List filtering and sorting shared by listJobs and listJobRuns. */
export function sortForList<T extends { displayName?: string }>(
  items: T[],
  query: URLSearchParams,
  timeOf: (item: T) => Date,
): T[] {
  const sortBy = query.get('sortBy') ?? 'timeCreated';
  if (!['timeCreated', 'displayName'].includes(sortBy)) throw invalidParameter(`sortBy must be timeCreated or displayName, got '${sortBy}'.`);
  const order = (query.get('sortOrder') ?? (sortBy === 'displayName' ? 'ASC' : 'DESC')).toUpperCase();
  if (!['ASC', 'DESC'].includes(order)) throw invalidParameter(`sortOrder must be ASC or DESC, got '${order}'.`);
  const sign = order === 'ASC' ? 1 : -1;
  return [...items].sort((a, b) =>
    sortBy === 'displayName'
      ? sign * (a.displayName ?? '').localeCompare(b.displayName ?? '')
      : sign * (timeOf(a).getTime() - timeOf(b).getTime()),
  );
}

/** 412 when the request's if-match is not the record's current etag. */
export function checkIfMatch(request: EmulatorRequest, record: { id: string; version: number }): void {
  const ifMatch = request.headers['if-match'];
  if (ifMatch && ifMatch !== etagOf(record)) throw preconditionFailed(`The if-match etag '${ifMatch}' is not the current etag.`);
}
