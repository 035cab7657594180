import {
  checkIfMatch,
  etagOf,
  generatedName,
  jobRunJson,
  jobRunSummaryJson,
  sortForList,
  TERMINAL_RUN_STATES,
  type DataScienceStore,
  type JobRunRecord,
} from './data-science-model.js';
import type { JobRunLifecycle } from './job-run-lifecycle.js';
import { newOcid } from './ocid.js';
import { jsonBody, pageHeaders, pageOf, type EmulatorRequest, type EmulatorResponse, type Route } from './route.js';
import { incorrectState, missingParameter, notAuthorizedOrNotFound } from './service-error.js';
import type { Tenancy } from './tenancy.js';
import { validateCreateJobRun } from './validation.js';

/** Job runs: create (which starts the run), get, list, cancel, delete. */
export function jobRunRoutes(tenancy: Tenancy, store: DataScienceStore, lifecycle: JobRunLifecycle): Route[] {
  function createJobRun(request: EmulatorRequest): EmulatorResponse {
    const input = validateCreateJobRun(jsonBody(request), tenancy);
    const job = store.jobs.get(input.jobId);
    if (!job || job.lifecycleState === 'DELETED') throw notAuthorizedOrNotFound(`job ${input.jobId}`);
    if (job.lifecycleState !== 'ACTIVE') {
      const why = job.lifecycleState === 'CREATING' ? ' (its artifact has not been uploaded)' : '';
      throw incorrectState(`Job ${job.id} is ${job.lifecycleState}${why}; job runs can only be created for ACTIVE jobs.`);
    }
    const logConfig = input.jobLogConfigurationOverrideDetails ?? job.input.jobLogConfigurationDetails;
    const logConfiguration = logConfig?.enableLogging
      ? { logGroupId: logConfig.logGroupId!, ...(logConfig.logId ? { logId: logConfig.logId } : {}) }
      : undefined;
    const now = lifecycle.now();
    const run: JobRunRecord = {
      id: newOcid('datasciencejobrun', tenancy.region),
      jobId: job.id,
      projectId: input.projectId,
      compartmentId: input.compartmentId,
      displayName: input.displayName ?? generatedName('jobrun', now),
      createdBy: tenancy.userId,
      timeAccepted: now,
      lifecycleState: 'ACCEPTED',
      jobConfigurationOverrideDetails: input.jobConfigurationOverrideDetails ?? { jobType: 'EMPTY' },
      ...(input.jobLogConfigurationOverrideDetails ? { jobLogConfigurationOverrideDetails: input.jobLogConfigurationOverrideDetails } : {}),
      jobInfrastructureConfigurationDetails:
        input.jobInfrastructureConfigurationOverrideDetails ?? job.input.jobInfrastructureConfigurationDetails,
      ...(input.jobInfrastructureConfigurationOverrideDetails
        ? { jobInfrastructureConfigurationOverrideDetails: input.jobInfrastructureConfigurationOverrideDetails }
        : {}),
      ...(logConfiguration ? { logConfiguration } : {}),
      freeformTags: input.freeformTags ?? {},
      definedTags: input.definedTags ?? {},
      version: 1,
    };
    lifecycle.accept(run); // first: a closing emulator refuses the run (503) before it is stored
    store.runs.set(run.id, run);
    return { status: 200, headers: { etag: etagOf(run) }, json: jobRunJson(run) };
  }

  function listJobRuns(request: EmulatorRequest): EmulatorResponse {
    const query = request.query;
    const compartmentId = query.get('compartmentId');
    if (!compartmentId) throw missingParameter('compartmentId');
    const filters: Array<[string, (run: JobRunRecord) => string]> = [
      ['id', (run) => run.id],
      ['jobId', (run) => run.jobId],
      ['createdBy', (run) => run.createdBy],
      ['displayName', (run) => run.displayName],
      ['lifecycleState', (run) => run.lifecycleState],
    ];
    let runs = [...store.runs.values()].filter((run) => run.compartmentId === compartmentId);
    for (const [name, valueOf] of filters) {
      const wanted = query.get(name);
      if (wanted !== null) runs = runs.filter((run) => valueOf(run) === wanted);
    }
    const page = pageOf(sortForList(runs, query, (run) => run.timeAccepted), query);
    return { status: 200, headers: pageHeaders(page), json: page.items.map(jobRunSummaryJson) };
  }

  function cancelJobRun(request: EmulatorRequest): EmulatorResponse {
    const run = store.run(request.params.jobRunId!);
    checkIfMatch(request, run);
    lifecycle.cancel(run);
    return { status: 200 };
  }

  function deleteJobRun(request: EmulatorRequest): EmulatorResponse {
    const run = store.run(request.params.jobRunId!);
    checkIfMatch(request, run);
    if (!TERMINAL_RUN_STATES.includes(run.lifecycleState)) {
      throw incorrectState(`Job run ${run.id} is ${run.lifecycleState}; cancel it before deleting it.`);
    }
    run.lifecycleState = 'DELETED';
    run.version++;
    return { status: 204 };
  }

  const getJobRun = (request: EmulatorRequest): EmulatorResponse => {
    const run = store.run(request.params.jobRunId!);
    return { status: 200, headers: { etag: etagOf(run) }, json: jobRunJson(run) };
  };
  const base = '/20190101/jobRuns';
  return [
    { method: 'POST', path: base, operation: 'createJobRun', auth: 'required', retryToken: true, handle: createJobRun },
    { method: 'GET', path: base, operation: 'listJobRuns', auth: 'required', handle: listJobRuns },
    { method: 'GET', path: `${base}/{jobRunId}`, operation: 'getJobRun', auth: 'required', handle: getJobRun },
    { method: 'DELETE', path: `${base}/{jobRunId}`, operation: 'deleteJobRun', auth: 'required', handle: deleteJobRun },
    { method: 'POST', path: `${base}/{jobRunId}/actions/cancelJobRun`, operation: 'cancelJobRun', auth: 'required', handle: cancelJobRun },
  ];
}
