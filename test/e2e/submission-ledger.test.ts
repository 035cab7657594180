import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OciJobBackend, submissionOf } from '../../src/backends/oci/oci-job-backend.js';
import { SubmissionCancelledError } from '../../src/backends/oci/job-submission.js';
import { MemoryLedger, parName, type Submission } from '../../src/backends/oci/submission-ledger.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import { createOciClients } from '../../src/oci/clients.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { aRequest } from '../support/requests.js';
import { FAST_FOLLOW, FAST_RETRIES, startEmulatedOci, type EmulatedOci } from '../support/emulated-oci.js';

let oci: EmulatedOci;
beforeAll(async () => {
  oci = await startEmulatedOci();
});
afterAll(async () => {
  await oci?.close();
});

let counter = 0;
function request(overrides: Partial<RunRequest> = {}): RunRequest {
  counter += 1;
  const { env } = oci.emulator;
  return aRequest({
    notebook: { path: `notebooks/ledger-${counter}.ipynb`, content: notebookBytes(codeCell('print("ok")')) },
    jobName: `ledger-${counter}`,
    compartmentId: env.OCI_COMPARTMENT_ID!,
    projectId: env.OCI_PROJECT_ID!,
    outputUri: `${env.OCI_OUTPUT_URI}/ledger-${counter}`,
    ...overrides,
  });
}

const PAR_CREATES = /^POST \/n\/[^/]+\/b\/[^/]+\/p$/;
const creates = () => oci.emulator.requests.filter((call) => call.method === 'POST' && (PAR_CREATES.test(`POST ${call.path}`) || /\/(jobs|jobRuns)$/.test(call.path))).length;

/** The PARs of the output bucket that carry a submission's name. */
async function parsOf(submissionId: string): Promise<string[]> {
  const { items } = await oci.clients.objectStorage.listPreauthenticatedRequests({ namespaceName: oci.emulator.namespace, bucketName: oci.emulator.outputBucket });
  return items.filter((par) => par.name.startsWith(`oci-run-notebook-${submissionId}-`)).map((par) => par.id);
}

async function jobState(jobId: string): Promise<string> {
  return (await oci.clients.dataScience.getJob({ jobId })).job.lifecycleState;
}

describe('the submission ledger', () => {
  it('writes each thing down before creating it, and forgets the submission once the run has ended and its PAR is gone', async () => {
    const saved: Array<{ submission: Submission; createsSoFar: number }> = [];
    const ledger = new MemoryLedger((all) => all.forEach((submission) => saved.push({ submission, createsSoFar: creates() })));
    const backend = new OciJobBackend(oci.clients, { ...FAST_FOLLOW, ledger });
    const before = creates();

    const handle = await backend.submit(request());

    const first = saved[0]!;
    expect(first.createsSoFar).toBe(before);
    expect(first.submission).toMatchObject({ parIds: [], output: { bucket: oci.emulator.outputBucket, parScope: `runs/ledger-${counter}/` } });
    expect(first.submission.jobId).toBeUndefined();
    expect(saved.at(-1)!.submission).toMatchObject({ jobId: handle.jobId, runId: handle.runId, parIds: [expect.any(String)] });
    expect(submissionOf(handle)!.id).toBe(first.submission.id);
    const { job } = await oci.clients.dataScience.getJob({ jobId: handle.jobId });
    expect(job.freeformTags).toMatchObject({ 'oci-run-notebook-submission': first.submission.id, 'created-by': 'oci-run-notebook' });
    expect(await parsOf(first.submission.id)).toHaveLength(1);

    expect((await backend.follow(handle)).state).toBe('SUCCEEDED');
    expect(ledger.list()).toEqual([]);
    expect(await parsOf(first.submission.id)).toEqual([]);
  });

  it('leaves one PAR when the answers to CreatePreauthenticatedRequest are lost, and none once the run has ended', async () => {
    const ledger = new MemoryLedger();
    const backend = new OciJobBackend(oci.clients, { ...FAST_FOLLOW, ledger });
    const attemptsBefore = oci.emulator.requests.filter((call) => PAR_CREATES.test(`${call.method} ${call.path}`)).length;
    oci.emulator.setFaults({ errorRate: 0.4, dropRate: 0.3, phase: 'after', seed: 7, match: PAR_CREATES });
    let handle;
    try {
      handle = await backend.submit(request());
    } finally {
      oci.emulator.setFaults(undefined);
    }
    const id = submissionOf(handle)!.id;
    expect(oci.emulator.requests.filter((call) => PAR_CREATES.test(`${call.method} ${call.path}`)).length - attemptsBefore).toBeGreaterThan(1);
    expect(await parsOf(id)).toEqual(submissionOf(handle)!.parIds);

    expect((await backend.follow(handle)).state).toBe('SUCCEEDED');
    expect(await parsOf(id)).toEqual([]);
    expect(ledger.list()).toEqual([]);
  });

  it('removes the job and the PAR again on a Ctrl-C between two creates, and creates no run', async () => {
    const controller = new AbortController();
    const seen: Submission[] = [];
    const ledger = new MemoryLedger((all) => {
      seen.push(...all);
      if (all.some((submission) => submission.jobId)) controller.abort();
    });
    const backend = new OciJobBackend(oci.clients, { ...FAST_FOLLOW, ledger });

    await expect(backend.submit(request(), controller.signal)).rejects.toThrow(SubmissionCancelledError);

    const last = seen.at(-1)!;
    expect(last.jobId).toBeDefined();
    expect(last.runId).toBeUndefined();
    expect(['DELETING', 'DELETED']).toContain(await jobState(last.jobId!));
    const { items: runs } = await oci.clients.dataScience.listJobRuns({ compartmentId: last.compartmentId, jobId: last.jobId! });
    expect(runs).toEqual([]);
    expect(await parsOf(last.id)).toEqual([]);
    expect(ledger.list()).toEqual([]);
  });

  it('finds, by its tag, a job whose CreateJob answer never came, and removes it', async () => {
    const clients = await createOciClients(oci.emulator.env, { ...FAST_RETRIES, maxAttempts: 1 });
    const seen: Submission[] = [];
    const backend = new OciJobBackend(clients, { ...FAST_FOLLOW, ledger: { save: (s) => seen.push(structuredClone(s)), forget: () => undefined } });
    oci.emulator.setFaults({ dropRate: 1, phase: 'after', match: /^POST \/20190101\/jobs$/ });
    try {
      await expect(backend.submit(request({ outputUri: undefined }))).rejects.toBeDefined();
    } finally {
      oci.emulator.setFaults(undefined);
      clients.close();
    }
    const id = seen[0]!.id;
    expect(seen.some((submission) => submission.jobId)).toBe(false);
    const { items } = await oci.clients.dataScience.listJobs({ compartmentId: oci.emulator.compartmentId, projectId: oci.emulator.projectId });
    const made = items.filter((job) => job.freeformTags?.['oci-run-notebook-submission'] === id);
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((job) => ['DELETING', 'DELETED'].includes(job.lifecycleState))).toBe(true);
    expect(parName(id, 'output')).toBe(`oci-run-notebook-${id}-output`);
  });
});

