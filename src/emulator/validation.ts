import { invalidParameter, missingParameter, notAuthorizedOrNotFound } from './service-error.js';
import { requireOcid, type Tenancy } from './tenancy.js';

/** The part of a job that says what runs (type DEFAULT). */
export interface JobConfiguration {
  jobType: 'DEFAULT';
  environmentVariables?: Record<string, string>;
  commandLineArguments?: string;
  maximumRuntimeInMinutes?: number;
}

export interface JobInfrastructure {
  jobInfrastructureType: 'ME_STANDALONE' | 'STANDALONE';
  shapeName: string;
  subnetId?: string;
  blockStorageSizeInGBs: number;
  jobShapeConfigDetails?: { ocpus?: number; memoryInGBs?: number; cpuBaseline?: string };
}

export interface JobLogConfiguration {
  enableLogging?: boolean;
  enableAutoLogCreation?: boolean;
  logGroupId?: string;
  logId?: string;
}

export interface CreateJobInput {
  projectId: string;
  compartmentId: string;
  displayName?: string;
  description?: string;
  jobConfigurationDetails: JobConfiguration;
  jobInfrastructureConfigurationDetails: JobInfrastructure;
  jobLogConfigurationDetails?: JobLogConfiguration;
  freeformTags?: Record<string, string>;
  definedTags?: Record<string, Record<string, unknown>>;
}

export interface CreateJobRunInput {
  projectId: string;
  compartmentId: string;
  jobId: string;
  displayName?: string;
  jobConfigurationOverrideDetails?: JobConfiguration;
  jobLogConfigurationOverrideDetails?: JobLogConfiguration;
  jobInfrastructureConfigurationOverrideDetails?: JobInfrastructure;
  freeformTags?: Record<string, string>;
  definedTags?: Record<string, Record<string, unknown>>;
}

const SUPPORTED_INFRASTRUCTURE = ['ME_STANDALONE', 'STANDALONE'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function objectAt(value: unknown, field: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalidParameter(`${field} must be an object.`);
  return value as Record<string, unknown>;
}

function optionalString(value: unknown, field: string, maxLength = 255): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw invalidParameter(`${field} must be a string of at most ${maxLength} characters.`);
  }
  return value;
}

function stringMap(value: unknown, field: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  const map = objectAt(value, field);
  for (const [key, item] of Object.entries(map)) {
    if (typeof item !== 'string') throw invalidParameter(`${field}.${key} must be a string.`);
  }
  return map as Record<string, string>;
}

function jobConfiguration(value: unknown, field: string): JobConfiguration {
  const details = objectAt(value, field);
  if (details.jobType === undefined) throw missingParameter(`${field}.jobType`);
  if (details.jobType !== 'DEFAULT') {
    throw invalidParameter(`${field}.jobType '${String(details.jobType)}' is not supported; use DEFAULT.`);
  }
  const environmentVariables = stringMap(details.environmentVariables, `${field}.environmentVariables`);
  for (const name of Object.keys(environmentVariables ?? {})) {
    if (!ENV_NAME.test(name)) throw invalidParameter(`${field}.environmentVariables has an invalid name '${name}'.`);
  }
  const maximum = details.maximumRuntimeInMinutes;
  if (maximum !== undefined && maximum !== null && !(typeof maximum === 'number' && maximum > 0)) {
    throw invalidParameter(`${field}.maximumRuntimeInMinutes must be a positive number, got ${JSON.stringify(maximum)}.`);
  }
  return {
    jobType: 'DEFAULT',
    environmentVariables,
    commandLineArguments: optionalString(details.commandLineArguments, `${field}.commandLineArguments`, 4000),
    maximumRuntimeInMinutes: (maximum as number | undefined) ?? undefined,
  };
}

