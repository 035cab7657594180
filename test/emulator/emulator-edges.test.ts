import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { SYSTEM_CLOCK } from '../../src/engine/clock.js';
import { jobRoutes } from '../../src/emulator/data-science-jobs.js';
import { DataScienceStore, type JobRecord, type JobRunRecord } from '../../src/emulator/data-science-model.js';
import { JobRunLifecycle } from '../../src/emulator/job-run-lifecycle.js';
import { LogStore } from '../../src/emulator/log-store.js';
import type { EmulatorRequest, Route } from '../../src/emulator/route.js';
import { ServiceError } from '../../src/emulator/service-error.js';
import { Tenancy } from '../../src/emulator/tenancy.js';
import { errorBody, ociError, sdkClients, type ClientSet } from './sdk-clients.js';
import { jobDetails } from './job-fixtures.js';

/** A job with a script artifact named `fileName`, and one ACCEPTED run of it, in a fresh store. */
function jobAndRun(tenancy: Tenancy, fileName: string) {
  const store = new DataScienceStore();
  const job = {
    id: 'ocid1.datasciencejob.oc1.iad.job',
    input: { compartmentId: tenancy.compartmentId, jobConfigurationDetails: { jobType: 'DEFAULT' } },
    lifecycleState: 'ACTIVE',
    version: 1,
    artifact: { bytes: new TextEncoder().encode('echo hi'), fileName, contentDisposition: `attachment; filename=${fileName}`, md5: '', timeCreated: new Date() },
  } as unknown as JobRecord;
  const run = {
    id: 'ocid1.datasciencejobrun.oc1.iad.run',
    jobId: job.id,
    compartmentId: tenancy.compartmentId,
    lifecycleState: 'ACCEPTED',
    jobConfigurationOverrideDetails: { jobType: 'EMPTY' },
    version: 1,
  } as unknown as JobRunRecord;
  store.jobs.set(job.id, job);
  store.runs.set(run.id, run);
  return { store, job, run };
}

function request(params: Record<string, string>, query = ''): EmulatorRequest {
  return { method: 'GET', path: '/', query: new URLSearchParams(query), headers: {}, body: Buffer.alloc(0), params };
}

function handler(routes: Route[], operation: string): Route['handle'] {
  return routes.find((route) => route.operation === operation)!.handle;
}

describe('job run lifecycle edges', () => {
  let workDir: string;
  const tenancy = new Tenancy('us-ashburn-1');

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'emulator-lifecycle-'));
  });
  afterAll(() => rm(workDir, { recursive: true, force: true }));

  function lifecycleFor(store: DataScienceStore) {
    return new JobRunLifecycle(tenancy, store, new LogStore(0), {
      startDelayMs: 0,
      clock: SYSTEM_CLOCK,
      stopGraceMs: 100,
      workDir,
      python: () => Promise.resolve('python3'),
    });
  }

  it('refuses a job run with 503 ServiceUnavailable once close() has begun', async () => {
    const { store, run } = jobAndRun(tenancy, 'a.sh');
    const lifecycle = lifecycleFor(store);
    const closing = lifecycle.close();
    let refused: unknown;
    try {
      lifecycle.accept(run);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ServiceError);
    expect([(refused as ServiceError).status, (refused as ServiceError).code]).toEqual([503, 'ServiceUnavailable']);
    await closing;
    expect(run.lifecycleState).toBe('ACCEPTED');
  });

  it('ends a run canceled while its artifact is unpacked as CANCELED, even when the unpack fails', async () => {
    const { store, run } = jobAndRun(tenancy, 'not-a-script.txt');
    const lifecycle = lifecycleFor(store);
    // Cancel the moment the run goes IN_PROGRESS, before the (failing) unpack has finished.
    let state = run.lifecycleState;
    Object.defineProperty(run, 'lifecycleState', {
      get: () => state,
      set: (next: JobRunRecord['lifecycleState']) => {
        state = next;
        if (next === 'IN_PROGRESS') queueMicrotask(() => lifecycle.cancel(run));
      },
    });
    lifecycle.accept(run);
    await lifecycle.cancelAndWait(run);
    expect([run.lifecycleState, run.lifecycleDetails]).toEqual(['CANCELED', undefined]);
  });

  it('marks the delete work request FAILED, and the job, when its runs cannot be ended', async () => {
    const { store, job } = jobAndRun(tenancy, 'a.sh');
    const routes = jobRoutes(tenancy, store, { cancelAndWait: () => Promise.reject(new Error('the process table is unreadable')) });
    const deleted = await handler(routes, 'deleteJob')(request({ jobId: job.id }, 'deleteRelatedJobRuns=true'));
    const workRequestId = deleted.headers!['opc-work-request-id']!;
    await new Promise((resolve) => setImmediate(resolve));
    const workRequest = (await handler(routes, 'getWorkRequest')(request({ workRequestId }))).json as { status: string; timeFinished?: string };
    expect(workRequest.status).toBe('FAILED');
    expect(workRequest.timeFinished).toBeDefined();
    expect(job.lifecycleState).toBe('FAILED');
    expect(job.lifecycleDetails).toMatch(/the process table is unreadable/);
  });
});

describe('emulator answers that must not fail or leak', () => {
  let emulator: Emulator;
  let clients: ClientSet;

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    emulator = await startEmulator();
    clients = sdkClients(emulator);
  });
  afterAll(() => emulator.close());

  it('answers 400 InvalidParameter for a content-disposition filename that is not valid percent-encoding', async () => {
    const { job } = await clients.dataScience.createJob({ createJobDetails: jobDetails(emulator, {}) });
    const bytes = Buffer.from('echo hi');
    const error = await ociError(
      clients.dataScience.createJobArtifact({
        jobId: job.id,
        jobArtifact: bytes,
        contentLength: bytes.length,
        contentDisposition: "attachment; filename*=UTF-8''bad%E0%A4%A.sh",
      }),
    );
    expect([error.statusCode, error.serviceCode]).toEqual([400, 'InvalidParameter']);
    expect(error.message).toMatch(/percent-encoding/);
  });

  it('does not echo the token of an unknown pre-authenticated path in its 404', async () => {
    const token = 'secret-par-token-1234';
    const answer = await fetch(`${emulator.url}/p/${token}/nothing/here`);
    expect(answer.status).toBe(404);
    const body = await errorBody(answer);
    expect(body.code).toBe('NotAuthorizedOrNotFound');
    expect(body.message).not.toContain(token);
    expect(body.message).toContain('/p/<token>/nothing/here');
  });

  it('leaves no temporary work folder behind when its port is taken', async () => {
    const previous = process.env.TMPDIR;
    const scratch = await mkdtemp(join(tmpdir(), 'emulator-tmpdir-'));
    process.env.TMPDIR = scratch;
    try {
      await expect(startEmulator({ port: emulator.port })).rejects.toThrow(/EADDRINUSE/);
      expect(await readdir(scratch)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
