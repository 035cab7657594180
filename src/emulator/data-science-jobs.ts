import { createHash } from 'node:crypto';
import {
  checkIfMatch,
  etagOf,
  generatedName,
  jobJson,
  sortForList,
  jobSummaryJson,
  TERMINAL_RUN_STATES,
  type DataScienceStore,
  type JobRecord,
  type JobRunRecord,
} from './data-science-model.js';
import { newOcid } from './ocid.js';
import { jsonBody, pageHeaders, pageOf, type EmulatorRequest, type EmulatorResponse, type Route } from './route.js';
import {
  conflict,
  incorrectState,
  invalidParameter,
  missingParameter,
  notAuthorizedOrNotFound,
} from './service-error.js';
import type { Tenancy } from './tenancy.js';
import { validateCreateJob } from './validation.js';

/** What deleting a job needs from the run lifecycle. */
export interface RunCanceller {
  /** Cancels an active run; resolves once it is CANCELED. */
  cancelAndWait(run: JobRunRecord): Promise<void>;
}

interface WorkRequest {
  id: string;
  jobId: string;
  compartmentId: string;
  status: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';
  timeAccepted: Date;
  timeFinished?: Date;
}

function artifactFileName(contentDisposition: string | undefined): string {
  if (!contentDisposition) throw missingParameter('content-disposition', 'Send e.g. "attachment; filename=job.zip".');
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition);
  if (!match) throw invalidParameter(`content-disposition '${contentDisposition}' has no filename.`);
  const raw = match[1]!.trim();
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalidParameter(`content-disposition filename '${raw}' is not valid percent-encoding; send e.g. "attachment; filename=job.zip".`);
  }
}

