import { randomUUID } from 'node:crypto';
import type { models } from 'oci-datascience';
import { expandRunVariables, OUTPUT_PAR_HANDOVER_VARIABLE, OUTPUT_PAR_KEY_VARIABLE, OUTPUT_PAR_VARIABLE } from '../../artifact/job-environment.js';
import type { JobArtifact } from '../../artifact/job-artifact.js';
import type { Clock } from '../../engine/clock.js';
import type { RunRequest } from '../../engine/run-request.js';
import type { OciClients } from '../../oci/clients.js';
import { parseObjectStorageUri } from '../../oci/object-storage-uri.js';
import { DEFAULT_RETRY_POLICY } from '../../oci/retry-policy.js';
import { createJobDetails, createJobRunDetails } from './job-details.js';
import { createPar, parPrefix, type OutputPar, type ParSpec } from './output-par.js';
import { handoverKey, handoverObjectName, sealHandover } from './par-handover.js';
import { END_MARGIN_MINUTES } from './run-limits.js';
import { cleanUpSubmission } from './submission-cleanup.js';
import { parName, SUBMISSION_TAG_KEY, type Submission, type SubmissionLedger } from './submission-ledger.js';
import { inRounds } from './through-outages.js';

export interface SubmissionSettings {
  clock: Clock;
  ledger: SubmissionLedger;
  /** Told the PAR's URL and token before anything can print them. */
  onSecret: (value: string) => void;
  /** For the PAR's lifetime when the request sets no limits of its own. */
  maxQueueMinutes: number;
  defaultParLifetimeMinutes: number;
}

export interface SubmittedRun {
  run: models.JobRun;
  submission: Submission;
}

/** A Ctrl-C between two creates: what was made is removed again, and the run is never created. */
export class SubmissionCancelledError extends Error {
  constructor() {
    super('cancelled before it was submitted');
  }
}

/**
 * Creates the run's PAR, its job, the job's artifact and the run, writing each down in the ledger
 * before it is created (so a killed process leaves nothing that cannot be found again) and once it
 * exists. Every create is retried in rounds with the same retry token, so an outage of a minute
 * does not fail a submission and a retried create never makes a second job or run. On any
 * failure, or a Ctrl-C between two creates, what was made is removed again.
 */
