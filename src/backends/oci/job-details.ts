import type { models } from 'oci-datascience';
import { isFlexShape } from '../../engine/validate-run-request.js';
import type { RunRequest } from '../../engine/run-request.js';
import { jobTags } from '../../engine/job-tags.js';

type InfrastructureDetails =
  | models.ManagedEgressStandaloneJobInfrastructureConfigurationDetails
  | models.StandaloneJobInfrastructureConfigurationDetails;

/** The job as OCI sees it: ME_STANDALONE without a subnet, STANDALONE with one; shape config only for Flex. */
export function createJobDetails(request: RunRequest, environmentVariables: Record<string, string>): models.CreateJobDetails {
  const shapeConfig = isFlexShape(request.shape)
    ? { jobShapeConfigDetails: { ocpus: request.ocpus, memoryInGBs: request.memoryInGBs } }
    : {};
  const infrastructure: InfrastructureDetails = request.subnetId
    ? {
        jobInfrastructureType: 'STANDALONE',
        shapeName: request.shape,
        subnetId: request.subnetId,
        blockStorageSizeInGBs: request.blockStorageSizeInGBs,
        ...shapeConfig,
      }
    : {
        jobInfrastructureType: 'ME_STANDALONE',
        shapeName: request.shape,
        blockStorageSizeInGBs: request.blockStorageSizeInGBs,
        ...shapeConfig,
      };
  return {
    projectId: request.projectId,
    compartmentId: request.compartmentId,
    displayName: request.jobName,
    description: `Runs ${request.notebook.path} (oci-run-notebook)`,
    jobConfigurationDetails: jobConfiguration(request, environmentVariables),
    jobInfrastructureConfigurationDetails: infrastructure,
    ...(request.logGroupId ? { jobLogConfigurationDetails: logConfiguration(request) } : {}),
    // The tool's tag whatever the front door said: cleanup deletes tagged jobs only.
    freeformTags: { ...request.freeformTags, ...jobTags() },
  };
}

function jobConfiguration(request: RunRequest, environmentVariables: Record<string, string>): models.DefaultJobConfigurationDetails {
  return {
    jobType: 'DEFAULT',
    environmentVariables,
    ...(request.maximumRuntimeInMinutes ? { maximumRuntimeInMinutes: request.maximumRuntimeInMinutes } : {}),
  };
}

function logConfiguration(request: RunRequest): models.JobLogConfigurationDetails {
  return {
    enableLogging: true,
    enableAutoLogCreation: !request.logId,
    logGroupId: request.logGroupId,
    ...(request.logId ? { logId: request.logId } : {}),
  };
}

/** The run carries the job's variables again with its own secrets (the output PAR), whatever OCI's merge rules. */
export function createJobRunDetails(
  request: RunRequest,
  jobId: string,
  environmentVariables: Record<string, string>,
): models.CreateJobRunDetails {
  return {
    projectId: request.projectId,
    compartmentId: request.compartmentId,
    jobId,
    displayName: request.jobName,
    jobConfigurationOverrideDetails: jobConfiguration(request, environmentVariables),
    freeformTags: { ...request.freeformTags, ...jobTags() },
  };
}
