import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { codeCell, notebookOf } from '../support/notebooks.js';
import { readNotebook, runDriver, unpackJob, type DriverRun, type UnpackedJob } from './harness.js';

let python: string;
let job: UnpackedJob;
let run: DriverRun;
beforeAll(async () => {
  python = await findJupyterPython();
  // As a job artifact lays out a context: code/<root>/..., the notebook in its own folder inside.
  const notebook = notebookOf(
    codeCell('import os, shared\nprint(shared.ANSWER, os.getcwd().endswith(os.path.join("code", "project", "notebooks")))'),
    codeCell('print(open("data/input.csv").read().strip())\nopen("written.txt", "w").write("out")'),
  );
  notebook.metadata.kernelspec = { name: 'conda-env-generalml_p38_cpu_v1-py', language: 'python', display_name: 'Python [conda env:generalml_p38_cpu_v1]' } as never;
  job = await unpackJob('passing.ipynb', {
    'project/shared.py': 'ANSWER = 42\n',
    'project/notebooks/report.ipynb': JSON.stringify(notebook),
    'project/notebooks/data/input.csv': 'a,b\n1,2\n',
  });
  run = await runDriver(python, job.root, {
    JOB_RUN_NOTEBOOK: 'code/project/notebooks/report.ipynb',
    NOTEBOOK_CONTEXT: 'code/project',
    OUTPUT_URI: 'outputs',
  });
});
afterAll(async () => {
  await job?.remove();
});

describe('the driver with a context', () => {
  it('runs the notebook in its folder with the context root on PYTHONPATH, and uploads only what it wrote', async () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('oci-run-notebook: the notebook runs in code/project, which is on its PYTHONPATH');
    expect(run.stdout).toContain('42 True');
    expect(run.stdout).toContain('a,b\n1,2');
    expect(readdirSync(join(job.root, 'outputs')).sort()).toEqual(['report.ipynb', 'written.txt']);
    expect((await readNotebook(join(job.root, 'outputs/report.ipynb'))).cells).toHaveLength(2);
  });

  it('runs a notebook made for a Python kernel of another name with python3, and says so', () => {
    expect(run.stdout).toContain("oci-run-notebook: note: the notebook's kernel 'conda-env-generalml_p38_cpu_v1-py' is not installed here; its Python runs with python3");
  });

  it('fails a notebook whose kernel is another language\'s and not installed, before running it', async () => {
    const r = notebookOf(codeCell('print("hello from R")'));
    r.metadata.kernelspec = { name: 'ir', language: 'R', display_name: 'R' } as never;
    const rJob = await unpackJob('passing.ipynb', { 'r.ipynb': JSON.stringify(r) });
    try {
      const failed = await runDriver(python, rJob.root, { JOB_RUN_NOTEBOOK: 'code/r.ipynb' });
      expect(failed.code).toBe(2);
      expect(failed.stdout).toMatch(/oci-run-notebook: error: kernel 'ir' is not installed; installed: .*python3/);
      expect(failed.stdout).toContain('oci-run-notebook: notebook not run: bad setup');
      expect(failed.stdout).not.toContain('hello from R');
      // A context that does not hold the notebook is bad setup too.
      const outside = await runDriver(python, rJob.root, { JOB_RUN_NOTEBOOK: 'code/passing.ipynb', NOTEBOOK_CONTEXT: 'code/elsewhere' });
      expect(outside.stdout).toContain("oci-run-notebook: error: NOTEBOOK_CONTEXT is 'code/elsewhere' but there is no such folder");
    } finally {
      await rJob.remove();
    }
  });
});