function jobInfrastructure(value: unknown, field: string): JobInfrastructure {
  const details = objectAt(value, field);
  const type = details.jobInfrastructureType;
  if (type === undefined) throw missingParameter(`${field}.jobInfrastructureType`);
  if (typeof type !== 'string' || !SUPPORTED_INFRASTRUCTURE.includes(type)) {
    throw invalidParameter(
      `${field}.jobInfrastructureType '${String(type)}' is not supported; use ${SUPPORTED_INFRASTRUCTURE.join(' or ')}.`,
    );
  }
  const shapeName = details.shapeName;
  if (shapeName === undefined) throw missingParameter(`${field}.shapeName`);
  if (typeof shapeName !== 'string' || !/^(VM|BM)\.[A-Za-z0-9.]+$/.test(shapeName)) {
    throw invalidParameter(`${field}.shapeName '${String(shapeName)}' is not a compute shape name (like VM.Standard.E4.Flex).`);
  }
  const storage = details.blockStorageSizeInGBs;
  if (storage === undefined) throw missingParameter(`${field}.blockStorageSizeInGBs`);
  if (!Number.isInteger(storage) || (storage as number) < 50 || (storage as number) > 10240) {
    throw invalidParameter(`${field}.blockStorageSizeInGBs must be an integer from 50 to 10240, got ${JSON.stringify(storage)}.`);
  }
  let subnetId: string | undefined;
  if (type === 'STANDALONE') subnetId = requireOcid(details.subnetId, `${field}.subnetId`, ['subnet']);
  const isFlex = shapeName.endsWith('.Flex');
  const shapeConfig = details.jobShapeConfigDetails;
  if (shapeConfig !== undefined && shapeConfig !== null && !isFlex) {
    throw invalidParameter(`${field}.jobShapeConfigDetails is only allowed with a Flex shape, not ${shapeName}.`);
  }
  if (isFlex && (shapeConfig === undefined || shapeConfig === null)) {
    throw missingParameter(`${field}.jobShapeConfigDetails`, `The Flex shape ${shapeName} needs ocpus and memoryInGBs.`);
  }
  let jobShapeConfigDetails: JobInfrastructure['jobShapeConfigDetails'];
  if (isFlex) {
    const config = objectAt(shapeConfig, `${field}.jobShapeConfigDetails`);
    for (const key of ['ocpus', 'memoryInGBs']) {
      const number = config[key];
      if (number !== undefined && !(typeof number === 'number' && number > 0)) {
        throw invalidParameter(`${field}.jobShapeConfigDetails.${key} must be a positive number.`);
      }
    }
    if (config.ocpus === undefined) throw missingParameter(`${field}.jobShapeConfigDetails.ocpus`);
    jobShapeConfigDetails = config as JobInfrastructure['jobShapeConfigDetails'];
  }
  return {
    jobInfrastructureType: type as JobInfrastructure['jobInfrastructureType'],
    shapeName,
    ...(subnetId ? { subnetId } : {}),
    blockStorageSizeInGBs: storage as number,
    ...(jobShapeConfigDetails ? { jobShapeConfigDetails } : {}),
  };
}

function logConfiguration(value: unknown, field: string): JobLogConfiguration | undefined {
  if (value === undefined || value === null) return undefined;
  const details = objectAt(value, field);
  for (const key of ['enableLogging', 'enableAutoLogCreation']) {
    if (details[key] !== undefined && typeof details[key] !== 'boolean') throw invalidParameter(`${field}.${key} must be a boolean.`);
  }
  const config: JobLogConfiguration = {
    enableLogging: details.enableLogging as boolean | undefined,
    enableAutoLogCreation: details.enableAutoLogCreation as boolean | undefined,
  };
  if (details.logGroupId !== undefined) config.logGroupId = requireOcid(details.logGroupId, `${field}.logGroupId`, ['loggroup']);
  if (details.logId !== undefined) config.logId = requireOcid(details.logId, `${field}.logId`, ['log']);
  if (config.enableLogging) {
    if (!config.logGroupId) throw missingParameter(`${field}.logGroupId`, 'Logging is enabled.');
    if (!config.logId && !config.enableAutoLogCreation) {
      throw missingParameter(`${field}.logId`, 'Logging is enabled without enableAutoLogCreation.');
    }
  }
  return config;
}

/** 404 for well-formed OCIDs that name nothing the emulator knows. */
function checkLogExists(config: JobLogConfiguration | undefined, field: string, tenancy: Tenancy): void {
  if (!config?.enableLogging) return;
  if (!tenancy.hasLogGroup(config.logGroupId!)) throw notAuthorizedOrNotFound(`${field}.logGroupId ${config.logGroupId}`);
  if (config.logId && !tenancy.hasLog(config.logGroupId!, config.logId)) {
    throw notAuthorizedOrNotFound(`${field}.logId ${config.logId} in log group ${config.logGroupId}`);
  }
}

