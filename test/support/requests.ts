import { RUN_REQUEST_DEFAULTS, type RunRequest } from '../../src/engine/run-request.js';
import { codeCell, notebookBytes } from './notebooks.js';

/** A valid request for a one-cell notebook; tests override what they check. */
export function aRequest(overrides: Partial<RunRequest> = {}): RunRequest {
  return {
    notebook: { path: 'notebooks/hello.ipynb', content: notebookBytes(codeCell('print("hi")')) },
    jobName: 'hello',
    compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexample',
    projectId: 'ocid1.datascienceproject.oc1.iad.aaaaaaaaexample',
    ...RUN_REQUEST_DEFAULTS,
    excludeTags: ['remove'],
    environmentVariables: {},
    parameters: {},
    freeformTags: {},
    ...overrides,
  };
}

