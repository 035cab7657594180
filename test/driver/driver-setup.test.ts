import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { DRIVER_FILES, FakeParServer, parseNotebook, readNotebook, runDriver, unpackJob, type UnpackedJob } from './harness.js';

let python: string;
let par: FakeParServer;
let job: UnpackedJob;

beforeAll(async () => {
  python = await findJupyterPython();
  par = await new FakeParServer().start();
  job = await unpackJob('passing.ipynb', { 'notes.txt': 'not a notebook\n' });
});

afterAll(async () => {
  await par.stop();
  await job.remove();
});

/** Quick retries so the suite does not sit in backoff. */
const FAST_RETRIES = { OCI_RUN_NOTEBOOK_UPLOAD_ATTEMPTS: '4', OCI_RUN_NOTEBOOK_UPLOAD_BACKOFF_SECONDS: '0.05' };

describe('uploads to the pre-authenticated request', () => {
  it('retries PUTs answered 503 with backoff, then succeeds', async () => {
    par.failNext(2, 503);
    const run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: job.notebook,
      OUTPUT_URI: 'oci://outputs@testns/retried',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
      ...FAST_RETRIES,
    });
    expect(run.code).toBe(0);
    expect(par.attempts.filter((a) => a.endsWith(' retried/passing.ipynb'))).toEqual([
      '503 retried/passing.ipynb',
      '503 retried/passing.ipynb',
      '200 retried/passing.ipynb',
    ]);
    expect(run.stdout).toMatch(/uploading retried\/passing\.ipynb: HTTP 503 .*; retrying in [\d.]+ s \(attempt 2 of 4\)/);
    expect(parseNotebook(par.object('retried/passing.ipynb')).cells).toHaveLength(5);
    expect(run.stdout + run.stderr).not.toContain(par.token);
  });

  it('exits 3 after the last attempt and still never prints the token', async () => {
    par.failNext(Infinity, 503);
    try {
      const run = await runDriver(python, job.root, {
        JOB_RUN_NOTEBOOK: job.notebook,
        OUTPUT_URI: 'oci://outputs@testns/unavailable',
        OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
        ...FAST_RETRIES,
      });
      expect(run.code).toBe(3);
      expect(par.attempts.filter((a) => a.includes(' unavailable/'))).toHaveLength(4);
      expect(run.stdout).toContain('uploading unavailable/passing.ipynb failed after 4 attempts');
      expect(run.stdout.trim().split('\n').at(-1)).toBe(
        'oci-run-notebook: notebook succeeded, but its outputs were not all uploaded',
      );
      expect(run.stdout + run.stderr).not.toContain(par.token);
    } finally {
      par.failNext(0);
    }
  });

  it('does not retry a 404 and exits 3', async () => {
    const run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: job.notebook,
      OUTPUT_URI: 'oci://outputs@testns/gone',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl.replace(par.token, `${par.token}-deleted`),
      ...FAST_RETRIES,
    });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('HTTP 404');
    expect(run.stdout).not.toContain('retrying');
    expect(run.stdout + run.stderr).not.toContain(par.token);
  });
});

