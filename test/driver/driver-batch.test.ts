import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { ancestorSearch, FakeParServer, NOTEBOOKS_DIR, parseNotebook, runDriver, unpackJob, type DriverRun, type DriverRunOptions, type UnpackedJob } from './harness.js';

const RESULT = 'oci-run-notebook-result.json';
const RUN_OCID = 'ocid1.datasciencejobrun.oc1..batch';

let python: string;
let par: FakeParServer;

beforeAll(async () => {
  python = await findJupyterPython();
  par = await new FakeParServer().start();
});

afterAll(async () => {
  await par.stop();
});

const fixture = (name: string) => readFileSync(join(NOTEBOOKS_DIR, name), 'utf8');
const text = (...cells: ReturnType<typeof codeCell>[]) => Buffer.from(notebookBytes(...cells)).toString('utf8');

/** Lays out the artifact: each notebook in a folder of its own under code/, the manifest at the root. */
async function unpackBatch(notebooks: Record<string, string>, manifest: unknown): Promise<UnpackedJob> {
  const job = await unpackJob('passing.ipynb', notebooks);
  await writeFile(join(job.root, 'batch.json'), JSON.stringify(manifest));
  return job;
}

function runBatch(job: UnpackedJob, env: Record<string, string>, options: DriverRunOptions = {}): Promise<DriverRun> {
  return runDriver(python, job.root, { NOTEBOOK_BATCH: 'batch.json', ...env }, { entry: 'driver_batch.py', ...options });
}

/** Pids of processes whose environment block holds `marker`: what a batch's notebooks and kernels inherit. */
function processesWith(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(marker)) found.push(Number(entry));
    } catch {
      // gone since listed, or not ours to read
    }
  }
  return found;
}

/** Waits up to `ms` for every process holding `marker` to be gone; the pids still there. */
async function leftOver(marker: string, ms = 5000): Promise<number[]> {
  const until = Date.now() + ms;
  let pids = processesWith(marker);
  while (pids.length && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    pids = processesWith(marker);
  }
  return pids;
}

function record(object: string): Record<string, unknown> {
  const body = par.object(object);
  if (!body) throw new Error(`no ${object} was uploaded`);
  return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
}

/** A cell walking up from the kernel through every ancestor it can read (the notebook's driver, the batch), printing where the PAR is. */
function parHunter(needles: string[]) {
  return codeCell(
    [
      ...ancestorSearch(needles),
      'print("looked at", looked, "blocks; output PAR found in:", found or "nowhere")',
      // Which program each ancestor runs: its script, or the module after -m.
      'chain, pid = [], os.getpid()',
      'while pid > 1 and len(chain) < 4:',
      '    argv = open("/proc/%d/cmdline" % pid, "rb").read().decode().split("\\0")',
      '    chain.append(argv[2] if argv[1:2] == ["-m"] else os.path.basename(next((a for a in argv if a.endswith(".py")), argv[0])))',
      '    pid = int(open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[1])',
      'print("process chain:", " < ".join(chain))',
    ].join('\n'),
  );
}

