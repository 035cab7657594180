import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { DRIVER_DIR, runDriver, unpackJob, type UnpackedJob } from './harness.js';

let python: string;
let job: UnpackedJob;

beforeAll(async () => {
  python = await findJupyterPython();
  job = await unpackJob('passing.ipynb');
});

afterAll(() => job.remove());

/** Runs Python `code` with the driver's folder importable; its last printed line, as JSON. */
async function inDriver(code: string): Promise<unknown> {
  const script = `import json, sys\nsys.path.insert(0, ${JSON.stringify(DRIVER_DIR)})\n${code}`;
  const { stdout } = await promisify(execFile)(python, ['-c', script]);
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

describe('the Jupyter packages a conda pack carries', () => {
  it('names the missing packages when the Python has none (as OCI runs a job without a conda)', async () => {
    // -S: no site-packages, the standard library only, like the system Python of a job run without a conda.
    const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: job.notebook }, { pythonArgs: ['-S'] });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('cannot run notebooks: nbformat, nbclient and jupyter_client are not installed');
    expect(run.stdout).toContain('tensorflow28_p38_cpu_v1');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('oci-run-notebook: notebook not run: bad setup');
  });

  it('refuses an nbclient too old for the driver, naming its version and the oldest that works', async () => {
    const packages = await mkdtemp(join(tmpdir(), 'old-nbclient-'));
    try {
      await mkdir(join(packages, 'nbclient'));
      await writeFile(join(packages, 'nbclient', '__init__.py'), '__version__ = "0.4.3"\n\nclass NotebookClient:\n    def execute_cell(self):\n        pass\n');
      await writeFile(join(packages, 'nbclient', 'exceptions.py'), 'class CellExecutionError(Exception): pass\nclass CellTimeoutError(Exception): pass\nclass DeadKernelError(Exception): pass\n');
      const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: job.notebook, PYTHONPATH: packages });
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('nbclient 0.4.3 is too old to run notebooks here (it has no create_kernel_manager, start_new_kernel');
      expect(run.stdout).toContain('the driver needs nbclient 0.5.0 or newer');
    } finally {
      await rm(packages, { recursive: true, force: true });
    }
  });

  it('lets a cell time out without error_on_timeout where nbclient predates it (0.6.1)', async () => {
    const options = await inDriver(
      'from driver_jupyter import timeout_options\n' +
        'class Old:\n    @staticmethod\n    def class_trait_names():\n        return ["timeout", "interrupt_on_timeout"]\n' +
        'import nbclient\n' +
        'print(json.dumps([timeout_options(Old, {"ename": "E"}), timeout_options(nbclient.NotebookClient, {"ename": "E"})]))',
    );
    expect(options).toEqual([{ interrupt_on_timeout: false }, { interrupt_on_timeout: true, error_on_timeout: { ename: 'E' } }]);
  });

  it("stops a half-started kernel through its manager where nbclient has no _cleanup_kernel", async () => {
    const stopped = await inDriver(
      'from driver_jupyter import stop_kernel\n' +
        'calls = []\n' +
        'class Manager:\n    def shutdown_kernel(self, now=False):\n        calls.append(("sync", now))\n' +
        'class AsyncManager:\n    async def shutdown_kernel(self, now=False):\n        calls.append(("async", now))\n' +
        'class Client:\n    def __init__(self, km):\n        self.km = km\n' +
        'class Failing:\n    def _cleanup_kernel(self):\n        raise RuntimeError("already gone")\n' +
        'stop_kernel(Client(Manager()))\nstop_kernel(Client(AsyncManager()))\nstop_kernel(Failing())\nstop_kernel(Client(None))\n' +
        'print(json.dumps(calls))',
    );
    expect(stopped).toEqual([['sync', true], ['async', true]]);
  });
});
