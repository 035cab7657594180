import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LogLine } from '../../src/backends/backend.js';
import { OciJobBackend, submissionOf } from '../../src/backends/oci/oci-job-backend.js';
import { RunRequestError } from '../../src/engine/run-request-error.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import { parseParameterMap } from '../../src/engine/input-values.js';
import { runNotebooks } from '../../src/engine/run-notebooks.js';
import { createOciClients } from '../../src/oci/clients.js';
import { parseObjectStorageUri } from '../../src/oci/object-storage-uri.js';
import { generateKeyPairSync } from 'node:crypto';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { aRequest } from '../support/requests.js';
import { callsTo, FAST_FOLLOW, FAST_RETRIES, startEmulatedOci, type EmulatedOci } from '../support/emulated-oci.js';
import { scaledClock } from '../support/clock.js';
import { STRICT_DELAYS } from '../../src/emulator/emulator.js';

let oci: EmulatedOci;
beforeAll(async () => {
  oci = await startEmulatedOci();
});
afterAll(async () => {
  await oci?.close();
});

let counter = 0;
function request(cells: Parameters<typeof notebookBytes>, overrides: Partial<RunRequest> = {}): RunRequest {
  counter += 1;
  const { env } = oci.emulator;
  return aRequest({
    notebook: { path: `notebooks/test-${counter}.ipynb`, content: notebookBytes(...cells) },
    jobName: `test-${counter}`,
    compartmentId: env.OCI_COMPARTMENT_ID!,
    projectId: env.OCI_PROJECT_ID!,
    logGroupId: env.OCI_LOG_GROUP_ID!,
    outputUri: `${env.OCI_OUTPUT_URI}/test-${counter}`,
    ...overrides,
  });
}

async function run(req: RunRequest) {
  const logs: LogLine[] = [];
  const [result] = await runNotebooks([req], oci.backend, { maxParallel: 1, wait: true, onLog: (line) => logs.push(line) });
  return { result: result!, logs: logs.map((line) => line.message) };
}

async function download(uri: string): Promise<string> {
  const location = parseObjectStorageUri(uri)!;
  const response = await oci.clients.objectStorage.getObject({
    namespaceName: location.namespace,
    bucketName: location.bucket,
    objectName: location.prefix,
  });
  return new Response(response.value as ReadableStream).text();
}

