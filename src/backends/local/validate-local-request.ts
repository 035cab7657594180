import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandRunVariables, RESERVED_VARIABLES } from '../../artifact/job-environment.js';
import { RunRequestError } from '../../engine/run-request-error.js';
import type { RunRequest } from '../../engine/run-request.js';
import { validateNotebookInputs } from '../../engine/validate-run-request.js';
import { LOCAL_RUN_VARIABLES } from './driver-environment.js';

const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

/**
 * Checks what matters for a run on this machine: the notebook, variable and parameter names,
 * tags, the runtime and the output folder. OCI's fields (compartment, project, shape, conda) are
 * not used locally and not checked.
 */
export function validateLocalRunRequest(request: RunRequest, kernel?: string): void {
  validateNotebookInputs(request, [...RESERVED_VARIABLES, ...LOCAL_RUN_VARIABLES], kernel);
  if (request.outputUri !== undefined) {
    checkOutputFolder(request.outputUri, (field, problem) => {
      throw new RunRequestError(field, problem);
    });
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
  if (ids) expanded = expandRunVariables(expanded, ids.runId, ids.jobId);
  if (/^file:\/\//i.test(expanded)) return fileURLToPath(expanded);
  return expanded === '~' || expanded.startsWith('~/') ? join(homedir(), expanded.slice(1)) : resolve(expanded);
}