describe('retry_with_backoff', () => {
  /** Calls the helper with a fake sleep and fixed jitter; prints the waits and the outcome as JSON. */
  async function backoff(failures: string, attempts: number, jitter: number): Promise<{ waits: number[]; outcome: string }> {
    const script = [
      'import json, sys',
      'import driver_uploads as u',
      'failures, attempts, jitter = json.loads(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])',
      'waits = []',
      'def action():',
      '    if failures:',
      '        raise u.RetryableUploadError("HTTP 503", failures.pop(0))',
      '    return "stored"',
      'try:',
      '    outcome = u.retry_with_backoff(action, "uploading x", attempts, 1.0, sleep=waits.append, rand=lambda: jitter)',
      'except u.UploadError as error:',
      '    outcome = str(error)',
      'print(json.dumps({"waits": waits, "outcome": outcome}))',
    ].join('\n');
    const { stdout } = await promisify(execFile)(python, ['-c', script, failures, String(attempts), String(jitter)], {
      cwd: job.root,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as { waits: number[]; outcome: string };
  }

  it('doubles the wait after each failure, with jitter between half and all of it, capped at 30 s', async () => {
    expect(await backoff('[null, null, null, null, null, null, null]', 8, 1)).toEqual({
      waits: [1, 2, 4, 8, 16, 30, 30],
      outcome: 'stored',
    });
    expect((await backoff('[null, null, null]', 8, 0)).waits).toEqual([0.5, 1, 2]);
  });

  it('waits at least as long as Retry-After asks', async () => {
    expect((await backoff('[12, null]', 4, 0)).waits).toEqual([12, 1]);
  });

  it('gives up after the last attempt with an error naming the object', async () => {
    expect(await backoff('[null, null, null]', 3, 0)).toEqual({
      waits: [0.5, 1],
      outcome: 'uploading x failed after 3 attempts: HTTP 503',
    });
  });
});

describe('NOTEBOOK_CELL_TIMEOUT', () => {
  it('interrupts a cell that runs too long and fails the run at that cell', async () => {
    const slow = await unpackJob('slow-cell.ipynb');
    try {
      const run = await runDriver(python, slow.root, { JOB_RUN_NOTEBOOK: slow.notebook, NOTEBOOK_CELL_TIMEOUT: '1' });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('KeyboardInterrupt');
      expect(run.stdout.split('\n')).toContain(
        'oci-run-notebook: cell 2 failed: CellTimeoutError: the cell did not finish within NOTEBOOK_CELL_TIMEOUT=1 seconds',
      );
      expect(run.stdout).not.toContain('never reached');
      const saved = await readNotebook(join(slow.root, slow.notebook));
      expect(saved.cells[1].outputs?.map((out) => out.ename)).toContain('CellTimeoutError');
    } finally {
      await slow.remove();
    }
  });
});

describe('a kernel that dies while starting', () => {
  /**
   * A kernelspec whose first `failures` starts exit before the kernel answers, as a kernel does that
   * lost a race for its ports to another starting at the same time; later starts are the real kernel.
   */
  async function flakyKernel(failures: number): Promise<{ jupyterPath: string; starts: () => number }> {
    const folder = await mkdtemp(join(tmpdir(), 'flaky-kernel-'));
    const spec = join(folder, 'kernels', 'flaky');
    await mkdir(spec, { recursive: true });
    const counter = join(folder, 'starts');
    const launcher = [
      'import os, sys',
      `counter = ${JSON.stringify(counter)}`,
      'starts = len(open(counter).read()) + 1 if os.path.exists(counter) else 1',
      'open(counter, "a").write("x")',
      `if starts <= ${failures}:`,
      '    sys.exit("address already in use")',
      'os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher"] + sys.argv[1:])',
    ].join('\n');
    await writeFile(join(spec, 'launch.py'), launcher);
    await writeFile(join(spec, 'kernel.json'), JSON.stringify({ argv: [python, join(spec, 'launch.py'), '-f', '{connection_file}'], display_name: 'flaky', language: 'python' }));
    return { jupyterPath: folder, starts: () => (existsSync(counter) ? readFileSync(counter, 'utf8').length : 0) };
  }

  it('is started again, saying so, and the notebook runs', async () => {
    const flaky = await flakyKernel(1);
    const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: job.notebook, NOTEBOOK_KERNEL: 'flaky', JUPYTER_PATH: flaky.jupyterPath });
    expect(run.stdout).toMatch(/oci-run-notebook: kernel 'flaky' did not start \(RuntimeError: Kernel died before replying to kernel_info\); starting it again \(attempt 2 of 3\)/);
    expect(run.code).toBe(0);
    expect(flaky.starts()).toBe(2);
  });

  it('fails the run as bad setup after the third start', async () => {
    const flaky = await flakyKernel(3);
    const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: job.notebook, NOTEBOOK_KERNEL: 'flaky', JUPYTER_PATH: flaky.jupyterPath });
    expect(run.stdout).toContain("kernel 'flaky' did not start: RuntimeError: Kernel died before replying to kernel_info");
    expect(run.code).toBe(2);
    expect(flaky.starts()).toBe(3);
  });
});

