import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunHandle } from '../../src/backends/backend.js';
import type { LocalJupyterBackend } from '../../src/backends/local/local-jupyter-backend.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import { codeCell } from '../support/notebooks.js';
import { isRunning, localRequest, LogCollector, pidsOf, PIDS_LINE, pidsWrittenTo, SPAWNS_PROCESSES, stillRunning, testBackend } from './local-support.js';

// These tests follow a run's processes from outside, by the pids its notebook prints: with no
// isolation those are this machine's pids. Isolated runs are ended the same way; local-isolation.test.ts checks them.
const UNISOLATED = { isolation: 'none' } as const;

let backend: LocalJupyterBackend;
let folder: string;
beforeAll(async () => {
  backend = await testBackend(UNISOLATED);
  await backend.check();
  folder = await mkdtemp(join(tmpdir(), 'local-cancel-'));
});

/** Runs each test started, ended afterwards whatever the test did, so no `sleep 600` outlives a failure. */
let started: RunHandle[] = [];
afterEach(async () => {
  const cleaner = await testBackend(UNISOLATED);
  await Promise.all(started.map((handle) => cleaner.cancel(JSON.parse(JSON.stringify(handle)) as RunHandle)));
  started = [];
});

async function submit(request: RunRequest): Promise<RunHandle> {
  const handle = await backend.submit(request);
  started.push(handle);
  return handle;
}

/** A notebook that starts processes, says their pids, then takes far longer than any test waits. */
function longRunning(pidsFile?: string) {
  return localRequest('long', [codeCell(SPAWNS_PROCESSES), codeCell('import time\ntime.sleep(600)'), codeCell('print("never")')], {
    environmentVariables: pidsFile ? { PIDS_FILE: pidsFile } : {},
  });
}

describe('cancelling a local run', () => {
  it('ends the driver, the kernel and every process the notebook started when the signal aborts', async () => {
    const logs = new LogCollector();
    const handle = await submit(longRunning());
    const driverPid = Number(handle.cleanup!.driverPid);
    const controller = new AbortController();
    const following = backend.follow(handle, { onLog: logs.onLog, signal: controller.signal });
    const pids = pidsOf(await logs.waitFor(PIDS_LINE, following));
    expect(await isRunning(driverPid)).toBe(true);
    controller.abort();
    const result = await following;
    expect(result).toMatchObject({ state: 'CANCELED', lifecycleDetails: 'cancelled', error: 'cancelled before it finished (CANCELED)' });
    expect(result.timeFinished).toBeDefined();
    expect(await stillRunning([driverPid, ...pids], handle.runId)).toEqual([]);
  });

  it('cancels a run that reaches its deadline, with nothing left running', async () => {
    const pidsFile = join(folder, 'deadline.pids');
    const handle = await submit(longRunning(pidsFile));
    const pids = await pidsWrittenTo(pidsFile, handle);
    handle.deadline = new Date(Date.now() + 500).toISOString();
    const result = await backend.follow(handle);
    expect(result).toMatchObject({ state: 'CANCELED', lifecycleDetails: 'cancelled at its deadline', error: 'timed out; the run was cancelled (CANCELED)' });
    expect(await stillRunning([Number(handle.cleanup!.driverPid), ...pids], handle.runId)).toEqual([]);
  });

  it('ends a run started by another process from its handle alone, as the action\'s post step does', async () => {
    const pidsFile = join(folder, 'post-step.pids');
    const handle = await submit(longRunning(pidsFile));
    const pids = await pidsWrittenTo(pidsFile, handle);
    const postStep = await testBackend(UNISOLATED);
    await postStep.cancel(JSON.parse(JSON.stringify(handle)));
    expect(await stillRunning([Number(handle.cleanup!.driverPid), ...pids], handle.runId)).toEqual([]);
    expect((await backend.follow(handle)).state).toBe('FAILED');
  });

  it('ends the runs of a process that exits while they go on (a second Ctrl-C, a crash)', async () => {
    const pidsFile = join(folder, 'exit.pids');
    const script = `
      const { LocalJupyterBackend } = await import('./src/backends/local/local-jupyter-backend.ts');
      const { localRequest, SPAWNS_PROCESSES, pidsWrittenTo } = await import('./test/local/local-support.ts');
      const { codeCell } = await import('./test/support/notebooks.ts');
      const backend = new LocalJupyterBackend({ workDir: ${JSON.stringify(folder)}, isolation: 'none' });
      const request = localRequest('exits', [codeCell(SPAWNS_PROCESSES), codeCell('import time\\ntime.sleep(600)')], { environmentVariables: { PIDS_FILE: ${JSON.stringify(pidsFile)} } });
      const handle = await backend.submit(request);
      console.log(JSON.stringify(handle));
      await pidsWrittenTo(${JSON.stringify(pidsFile)}, handle);
      process.exit(130);`;
    const exited = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 45_000, killSignal: 'SIGKILL' }).catch(
      (error: { code?: number | string | null; stdout: string; stderr: string }) => error,
    );
    // The child says its run as soon as it has one, so that afterEach can end it whatever happens next.
    const handleLine = exited.stdout.split('\n').find((line) => line.startsWith('{'));
    const handle = handleLine ? (JSON.parse(handleLine) as RunHandle) : undefined;
    if (handle) started.push(handle);
    expect({ code: 'code' in exited ? exited.code : 0, started: handle !== undefined }).toEqual({ code: 130, started: true });
    const driverPid = Number(handle!.cleanup!.driverPid);
    expect(driverPid).toBeGreaterThan(0);
    expect(await stillRunning([driverPid, ...(await pidsWrittenTo(pidsFile, handle!, 0))], handle!.runId)).toEqual([]);
  });

  it('ends the processes a notebook left running once it has finished', async () => {
    const logs = new LogCollector();
    const handle = await submit(localRequest('leaves-daemons', [codeCell(SPAWNS_PROCESSES)]));
    const result = await backend.follow(handle, { onLog: logs.onLog });
    expect(result.state).toBe('SUCCEEDED');
    const [kernel, ...children] = pidsOf(await logs.waitFor(PIDS_LINE, Promise.resolve()));
    expect(await stillRunning([kernel!, ...children], handle.runId)).toEqual([]);
  });
});