export async function submitJobRun(
  clients: OciClients,
  request: RunRequest,
  env: Record<string, string>,
  artifact: JobArtifact,
  settings: SubmissionSettings,
  signal?: AbortSignal,
): Promise<SubmittedRun> {
  const policy = clients.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const rounds = <T>(call: () => Promise<T>) => inRounds(call, 3, settings.clock, policy.maxDelaySeconds * 1000);
  const output = request.outputUri ? parseObjectStorageUri(request.outputUri) : undefined;
  const submission: Submission = {
    id: randomUUID().replace(/-/g, ''),
    notebook: request.notebook.path,
    compartmentId: request.compartmentId,
    projectId: request.projectId,
    time: new Date(settings.clock.now()).toISOString(),
    ...(output ? { output: { namespace: output.namespace, bucket: output.bucket, parScope: parPrefix(output.prefix) } } : {}),
    parIds: [],
  };
  const record = (change: Partial<Submission>) => {
    Object.assign(submission, change);
    settings.ledger.save(submission);
  };
  const checkNotCancelled = () => {
    if (signal?.aborted) throw new SubmissionCancelledError();
  };
  const tag = { [SUBMISSION_TAG_KEY]: submission.id };
  // With $JOB_RUN_OCID in the output URI, the PAR that allows only the run's prefix comes after the run: it is handed over.
  const handover = output && RUN_VARIABLE.test(output.prefix) ? { key: handoverKey(), objectName: handoverObjectName(parPrefix(output.prefix), submission.id) } : undefined;
  if (handover) {
    settings.onSecret(handover.key);
    submission.output!.handoverObject = handover.objectName;
  }
  record({});
  try {
    const expires = parExpiry(request, settings);
    const makePar = async (spec: Omit<ParSpec, 'namespace' | 'bucket' | 'expires'>): Promise<OutputPar> => {
      await clients.use('objectStorage');
      const par = await createPar(
        clients.objectStorage,
        clients.objectStorageEndpoint,
        { ...spec, namespace: output!.namespace, bucket: output!.bucket, expires },
        { policy, onUncertain: () => submission.parsUncertain || record({ parsUncertain: true }) },
      );
      settings.onSecret(par.url);
      const token = /\/p\/([^/]+)\//.exec(par.url)?.[1];
      if (token) settings.onSecret(token);
      record({ parIds: [...submission.parIds, par.id] });
      return par;
    };
    // The PAR's request can go out while Data Science's larger package is still loading.
    const [par, job] = await Promise.allSettled([
      !output
        ? Promise.resolve(undefined)
        : handover
          ? makePar({ name: parName(submission.id, 'handover'), objectName: handover.objectName, accessType: 'AnyObjectRead' })
          : makePar({ name: parName(submission.id, 'output'), objectName: parPrefix(output.prefix), accessType: 'AnyObjectWrite' }),
      clients.use('dataScience').then(async () => {
        const details = createJobDetails(request, env);
        details.freeformTags = { ...details.freeformTags, ...tag };
        const created = await rounds(() => clients.dataScience.createJob({ createJobDetails: details, opcRetryToken: `${submission.id}job` }));
        record({ jobId: created.job.id });
        return created.job;
      }),
    ]);
    if (job.status === 'rejected') throw job.reason;
    if (par.status === 'rejected') throw par.reason;
    checkNotCancelled();
    await rounds(() =>
      clients.dataScience.createJobArtifact({
        jobId: job.value.id,
        jobArtifact: Buffer.from(artifact.zip),
        // No contentLength: the SDK backs the body up for retries and sets the length itself, so a
        // given one is sent twice ("N, N"), which the fetch of Node 24 (the action's runtime) refuses.
        contentDisposition: `attachment; filename=${artifact.fileName}`,
        opcRetryToken: `${submission.id}artifact`,
      }),
    );
    checkNotCancelled();
    const runEnv = !par.value
      ? env
      : handover
        ? { ...env, [OUTPUT_PAR_HANDOVER_VARIABLE]: `${par.value.url}${objectPath(handover.objectName)}`, [OUTPUT_PAR_KEY_VARIABLE]: handover.key }
        : { ...env, [OUTPUT_PAR_VARIABLE]: par.value.url };
    const runDetails = createJobRunDetails(request, job.value.id, runEnv);
    runDetails.freeformTags = { ...runDetails.freeformTags, ...tag };
    const { jobRun } = await rounds(() => clients.dataScience.createJobRun({ createJobRunDetails: runDetails, opcRetryToken: `${submission.id}run` }));
    record({ runId: jobRun.id });
    if (handover) {
      // Now the run's own prefix is known: a PAR for it alone, left sealed where the run reads it.
      const runPrefix = parPrefix(expandRunVariables(output!.prefix, jobRun.id, jobRun.jobId));
      const writer = await makePar({ name: parName(submission.id, 'output'), objectName: runPrefix, accessType: 'AnyObjectWrite' });
      const sealed = Buffer.from(sealHandover(writer.url, handover.key));
      await rounds(() =>
        clients.objectStorage.putObject({ namespaceName: output!.namespace, bucketName: output!.bucket, objectName: handover.objectName, putObjectBody: sealed, contentType: 'text/plain' }),
      );
    }
    return { run: jobRun, submission: { ...submission } };
  } catch (error) {
    // Nothing half-created: the job (with any run it got), and every PAR of the submission, go again.
    const rollback = await cleanUpSubmission(clients, { ...submission, runId: undefined }, { pauseMs: policy.maxDelaySeconds * 1000 });
    if (rollback.problems.length === 0) settings.ledger.forget(submission.id);
    throw error;
  }
}

/** `$JOB_RUN_OCID` or `$JOB_OCID` (also `${...}`): expanded in the run, so the PAR's prefix is known only once the run exists. */
const RUN_VARIABLE = /\$\{?JOB_(RUN_)?OCID\}?/;

/** An object name as a URL path: each segment percent-encoded, the slashes kept (as the driver encodes them). */
function objectPath(objectName: string): string {
  return objectName.split('/').map(encodeURIComponent).join('/');
}

/** The run may wait to start, then run: the PAR must outlive both, with a margin for the last uploads. */
function parExpiry(request: RunRequest, settings: SubmissionSettings): Date {
  const queue = request.maxQueueMinutes ?? settings.maxQueueMinutes;
  const lifetime = queue + (request.maximumRuntimeInMinutes ?? settings.defaultParLifetimeMinutes) + END_MARGIN_MINUTES;
  return new Date(Date.now() + lifetime * 60_000);
}
