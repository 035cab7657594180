import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { findJupyterPython } from '../../src/jupyter/python.js';
import {
  cellText,
  FakeParServer,
  parseNotebook,
  readNotebook,
  runDriver,
  unpackJob,
  type DriverRun,
  type Notebook,
  type UnpackedJob,
} from './harness.js';

const RUN_OCID = 'ocid1.datasciencejobrun.oc1.iad.test123';

let python: string;
let par: FakeParServer;

beforeAll(async () => {
  python = await findJupyterPython();
  par = await new FakeParServer().start();
});

afterAll(async () => {
  await par.stop();
});

/** Runs a fixture notebook with its outputs going to the fake PAR under runs/<job run>. */
async function runFixture(fixture: string, env: Record<string, string> = {}) {
  const job = await unpackJob(fixture);
  const run = await runDriver(python, job.root, {
    JOB_RUN_NOTEBOOK: job.notebook,
    JOB_RUN_OCID: RUN_OCID,
    OUTPUT_URI: 'oci://outputs@testns/runs/$JOB_RUN_OCID',
    OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
    ...env,
  });
  return { job, run };
}

describe('driver_notebook.py on a passing notebook', () => {
  let job: UnpackedJob;
  let run: DriverRun;

  beforeAll(async () => {
    ({ job, run } = await runFixture('passing.ipynb'));
  });
  afterAll(() => job.remove());

  it('exits 0 and says the notebook succeeded', () => {
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('oci-run-notebook: notebook succeeded');
  });

  it("prints each cell's output on stdout, in order, under a header with the cell's number", () => {
    const expected = ['--- cell 2 ---', 'first line', '--- cell 3 ---', 'loop line 0', 'loop line 1', 'loop line 2'];
    expected.push('--- cell 4 ---', '42', '--- cell 5 ---', 'last line');
    const lines = run.stdout.split('\n');
    const found = expected.map((text) => lines.indexOf(text));
    expect(found).not.toContain(-1);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  it('uploads the executed notebook, outputs included, under the prefix with $JOB_RUN_OCID expanded', () => {
    const notebook = parseNotebook(par.object(`runs/${RUN_OCID}/passing.ipynb`));
    expect(cellText(notebook, 2)).toBe('first line\n');
    expect(cellText(notebook, 4)).toBe('42');
    expect(notebook.cells[4].execution_count).toBe(4);
    expect(run.stdout).toContain(`oci-run-notebook: uploaded runs/${RUN_OCID}/passing.ipynb`);
  });

  it('saves the executed notebook over the original beside it', async () => {
    const saved = await readNotebook(join(job.root, job.notebook));
    expect(cellText(saved, 5)).toBe('last line\n');
  });

  it('never prints the pre-authenticated request URL or its token', () => {
    expect(run.stdout + run.stderr).not.toContain(par.token);
  });
});

describe('driver_notebook.py on a notebook with a failing cell', () => {
  let job: UnpackedJob;
  let run: DriverRun;
  let uploaded: Notebook;

  beforeAll(async () => {
    ({ job, run } = await runFixture('failing.ipynb', { OCI_RUN_NOTEBOOK_RESULT: 'oci-run-notebook-result.json' }));
    uploaded = parseNotebook(par.object(`runs/${RUN_OCID}/failing.ipynb`));
  });
  afterAll(() => job.remove());

  it('exits 1 and prints the machine-readable failure line with the cell number', () => {
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toContain(
      'oci-run-notebook: cell 3 failed: ValueError: the data is not ready',
    );
    expect(run.stdout.trim().split('\n').at(-1)).toBe('oci-run-notebook: notebook failed at cell 3');
  });

  it('prints the traceback without ANSI colour codes', () => {
    expect(run.stdout).toContain('ValueError: the data is not ready');
    expect(run.stdout).toContain('Traceback');
    expect(run.stdout).not.toContain('\u001b[');
    expect(uploaded.cells[2].outputs?.[0].traceback?.join('')).toContain('\u001b['); // the notebook keeps them
  });

  it('does not run the cells after the failing one, and clears their stale outputs', () => {
    expect(run.stdout).not.toContain('after the failure');
    expect(run.stdout).not.toContain('--- cell 4 ---');
    expect(uploaded.cells[3].outputs).toEqual([]);
    expect(uploaded.cells[3].execution_count).toBeNull();
  });

  it('stores a result record beside the notebook, last, naming the failing cell and its exception', () => {
    const record = JSON.parse(par.object(`runs/${RUN_OCID}/oci-run-notebook-result.json`)!.toString('utf8'));
    expect(record).toMatchObject({
      version: 1,
      state: 'failed',
      exitCode: 1,
      notebook: 'code/failing.ipynb',
      failedCell: { cell: 3, ename: 'ValueError', evalue: 'the data is not ready', message: 'ValueError: the data is not ready' },
    });
    expect(Date.parse(record.timeFinished)).toBeGreaterThanOrEqual(Date.parse(record.timeStarted));
    const mine = par.puts.filter((put) => put.object.startsWith(`runs/${RUN_OCID}/`)).map((put) => put.object);
    expect(mine.at(-1)).toBe(`runs/${RUN_OCID}/oci-run-notebook-result.json`);
  });

  it('still uploads the executed notebook, with the traceback in the failing cell', () => {
    expect(cellText(uploaded, 2)).toBe('before the failure\n');
    expect(uploaded.cells[2].outputs?.[0].output_type).toBe('error');
    expect(cellText(uploaded, 3)).toContain('the data is not ready');
  });
});

describe('driver_notebook.py with NOTEBOOK_EXCLUDE_TAGS', () => {
  let job: UnpackedJob;
  let run: DriverRun;

  beforeAll(async () => {
    ({ job, run } = await runFixture('exclude-tags.ipynb', { NOTEBOOK_EXCLUDE_TAGS: '["remove"]' }));
  });
  afterAll(() => job.remove());

  it('drops cells tagged remove before running, and runs the others', () => {
    expect(run.stdout).not.toContain('the excluded cell ran');
    expect(run.stdout).toContain('kept cell 1');
    expect(run.stdout).toContain('kept cell 4');
    expect(run.stdout).not.toContain('--- cell 2 ---');
  });

  it('numbers a later failing cell by its position in the original notebook', () => {
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toContain('oci-run-notebook: cell 5 failed: ZeroDivisionError: division by zero');
    expect(run.stdout).not.toContain('never reached');
  });

  it('keeps the excluded cell, unrun, in the saved notebook', () => {
    const notebook = parseNotebook(par.object(`runs/${RUN_OCID}/exclude-tags.ipynb`));
    expect(notebook.cells).toHaveLength(6);
    expect(notebook.cells[1].metadata.tags).toEqual(['remove']);
    expect(notebook.cells[1].outputs).toEqual([]);
    expect(notebook.cells[1].execution_count).toBeNull();
  });
});
