import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESERVED_VARIABLES } from '../../artifact/job-environment.js';
import { RunRequestError } from '../../engine/run-request-error.js';
import type { RunRequest } from '../../engine/run-request.js';
import { NotebookFormatError, parseNotebook } from '../../notebook/notebook.js';
import { isPythonIdentifier } from '../../notebook/parameters.js';
import { LOCAL_RUN_VARIABLES } from './driver-environment.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

/**
 * Checks what matters for a run on this machine: the notebook, variable and parameter names,
 * tags, the runtime and the output folder. OCI's fields (compartment, project, shape, conda) are
 * not used locally and not checked.
 */
export function validateLocalRunRequest(request: RunRequest): void {
  const fail = (field: string, problem: string): never => {
    throw new RunRequestError(field, problem);
  };
  try {
    parseNotebook(request.notebook.content, request.notebook.path);
  } catch (error) {
    if (error instanceof NotebookFormatError) fail('notebook', error.message);
    throw error;
  }
  const reserved: readonly string[] = [...RESERVED_VARIABLES, ...LOCAL_RUN_VARIABLES];
  for (const name of Object.keys(request.environmentVariables)) {
    if (!ENV_NAME.test(name)) fail('environmentVariables', `"${name}" is not a variable name (letters, digits, _; not starting with a digit)`);
    if (reserved.includes(name)) fail('environmentVariables', `${name} is set by oci-run-notebook itself and cannot be given`);
  }
  for (const tag of request.excludeTags) {
    if (!tag.trim()) fail('excludeTags', 'tags must not be empty');
  }
  for (const name of Object.keys(request.parameters)) {
    if (!isPythonIdentifier(name)) fail('parameters', `"${name}" is not a Python variable name`);
  }
  if (request.outputUri !== undefined) checkOutputFolder(request.outputUri, fail);
  const runtime = request.maximumRuntimeInMinutes;
  if (runtime !== undefined && (!Number.isInteger(runtime) || runtime <= 0)) {
    fail('maximumRuntimeInMinutes', `expected a whole number of minutes above 0, got ${runtime}`);
  }
}

function checkOutputFolder(outputUri: string, fail: (field: string, problem: string) => never): void {
  const scheme = URI_SCHEME.exec(outputUri)?.[1]?.toLowerCase();
  if (scheme === 'oci') {
    fail('outputUri', `the local backend writes outputs to a folder on this machine, got "${outputUri}"; give a folder path or file:// URL, or run on OCI (backend oci) to write to Object Storage`);
  }
  if (scheme !== undefined && scheme !== 'file') fail('outputUri', `expected a folder path or file:// URL, got "${outputUri}"`);
  if (!outputUri.trim()) fail('outputUri', 'expected a folder path or file:// URL, got an empty value');
  let folder: string;
  try {
    folder = outputFolderPath(outputUri);
  } catch (error) {
    return fail('outputUri', `"${outputUri}" is not a usable file:// URL (${(error as Error).message})`);
  }
  // A folder that does not exist yet is made by the driver; a file in its place is a mistake.
  const existing = statSync(folder, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) fail('outputUri', `${folder} is a file; expected a folder for the executed notebooks`);
}

/** The output folder as an absolute path; `$JOB_RUN_OCID` and `$JOB_OCID` name the run, as on OCI. */
export function outputFolderPath(outputUri: string, ids?: { runId: string; jobId: string }): string {
  let expanded = outputUri;
  if (ids) expanded = expanded.replace(/\$\{?JOB_RUN_OCID\}?/g, ids.runId).replace(/\$\{?JOB_OCID\}?/g, ids.jobId);
  if (/^file:\/\//i.test(expanded)) return fileURLToPath(expanded);
  return expanded === '~' || expanded.startsWith('~/') ? join(homedir(), expanded.slice(1)) : resolve(expanded);
}