describe('a batch of three notebooks, one failing', () => {
  let job: UnpackedJob;
  let run: DriverRun;
  const prefix = `runs/${RUN_OCID}/notebooks`;

  beforeAll(async () => {
    job = await unpackBatch(
      {
        'sales/report.ipynb': fixture('passing.ipynb'),
        'broken/failing.ipynb': fixture('failing.ipynb'),
        'hunt/hunter.ipynb': text(parHunter([par.token, 'OCI_RUN_NOTEBOOK_OUTPUT_PAR='])),
        // Already satisfied, from no index: pip runs (once) and changes nothing.
        'requirements.txt': '--no-index\nnbformat\n',
      },
      {
        parallel: 2,
        notebooks: [
          { name: 'sales/report.ipynb', notebook: 'code/sales/report.ipynb', outputUri: 'oci://outputs@testns/runs/$JOB_RUN_OCID/notebooks/sales/report', timeoutSeconds: 50 },
          { name: 'broken/failing.ipynb', notebook: 'code/broken/failing.ipynb', outputUri: 'oci://outputs@testns/runs/$JOB_RUN_OCID/notebooks/broken/failing' },
          { name: 'hunt/hunter.ipynb', notebook: 'code/hunt/hunter.ipynb', outputUri: 'oci://outputs@testns/runs/$JOB_RUN_OCID/notebooks/hunt/hunter', excludeTags: ['remove'] },
        ],
      },
    );
    run = await runBatch(job, {
      JOB_RUN_OCID: RUN_OCID,
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
      OCI_RUN_NOTEBOOK_RESULT: RESULT,
      NOTEBOOK_REQUIREMENTS: 'code/requirements.txt',
      PIP_BREAK_SYSTEM_PACKAGES: '1',
      PIP_DRY_RUN: '1',
    });
  });
  afterAll(() => job.remove());

  it('runs every notebook, says which failed, and exits 1', () => {
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-2)).toBe('oci-run-notebook: batch of 3 notebook(s): 2 succeeded, 1 failed (broken/failing.ipynb)');
    expect(lines.at(-1)).toBe('oci-run-notebook: batch failed');
    expect(run.code).toBe(1);
  });

  it("prefixes each notebook's lines with its name, whole lines only", () => {
    expect(run.stdout).toContain('[sales/report.ipynb] loop line 2\n');
    expect(run.stdout).toContain('[sales/report.ipynb] oci-run-notebook: notebook succeeded\n');
    expect(run.stdout).toContain('[broken/failing.ipynb] oci-run-notebook: cell 3 failed: ValueError: the data is not ready\n');
    // After pip's own lines, every line is the batch's or one notebook's, whole.
    const afterPip = run.stdout.slice(run.stdout.indexOf('oci-run-notebook: installed code/requirements.txt')).trim().split('\n');
    for (const line of afterPip) expect(line).toMatch(/^(oci-run-notebook: |\[(sales\/report|broken\/failing|hunt\/hunter)\.ipynb\] )/);
  });

  it("uploads each executed notebook and its result record under the notebook's own prefix, through the PAR", () => {
    expect(parseNotebook(par.object(`${prefix}/sales/report/report.ipynb`)).cells).toHaveLength(5);
    expect(parseNotebook(par.object(`${prefix}/broken/failing/failing.ipynb`)).cells).toHaveLength(4);
    expect(record(`${prefix}/sales/report/${RESULT}`)).toMatchObject({ state: 'succeeded', notebook: 'code/sales/report.ipynb' });
    expect(record(`${prefix}/broken/failing/${RESULT}`)).toMatchObject({
      state: 'failed',
      exitCode: 1,
      failedCell: { cell: 3, ename: 'ValueError', evalue: 'the data is not ready' },
    });
    expect(record(`${prefix}/hunt/hunter/${RESULT}`)).toMatchObject({ state: 'succeeded' });
  });

  it("keeps the PAR out of every environment block and command line the notebooks' kernels can read", () => {
    const hunt = /\[hunt\/hunter\.ipynb\] looked at (\d+) blocks; output PAR found in: (.*)/.exec(run.stdout);
    // Its kernel, its driver and the batch driver at least, each an environment block and a command line.
    expect(Number(hunt?.[1])).toBeGreaterThanOrEqual(6);
    expect(hunt?.[2]).toBe('nowhere');
    expect(run.stdout).not.toContain(par.token);
  });

  it("forks each notebook's driver from the batch's fork server, which the batch started", () => {
    // A forked driver keeps its server's command line: the kernel's parent, then the server, then the batch.
    expect(run.stdout).toContain('[hunt/hunter.ipynb] process chain: ipykernel_launcher < driver_forkserver.py < driver_forkserver.py < driver_batch.py\n');
  });

  it('installs the requirements once, before the first notebook, and no notebook installs them again', () => {
    const installs = run.stdout.split('\n').filter((line) => line.includes('installing code/requirements.txt with'));
    expect(installs).toEqual([expect.stringMatching(/^oci-run-notebook: installing code\/requirements.txt with /)]);
    expect(run.stdout.indexOf('oci-run-notebook: installed code/requirements.txt')).toBeLessThan(run.stdout.indexOf('[sales/report.ipynb]'));
    expect(run.stdout).toContain('[broken/failing.ipynb] oci-run-notebook: note: not installing code/requirements.txt again: the batch installed it before its first notebook');
  });
});

