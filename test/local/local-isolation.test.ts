import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { localRequest, LogCollector, testBackend } from './local-support.js';

let folder: string;

/** Processes of this machine whose command line holds `text` (command lines are readable by everyone). */
async function processesRunning(text: string): Promise<number[]> {
  const found: number[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'latin1').catch(() => '');
    if (cmdline.split('\0').join(' ').includes(text)) found.push(Number(pid));
  }
  return found;
}

/** A cell that leaves a daemon behind and sleeps, with `marker` in the daemon's command line. */
function leavesDaemon(marker: string) {
  return codeCell(`import subprocess, time\nsubprocess.Popen(["sleep", "${marker}"], start_new_session=True)\nprint("started", flush=True)\ntime.sleep(600)`);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'local-isolation-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the outputs of a run as another user', () => {
  it('fails the run, saying why, when they cannot be copied to the output folder', async () => {
    const backend = await testBackend();
    const outputs = join(folder, 'blocked-outputs');
    // A folder where the executed notebook should go.
    await mkdir(join(outputs, 'blocked.ipynb'), { recursive: true });
    const logs = new LogCollector();
    const handle = await backend.submit(localRequest('blocked', [codeCell('print("ran")')], { outputUri: outputs }));
    const result = await backend.follow(handle, { onLog: logs.onLog });
    expect(logs.lines).toContain('ran');
    expect(result).toMatchObject({ state: 'FAILED', lifecycleDetails: 'the notebook succeeded, but its outputs could not be copied to the output folder' });
    expect(result.error).toMatch(new RegExp(`copying the outputs to ${outputs} failed: .*blocked\\.ipynb`));
  });
});

describe('ending an isolated run', () => {
  it('ends the notebook and the daemon it left when the run is cancelled', async () => {
    const backend = await testBackend();
    const marker = `3600.${randomBytes(3).readUIntBE(0, 3)}`;
    const logs = new LogCollector();
    const handle = await backend.submit(localRequest('daemon', [leavesDaemon(marker)]));
    const controller = new AbortController();
    const following = backend.follow(handle, { onLog: logs.onLog, signal: controller.signal });
    await logs.waitFor(/^started$/, following);
    expect(await processesRunning(`sleep ${marker}`)).toHaveLength(1);
    controller.abort();
    expect((await following).state).toBe('CANCELED');
    expect(await processesRunning(`sleep ${marker}`)).toEqual([]);
    expect(logs.lines[0]).toMatch(/^oci-run-notebook: isolation: user: /);
  });

  it('ends the run when the process that started it is killed outright', async () => {
    const marker = `3601.${randomBytes(3).readUIntBE(0, 3)}`;
    await writeFile(join(folder, 'daemon.ipynb'), notebookBytes(leavesDaemon(marker)));
    const child = spawn(process.execPath, ['dist/cli/index.js', 'run', '--backend', 'local', join(folder, 'daemon.ipynb')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      for (let i = 0; i < 600 && !output.includes('] started'); i++) await sleep(100);
      expect(await processesRunning(`sleep ${marker}`)).toHaveLength(1);
    } finally {
      child.kill('SIGKILL'); // no exit hook runs: only the closed pipe tells the run
    }
    let left = await processesRunning(`sleep ${marker}`);
    for (let i = 0; i < 50 && left.length > 0; i++) {
      await sleep(100);
      left = await processesRunning(`sleep ${marker}`);
    }
    expect(left).toEqual([]);
  });
});
