import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fdk from '@fnproject/fdk';
import { setTimeout as sleep } from 'node:timers/promises';
import type { models } from 'oci-datascience';
import { createFunctionHandler, type FunctionHandler } from '../../src/function/handler.js';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import { parseObjectStorageUri } from '../../src/oci/object-storage-uri.js';
import { FAST_RETRIES } from '../support/emulated-oci.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { gatewayStatus, invokeOverSocket, socketDirectory, waitForSocket, type FnAnswer } from './fn-socket.js';
import { serveNotebooks, type NotebookServer } from './notebook-server.js';

const SECRET = 'pipeline-secret-value-4711';

let emulator: Emulator;
let clients: OciClients;
let notebooks: NotebookServer;
let handler: FunctionHandler;
let stopFdk: () => void;
let removeSocketDir: () => Promise<void>;
let socket: string;
const logs: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ startDelayMs: 50 });
  clients = await createOciClients(emulator.env, FAST_RETRIES);
  notebooks = await serveNotebooks({
    '/notebooks/hello.ipynb': notebookBytes(
      codeCell('greeting = "default"', ['parameters']),
      codeCell('import os\nprint(greeting, os.environ["API_TOKEN"] == "' + SECRET + '")'),
      codeCell('raise RuntimeError("cells tagged ignore must not run")', ['ignore']),
      codeCell('print("done")'),
    ),
  });
  handler = createFunctionHandler({ env: emulator.env, retryPolicy: FAST_RETRIES, log: (line) => logs.push(line) });
  const dir = await socketDirectory();
  socket = dir.socket;
  removeSocketDir = dir.remove;
  // The FDK reads its protocol and socket from the environment, as in Fn's container.
  const saved = { FN_FORMAT: process.env.FN_FORMAT, FN_LISTENER: process.env.FN_LISTENER };
  process.env.FN_FORMAT = 'http-stream';
  process.env.FN_LISTENER = `unix:${socket}`;
  stopFdk = fdk.handle((input: Uint8Array, context) => handler.handle(input, context), { inputMode: 'buffer' });
  Object.assign(process.env, saved);
  await waitForSocket(socket);
});

afterAll(async () => {
  stopFdk?.();
  handler?.close();
  clients?.close();
  await notebooks?.close();
  await emulator?.close();
  await removeSocketDir?.();
});

afterEach(() => emulator.setFaults(undefined));

/** The request the original ADS function's users send, with the emulator's resources. */
function sampleRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { env } = emulator;
  return {
    noteBook: `${notebooks.url}/notebooks/hello.ipynb`,
    jobName: 'nightly-hello',
    logGroupId: env.OCI_LOG_GROUP_ID,
    projectId: env.OCI_PROJECT_ID,
    compartmentId: env.OCI_COMPARTMENT_ID,
    outputFolder: `${env.OCI_OUTPUT_URI}/pipeline`,
    env: { API_TOKEN: SECRET },
    parameters: { greeting: 'hello from the pipeline' },
    ...overrides,
  };
}

const invoke = (body: unknown, options?: Parameters<typeof invokeOverSocket>[2]) =>
  invokeOverSocket(socket, typeof body === 'string' ? body : JSON.stringify(body), options);

const status = (jobRunId: string) => invoke({ operation: 'status', jobRunId });

async function statusUntilTerminal(jobRunId: string): Promise<FnAnswer> {
  const giveUp = Date.now() + 60_000;
  for (;;) {
    const answer = await status(jobRunId);
    if (answer.body.terminal !== false || Date.now() > giveUp) return answer;
    await sleep(250);
  }
}

async function download(uri: string): Promise<string> {
  const location = parseObjectStorageUri(uri)!;
  const response = await clients.objectStorage.getObject({ namespaceName: location.namespace, bucketName: location.bucket, objectName: location.prefix });
  return new Response(response.value as ReadableStream).text();
}

const callsToOci = () => emulator.requests.filter((request) => !request.path.startsWith('/p/')).length;

