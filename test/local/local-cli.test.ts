import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main.js';
import { parseRunFlags } from '../../src/cli/run-flags.js';
import type { RunResult } from '../../src/engine/run-result.js';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { PIDS_LINE, SPAWNS_PROCESSES, stillRunning } from './local-support.js';

let python: string;
let folder: string;
beforeAll(async () => {
  python = await findJupyterPython();
  folder = await mkdtemp(join(tmpdir(), 'local-cli-'));
  await writeFile(join(folder, 'pass.ipynb'), notebookBytes(codeCell('import os\nprint("value", os.environ["VALUE"])\nopen("made.txt", "w").write("made")')));
  await writeFile(join(folder, 'fail.ipynb'), notebookBytes(codeCell('print("ok")'), codeCell('1 / 0')));
});

/** The CLI in-process, with no OCI settings in its environment. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const env = { ...process.env, OCI_COMPARTMENT_ID: undefined, OCI_PROJECT_ID: undefined, OCI_OUTPUT_URI: undefined };
  const status = await main(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env });
  return { status, stdout, stderr };
}

describe('oci-run-notebook run --backend local', () => {
  it('runs notebooks on this machine without any OCI settings, into an output folder, and exits 1 when one failed', async () => {
    const outputs = join(folder, 'outputs');
    const { status, stdout, stderr } = await cli(
      'run', '--backend', 'local', '--python', python, '--json', '--env', 'VALUE=42', '--output-uri', outputs,
      join(folder, 'pass.ipynb'), join(folder, 'fail.ipynb'),
    );
    const results = JSON.parse(stdout) as RunResult[];
    expect(results.map((result) => [result.notebook.split('/').at(-1), result.state])).toEqual([
      ['pass.ipynb', 'SUCCEEDED'],
      ['fail.ipynb', 'FAILED'],
    ]);
    // Each notebook's outputs in a folder of its own, named by the notebook.
    expect(results[0]!.outputUri).toBe(join(outputs, 'pass', 'pass.ipynb'));
    expect(results[1]!.failedCell).toEqual({ cell: 2, message: 'ZeroDivisionError: division by zero' });
    expect(existsSync(join(outputs, 'pass', 'made.txt'))).toBe(true);
    expect(stderr).toMatch(/pass\.ipynb: started local run local-/);
    expect(stderr).toContain('value 42');
    expect(status).toBe(1);
  });

  it('cancels the runs on Ctrl-C and leaves no process behind', async () => {
    await writeFile(join(folder, 'long.ipynb'), notebookBytes(codeCell(SPAWNS_PROCESSES), codeCell('import time\ntime.sleep(600)')));
    const controller = new AbortController();
    let pids: number[] = [];
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: {
        write: (text: string) => {
          stdout += text;
          const match = PIDS_LINE.exec(text.replace(/^\[[^\]]*\] /, '').trim());
          if (match) {
            pids = match.slice(1).map(Number);
            controller.abort(); // what src/cli/index.ts does on SIGINT
          }
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      env: process.env,
      signal: controller.signal,
    };
    // The pids the notebook prints are this machine's only without isolation; local-isolation.test.ts ends isolated runs.
    const status = await main(['run', '--backend', 'local', '--python', python, '--isolation', 'none', join(folder, 'long.ipynb')], io);
    expect(stdout).toMatch(/CANCELED +.*long\.ipynb/);
    expect(status).toBe(1);
    expect(pids).toHaveLength(3);
    const runId = /started local run (local-[0-9a-f-]+)/.exec(stderr)?.[1];
    expect(runId).toBeDefined();
    expect(await stillRunning(pids, runId!)).toEqual([]);
  });

  it.each([
    [['--output-uri', 'oci://bucket@namespace/prefix'], /--output-uri: the local backend writes outputs to a folder on this machine/],
    [['--python', '/no/such/python3'], /--python: no such Python: "\/no\/such\/python3"/],
    [['--kernel', 'no-such-kernel'], /--kernel: no Jupyter kernel named "no-such-kernel"/],
    [['--cell-timeout', '0'], /--cell-timeout: expected a number of seconds above 0, got 0/],
    [['--no-wait'], /--no-wait: local runs end with this command/],
    [['--isolation', 'sideways'], /--isolation: expected one of auto, user, namespace, none, got "sideways"/],
  ])('exits 2 on %j before anything runs', async (flags, message) => {
    const { status, stderr } = await cli('run', '--backend', 'local', ...flags, join(folder, 'pass.ipynb'));
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
  });

  it.each([
    [['--backend', 'azure'], /--backend: expected oci or local, got "azure"/],
    [['--python', 'python3'], /--python: only used with --backend local/],
    [['--kernel', 'python3'], /--kernel: only used with --backend local/],
    [['--isolation', 'user'], /--isolation: only used with --backend local/],
  ])('exits 2 on %j', async (flags, message) => {
    const { status, stderr } = await cli('run', ...flags, join(folder, 'pass.ipynb'));
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
  });

  it('runs as many notebooks at once as the machine has cores, unless told otherwise', async () => {
    const notebook = join(folder, 'pass.ipynb');
    expect((await parseRunFlags(['--backend', 'local', notebook], {})).maxParallel).toBe(availableParallelism());
    expect((await parseRunFlags(['--backend', 'local', '--max-parallel', '3', notebook], {})).maxParallel).toBe(3);
    expect((await parseRunFlags(['--compartment-id', 'c', '--project-id', 'p', notebook], {})).maxParallel).toBe(10);
  });

  it('sends --cell-timeout with every backend\'s requests', async () => {
    const notebook = join(folder, 'pass.ipynb');
    const oci = await parseRunFlags(['--compartment-id', 'c', '--project-id', 'p', '--cell-timeout', '90', notebook], {});
    expect(oci.requests[0]!.cellTimeoutSeconds).toBe(90);
    expect((await parseRunFlags(['--backend', 'local', '--cell-timeout', '2.5', notebook], {})).requests[0]!.cellTimeoutSeconds).toBe(2.5);
  });

  it('documents the local flags in its help', async () => {
    const { stdout } = await cli('run', '--help');
    expect(stdout).toMatch(/--backend oci\|local/);
    expect(stdout).toMatch(/--python PATH/);
    expect(stdout).toMatch(/--cell-timeout SECONDS/);
  });

  it('runs a notebook without loading the OCI SDK, as ES module or CommonJS', async () => {
    const loadLog = join(folder, 'loaded-modules.txt');
    const hooks = pathToFileURL(join(import.meta.dirname, 'record-module-loads.mjs')).href;
    const script = `
      const { main } = await import('./src/cli/main.ts');
      const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: process.env };
      const status = await main(['run', '--backend', 'local', '--python', ${JSON.stringify(python)}, '--env', 'VALUE=1', '--output-uri', ${JSON.stringify(join(folder, 'sdk-free'))}, ${JSON.stringify(join(folder, 'pass.ipynb'))}], io);
      const { createRequire } = await import('node:module');
      console.log(JSON.stringify({ status, required: Object.keys(createRequire(import.meta.url).cache) }));`;
    const env = { ...process.env, MODULE_LOAD_LOG: loadLog, OCI_COMPARTMENT_ID: '', OCI_PROJECT_ID: '', OCI_OUTPUT_URI: '' };
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--import', register, '--input-type=module', '-e', script], { env, timeout: 50_000 });
    const { status, required } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { status: number; required: string[] };
    const loaded = [...(await readFile(loadLog, 'utf8')).split('\n'), ...required];
    expect(status).toBe(0);
    // The log sees the local backend and packages from node_modules, so an SDK load could not hide.
    expect(loaded.some((url) => url.endsWith('/src/backends/local/local-jupyter-backend.ts'))).toBe(true);
    expect(loaded.some((url) => /node_modules[\\/]/.test(url))).toBe(true);
    expect(loaded.filter((url) => /node_modules[\\/]oci-/.test(url))).toEqual([]);
  });
});