describe('a notebook past its time limit', () => {
  let job: UnpackedJob;
  let run: DriverRun;
  const marker = `BATCH_TEST_MARKER=${randomBytes(8).toString('hex')}`;

  beforeAll(async () => {
    job = await unpackBatch(
      { 'slow/slow.ipynb': fixture('slow-cell.ipynb'), 'quick/passing.ipynb': fixture('passing.ipynb') },
      {
        parallel: 2,
        notebooks: [
          { name: 'slow', notebook: 'code/slow/slow.ipynb', outputUri: 'oci://outputs@testns/limits/slow', timeoutSeconds: 4 },
          { name: 'quick', notebook: 'code/quick/passing.ipynb', outputUri: 'oci://outputs@testns/limits/quick', timeoutSeconds: 50 },
        ],
      },
    );
    const [name, value] = marker.split('=');
    run = await runBatch(job, { OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl, OCI_RUN_NOTEBOOK_RESULT: RESULT, [name]: value });
  });
  afterAll(() => job.remove());

  it('is stopped with its kernel, and its record says it timed out', async () => {
    expect(run.stdout).toContain("[slow] oci-run-notebook: error: timed out after 4 s (the notebook's limit); its kernel was stopped\n");
    expect(run.stdout).not.toContain('never reached');
    expect(record(`limits/slow/${RESULT}`)).toMatchObject({
      state: 'failed',
      exitCode: 1,
      notebook: 'code/slow/slow.ipynb',
      error: "timed out after 4 s (the notebook's limit); its kernel was stopped",
    });
    expect(await leftOver(marker)).toEqual([]);
  });

  it('does not stop the others', () => {
    expect(run.stdout).toContain('[quick] oci-run-notebook: notebook succeeded');
    expect(record(`limits/quick/${RESULT}`)).toMatchObject({ state: 'succeeded' });
    expect(run.stdout).toContain('oci-run-notebook: batch of 2 notebook(s): 1 succeeded, 1 failed (slow)\noci-run-notebook: batch failed\n');
    expect(run.code).toBe(1);
  });
});

describe('a batch cancelled with SIGTERM', () => {
  it('stops every notebook and kernel, starts no more, and exits 143', async () => {
    const marker = `BATCH_TEST_MARKER=${randomBytes(8).toString('hex')}`;
    const sleeper = text(codeCell('import time\nprint("sleeping", flush=True)\ntime.sleep(120)'));
    const job = await unpackBatch(
      { 'one/sleep.ipynb': sleeper, 'two/sleep.ipynb': sleeper, 'three/passing.ipynb': fixture('passing.ipynb') },
      {
        parallel: 2,
        notebooks: [
          { name: 'one', notebook: 'code/one/sleep.ipynb' },
          { name: 'two', notebook: 'code/two/sleep.ipynb' },
          { name: 'three', notebook: 'code/three/passing.ipynb' },
        ],
      },
    );
    try {
      const [name, value] = marker.split('=');
      let signalled = false;
      let running: number[] = [];
      const run = await runBatch(job, { [name]: value }, {
        onStdout: (stdout, driver) => {
          if (signalled || !stdout.includes('[one] sleeping') || !stdout.includes('[two] sleeping')) return;
          signalled = true;
          running = processesWith(marker);
          driver.kill('SIGTERM');
        },
      });
      // The batch, its fork server, two notebook drivers and their two kernels were running.
      expect(running.length).toBeGreaterThanOrEqual(6);
      expect(run.code).toBe(143);
      expect(run.stdout).toContain('oci-run-notebook: stopping on SIGTERM: 2 running notebook(s) stopped, 1 not started\n');
      expect(run.stdout).not.toContain('[three]');
      expect(run.stdout).toContain('oci-run-notebook: batch of 3 notebook(s): 0 succeeded, 0 failed, 2 stopped (one, two), 1 not started (three)\n');
      expect(run.stdout.trim().split('\n').slice(-2)).toEqual(['oci-run-notebook: batch stopped by SIGTERM', 'oci-run-notebook: batch failed']);
      expect(await leftOver(marker)).toEqual([]);
    } finally {
      await job.remove();
    }
  });
});

