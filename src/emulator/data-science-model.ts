import { createHash } from 'node:crypto';
import type { CreateJobInput, JobConfiguration, JobInfrastructure, JobLogConfiguration } from './validation.js';
import { notAuthorizedOrNotFound } from './service-error.js';

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

export const TERMINAL_RUN_STATES: readonly JobRunState[] = ['SUCCEEDED', 'FAILED', 'CANCELED', 'DELETED', 'NEEDS_ATTENTION'];

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
  logDetails?: { logGroupId: string; logId: string };
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