describe('the OCI Function, called through the FDK on a unix socket as Fn calls it', () => {
  let submitted: { id: string; jobId: string };

  it('submits the sample request without waiting and answers {id, jobId}', async () => {
    const answer = await invoke(sampleRequest());

    expect(answer.status).toBe(200);
    expect(gatewayStatus(answer)).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(answer.body).sort()).toEqual(['id', 'jobId']);
    expect(answer.body.id).toMatch(/^ocid1\.datasciencejobrun\./);
    expect(answer.body.jobId).toMatch(/^ocid1\.datasciencejob\./);
    submitted = answer.body as typeof submitted;
    const { jobRun } = await clients.dataScience.getJobRun({ jobRunId: submitted.id });
    expect(jobRun.jobId).toBe(submitted.jobId);
    expect(['ACCEPTED', 'IN_PROGRESS']).toContain(jobRun.lifecycleState);
  });

  it("creates the job with the original function's defaults", async () => {
    const { job } = await clients.dataScience.getJob({ jobId: submitted.jobId });
    const infrastructure = job.jobInfrastructureConfigurationDetails as models.ManagedEgressStandaloneJobInfrastructureConfigurationDetails;
    expect(infrastructure.shapeName).toBe('VM.Standard.E3.Flex');
    expect(infrastructure.jobShapeConfigDetails).toEqual({ ocpus: 1, memoryInGBs: 16 });
    expect(infrastructure.blockStorageSizeInGBs).toBe(50);
    const variables = (job.jobConfigurationDetails as models.DefaultJobConfigurationDetails).environmentVariables!;
    expect(variables.CONDA_ENV_SLUG).toBe('tensorflow28_p38_cpu_v1');
    expect(JSON.parse(variables.NOTEBOOK_EXCLUDE_TAGS!)).toEqual(['ignore', 'remove']);
    expect(variables.OUTPUT_URI).toBe(`${emulator.env.OCI_OUTPUT_URI}/pipeline`);
    expect(job.displayName).toBe('nightly-hello');
  });

  it('follows the run with the status operation to SUCCEEDED and names the executed notebook', async () => {
    const answer = await statusUntilTerminal(submitted.id);

    expect(gatewayStatus(answer)).toBe(200);
    expect(answer.body).toMatchObject({
      id: submitted.id,
      jobId: submitted.jobId,
      lifecycleState: 'SUCCEEDED',
      terminal: true,
      succeeded: true,
      outputUri: `${emulator.env.OCI_OUTPUT_URI}/pipeline/hello.ipynb`,
    });
    expect(answer.body.timeAccepted && answer.body.timeStarted && answer.body.timeFinished).toBeTruthy();
    const executed = JSON.parse(await download(answer.body.outputUri as string)) as { cells: { metadata: { tags?: string[] }; outputs?: unknown[] }[] };
    const outputs = executed.cells.map((cell) => JSON.stringify(cell.outputs ?? []));
    expect(outputs.join('\n')).toContain('hello from the pipeline True');
    expect(outputs.join('\n')).toContain('done');
    expect(outputs.join('\n')).not.toContain('RuntimeError');
  });

  it('answers a run still going as not terminal', async () => {
    const { body } = await invoke(sampleRequest({ jobName: 'still-going' }));
    const answer = await status(body.id as string);
    expect(answer.body).toMatchObject({ terminal: false, succeeded: false });
    expect(['ACCEPTED', 'IN_PROGRESS']).toContain(answer.body.lifecycleState);
    await statusUntilTerminal(body.id as string);
  });

  it('answers the status operation by path behind an HTTP gateway, with the run id in the query', async () => {
    const answer = await invoke('', { requestUrl: `https://gateway.example/notebooks/status?jobRunId=${submitted.id}`, method: 'GET' });
    expect(gatewayStatus(answer)).toBe(200);
    expect(answer.body).toMatchObject({ id: submitted.id, lifecycleState: 'SUCCEEDED', terminal: true });
  });

  it('names every missing required field with 400 and creates nothing', async () => {
    const before = callsToOci();
    const answer = await invoke({ noteBook: `${notebooks.url}/notebooks/hello.ipynb`, jobName: '', projectId: null });

    expect(gatewayStatus(answer)).toBe(400);
    expect(answer.body).toEqual({
      status: '400',
      info: 'missing required fields: jobName, logGroupId, projectId, compartmentId, outputFolder',
    });
    expect(callsToOci()).toBe(before);
  });

  it('answers malformed JSON with 400 saying so, without echoing the body', async () => {
    const answer = await invoke(`{"noteBook": "x", "env": {"API_TOKEN": "${SECRET}"`);
    expect(gatewayStatus(answer)).toBe(400);
    expect(answer.body.status).toBe('400');
    expect(answer.body.info).toMatch(/^malformed JSON in the request body/);
    expect(answer.text).not.toContain(SECRET);
  });

  it('refuses invalid values with 400 naming the field as the request spells it, before any OCI call', async () => {
    const before = callsToOci();
    const badOcid = await invoke(sampleRequest({ projectId: 'ocid1.compartment.oc1..notaproject' }));
    expect(gatewayStatus(badOcid)).toBe(400);
    expect(badOcid.body.info).toMatch(/^projectId: expected an OCID of a datascienceproject/);

    const tooSmall = await invoke(sampleRequest({ blockStorageSize: 20 }));
    expect(tooSmall.body).toEqual({ status: '400', info: expect.stringMatching(/^blockStorageSize: .*at least 50, got 20$/) });

    const badOutput = await invoke(sampleRequest({ outputFolder: 's3://bucket/prefix' }));
    expect(badOutput.body.info).toMatch(/^outputFolder: expected oci:\/\/bucket@namespace\/prefix/);
    expect(callsToOci()).toBe(before);
  });

  it('refuses a notebook that cannot be fetched with 400 naming noteBook', async () => {
    const missing = await invoke(sampleRequest({ noteBook: `${notebooks.url}/notebooks/missing.ipynb` }));
    expect(gatewayStatus(missing)).toBe(400);
    expect(missing.body.info).toMatch(/^noteBook: .*missing\.ipynb.*not found/);

    const local = await invoke(sampleRequest({ noteBook: '/etc/passwd' }));
    expect(local.body.info).toMatch(/^noteBook: expected a URL/);
  });

  it("passes OCI's 404 through with the service's code and message", async () => {
    const answer = await invoke(sampleRequest({ projectId: 'ocid1.datascienceproject.oc1.iad.doesnotexist' }));

    expect(gatewayStatus(answer)).toBe(404);
    expect(answer.body).toMatchObject({ status: '404', code: 'NotAuthorizedOrNotFound' });
    expect(answer.body.message).toContain('doesnotexist');
    expect(answer.body.info).toMatch(/404 NotAuthorizedOrNotFound/);
  });

  it('answers 502 with the code when OCI keeps failing with 500s, and leaves nothing behind', async () => {
    emulator.setFaults({ errorRate: 1, errorStatuses: [500], match: /^POST \/20190101\/jobRuns$/ });
    const answer = await invoke(sampleRequest({ jobName: 'service-down' }));

    expect(gatewayStatus(answer)).toBe(502);
    expect(answer.body).toMatchObject({ status: '502', code: 'InternalServerError' });
    emulator.setFaults(undefined);
    const jobs = await clients.dataScience.listJobs({ compartmentId: emulator.env.OCI_COMPARTMENT_ID!, displayName: 'service-down' });
    expect(jobs.items.filter((job) => job.lifecycleState !== 'DELETED' && job.lifecycleState !== 'DELETING')).toEqual([]);
  });

  it('answers the status of an unknown run with 404, and a malformed run id with 400', async () => {
    const unknown = await status('ocid1.datasciencejobrun.oc1.iad.doesnotexist');
    expect(gatewayStatus(unknown)).toBe(404);
    expect(unknown.body).toMatchObject({ status: '404', code: 'NotAuthorizedOrNotFound' });

    const malformed = await status('not-a-run');
    expect(malformed.body).toEqual({ status: '400', info: expect.stringMatching(/^jobRunId: expected the OCID of a job run/) });
  });

  it('never writes a stack trace or a secret into its answers or its log', async () => {
    expect(logs.length).toBeGreaterThan(5);
    expect(logs.join('\n')).not.toContain(SECRET);
    expect(logs.join('\n')).not.toMatch(/\n\s+at /);
    expect(logs.join('\n')).not.toContain('/p/');
  });
});