describe('a notebook whose driver is killed', () => {
  it("fails that notebook with a record saying how its driver ended, and runs the others", async () => {
    // The kernel's parent is the notebook's driver.
    const killer = text(codeCell('import os, signal\nos.kill(os.getppid(), signal.SIGKILL)'));
    const job = await unpackBatch(
      { 'killer/killer.ipynb': killer, 'quick/passing.ipynb': fixture('passing.ipynb') },
      {
        parallel: 2,
        notebooks: [
          { name: 'killer', notebook: 'code/killer/killer.ipynb', outputUri: 'oci://outputs@testns/killed/killer' },
          { name: 'quick', notebook: 'code/quick/passing.ipynb', outputUri: 'oci://outputs@testns/killed/quick' },
        ],
      },
    );
    try {
      const run = await runBatch(job, { OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl, OCI_RUN_NOTEBOOK_RESULT: RESULT });
      const reason = 'its driver was ended by SIGKILL before it could say how the notebook ended';
      expect(run.stdout).toContain(`[killer] oci-run-notebook: error: ${reason}\n`);
      expect(record(`killed/killer/${RESULT}`)).toMatchObject({ state: 'failed', exitCode: 1, error: reason });
      expect(record(`killed/quick/${RESULT}`)).toMatchObject({ state: 'succeeded' });
      expect(run.stdout).toContain('oci-run-notebook: batch of 2 notebook(s): 1 succeeded, 1 failed (killer)\n');
      expect(run.code).toBe(1);
    } finally {
      await job.remove();
    }
  });
});

describe('a batch whose fork server is killed', () => {
  it('starts the later notebooks as Pythons of their own, and says so', async () => {
    // The kernel's parent is its driver, whose parent is the fork server.
    const killer = text(codeCell('import os, signal\ndriver = os.getppid()\nserver = int(open("/proc/%d/stat" % driver).read().rsplit(")", 1)[1].split()[1])\nos.kill(server, signal.SIGKILL)\nprint("killed the fork server", flush=True)'));
    const job = await unpackBatch(
      { 'killer/killer.ipynb': killer, 'after/passing.ipynb': fixture('passing.ipynb') },
      {
        parallel: 1,
        notebooks: [
          { name: 'killer', notebook: 'code/killer/killer.ipynb' },
          { name: 'after', notebook: 'code/after/passing.ipynb', outputUri: 'oci://outputs@testns/serverless/after' },
        ],
      },
    );
    try {
      const run = await runBatch(job, { OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl, OCI_RUN_NOTEBOOK_RESULT: RESULT });
      expect(run.stdout).toContain('[killer] killed the fork server\n');
      // Its driver ran on, but with its server gone nobody could tell the batch how it ended.
      expect(run.stdout).toContain('[killer] oci-run-notebook: error: its driver exited with code 255 before it could say how the notebook ended\n');
      expect(run.stdout).toContain("oci-run-notebook: note: the fork server has ended; each notebook's driver from now on starts a Python of its own\n");
      expect(run.stdout).toContain('[after] oci-run-notebook: notebook succeeded\n');
      expect(record(`serverless/after/${RESULT}`)).toMatchObject({ state: 'succeeded' });
      expect(run.stdout).not.toContain(par.token);
    } finally {
      await job.remove();
    }
  });
});

