import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fdk, { type FdkContext } from '@fnproject/fdk';
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { unzipSync } from 'fflate';
import type { models } from 'oci-datascience';
import { FUNCTION_MAX_NOTEBOOK_BYTES, createFunctionHandler, type FunctionHandler } from '../../src/function/handler.js';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { FAST_EMULATOR } from '../support/emulated-oci.js';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import { parseObjectStorageUri } from '../../src/oci/object-storage-uri.js';
import { FAST_RETRIES } from '../support/emulated-oci.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { gatewayStatus, invokeOverSocket, socketDirectory, waitForSocket, type FnAnswer } from './fn-socket.js';
import { sendBytes, startLocalHttpServer, streamEndlessly, type LocalHttpServer } from '../sources/support/local-http-server.js';

const SECRET = 'pipeline-secret-value-4711';

let emulator: Emulator;
let clients: OciClients;
let notebooks: LocalHttpServer;
let handler: FunctionHandler;
let stopFdk: () => void;
let removeSocketDir: () => Promise<void>;
let socket: string;
const logs: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator(FAST_EMULATOR);
  clients = await createOciClients(emulator.env, FAST_RETRIES);
  const hello = notebookBytes(
    codeCell('greeting = "default"', ['parameters']),
    codeCell('import os\nprint(greeting, os.environ["API_TOKEN"] == "' + SECRET + '")'),
    codeCell('raise RuntimeError("cells tagged ignore must not run")', ['ignore']),
    codeCell('print("done")'),
  );
  notebooks = await startLocalHttpServer((request, response) => {
    switch (request.url) {
      case '/notebooks/hello.ipynb':
        return sendBytes(response, 200, hello, { 'content-type': 'application/x-ipynb+json' });
      case '/notebooks/trickle.ipynb':
        return trickle(response);
      case '/notebooks/huge.ipynb':
        return void streamEndlessly(response, 4 * FUNCTION_MAX_NOTEBOOK_BYTES);
      case '/notebooks/requirements.txt':
        return sendBytes(response, 200, Buffer.from('# nothing to install\n'), { 'content-type': 'text/plain' });
      case '/notebooks/broken.ipynb':
        return sendBytes(response, 503, Buffer.from('Service Unavailable'));
      default:
        return sendBytes(response, 404, Buffer.from('not found'));
    }
  });
  // The test's notebook hosts are on loopback, which the function fetches from only when its owner allows it.
  handler = createFunctionHandler({ env: { ...emulator.env, NOTEBOOK_SOURCES_ALLOWED: 'http://127.0.0.1:' }, retryPolicy: FAST_RETRIES, log: (line) => logs.push(line) });
  const dir = await socketDirectory();
  socket = dir.socket;
  removeSocketDir = dir.remove;
  // The FDK reads its protocol and socket from the environment, as in Fn's container.
  const saved = { FN_FORMAT: process.env.FN_FORMAT, FN_LISTENER: process.env.FN_LISTENER };
  process.env.FN_FORMAT = 'http-stream';
  process.env.FN_LISTENER = `unix:${socket}`;
  stopFdk = fdk.handle((input: Uint8Array, context) => handler.handle(input, context), { inputMode: 'buffer' });
  // Put back exactly what was there: assigning undefined to process.env would set the string "undefined".
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await waitForSocket(socket);
});

/** One byte every 200 ms, forever: a notebook host that never finishes. */
function trickle(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/x-ipynb+json' });
  const timer = setInterval(() => response.write(' '), 200);
  response.on('close', () => clearInterval(timer));
}

afterAll(async () => {
  stopFdk?.();
  handler?.close();
  clients?.close();
  await notebooks?.close();
  await emulator?.close();
  await removeSocketDir?.();
});

afterEach(() => emulator.setFaults(undefined));

// Every test's own log lines: one per call, never a request value, a stack trace or a token.
let logMark = 0;
beforeEach(() => {
  logMark = logs.length;
});
afterEach(() => expectCleanLog(logs.slice(logMark)));

