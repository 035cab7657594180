import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { FaultInjector } from '../../src/emulator/faults.js';
import { jobDetails } from './job-fixtures.js';
import * as common from 'oci-common';
import { authFrom, fastRetries, ociError, sdkClients, type ClientSet, errorBody } from './sdk-clients.js';

describe('fault injection', () => {
  let emulator: Emulator;
  let clients: ClientSet;

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    emulator = await startEmulator();
    clients = sdkClients(emulator, fastRetries);
  });
  afterAll(() => emulator.close());

  async function jobsNamed(displayName: string): Promise<number> {
    const listed = await clients.dataScience.listJobs({ compartmentId: emulator.compartmentId, displayName });
    return listed.items.length;
  }

  it.each([
    ['503 answers', { errorRate: 0.6, errorStatuses: [503] }],
    ['dropped connections', { dropRate: 0.6 }],
  ])("leaves exactly one job when 'after'-phase %s make the SDK retry createJob", async (name, faults) => {
    const displayName = `after-${name.replace(/\W/g, '-')}`;
    const before = emulator.requests.filter((request) => request.operation === 'createJob').length;
    emulator.setFaults({ ...faults, phase: 'after', seed: 11, match: /^POST \/20190101\/jobs$/ });
    try {
      const { job } = await clients.dataScience.createJob({
        createJobDetails: { ...jobDetails(emulator, {}), displayName },
      });
      expect(job.displayName).toBe(displayName);
    } finally {
      emulator.setFaults(undefined);
    }
    const attempts = emulator.requests.filter((request) => request.operation === 'createJob').length - before;
    expect(attempts).toBeGreaterThan(1);
    expect(await jobsNamed(displayName)).toBe(1);
  });

  it("answers 429 with retry-after and an opc-request-id in the 'before' phase, without doing the work", async () => {
    emulator.setFaults({ errorRate: 1, errorStatuses: [429], match: /\/b$/ });
    try {
      const noRetry = sdkClients(emulator);
      const error = await ociError(
        noRetry.objectStorage.createBucket({
          namespaceName: emulator.namespace,
          createBucketDetails: { name: 'never-made', compartmentId: emulator.compartmentId },
        }),
      );
      expect([error.statusCode, error.serviceCode]).toEqual([429, 'TooManyRequests']);
      const raw = await fetch(`${emulator.url}/n/${emulator.namespace}/b`, { method: 'POST' });
      expect(raw.status).toBe(429);
      expect(raw.headers.get('retry-after')).toBe('1');
      expect(raw.headers.get('opc-request-id')).toBeTruthy();
    } finally {
      emulator.setFaults(undefined);
    }
    const buckets = await clients.objectStorage.listBuckets({ namespaceName: emulator.namespace, compartmentId: emulator.compartmentId });
    expect(buckets.items.map((bucket) => bucket.name)).not.toContain('never-made');
  });

  // 140, not 150: timers may fire a few ms early relative to Date.now() on a loaded machine.
  it('adds latency to each matched call', async () => {
    emulator.setFaults({ latencyMs: 150 });
    try {
      const started = Date.now();
      await clients.objectStorage.getNamespace({});
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      emulator.setFaults(undefined);
    }
  });

  it('leaves pre-authenticated uploads alone unless match names them', async () => {
    const { preauthenticatedRequest: par } = await clients.objectStorage.createPreauthenticatedRequest({
      namespaceName: emulator.namespace,
      bucketName: emulator.outputBucket,
      createPreauthenticatedRequestDetails: { name: 'p', accessType: 'AnyObjectWrite' as never, timeExpires: new Date(Date.now() + 60_000) },
    });
    const upload = () => fetch(`${par.fullPath}f.txt`, { method: 'PUT', body: 'x' });
    try {
      emulator.setFaults({ errorRate: 1, errorStatuses: [500] });
      expect((await upload()).status).toBe(200);
      emulator.setFaults({ errorRate: 1, errorStatuses: [500], match: /^PUT \/p\// });
      const failed = await upload();
      expect(failed.status).toBe(500);
      expect((await errorBody(failed)).code).toBe('InternalServerError');
    } finally {
      emulator.setFaults(undefined);
    }
    expect((await upload()).status).toBe(200);
  });

  it("makes a PAR for every create, whatever its opc-retry-token, as OCI's takes none: a retried create whose answer was lost leaves one", async () => {
    const path = `/n/${emulator.namespace}/b/${emulator.outputBucket}/p`;
    const body = JSON.stringify({ name: 'same-token', accessType: 'AnyObjectWrite', timeExpires: new Date(Date.now() + 60_000).toISOString() });
    const create = async () => {
      const headers = new Headers({ 'content-type': 'application/json', 'opc-retry-token': 'same-token-par' });
      await new common.DefaultRequestSigner(authFrom(emulator.env)).signHttpRequest({ method: 'POST', uri: `${emulator.url}${path}`, headers, body });
      const response = await fetch(`${emulator.url}${path}`, { method: 'POST', headers, body });
      expect(response.status).toBe(200);
      return ((await response.json()) as { id: string }).id;
    };
    const first = await create();
    const second = await create();
    expect(second).not.toBe(first);
    const { items } = await clients.objectStorage.listPreauthenticatedRequests({ namespaceName: emulator.namespace, bucketName: emulator.outputBucket });
    expect(items.filter((par) => par.name === 'same-token').map((par) => par.id).sort()).toEqual([first, second].sort());
  });

  it('repeats the same faults for the same seed', () => {
    const sequence = (seed: number) => {
      const injector = new FaultInjector({ errorRate: 0.3, dropRate: 0.2, errorStatuses: [429, 500, 503], seed });
      return Array.from({ length: 40 }, () => JSON.stringify(injector.decide('GET', '/n')?.outcome ?? null));
    };
    expect(sequence(5)).toEqual(sequence(5));
    expect(sequence(5)).not.toEqual(sequence(6));
  });

  it('refuses fault options it cannot honour', () => {
    expect(() => emulator.setFaults({ errorRate: 0.5, errorStatuses: [404] })).toThrow(/errorStatuses/);
    expect(() => emulator.setFaults({ errorRate: 0.7, dropRate: 0.7 })).toThrow(/exceed 1/);
  });
});
