import { RESERVED_VARIABLES } from '../artifact/job-environment.js';
import { validateContext } from '../context/validate-context.js';
import { checkNotebook, NotebookFormatError, parseNotebook } from '../notebook/notebook.js';
import { checkParameters, isPythonIdentifier, ParameterTranslationError } from '../notebook/parameters.js';
import { isOcid } from '../oci/ocid.js';
import { objectStorageUriProblem, parseObjectStorageUri } from '../oci/object-storage-uri.js';
import { MINIMUM_BLOCK_STORAGE_GB, RUN_REQUEST_DEFAULTS, type RunRequest } from './run-request.js';
import { RunRequestError } from './run-request-error.js';

const OCID_TYPES = {
  compartmentId: ['compartment', 'tenancy'],
  projectId: ['datascienceproject'],
  logGroupId: ['loggroup'],
  logId: ['log'],
  subnetId: ['subnet'],
  logCompartmentId: ['compartment', 'tenancy'],
} as const;

const SHAPE = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$/;
const CONDA_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** OCI's largest block volume for a job run, in GB (its smallest is MINIMUM_BLOCK_STORAGE_GB). */
export const MAXIMUM_BLOCK_STORAGE_GB = 10_240;

/**
 * The longest run or cell limit taken: a year. OCI documents no maximum runtime; a value past
 * this is a typo, and one far past it (10^12 minutes) is no date at all, which reached OCI as a
 * pre-authenticated request without an expiry.
 */
export const MAXIMUM_RUNTIME_MINUTES = 365 * 24 * 60;

const fail = (field: string, problem: string): never => {
  throw new RunRequestError(field, problem);
};

/**
 * What every backend checks, as its driver sees it: the notebook, variable names (none of those
 * the engine sets itself), exclude tags, parameters (names, and values the notebook's kernel, or
 * `kernel` when the backend overrides it, can be given) and the runtime.
 */
export function validateNotebookInputs(request: RunRequest, reservedVariables: readonly string[] = RESERVED_VARIABLES, kernel?: string): void {
  try {
    checkNotebook(request.notebook.content, request.notebook.path);
  } catch (error) {
    if (error instanceof NotebookFormatError) fail('notebook', error.message);
    throw error;
  }
  validateContext(request.context);
  for (const name of Object.keys(request.environmentVariables)) {
    if (!ENV_NAME.test(name)) fail('environmentVariables', `"${name}" is not a variable name (letters, digits, _; not starting with a digit)`);
    if (reservedVariables.includes(name)) fail('environmentVariables', `${name} is set by oci-run-notebook itself and cannot be given`);
  }
  for (const tag of request.excludeTags) {
    if (!tag.trim()) fail('excludeTags', 'tags must not be empty');
  }
  for (const name of Object.keys(request.parameters)) {
    if (!isPythonIdentifier(name)) fail('parameters', `"${name}" is not a Python variable name`);
  }
  if (Object.keys(request.parameters).length > 0) {
    try {
      checkParameters(parseNotebook(request.notebook.content, request.notebook.path), request.parameters, kernel);
    } catch (error) {
      if (error instanceof ParameterTranslationError) fail('parameters', error.message);
      throw error;
    }
  }
  const cellTimeout = request.cellTimeoutSeconds;
  if (cellTimeout !== undefined && !(Number.isFinite(cellTimeout) && cellTimeout > 0)) {
    fail('cellTimeoutSeconds', `expected a number of seconds above 0, got ${cellTimeout}`);
  }
  if (cellTimeout !== undefined && cellTimeout > MAXIMUM_RUNTIME_MINUTES * 60) {
    fail('cellTimeoutSeconds', `expected at most ${MAXIMUM_RUNTIME_MINUTES * 60} seconds (a year), got ${cellTimeout}`);
  }
  const runtime = request.maximumRuntimeInMinutes;
  if (runtime !== undefined && (!Number.isInteger(runtime) || runtime <= 0)) {
    fail('maximumRuntimeInMinutes', `expected a whole number of minutes above 0, got ${runtime}`);
  }
  if (runtime !== undefined && runtime > MAXIMUM_RUNTIME_MINUTES) {
    fail('maximumRuntimeInMinutes', `expected at most ${MAXIMUM_RUNTIME_MINUTES} minutes (a year), got ${runtime}`);
  }
}

/** Checks every field, so that no bad request reaches OCI and nothing is half-created. */
export function validateRunRequest(request: RunRequest): void {
  validateNotebookInputs(request);
  if (!request.jobName.trim() || request.jobName.length > 255) fail('jobName', `expected 1 to 255 characters, got "${request.jobName}"`);
  for (const [field, types] of Object.entries(OCID_TYPES)) {
    const value = request[field as keyof typeof OCID_TYPES];
    if (value === undefined) continue;
    if (!isOcid(value, ...types)) fail(field, `expected an OCID of a ${types.join(' or ')} (ocid1.${types[0]}.oc1..<unique id>), got "${value}"`);
  }
  if (request.logId && !request.logGroupId) fail('logId', 'a log needs its log group: give the log group OCID too');
  if (!SHAPE.test(request.shape)) fail('shape', `expected a shape name such as VM.Standard.E3.Flex, got "${request.shape}"`);
  if (isFlexShape(request.shape)) {
    if (!(request.ocpus > 0)) fail('ocpus', `expected a number above 0, got ${request.ocpus}`);
    if (!(request.memoryInGBs > 0)) fail('memoryInGBs', `expected a number above 0, got ${request.memoryInGBs}`);
  }
  if (!Number.isInteger(request.blockStorageSizeInGBs) || request.blockStorageSizeInGBs < MINIMUM_BLOCK_STORAGE_GB) {
    fail('blockStorageSizeInGBs', `expected a whole number of GB, at least ${MINIMUM_BLOCK_STORAGE_GB}, got ${request.blockStorageSizeInGBs}`);
  }
  if (request.logCompartmentId && !request.logGroupId) fail('logCompartmentId', 'names the log group\'s compartment: give the log group OCID too');
  for (const field of ['maxQueueMinutes', 'needsAttentionMinutes'] as const) {
    const minutes = request[field];
    if (minutes !== undefined && !(Number.isInteger(minutes) && minutes > 0)) fail(field, `expected a whole number of minutes above 0, got ${minutes}`);
  }
  if (request.blockStorageSizeInGBs > MAXIMUM_BLOCK_STORAGE_GB) {
    fail('blockStorageSizeInGBs', `expected at most ${MAXIMUM_BLOCK_STORAGE_GB} GB, OCI's largest block volume for a job, got ${request.blockStorageSizeInGBs}`);
  }
  // Without a conda OCI runs the driver with the bare system Python, which has no Jupyter: it could only fail.
  const conda = request.conda ?? '';
  if (!conda) {
    fail('conda', `required on OCI: a service conda slug with nbclient and ipykernel (${RUN_REQUEST_DEFAULTS.conda}) or a published conda oci://bucket@namespace/path`);
  } else if (!CONDA_SLUG.test(conda) && !parseObjectStorageUri(conda)?.prefix) {
    fail('conda', `expected a service conda slug (tensorflow28_p38_cpu_v1) or a published conda oci://bucket@namespace/path, got "${request.conda}"`);
  }
  const outputProblem = request.outputUri === undefined ? undefined : objectStorageUriProblem(request.outputUri);
  if (outputProblem) fail('outputUri', `${outputProblem}, got "${request.outputUri}"`);
}

export function isFlexShape(shape: string): boolean {
  return shape.endsWith('.Flex');
}
