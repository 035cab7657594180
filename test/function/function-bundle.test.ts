import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse as parseYaml } from 'yaml';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { FAST_EMULATOR } from '../support/emulated-oci.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { gatewayStatus, invokeOverSocket, socketDirectory, waitForSocket } from './fn-socket.js';
import { serveFiles, type LocalHttpServer } from '../sources/support/local-http-server.js';
import { stopProcess } from '../sources/support/stop-process.js';

// The folder `fn deploy` builds from, as committed.
const FUNCTION_DIR = join(process.cwd(), 'function');

describe('the deployable function/ folder', () => {
  it('declares a Node function with 256 MB and 300 s, whose entrypoint exists as an ES module', () => {
    const func = parseYaml(readFileSync(join(FUNCTION_DIR, 'func.yaml'), 'utf8')) as Record<string, unknown>;
    expect(func).toMatchObject({ schema_version: 20180708, runtime: 'node', memory: 256, timeout: 300 });
    const [command, entry] = String(func.entrypoint).split(' ');
    expect(command).toBe('node');
    expect(existsSync(join(FUNCTION_DIR, entry!))).toBe(true);
    expect(existsSync(join(FUNCTION_DIR, 'dist/driver/driver_notebook.py'))).toBe(true);
    // The bundle's own package.json makes it an ES module; it is the only one the function needs.
    expect(JSON.parse(readFileSync(join(FUNCTION_DIR, 'dist/package.json'), 'utf8'))).toEqual({ type: 'module' });
  });

  it('has no package.json of its own, so Fn\'s Node build runs no npm install and copies no node_modules', () => {
    // With a package.json, Fn's build copies node_modules from its build stage, which fails when npm install made none.
    expect(existsSync(join(FUNCTION_DIR, 'package.json'))).toBe(false);
    expect(existsSync(join(FUNCTION_DIR, 'node_modules'))).toBe(false);
  });
});