describe('running a notebook as an OCI Data Science job run', () => {
  it('runs a passing notebook to SUCCEEDED and uploads the executed notebook', async () => {
    const { result, logs } = await run(request([codeCell('print("first line")'), codeCell('print(6 * 7)')]));
    expect(result.state).toBe('SUCCEEDED');
    expect(result.runId).toMatch(/^ocid1\.datasciencejobrun\./);
    expect(result.jobId).toMatch(/^ocid1\.datasciencejob\./);
    expect(logs.indexOf('first line')).toBeGreaterThanOrEqual(0);
    expect(logs.indexOf('42')).toBeGreaterThan(logs.indexOf('first line'));
    expect(new Set(logs.filter((line) => line === '42')).size).toBe(1);
    expect(logs.filter((line) => line === '42')).toHaveLength(1);
    expect(result.timeAccepted && result.timeStarted && result.timeFinished).toBeTruthy();
    expect(result.durationSeconds).toBeGreaterThanOrEqual(0);
    expect(result.outputUri).toBe(`${oci.emulator.env.OCI_OUTPUT_URI}/test-${counter}/test-${counter}.ipynb`);
    const executed = JSON.parse(await download(result.outputUri!));
    expect(JSON.stringify(executed.cells[1].outputs)).toContain('42');
  });

  it('reports a failing cell as FAILED with its number, and still uploads the notebook with the traceback', async () => {
    const { result, logs } = await run(
      request([codeCell('print("before")'), codeCell('raise ValueError("bad input data")'), codeCell('print("never printed")')]),
    );
    expect(result.state).toBe('FAILED');
    expect(result.failedCell).toEqual({ cell: 2, message: expect.stringContaining('ValueError: bad input data') });
    expect(result.error).toContain('cell 2 failed');
    expect(logs.join('\n')).toContain('ValueError');
    expect(logs).not.toContain('never printed');
    const executed = JSON.parse(await download(result.outputUri!));
    expect(JSON.stringify(executed.cells[1].outputs)).toContain('bad input data');
  });

  it('reports the failing cell and its exception without any log, from the result record beside the notebook', async () => {
    const { result, logs } = await run(request([codeCell('print("before")'), codeCell('raise KeyError("no such column")')], { logGroupId: undefined }));
    expect(logs).toEqual([]);
    expect(result.state).toBe('FAILED');
    expect(result.failedCell).toEqual({ cell: 2, message: "KeyError: 'no such column'" });
    expect(result.error).toBe("cell 2 failed: KeyError: 'no such column'");
  });

  it('never runs a cell tagged with an excluded tag', async () => {
    const { result, logs } = await run(
      request([codeCell('raise SystemExit("excluded cell ran")', ['remove']), codeCell('print("kept")')], { excludeTags: ['remove'] }),
    );
    expect(result.state).toBe('SUCCEEDED');
    expect(logs).toContain('kept');
  });

  it('hands environment variables and parameters to the notebook, typed as papermill types them', async () => {
    const parameters = await parseParameterMap('alpha: 0.25\nscale: 1.0\nvalues: [1, 2.0]\nbig: 123456789012345678901234567890\nenabled: yes', 'parameters');
    const show = 'print("typed", type(scale).__name__, values, big + 1, enabled)';
    const { result, logs } = await run(
      request([codeCell('alpha = 1', ['parameters']), codeCell(`import os\nprint("alpha", alpha)\nprint("greeting", os.environ["GREETING"])\n${show}`)], {
        environmentVariables: { GREETING: 'hello from env' },
        parameters,
      }),
    );
    expect(result.state).toBe('SUCCEEDED');
    expect(logs).toEqual(expect.arrayContaining(['alpha 0.25', 'greeting hello from env', 'typed float [1, 2.0] 123456789012345678901234567891 True']));
  });

  it('numbers a failing cell as in the user\'s file, even after injected parameters', async () => {
    const { result } = await run(
      request([codeCell('rate = 1', ['parameters']), codeCell('print(rate)'), codeCell('raise RuntimeError("third cell")')], { parameters: { rate: 2 } }),
    );
    expect(result.failedCell).toEqual({ cell: 3, message: 'RuntimeError: third cell' });
  });

  it('fails a run whose cell outlives the cell timeout, at that cell', async () => {
    const req = request([codeCell('print("quick")'), codeCell('import time\ntime.sleep(60)'), codeCell('print("never reached")')], { cellTimeoutSeconds: 1 });
    const { result, logs } = await run(req);
    expect(result.state).toBe('FAILED');
    expect(result.failedCell).toEqual({ cell: 2, message: 'CellTimeoutError: the cell did not finish within NOTEBOOK_CELL_TIMEOUT=1 seconds' });
    expect(logs).toContain('quick');
    expect(logs).not.toContain('never reached');
    const job = await oci.clients.dataScience.getJob({ jobId: result.jobId! });
    expect((job.job.jobConfigurationDetails as { environmentVariables?: Record<string, string> }).environmentVariables?.NOTEBOOK_CELL_TIMEOUT).toBe('1');
  });

  it('cancels a run that outlives its deadline and waits for CANCELED', async () => {
    const req = request([codeCell('import time\nprint("sleeping", flush=True)\ntime.sleep(120)')]);
    const handle = await oci.backend.submit(req);
    const result = await oci.backend.follow({ ...handle, deadline: new Date(Date.now() + 3000).toISOString() });
    expect(result.state).toBe('CANCELED');
    expect(result.error).toMatch(/timed out/);
  });

  it('gives the output PAR a lifetime that covers the wait to start and the runtime, and allows the output folder only', async () => {
    const req = request([codeCell('1')], { maximumRuntimeInMinutes: 30, maxQueueMinutes: 20 });
    const handle = await oci.backend.submit(req);
    await oci.backend.cancel(handle);
    const location = parseObjectStorageUri(req.outputUri!)!;
    const { preauthenticatedRequestSummary: par } = await oci.clients.objectStorage.getPreauthenticatedRequest({
      namespaceName: location.namespace,
      bucketName: location.bucket,
      parId: submissionOf(handle)!.parIds[0]!,
    });
    const minutes = (new Date(par.timeExpires).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(20 + 30 + 10);
    expect(minutes).toBeLessThanOrEqual(20 + 30 + 15);
    expect(par.objectName).toBe(`${location.prefix}/`);
  });

  it('cancels the run when the caller aborts', async () => {
    const controller = new AbortController();
    const promise = runNotebooks([request([codeCell('import time\ntime.sleep(120)')])], oci.backend, {
      maxParallel: 1,
      wait: true,
      signal: controller.signal,
      onSubmitted: () => setTimeout(() => controller.abort(), 1000),
    });
    const [result] = await promise;
    expect(result!.state).toBe('CANCELED');
    expect(result!.error).toMatch(/cancelled/);
  });

  it('makes exactly one job and one run when calls answer 429 and 503', async () => {
    const req = request([codeCell('print("ok")')]);
    oci.emulator.setFaults({ errorRate: 0.5, errorStatuses: [429, 503], phase: 'after', seed: 7, match: /^(POST|PUT) / });
    let handle;
    try {
      handle = await oci.backend.submit(req);
    } finally {
      oci.emulator.setFaults(undefined);
    }
    const { items: jobs } = await oci.clients.dataScience.listJobs({ compartmentId: req.compartmentId, displayName: req.jobName });
    const { items: runs } = await oci.clients.dataScience.listJobRuns({ compartmentId: req.compartmentId, jobId: handle.jobId });
    expect(jobs.map((job) => job.id)).toEqual([handle.jobId]);
    expect(runs.map((jobRun) => jobRun.id)).toEqual([handle.runId]);
    expect(callsTo(oci.emulator, 'POST', /\/jobs$/)).toBeGreaterThan(1);
    expect((await oci.backend.follow(handle)).state).toBe('SUCCEEDED');
  });

  it('deletes the job again when its run cannot be created', async () => {
    const clients = await createOciClients(oci.emulator.env, { ...FAST_RETRIES, maxAttempts: 2 });
    const backend = new OciJobBackend(clients, FAST_FOLLOW);
    const req = request([codeCell('1')]);
    oci.emulator.setFaults({ errorRate: 1, errorStatuses: [500], phase: 'before', match: /^POST \/20190101\/jobRuns$/ });
    try {
      await expect(backend.submit(req)).rejects.toMatchObject({ statusCode: 500 });
    } finally {
      oci.emulator.setFaults(undefined);
      clients.close();
    }
    const { items: jobs } = await oci.clients.dataScience.listJobs({ compartmentId: req.compartmentId, displayName: req.jobName });
    expect(jobs.every((job) => ['DELETING', 'DELETED'].includes(job.lifecycleState))).toBe(true);
  });

  it('refuses requests signed with a key the service does not know', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const env = { ...oci.emulator.env, OCI_CLI_KEY_CONTENT: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    const clients = await createOciClients(env, { ...FAST_RETRIES, maxAttempts: 1 });
    try {
      const [result] = await runNotebooks([request([codeCell('1')], { outputUri: undefined })], new OciJobBackend(clients, FAST_FOLLOW), {
        maxParallel: 1,
        wait: true,
      });
      expect(result!.state).toBe('NOT_SUBMITTED');
      expect(result!.error).toMatch(/401 NotAuthenticated/);
    } finally {
      clients.close();
    }
  });

  it.each([
    ['a malformed OCID', { compartmentId: 'ocid1.compartment' }, /compartmentId: expected an OCID/],
    ['an output URI of the wrong form', { outputUri: 'oci://bucket/prefix' }, /outputUri: expected oci:\/\/bucket@namespace\/prefix/],
    ['block storage under 50 GB', { blockStorageSizeInGBs: 49 }, /blockStorageSizeInGBs: .*at least 50, got 49/],
    ['a file that is not an nbformat 4 notebook', { notebook: { path: 'x.ipynb', content: new TextEncoder().encode('{"cells": []}') } }, /notebook: x\.ipynb: nbformat undefined is not supported/],
  ])('refuses %s before any API call', async (_case, overrides, message) => {
    const before = oci.emulator.requests.length;
    const good = request([codeCell('1')]);
    const bad = { ...good, ...overrides } as RunRequest;
    await expect(runNotebooks([good, bad], oci.backend, { maxParallel: 2, wait: false })).rejects.toThrow(RunRequestError);
    await expect(runNotebooks([good, bad], oci.backend, { maxParallel: 2, wait: false })).rejects.toThrow(message);
    expect(oci.emulator.requests.length).toBe(before);
  });

  it('runs notebooks in parallel, each to its own result', async () => {
    const requests = [1, 2, 3].map((n) => request([codeCell(`print("notebook ${n}")`)]));
    const results = await runNotebooks(requests, oci.backend, { maxParallel: 3, wait: true });
    expect(results.map((result) => result.state)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(new Set(results.map((result) => result.runId)).size).toBe(3);
  });
});

describe("against OCI's own delays (a clock 20 times faster, every default as shipped)", () => {
  it('prints every line of a run whose log is named late, whose lines arrive 40 s late, in a log group of another compartment', async () => {
    const clock = scaledClock(20);
    // STRICT_DELAYS: 20 s ACCEPTED without logDetails, lines searchable 40 s after they are written.
    const strict = await startEmulatedOci({ ...STRICT_DELAYS, clock }, { clock });
    try {
      const { env } = strict.emulator;
      expect(env.OCI_LOG_COMPARTMENT_ID).not.toBe(env.OCI_COMPARTMENT_ID);
      const lines: string[] = [];
      const [result] = await runNotebooks(
        [
          aRequest({
            notebook: { path: 'late.ipynb', content: notebookBytes(codeCell('for i in range(5):\n    print(f"line {i}", flush=True)')) },
            compartmentId: env.OCI_COMPARTMENT_ID!,
            projectId: env.OCI_PROJECT_ID!,
            logGroupId: env.OCI_LOG_GROUP_ID!,
          }),
        ],
        strict.backend,
        { maxParallel: 1, wait: true, onLog: (line) => lines.push(line.message) },
      );
      expect(result!.state).toBe('SUCCEEDED');
      expect(lines.filter((line) => line.startsWith('line '))).toEqual(['line 0', 'line 1', 'line 2', 'line 3', 'line 4']);
      expect(lines.at(-1)).toBe('oci-run-notebook: notebook succeeded');
      expect(callsTo(strict.emulator, 'GET', /^\/20200531\/logGroups\/[^/]+$/)).toBe(1);
    } finally {
      await strict.close();
    }
  });
});