function expectCleanLog(lines: string[]): void {
  const text = lines.join('\n');
  expect(text).not.toContain(SECRET);
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toContain('Par-Token');
}

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
  let submission: FnAnswer;

  beforeAll(async () => {
    const mark = logs.length;
    submission = await invoke(sampleRequest());
    submitted = submission.body as typeof submitted;
    expectCleanLog(logs.slice(mark));
  });

  it('submits the sample request without waiting and answers {id, jobId}', async () => {
    const answer = submission;

    expect(answer.status).toBe(200);
    expect(gatewayStatus(answer)).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(answer.body).sort()).toEqual(['id', 'jobId']);
    expect(answer.body.id).toMatch(/^ocid1\.datasciencejobrun\./);
    expect(answer.body.jobId).toMatch(/^ocid1\.datasciencejob\./);
    const { jobRun } = await clients.dataScience.getJobRun({ jobRunId: submitted.id });
    expect(jobRun.jobId).toBe(submitted.jobId);
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

  it('ships a requirements file given by URL beside the notebook, for the driver to install', async () => {
    const { body } = await invoke(sampleRequest({ jobName: 'with-requirements', requirements: `${notebooks.url}/notebooks/requirements.txt` }));
    await clients.dataScience.cancelJobRun({ jobRunId: body.id as string });
    const { job } = await clients.dataScience.getJob({ jobId: body.jobId as string });
    const variables = (job.jobConfigurationDetails as models.DefaultJobConfigurationDetails).environmentVariables!;
    expect(variables).toMatchObject({ JOB_RUN_NOTEBOOK: 'code/hello.ipynb', NOTEBOOK_CONTEXT: 'code', NOTEBOOK_REQUIREMENTS: 'code/requirements.txt' });
    const artifact = await clients.dataScience.getJobArtifactContent({ jobId: body.jobId as string });
    const files = unzipSync(new Uint8Array(await new Response(artifact.value as ReadableStream).arrayBuffer()));
    expect(new TextDecoder().decode(files['code/requirements.txt'])).toBe('# nothing to install\n');
  });

  it('answers a run still going as not terminal', async () => {
    const { body } = await invoke(sampleRequest({ jobName: 'still-going' }));
    const answer = await status(body.id as string);
    expect(answer.body).toMatchObject({ terminal: false, succeeded: false });
    expect(['ACCEPTED', 'IN_PROGRESS']).toContain(answer.body.lifecycleState);
    await statusUntilTerminal(body.id as string);
  });

  it('answers the status operation by path behind an HTTP gateway, with the run id in the query', async () => {
    await statusUntilTerminal(submitted.id);
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

  it('answers a pre-authenticated request URL that 404s without its token', async () => {
    const answer = await invoke(sampleRequest({ noteBook: `${notebooks.url}/p/Par-Token_4711/n/ns/b/bkt/o/missing.ipynb` }));
    expect(gatewayStatus(answer)).toBe(400);
    expect(answer.body.info).toBe(`noteBook: ${notebooks.url}/p/***/n/ns/b/bkt/o/missing.ipynb: not found (HTTP 404), asked using the credentials written in the URL`);
    expect(answer.text).not.toContain('Par-Token');
  });

  it("answers 502 when the notebook's host fails, and when it cannot be reached", async () => {
    const broken = await invoke(sampleRequest({ noteBook: `${notebooks.url}/notebooks/broken.ipynb` }));
    expect(gatewayStatus(broken)).toBe(502);
    expect(broken.body).toEqual({ status: '502', info: expect.stringMatching(/^noteBook: .*broken\.ipynb: the server answered HTTP 503/) });

    const closed = await startLocalHttpServer(() => undefined);
    await closed.close();
    const unreachable = await invoke(sampleRequest({ noteBook: `${closed.url}/nb.ipynb` }));
    expect(gatewayStatus(unreachable)).toBe(502);
    expect(unreachable.body.info).toMatch(/could not connect/);
  });

  it('refuses a notebook over the function\'s 20 MiB limit with 400 naming the limit', async () => {
    const answer = await invoke(sampleRequest({ noteBook: `${notebooks.url}/notebooks/huge.ipynb` }));
    expect(gatewayStatus(answer)).toBe(400);
    expect(answer.body.info).toMatch(/^noteBook: .*huge\.ipynb: too large: over the 20971520-byte \(20 MiB\) limit for a notebook/);
  });

  it('answers 504 before Fn-Deadline when the notebook never finishes downloading', async () => {
    const started = Date.now();
    // The handler keeps 10 s back from the deadline, so this call has about 1.5 s.
    const answer = await invoke(sampleRequest({ noteBook: `${notebooks.url}/notebooks/trickle.ipynb` }), { deadline: new Date(Date.now() + 11_500) });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(gatewayStatus(answer)).toBe(504);
    expect(answer.body).toEqual({ status: '504', info: expect.stringMatching(/^the function's deadline \(Fn-Deadline\) was reached during the submission/) });
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

  it('writes one line per call to its log', async () => {
    await invoke({});
    expect(logs.slice(logMark)).toEqual([expect.stringMatching(/^call 01TESTCALL\d+: request -> 400 missing required fields: noteBook, /)]);
  });
});

describe('the OCI Function with NOTEBOOK_SOURCES_ALLOWED', () => {
  const context = (): FdkContext => ({
    callID: 'allow-list',
    deadline: null,
    getHeader: () => null,
    responseContentType: 'application/json',
    httpGateway: { requestURL: null, statusCode: 200 },
  });

  it('refuses with 400 a notebook from anywhere but the allowed prefixes, and fetches one from them', async () => {
    const restricted = createFunctionHandler({
      env: { ...emulator.env, NOTEBOOK_SOURCES_ALLOWED: `https://notebooks.example/team/, ${notebooks.url}/notebooks/` },
      retryPolicy: FAST_RETRIES,
      log: (line) => logs.push(line),
    });
    try {
      const refused = await restricted.handle(Buffer.from(JSON.stringify(sampleRequest({ noteBook: `${notebooks.url}/elsewhere/hello.ipynb` }))), context());
      expect(refused).toEqual({
        status: '400',
        info: `noteBook: "${notebooks.url}/elsewhere/hello.ipynb" is not from an allowed source; this function reads notebooks only from references starting with https://notebooks.example/team/, ${notebooks.url}/notebooks/ (its NOTEBOOK_SOURCES_ALLOWED setting)`,
      });
      const allowed = await restricted.handle(Buffer.from(JSON.stringify(sampleRequest({ noteBook: `${notebooks.url}/notebooks/missing.ipynb` }))), context());
      expect(allowed.info).toMatch(/not found \(HTTP 404\)/);
      const requirements = await restricted.handle(Buffer.from(JSON.stringify(sampleRequest({ requirements: `${notebooks.url}/elsewhere/requirements.txt` }))), context());
      expect(requirements.info).toMatch(/^requirements: ".*\/elsewhere\/requirements\.txt" is not from an allowed source/);
    } finally {
      restricted.close();
    }
  });
});
