import type { RunRequest } from './run-request.js';
import { RunRequestError } from './run-request-error.js';

const RUN_VARIABLE = /\$\{?JOB_RUN_OCID\}?/;

/**
 * Refuses two runs whose outputs would land in the same place, before any run starts: the
 * second would overwrite the first's executed notebook, or a file both write. Each run needs an
 * output place of its own, unless `$JOB_RUN_OCID` in it gives every run one.
 */
export function checkDistinctOutputs(requests: readonly RunRequest[]): void {
  const owners = new Map<string, string>();
  for (const request of requests) {
    if (request.outputUri === undefined || RUN_VARIABLE.test(request.outputUri)) continue;
    const place = request.outputUri.replace(/\/+$/, '');
    const owner = owners.get(place);
    if (owner !== undefined) {
      const same = owner === request.notebook.path ? `${owner} is given twice, and both runs` : `${owner} and ${request.notebook.path}`;
      throw new RunRequestError('outputUri', `${same} would write their outputs to ${place}; give each run a place of its own ($JOB_RUN_OCID in the output URI does)`);
    }
    owners.set(place, request.notebook.path);
  }
}
