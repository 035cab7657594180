import type { RunRequest } from '../engine/run-request.js';
import { parseObjectStorageUri } from '../oci/object-storage-uri.js';
import type { JobArtifact } from './job-artifact.js';

/** A pre-authenticated request URL (ending in `/o/`) the driver uploads outputs through. A secret. */
export const OUTPUT_PAR_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR';

/**
 * Instead of the PAR, when it can be made only once the run exists ($JOB_RUN_OCID in the output
 * URI): where it is handed over (an object URL, through a read-only PAR) and the key it is sealed with. Secrets.
 */
export const OUTPUT_PAR_HANDOVER_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR_HANDOVER';
export const OUTPUT_PAR_KEY_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR_KEY';

/** The notebook's context root, its requirements file, and whether to install it (docs/driver.md). */
export const CONTEXT_VARIABLES = ['NOTEBOOK_CONTEXT', 'NOTEBOOK_REQUIREMENTS', 'NOTEBOOK_INSTALL_REQUIREMENTS'] as const;
/** Where the driver, restarted without the variables above in its environment, reads them from (a pipe's descriptor). */
export const OUTPUT_PAR_FD_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR_FD';

/** A batch run's manifest in the artifact: what the batch driver runs (docs/driver.md, "Batch runs"). */
export const BATCH_VARIABLE = 'NOTEBOOK_BATCH';

/** Variables the engine sets for the driver; a user's `env` may not replace them. */
export const RESERVED_VARIABLES = [
  ...CONTEXT_VARIABLES,
  'JOB_RUN_ENTRYPOINT',
  'JOB_RUN_NOTEBOOK',
  'NOTEBOOK_ENCODING',
  'NOTEBOOK_EXCLUDE_TAGS',
  'OUTPUT_URI',
  'CONDA_ENV_TYPE',
  'CONDA_ENV_SLUG',
  'CONDA_ENV_OBJECT_NAME',
  'CONDA_ENV_REGION',
  'CONDA_ENV_NAMESPACE',
  'CONDA_ENV_BUCKET',
  OUTPUT_PAR_VARIABLE,
  OUTPUT_PAR_HANDOVER_VARIABLE,
  OUTPUT_PAR_KEY_VARIABLE,
  // The driver's result record, beside the executed notebook (docs/driver.md).
  'OCI_RUN_NOTEBOOK_RESULT',
  OUTPUT_PAR_FD_VARIABLE,
  BATCH_VARIABLE,
  // Set by the batch driver for its notebooks, once it has installed their requirements.
  'NOTEBOOK_REQUIREMENTS_INSTALLED',
] as const;

/** The job's environment as ADS's NotebookRuntime sets it, plus the user's own variables. */
export function jobEnvironment(request: RunRequest, artifact: JobArtifact, region: string): Record<string, string> {
  const env: Record<string, string> = {
    ...request.environmentVariables,
    JOB_RUN_ENTRYPOINT: artifact.entrypoint,
    JOB_RUN_NOTEBOOK: artifact.notebookPath,
    NOTEBOOK_ENCODING: 'utf-8',
    NOTEBOOK_EXCLUDE_TAGS: JSON.stringify(request.excludeTags),
  };
  if (request.outputUri) env.OUTPUT_URI = request.outputUri;
  if (request.cellTimeoutSeconds !== undefined) env.NOTEBOOK_CELL_TIMEOUT = String(request.cellTimeoutSeconds);
  if (artifact.contextRoot) env.NOTEBOOK_CONTEXT = artifact.contextRoot;
  if (artifact.requirementsPath) env.NOTEBOOK_REQUIREMENTS = artifact.requirementsPath;
  if (request.conda) Object.assign(env, condaEnvironment(request.conda, region));
  return env;
}

function condaEnvironment(conda: string, region: string): Record<string, string> {
  const published = parseObjectStorageUri(conda);
  if (!published) return { CONDA_ENV_TYPE: 'service', CONDA_ENV_SLUG: conda };
  return {
    CONDA_ENV_TYPE: 'published',
    CONDA_ENV_OBJECT_NAME: published.prefix,
    CONDA_ENV_REGION: region,
    CONDA_ENV_NAMESPACE: published.namespace,
    CONDA_ENV_BUCKET: published.bucket,
  };
}

/** `$JOB_RUN_OCID` and `$JOB_OCID` (also `${...}`) as the driver expands them inside the run. */
export function expandRunVariables(uri: string, runId: string, jobId: string): string {
  return uri.replace(/\$\{?JOB_RUN_OCID\}?/g, runId).replace(/\$\{?JOB_OCID\}?/g, jobId);
}
