import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { FAST_EMULATOR } from '../support/emulated-oci.js';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { processIsGone, startRun, waitForLogLine, waitForRun, zipOf } from './job-fixtures.js';
import { sdkClients, type ClientSet } from './sdk-clients.js';

const DRIVER_DIR = join(process.cwd(), 'src/artifact/driver');
const python = await findJupyterPython();

const NOTEBOOK = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
  cells: [{ cell_type: 'code', id: 'c1', metadata: {}, execution_count: null, outputs: [], source: 'print(6 * 7)' }],
});

// The kernel prints the driver's pid (its parent), its own, and that of a `sleep` in a session of its own, then sleeps.
const SLEEPING_NOTEBOOK = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
  cells: [
    {
      cell_type: 'code',
      id: 'c1',
      metadata: {},
      execution_count: null,
      outputs: [],
      source: [
        'import os, subprocess, time\n',
        'child = subprocess.Popen(["sleep", "300"], start_new_session=True)\n',
        'print("pids", os.getppid(), os.getpid(), child.pid, flush=True)\n',
        'time.sleep(300)',
      ].join(''),
    },
  ],
});

function driverFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(DRIVER_DIR)
      .filter((name) => name.endsWith('.py'))
      .map((name) => [name, readFileSync(join(DRIVER_DIR, name), 'utf8')]),
  );
}

/** Starts the driver on the sleeping notebook; resolves with the driver, kernel and sleep pids once the cell has printed them. */
async function startSleepingNotebook(emulator: Emulator, clients: ClientSet) {
  const accepted = await startRun(
    clients.dataScience,
    emulator,
    { bytes: zipOf({ ...driverFiles(), 'code/sleepy.ipynb': SLEEPING_NOTEBOOK }), fileName: 'job.zip' },
    { JOB_RUN_ENTRYPOINT: 'driver_notebook.py', JOB_RUN_NOTEBOOK: 'code/sleepy.ipynb', ...SERVICE_CONDA },
  );
  const line = await waitForLogLine(clients, emulator, accepted, 'pids ', 45_000);
  const pids = line.split(' ').slice(1).map(Number);
  expect(pids).toHaveLength(3);
  expect(pids.every((pid) => !processIsGone(pid))).toBe(true);
  return { accepted, pids };
}

/** A service conda, as the engine always names one: the emulator runs it with its Jupyter Python. */
const SERVICE_CONDA = { CONDA_ENV_TYPE: 'service', CONDA_ENV_SLUG: 'tensorflow28_p38_cpu_v1' };

// The real notebook driver, run by the emulator exactly as OCI would run it.
describe('the notebook driver inside an emulated job run', () => {
  let emulator: Emulator;
  let clients: ClientSet;

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    emulator = await startEmulator({ ...FAST_EMULATOR, python });
    clients = sdkClients(emulator);
  });
  afterAll(() => emulator.close());

  it('runs a notebook to SUCCEEDED and uploads it through a pre-authenticated request', async () => {
    const { preauthenticatedRequest: par } = await clients.objectStorage.createPreauthenticatedRequest({
      namespaceName: emulator.namespace,
      bucketName: emulator.outputBucket,
      createPreauthenticatedRequestDetails: {
        name: 'driver-test',
        accessType: 'AnyObjectWrite' as never,
        objectName: 'runs/',
        timeExpires: new Date(Date.now() + 600_000),
      },
    });
    const accepted = await startRun(
      clients.dataScience,
      emulator,
      { bytes: zipOf({ ...driverFiles(), 'code/hello.ipynb': NOTEBOOK }), fileName: 'job.zip' },
      {
        JOB_RUN_ENTRYPOINT: 'driver_notebook.py',
        JOB_RUN_NOTEBOOK: 'code/hello.ipynb',
        OUTPUT_URI: `${emulator.env.OCI_OUTPUT_URI}/$JOB_RUN_OCID`,
        OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.fullPath!,
        ...SERVICE_CONDA,
      },
    );
    const run = await waitForRun(clients.dataScience, accepted.id, ['SUCCEEDED', 'FAILED'], 45_000);
    expect([run.lifecycleState, run.lifecycleDetails]).toEqual(['SUCCEEDED', undefined]);
    const executed = await clients.objectStorage.getObject({
      namespaceName: emulator.namespace,
      bucketName: emulator.outputBucket,
      objectName: `runs/${run.id}/hello.ipynb`,
    });
    expect(await new Response(executed.value as ReadableStream).text()).toContain('42');
  }, 50_000);

  it('fails a notebook run with no conda as OCI does: its bare Python has no Jupyter, which the driver names', async () => {
    const accepted = await startRun(
      clients.dataScience,
      emulator,
      { bytes: zipOf({ ...driverFiles(), 'code/hello.ipynb': NOTEBOOK }), fileName: 'job.zip' },
      { JOB_RUN_ENTRYPOINT: 'driver_notebook.py', JOB_RUN_NOTEBOOK: 'code/hello.ipynb' },
    );
    const run = await waitForRun(clients.dataScience, accepted.id, ['SUCCEEDED', 'FAILED'], 45_000);
    expect([run.lifecycleState, run.lifecycleDetails]).toEqual(['FAILED', 'Job run artifact execution failed with exit code 2.']);
    expect(await waitForLogLine(clients, emulator, run, 'oci-run-notebook: error:')).toMatch(/cannot run notebooks: nbformat, nbclient and jupyter_client are not installed/);
  }, 50_000);

  it('cancels a notebook run: the driver, the kernel (in its own session) and what the kernel started in another are all gone', async () => {
    const { accepted, pids } = await startSleepingNotebook(emulator, clients);
    await clients.dataScience.cancelJobRun({ jobRunId: accepted.id });
    const run = await waitForRun(clients.dataScience, accepted.id, ['CANCELED', 'FAILED', 'SUCCEEDED'], 30_000);
    expect(run.lifecycleState).toBe('CANCELED');
    expect(pids.filter((pid) => !processIsGone(pid))).toEqual([]);
  }, 90_000);

  it('close() ends a running notebook: the driver, the kernel and what the kernel started are all gone', async () => {
    const own = await startEmulator({ ...FAST_EMULATOR, python });
    try {
      const { pids } = await startSleepingNotebook(own, sdkClients(own));
      await own.close();
      expect(pids.filter((pid) => !processIsGone(pid))).toEqual([]);
    } finally {
      await own.close();
    }
  }, 90_000);
});