/** Jobs, their artifacts, and the work requests that deleting a job starts. */
export function jobRoutes(tenancy: Tenancy, store: DataScienceStore, runs: RunCanceller): Route[] {
  const workRequests = new Map<string, WorkRequest>();

  function createJob(request: EmulatorRequest): EmulatorResponse {
    const input = validateCreateJob(jsonBody(request), tenancy);
    const now = new Date();
    const job: JobRecord = {
      id: newOcid('datasciencejob', tenancy.region),
      input: { ...input, displayName: input.displayName ?? generatedName('job', now) },
      createdBy: tenancy.userId,
      timeCreated: now,
      // A job stays CREATING until its artifact is uploaded.
      lifecycleState: 'CREATING',
      version: 1,
    };
    store.jobs.set(job.id, job);
    return { status: 200, headers: { etag: etagOf(job) }, json: jobJson(job) };
  }

  function listJobs(request: EmulatorRequest): EmulatorResponse {
    const query = request.query;
    const compartmentId = query.get('compartmentId');
    if (!compartmentId) throw missingParameter('compartmentId');
    const filters: Array<[string, (job: JobRecord) => string | undefined]> = [
      ['projectId', (job) => job.input.projectId],
      ['id', (job) => job.id],
      ['displayName', (job) => job.input.displayName],
      ['lifecycleState', (job) => job.lifecycleState],
      ['createdBy', (job) => job.createdBy],
    ];
    let jobs = [...store.jobs.values()].filter((job) => job.input.compartmentId === compartmentId);
    for (const [name, valueOf] of filters) {
      const wanted = query.get(name);
      if (wanted !== null) jobs = jobs.filter((job) => valueOf(job) === wanted);
    }
    const sorted = sortForList(
      jobs.map((job) => ({ job, displayName: job.input.displayName })),
      query,
      (item) => item.job.timeCreated,
    );
    const page = pageOf(sorted, query);
    return { status: 200, headers: pageHeaders(page), json: page.items.map((item) => jobSummaryJson(item.job)) };
  }

  function deleteJob(request: EmulatorRequest): EmulatorResponse {
    const job = store.job(request.params.jobId!);
    checkIfMatch(request, job);
    if (job.lifecycleState === 'DELETED' || job.lifecycleState === 'DELETING') {
      throw incorrectState(`Job ${job.id} is already ${job.lifecycleState}.`);
    }
    const withRuns = request.query.get('deleteRelatedJobRuns') === 'true';
    const jobRuns = store.runsOf(job.id).filter((run) => run.lifecycleState !== 'DELETED');
    const active = jobRuns.filter((run) => !TERMINAL_RUN_STATES.includes(run.lifecycleState));
    if (active.length > 0 && !withRuns) {
      throw incorrectState(`Job ${job.id} has ${active.length} job run(s) in progress; cancel them or set deleteRelatedJobRuns=true.`);
    }
    job.lifecycleState = 'DELETING';
    job.version++;
    const workRequest: WorkRequest = {
      id: newOcid('datascienceworkrequest', tenancy.region),
      jobId: job.id,
      compartmentId: job.input.compartmentId,
      status: 'IN_PROGRESS',
      timeAccepted: new Date(),
    };
    workRequests.set(workRequest.id, workRequest);
    void Promise.all(active.map((run) => runs.cancelAndWait(run))).then(() => {
      if (withRuns) {
        for (const run of jobRuns) {
          run.lifecycleState = 'DELETED';
          run.version++;
        }
      }
      job.lifecycleState = 'DELETED';
      job.version++;
      workRequest.status = 'SUCCEEDED';
      workRequest.timeFinished = new Date();
    }).catch((error: unknown) => {
      // The runs could not be ended: the job stays, and the work request says why.
      job.lifecycleState = 'FAILED';
      job.lifecycleDetails = `Deleting the job failed: ${error instanceof Error ? error.message : String(error)}`;
      job.version++;
      workRequest.status = 'FAILED';
      workRequest.timeFinished = new Date();
    });
    return { status: 202, headers: { 'opc-work-request-id': workRequest.id } };
  }

  function createJobArtifact(request: EmulatorRequest): EmulatorResponse {
    const job = store.job(request.params.jobId!);
    if (job.lifecycleState === 'DELETING' || job.lifecycleState === 'DELETED') {
      throw incorrectState(`Job ${job.id} is ${job.lifecycleState}.`);
    }
    if (job.artifact) throw conflict(`Job ${job.id} already has an artifact; job artifacts are immutable.`);
    const contentDisposition = request.headers['content-disposition'] as string | undefined;
    const fileName = artifactFileName(contentDisposition);
    if (request.body.length === 0) throw invalidParameter('The job artifact is empty.');
    job.artifact = {
      bytes: new Uint8Array(request.body),
      fileName,
      contentDisposition: contentDisposition!,
      md5: createHash('md5').update(request.body).digest('base64'),
      timeCreated: new Date(),
    };
    job.lifecycleState = 'ACTIVE';
    job.version++;
    return { status: 200, headers: { etag: etagOf(job) } };
  }

  function artifactAnswer(request: EmulatorRequest, withBody: boolean): EmulatorResponse {
    const job = store.job(request.params.jobId!);
    const artifact = job.artifact;
    if (!artifact) throw notAuthorizedOrNotFound(`artifact of job ${job.id}`);
    return {
      status: 200,
      headers: {
        etag: etagOf(job),
        'content-length': String(artifact.bytes.length),
        'content-md5': artifact.md5,
        'content-disposition': artifact.contentDisposition,
        'last-modified': artifact.timeCreated.toUTCString(),
        'content-type': 'application/octet-stream',
      },
      bytes: withBody ? artifact.bytes : new Uint8Array(),
    };
  }

  function getWorkRequest(request: EmulatorRequest): EmulatorResponse {
    const workRequest = workRequests.get(request.params.workRequestId!);
    if (!workRequest) throw notAuthorizedOrNotFound(`work request ${request.params.workRequestId}`);
    const done = workRequest.status === 'SUCCEEDED';
    const actionType = workRequest.status === 'IN_PROGRESS' ? 'IN_PROGRESS' : done ? 'DELETED' : 'FAILED';
    return {
      status: 200,
      json: {
        id: workRequest.id,
        operationType: 'JOB_DELETE',
        status: workRequest.status,
        compartmentId: workRequest.compartmentId,
        percentComplete: done ? 100 : 50,
        resources: [{ actionType, entityType: 'job', identifier: workRequest.jobId }],
        timeAccepted: workRequest.timeAccepted.toISOString(),
        timeStarted: workRequest.timeAccepted.toISOString(),
        ...(workRequest.timeFinished ? { timeFinished: workRequest.timeFinished.toISOString() } : {}),
      },
    };
  }

  const base = '/20190101';
  const getJob = (request: EmulatorRequest): EmulatorResponse => {
    const job = store.job(request.params.jobId!);
    return { status: 200, headers: { etag: etagOf(job) }, json: jobJson(job) };
  };
  return [
    { method: 'POST', path: `${base}/jobs`, operation: 'createJob', auth: 'required', retryToken: true, handle: createJob },
    { method: 'GET', path: `${base}/jobs`, operation: 'listJobs', auth: 'required', handle: listJobs },
    { method: 'GET', path: `${base}/jobs/{jobId}`, operation: 'getJob', auth: 'required', handle: getJob },
    { method: 'DELETE', path: `${base}/jobs/{jobId}`, operation: 'deleteJob', auth: 'required', handle: deleteJob },
    {
      method: 'POST',
      path: `${base}/jobs/{jobId}/artifact`,
      operation: 'createJobArtifact',
      auth: 'excluded',
      retryToken: true,
      handle: createJobArtifact,
    },
    { method: 'HEAD', path: `${base}/jobs/{jobId}/artifact/content`, operation: 'headJobArtifact', auth: 'required', handle: (r) => artifactAnswer(r, false) },
    { method: 'GET', path: `${base}/jobs/{jobId}/artifact/content`, operation: 'getJobArtifactContent', auth: 'required', handle: (r) => artifactAnswer(r, true) },
    { method: 'GET', path: `${base}/workRequests/{workRequestId}`, operation: 'getWorkRequest', auth: 'required', handle: getWorkRequest },
  ];
}