describe('bad setup', () => {
  it('exits 2 with a clear message when JOB_RUN_NOTEBOOK is missing', async () => {
    const run = await runDriver(python, job.root, {});
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('JOB_RUN_NOTEBOOK is not set');
    expect(run.stdout).toContain('code/analysis.ipynb');
  });

  it('stores a result record saying why the notebook did not run', async () => {
    const run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: 'code/missing.ipynb',
      OUTPUT_URI: 'oci://outputs@testns/setup-error',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
      OCI_RUN_NOTEBOOK_RESULT: 'oci-run-notebook-result.json',
    });
    expect(run.code).toBe(2);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('oci-run-notebook: notebook not run: bad setup');
    const record = JSON.parse(par.object('setup-error/oci-run-notebook-result.json')!.toString('utf8'));
    expect(record).toMatchObject({ state: 'not_run', exitCode: 2, error: expect.stringContaining("JOB_RUN_NOTEBOOK is 'code/missing.ipynb' but there is no such file") });
  });

  it('exits 2 when JOB_RUN_NOTEBOOK names no file', async () => {
    const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: 'code/missing.ipynb' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("JOB_RUN_NOTEBOOK is 'code/missing.ipynb' but there is no such file");
  });

  it('exits 2 when JOB_RUN_NOTEBOOK is not a notebook', async () => {
    const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: 'code/notes.txt' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('not a notebook');
  });

  it('finds the notebook under code/ when JOB_RUN_NOTEBOOK is only its name, as ADS jobs set it', async () => {
    const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: 'passing.ipynb', NOTEBOOK_KERNEL: 'no-such-kernel' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("NOTEBOOK_KERNEL is 'no-such-kernel' but no such Jupyter kernel is installed");
  });

  it('exits 2 when NOTEBOOK_EXCLUDE_TAGS is not a JSON list of strings', async () => {
    const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: job.notebook, NOTEBOOK_EXCLUDE_TAGS: 'remove' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("NOTEBOOK_EXCLUDE_TAGS is 'remove'; expected a JSON list of strings");
  });

  it('exits 2 on an OUTPUT_URI that is neither oci:// nor a folder', async () => {
    const run = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: job.notebook, OUTPUT_URI: 's3://bucket/x' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("OUTPUT_URI is 's3://bucket/x'; expected oci://<bucket>@<namespace>/<prefix>");
  });

  it('exits 2 without echoing a pre-authenticated request URL that is malformed', async () => {
    const run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: job.notebook,
      OUTPUT_URI: 'oci://outputs@testns/x',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: `http://127.0.0.1:1/p/${par.token}/n/testns/b/outputs/`,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('ending in /o/');
    expect(run.stdout + run.stderr).not.toContain(par.token);
  });

  it('exits 2 when the pre-authenticated request is for another bucket than OUTPUT_URI', async () => {
    const run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: job.notebook,
      OUTPUT_URI: 'oci://other@testns/x',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('is for bucket outputs@testns but OUTPUT_URI names other@testns');
    expect(run.stdout + run.stderr).not.toContain(par.token);
  });
});

/** A Python 3.8 interpreter (the service conda packs' version): $PYTHON38, or one installed where pyenv or Debian puts it. */
function findPython38(): string | undefined {
  if (process.env.PYTHON38) return process.env.PYTHON38;
  const pyenvVersions = join(homedir(), '.pyenv', 'versions');
  const candidates = existsSync(pyenvVersions)
    ? readdirSync(pyenvVersions)
        .filter((version) => version.startsWith('3.8'))
        .map((version) => join(pyenvVersions, version, 'bin', 'python3.8'))
    : [];
  return ['/usr/bin/python3.8', ...candidates].find((path) => existsSync(path));
}

describe('Python 3.8 compatibility', () => {
  it('parses as Python 3.8 syntax', async () => {
    const check = [
      'import ast, sys',
      'for path in sys.argv[1:]:',
      '    ast.parse(open(path).read(), path, feature_version=(3, 8))',
    ].join('\n');
    const files = DRIVER_FILES.map((file) => join(job.root, file));
    expect(files.length).toBeGreaterThan(1);
    await expect(promisify(execFile)(python, ['-c', check, ...files])).resolves.toBeDefined();
  });

  const python38 = findPython38();
  it('loads and reports bad setup under a real Python 3.8', async () => {
    // CI gives one with PYTHON38 (actions/setup-python); development machines have pyenv's.
    if (!python38) throw new Error('No Python 3.8 found: set PYTHON38, or install one at /usr/bin/python3.8 or ~/.pyenv/versions/3.8.*');
    const run = await runDriver(python38, job.root, { OUTPUT_URI: 'oci://outputs@testns/x' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('JOB_RUN_NOTEBOOK is not set');
  });
});