function checkPlacement(body: Record<string, unknown>): { projectId: string; compartmentId: string } {
  const projectId = requireOcid(body.projectId, 'projectId', ['datascienceproject']);
  const compartmentId = requireOcid(body.compartmentId, 'compartmentId', ['compartment', 'tenancy']);
  return { projectId, compartmentId };
}

function checkPlacementExists(input: { projectId: string; compartmentId: string }, tenancy: Tenancy): void {
  if (!tenancy.isCompartment(input.compartmentId)) throw notAuthorizedOrNotFound(`compartment ${input.compartmentId}`);
  if (input.projectId !== tenancy.projectId) throw notAuthorizedOrNotFound(`project ${input.projectId}`);
}

function tags(body: Record<string, unknown>) {
  return {
    freeformTags: stringMap(body.freeformTags, 'freeformTags'),
    definedTags: body.definedTags === undefined ? undefined : (objectAt(body.definedTags, 'definedTags') as CreateJobInput['definedTags']),
  };
}

/** createJob's checks, in OCI's order: missing and malformed fields (400), then unknown resources (404). */
export function validateCreateJob(body: Record<string, unknown>, tenancy: Tenancy): CreateJobInput {
  const placement = checkPlacement(body);
  if (body.jobConfigurationDetails === undefined) throw missingParameter('jobConfigurationDetails');
  if (body.jobInfrastructureConfigurationDetails === undefined) throw missingParameter('jobInfrastructureConfigurationDetails');
  if (body.jobEnvironmentConfigurationDetails !== undefined) {
    throw invalidParameter('jobEnvironmentConfigurationDetails (bring your own container) is not supported by the emulator.');
  }
  const input: CreateJobInput = {
    ...placement,
    displayName: optionalString(body.displayName, 'displayName'),
    description: optionalString(body.description, 'description', 400),
    jobConfigurationDetails: jobConfiguration(body.jobConfigurationDetails, 'jobConfigurationDetails'),
    jobInfrastructureConfigurationDetails: jobInfrastructure(
      body.jobInfrastructureConfigurationDetails,
      'jobInfrastructureConfigurationDetails',
    ),
    jobLogConfigurationDetails: logConfiguration(body.jobLogConfigurationDetails, 'jobLogConfigurationDetails'),
    ...tags(body),
  };
  checkPlacementExists(input, tenancy);
  checkLogExists(input.jobLogConfigurationDetails, 'jobLogConfigurationDetails', tenancy);
  return input;
}

/** createJobRun's checks; whether the job exists and can run is the caller's part. */
export function validateCreateJobRun(body: Record<string, unknown>, tenancy: Tenancy): CreateJobRunInput {
  const placement = checkPlacement(body);
  const jobId = requireOcid(body.jobId, 'jobId', ['datasciencejob']);
  const input: CreateJobRunInput = { ...placement, jobId, displayName: optionalString(body.displayName, 'displayName'), ...tags(body) };
  if (body.jobConfigurationOverrideDetails !== undefined && body.jobConfigurationOverrideDetails !== null) {
    input.jobConfigurationOverrideDetails = jobConfiguration(body.jobConfigurationOverrideDetails, 'jobConfigurationOverrideDetails');
  }
  if (body.jobInfrastructureConfigurationOverrideDetails !== undefined && body.jobInfrastructureConfigurationOverrideDetails !== null) {
    input.jobInfrastructureConfigurationOverrideDetails = jobInfrastructure(
      body.jobInfrastructureConfigurationOverrideDetails,
      'jobInfrastructureConfigurationOverrideDetails',
    );
  }
  if (body.jobEnvironmentConfigurationOverrideDetails !== undefined) {
    throw invalidParameter('jobEnvironmentConfigurationOverrideDetails (bring your own container) is not supported by the emulator.');
  }
  input.jobLogConfigurationOverrideDetails = logConfiguration(
    body.jobLogConfigurationOverrideDetails,
    'jobLogConfigurationOverrideDetails',
  );
  checkPlacementExists(input, tenancy);
  checkLogExists(input.jobLogConfigurationOverrideDetails, 'jobLogConfigurationOverrideDetails', tenancy);
  return input;
}