describe('a batch that cannot be set up', () => {
  let job: UnpackedJob;
  beforeAll(async () => {
    job = await unpackBatch({ 'requirements.txt': '--no-index\nno-such-package-for-a-batch-test\n' }, { notebooks: [] });
  });
  afterAll(() => job.remove());

  async function withManifest(manifest: string): Promise<DriverRun> {
    await writeFile(join(job.root, 'batch.json'), manifest);
    return runBatch(job, {});
  }

  it('names the manifest field that is wrong and the form expected, and exits 2', async () => {
    const run = await withManifest(JSON.stringify({ parallel: 2, notebooks: [{ name: 'a', notebook: 'code/passing.ipynb' }, { name: 'b', notebook: 'code/passing.ipynb', timeoutSeconds: 'ten' }] }));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(
      'oci-run-notebook: error: the batch manifest batch.json (NOTEBOOK_BATCH): notebooks[1].timeoutSeconds is "ten"; ' +
        'expected a number of seconds greater than 0, or no timeoutSeconds for no limit.\noci-run-notebook: batch failed\n',
    );
    expect((await withManifest('{"parallel": 0, "notebooks": []}')).stdout).toContain('parallel is 0; expected a whole number of notebooks run at once, 1 or more.');
    expect((await withManifest('{"notebooks": [{"name": "a", "notebook": "code/passing.ipynb", "timeout": 5}]}')).stdout).toContain(
      'notebooks[0] has an unknown field "timeout"; expected only the fields name, notebook, outputUri, excludeTags, timeoutSeconds.',
    );
    expect((await withManifest('{"notebooks": ')).stdout).toMatch(/NOTEBOOK_BATCH is 'batch.json', which is not JSON \(.*\); expected a manifest like \{/);
    const unset = await runDriver(python, job.root, {}, { entry: 'driver_batch.py' });
    expect(unset.code).toBe(2);
    expect(unset.stdout).toContain('NOTEBOOK_BATCH is not set; expected the batch manifest\'s path relative to the job artifact\'s root');
  });

  it('stops at once on SIGTERM while it still waits for its PAR, before any notebook started', async () => {
    await writeFile(join(job.root, 'batch.json'), JSON.stringify({ notebooks: [{ name: 'a', notebook: 'code/passing.ipynb', outputUri: 'oci://outputs@testns/a' }] }));
    let signalled = false;
    const run = await runBatch(
      job,
      // Nothing listens on port 1: the batch waits for the handover until it is stopped.
      { OCI_RUN_NOTEBOOK_OUTPUT_PAR_HANDOVER: 'http://127.0.0.1:1/handover', OCI_RUN_NOTEBOOK_OUTPUT_PAR_KEY: '00' },
      {
        // Once: a second SIGTERM landing while Python shuts down (its handlers reset) would end it by the signal.
        onStdout: (stdout, driver) => {
          if (signalled || !stdout.includes('waiting for the output pre-authenticated request')) return;
          signalled = true;
          driver.kill('SIGTERM');
        },
      },
    );
    expect(run.code).toBe(143);
    expect(run.stdout.trim().split('\n').slice(-2)).toEqual(['oci-run-notebook: batch stopped by SIGTERM before any notebook started', 'oci-run-notebook: batch failed']);
    expect(run.stdout).not.toContain('[a]');
  });

  it('fails every notebook, each with a not_run record, when the requirements cannot be installed', async () => {
    await writeFile(join(job.root, 'batch.json'), JSON.stringify({
      notebooks: [
        { name: 'a', notebook: 'code/passing.ipynb', outputUri: 'oci://outputs@testns/unset/a' },
        { name: 'b', notebook: 'code/passing.ipynb', outputUri: 'oci://outputs@testns/unset/b' },
      ],
    }));
    const run = await runBatch(job, {
      NOTEBOOK_REQUIREMENTS: 'code/requirements.txt',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
      OCI_RUN_NOTEBOOK_RESULT: RESULT,
      PIP_BREAK_SYSTEM_PACKAGES: '1',
      PIP_DRY_RUN: '1',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('oci-run-notebook: error: installing code/requirements.txt failed (pip exited with 1): ');
    expect(run.stdout).not.toContain('first line');
    for (const name of ['a', 'b']) {
      expect(record(`unset/${name}/${RESULT}`)).toMatchObject({ state: 'not_run', exitCode: 2, error: expect.stringContaining('installing code/requirements.txt failed') });
      expect(run.stdout).toContain(`[${name}] oci-run-notebook: uploaded unset/${name}/${RESULT}`);
    }
    expect(run.stdout.trim().split('\n').slice(-2)).toEqual(['oci-run-notebook: batch of 2 notebook(s): 0 succeeded, 0 failed, 2 not run (a, b)', 'oci-run-notebook: batch failed']);
    expect(run.stdout).not.toContain(par.token);
  });
});