describe('the output PAR of a run whose output URI names the run', () => {
  it("allows only the run's own prefix, is handed over sealed once the run exists, and leaves nothing behind", async () => {
    const backend = new OciJobBackend(oci.clients, { ...FAST_FOLLOW, ledger: new MemoryLedger() });
    const writes = codeCell('open("written.txt", "w").write("by the notebook")');
    const req = request({ outputUri: `${oci.emulator.env.OCI_OUTPUT_URI}/scoped/$JOB_RUN_OCID`, notebook: { path: `notebooks/scoped.ipynb`, content: notebookBytes(writes) } });

    const handle = await backend.submit(req);

    const submission = submissionOf(handle)!;
    const handoverObject = `runs/scoped/.oci-run-notebook-handover-${submission.id}`;
    const { items } = await oci.clients.objectStorage.listPreauthenticatedRequests({ namespaceName: oci.emulator.namespace, bucketName: oci.emulator.outputBucket });
    const mine = items.filter((par) => par.name.includes(submission.id)).map((par) => [par.name.replace(submission.id, 'ID'), par.accessType, par.objectName]);
    expect(mine.sort()).toEqual([
      ['oci-run-notebook-ID-handover', 'AnyObjectRead', handoverObject],
      ['oci-run-notebook-ID-output', 'AnyObjectWrite', `runs/scoped/${handle.runId}/`],
    ]);
    const sealed = await objectText(handoverObject);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[0-9a-f]{64}$/);

    const result = await backend.follow(handle);
    expect(result.state).toBe('SUCCEEDED');
    expect(result.outputUri).toBe(`${oci.emulator.env.OCI_OUTPUT_URI}/scoped/${handle.runId}/scoped.ipynb`);
    expect(await objectText(`runs/scoped/${handle.runId}/written.txt`)).toBe('by the notebook');
    expect(await parsOf(submission.id)).toEqual([]);
    await expect(objectText(handoverObject)).rejects.toMatchObject({ statusCode: 404 });
  });
});

async function objectText(objectName: string): Promise<string> {
  const response = await oci.clients.objectStorage.getObject({ namespaceName: oci.emulator.namespace, bucketName: oci.emulator.outputBucket, objectName });
  return new Response(response.value as ReadableStream).text();
}