describe('the committed bundle, started as Fn starts it', () => {
  let emulator: Emulator;
  let notebooks: LocalHttpServer;
  let child: ChildProcess;
  let output = '';
  let socket: string;
  let removeSocketDir: () => Promise<void>;

  beforeAll(async () => {
    emulator = await startEmulator(FAST_EMULATOR);
    notebooks = await serveFiles({ '/hello.ipynb': notebookBytes(codeCell('print(6 * 7)')) });
    const dir = await socketDirectory();
    socket = dir.socket;
    removeSocketDir = dir.remove;
    const entry = String((parseYaml(readFileSync(join(FUNCTION_DIR, 'func.yaml'), 'utf8')) as { entrypoint: string }).entrypoint).split(' ')[1]!;
    // Only what Fn gives a container, plus API-key credentials for the emulator in place of a resource principal.
    child = spawn(process.execPath, [entry], {
      cwd: FUNCTION_DIR,
      // The notebooks are served on loopback, which the function fetches from only when its owner allows it.
      env: { PATH: process.env.PATH, FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socket}`, ...emulator.env, NOTEBOOK_SOURCES_ALLOWED: `${notebooks.url}/` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForSocket(socket).catch((error: Error) => {
      throw new Error(`${error.message}; the function wrote:\n${output}`);
    });
  });

  afterAll(async () => {
    if (child) await stopProcess(child);
    await notebooks?.close();
    await emulator?.close();
    await removeSocketDir?.();
  });

  it('submits a notebook and reports it SUCCEEDED through the status operation', async () => {
    const { env } = emulator;
    const submitted = await invokeOverSocket(
      socket,
      JSON.stringify({
        noteBook: `${notebooks.url}/hello.ipynb`,
        jobName: 'bundle-hello',
        logGroupId: env.OCI_LOG_GROUP_ID,
        projectId: env.OCI_PROJECT_ID,
        compartmentId: env.OCI_COMPARTMENT_ID,
        outputFolder: `${env.OCI_OUTPUT_URI}/bundle`,
      }),
    );
    expect(gatewayStatus(submitted)).toBe(200);
    expect(submitted.body.id).toMatch(/^ocid1\.datasciencejobrun\./);

    let status = submitted;
    for (const giveUp = Date.now() + 60_000; Date.now() < giveUp; await sleep(250)) {
      status = await invokeOverSocket(socket, JSON.stringify({ operation: 'status', jobRunId: submitted.body.id }));
      if (status.body.terminal) break;
    }
    expect(status.body).toMatchObject({ lifecycleState: 'SUCCEEDED', outputUri: `${env.OCI_OUTPUT_URI}/bundle/hello.ipynb` });
  });

  it('answers missing fields with 400 and malformed JSON with 400', async () => {
    const missing = await invokeOverSocket(socket, '{}');
    expect(gatewayStatus(missing)).toBe(400);
    expect(missing.body.info).toBe('missing required fields: noteBook, jobName, logGroupId, projectId, compartmentId, outputFolder');
    const malformed = await invokeOverSocket(socket, '{"noteBook":');
    expect(malformed.body).toMatchObject({ status: '400', info: expect.stringMatching(/^malformed JSON/) });
  });
});

describe('the committed bundle inside OCI Functions, with a resource principal', () => {
  let emulator: Emulator;
  let notebooks: LocalHttpServer;
  let child: ChildProcess;
  let output = '';
  let socket: string;
  let removeSocketDir: () => Promise<void>;

  beforeAll(async () => {
    emulator = await startEmulator({ startDelayMs: 50 });
    notebooks = await serveFiles({ '/hello.ipynb': notebookBytes(codeCell('print(6 * 7)')) });
    const dir = await socketDirectory();
    socket = dir.socket;
    removeSocketDir = dir.remove;
    const entry = String((parseYaml(readFileSync(join(FUNCTION_DIR, 'func.yaml'), 'utf8')) as { entrypoint: string }).entrypoint).split(' ')[1]!;
    const { OCI_DATA_SCIENCE_ENDPOINT, OCI_OBJECT_STORAGE_ENDPOINT, OCI_LOGGING_SEARCH_ENDPOINT, OCI_OIDC_DOMAIN_URL, OCI_OIDC_CLIENT_IDENTIFIER } = emulator.env;
    // What Fn gives a function's container (a resource principal session), the emulator's endpoints,
    // and keyless settings that must not change how it signs in. No API key.
    child = spawn(process.execPath, [entry], {
      cwd: FUNCTION_DIR,
      env: {
        PATH: process.env.PATH,
        FN_FORMAT: 'http-stream',
        FN_LISTENER: `unix:${socket}`,
        ...(await emulator.resourcePrincipalEnv()),
        OCI_DATA_SCIENCE_ENDPOINT,
        OCI_OBJECT_STORAGE_ENDPOINT,
        OCI_LOGGING_SEARCH_ENDPOINT,
        OCI_OIDC_DOMAIN_URL,
        OCI_OIDC_CLIENT_IDENTIFIER,
        // The notebook server is on loopback, which the function fetches from only when allowed.
        NOTEBOOK_SOURCES_ALLOWED: `${notebooks.url}/`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForSocket(socket).catch((error: Error) => {
      throw new Error(`${error.message}; the function wrote:\n${output}`);
    });
  });

  afterAll(async () => {
    if (child) await stopProcess(child);
    await notebooks?.close();
    await emulator?.close();
    await removeSocketDir?.();
  });

  it('keeps signing with the resource principal, even with keyless settings around', async () => {
    const { env } = emulator;
    const submitted = await invokeOverSocket(
      socket,
      JSON.stringify({
        noteBook: `${notebooks.url}/hello.ipynb`,
        jobName: 'resource-principal',
        logGroupId: env.OCI_LOG_GROUP_ID,
        projectId: env.OCI_PROJECT_ID,
        compartmentId: env.OCI_COMPARTMENT_ID,
        outputFolder: `${env.OCI_OUTPUT_URI}/rp`,
      }),
    );

    expect(gatewayStatus(submitted)).toBe(200);
    expect(submitted.body.id).toMatch(/^ocid1\.datasciencejobrun\./);
    const signed = emulator.requests.filter((request) => request.signedBy);
    expect(signed.map((request) => request.operation)).toEqual(expect.arrayContaining(['createJob', 'createJobRun']));
    expect(signed.every((request) => request.signedBy!.startsWith('rpst:'))).toBe(true);
    expect(emulator.requests.some((request) => request.operation === 'exchangeToken' || request.operation === 'getGitHubIdToken')).toBe(false);
  });
});
