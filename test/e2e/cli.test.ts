import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import { main } from '../../src/cli/main.js';
import type { RunResult } from '../../src/engine/run-result.js';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { FAST_EMULATOR } from '../support/emulated-oci.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { FAST_FOLLOW } from '../support/emulated-oci.js';
import { node24 } from '../support/node24.js';

let emulator: Emulator;
let folder: string;
let sdk: OciClients | undefined;
const clients = () => sdk!;
beforeAll(async () => {
  emulator = await startEmulator(FAST_EMULATOR);
  sdk = await createOciClients(emulator.env);
  folder = await mkdtemp(join(tmpdir(), 'cli-test-'));
  await writeFile(join(folder, 'pass.ipynb'), notebookBytes(codeCell('size = 1', ['parameters']), codeCell('import os\nprint("value", os.environ["VALUE"], size)')));
  await writeFile(join(folder, 'fail.ipynb'), notebookBytes(codeCell('1 / 0')));
  await writeFile(join(folder, 'not-a-notebook.ipynb'), 'just text');
  await writeFile(join(folder, 'params.yaml'), 'size: 2\nsise: 5\n');
});
afterAll(async () => {
  sdk?.close();
  await emulator?.close();
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(
    argv,
    { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { ...emulator.env } },
    FAST_FOLLOW,
  );
  return { status, stdout, stderr };
}

describe('oci-run-notebook run', () => {
  it('runs notebooks, prints results as JSON, and exits 1 when one failed', async () => {
    // Parameters as papermill merges them: the file, then the map, then -p (which keeps 3.0 a float).
    const { status, stdout, stderr } = await cli(
      'run', '--json', '--env', 'VALUE=42', '--parameters-file', join(folder, 'params.yaml'), '--parameters', 'size: 3', '-p', 'size', '3.0',
      '--output-uri', `${emulator.env.OCI_OUTPUT_URI}/cli/$JOB_RUN_OCID`,
      join(folder, 'pass.ipynb'), join(folder, 'fail.ipynb'),
    );
    const results = JSON.parse(stdout) as RunResult[];
    expect(results.map((result) => [result.notebook.split('/').at(-1), result.state])).toEqual([
      ['pass.ipynb', 'SUCCEEDED'],
      ['fail.ipynb', 'FAILED'],
    ]);
    expect(results[0]!.outputUri).toBe(`${emulator.env.OCI_OUTPUT_URI}/cli/${results[0]!.runId}/pass/pass.ipynb`);
    expect(results[1]!.failedCell?.message).toMatch(/ZeroDivisionError/);
    expect(stderr).toContain('value 42 3.0\n');
    expect(stderr).toContain(`${join(folder, 'pass.ipynb')}: warning: the "parameters" cell does not define sise; injected anyway, as papermill does (a typo?)`);
    expect(stderr).toContain(`${join(folder, 'fail.ipynb')}: warning: no cell is tagged "parameters"`);
    expect(status).toBe(1);
  });

  it('runs notebooks of one folder in one job run with --batch, each with its own result', async () => {
    const { status, stdout } = await cli(
      'run', '--json', '--batch', '--batch-parallel', '2', '--env', 'VALUE=7',
      '--output-uri', `${emulator.env.OCI_OUTPUT_URI}/cli-batch/$JOB_RUN_OCID`,
      join(folder, 'pass.ipynb'), join(folder, 'fail.ipynb'),
    );
    const results = JSON.parse(stdout) as RunResult[];
    expect(results.map((result) => [result.notebook.split('/').at(-1), result.state])).toEqual([
      ['pass.ipynb', 'SUCCEEDED'],
      ['fail.ipynb', 'FAILED'],
    ]);
    expect(results[0]!.runId).toBe(results[1]!.runId);
    expect(results[1]!.failedCell).toEqual({ cell: 1, message: expect.stringContaining('ZeroDivisionError') });
    expect(results[0]!.batch).toEqual(results.map((result) => result.notebook));
    expect(results[0]!.outputUri).toMatch(new RegExp(`/cli-batch/${results[0]!.runId}/.*pass/pass\\.ipynb$`));
    expect(status).toBe(1);
  });

  it('refuses --batch with --backend local, and --batch-parallel without --batch, as usage errors', async () => {
    const local = await cli('run', '--backend', 'local', '--batch', join(folder, 'pass.ipynb'));
    expect(local.status).toBe(2);
    expect(local.stderr).toContain('--batch: only used with --backend oci');
    const stray = await cli('run', '--batch-parallel', '2', join(folder, 'pass.ipynb'));
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('--batch-parallel: only used with --batch');
    const zero = await cli('run', '--batch', '--batch-parallel', '0', join(folder, 'pass.ipynb'));
    expect(zero.stderr).toContain('--batch-parallel: expected a whole number of at least 1, got 0');
  });

  it('exits 0 when every run succeeded, with a readable summary', async () => {
    const { status, stdout } = await cli('run', '--env', 'VALUE=1', join(folder, 'pass.ipynb'));
    expect(stdout).toMatch(/SUCCEEDED +.*pass\.ipynb/);
    expect(stdout).toContain('value 1 1');
    expect(status).toBe(0);
  });

  it.each([
    [['--block-storage-size', '20'], /--block-storage-size: expected a whole number of GB, at least 50, got 20/],
    [['--output-uri', 'https://bucket/x'], /--output-uri: expected oci:\/\/bucket@namespace\/prefix/],
    [['--compartment-id', 'not-an-ocid'], /--compartment-id: expected an OCID/],
    [['--ocpus', 'many'], /--ocpus: expected a number, got "many"/],
    [['--env', 'NOEQUALS'], /--env: expected KEY=VALUE/],
    [['--parameters', '[1, 2]'], /--parameters: expected a JSON or YAML map/],
    [['-p'], /-p: expected a name and a value, as in -p alpha 0\.5/],
    [['-p', 'a-b', '1'], /-p: "a-b" is not a variable name/],
    [['--parameters-file', '/no/such/params.yaml'], /--parameters-file: cannot read the parameters file \/no\/such\/params\.yaml: ENOENT/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--ocpus', '-1'], /--ocpus: expected a number above 0, got -1/],
    [['--max-parallel', '-2'], /--max-parallel: expected a whole number of at least 1, got -2/],
    [['--block-storage-size', '20000'], /--block-storage-size: expected at most 10240 GB/],
    [['--timeout-minutes', '1000000000000'], /--timeout-minutes: expected at most 525600 minutes \(a year\), got 1000000000000/],
    [['--output-uri', 'oci://b@ns/../../etc'], /--output-uri: a "\." or "\.\." segment is not allowed/],
  ])('exits 2 on %j before any API call', async (flags, message) => {
    const before = emulator.requests.length;
    const { status, stderr } = await cli('run', ...flags, join(folder, 'pass.ipynb'));
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
    expect(emulator.requests.length).toBe(before);
  });

  it('names a file that is not a notebook', async () => {
    const { status, stderr } = await cli('run', join(folder, 'not-a-notebook.ipynb'));
    expect(stderr).toMatch(/NOTEBOOK: .*not-a-notebook\.ipynb: not a Jupyter notebook/);
    expect(status).toBe(2);
  });

  it('says which variable is missing when no project is given', async () => {
    const env = { ...emulator.env, OCI_PROJECT_ID: undefined };
    let stderr = '';
    const status = await main(['run', join(folder, 'pass.ipynb')], { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, env });
    expect(stderr).toMatch(/--project-id: required; give the flag or set OCI_PROJECT_ID/);
    expect(status).toBe(2);
  });

  it('runs a notebook given by URL, named after its file', async () => {
    const content = notebookBytes(codeCell('print("from the web")'));
    const server = createServer((request, response) => {
      if (request.url === '/repo/raw/main/web%20report.ipynb') response.end(content);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/repo/raw/main/web%20report.ipynb`;
    try {
      const { status, stdout } = await cli('run', '--json', url, `${url.replace('web%20report', 'missing')}`);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      const ok = await cli('run', '--json', url);
      const [result] = JSON.parse(ok.stdout) as RunResult[];
      expect(result!.state).toBe('SUCCEEDED');
      const { jobRun } = await clients().dataScience.getJobRun({ jobRunId: result!.runId! });
      expect(jobRun.displayName).toBe('web report');
      expect(ok.stderr).toContain('from the web');
    } finally {
      server.close();
    }
  });

  it('masks what a notebook prints of the secrets it knows, and anything shaped like a pre-authenticated request', async () => {
    const token = 'ghp_cliRedactionTest0123456789';
    await writeFile(
      join(folder, 'leaks.ipynb'),
      notebookBytes(codeCell('import os\nprint("token:", os.environ["LEAK"])\nprint("par: https://objectstorage.example.com/p/Leaked-Par-Token_42/n/ns/b/bkt/o/")')),
    );
    let stdout = '';
    let stderr = '';
    const status = await main(
      ['run', '--json', '--env', `LEAK=${token}`, join(folder, 'leaks.ipynb')],
      { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { ...emulator.env, GITHUB_TOKEN: token } },
      FAST_FOLLOW,
    );
    expect(status).toBe(0);
    expect(stderr).toContain('leaks.ipynb] token: ***');
    expect(stderr).toContain('leaks.ipynb] par: https://objectstorage.example.com/p/***/n/ns/b/bkt/o/');
    expect(stdout + stderr).not.toContain(token);
    expect(stdout + stderr).not.toContain('Leaked-Par-Token_42');
  });

  it('prints help', async () => {
    const { status, stdout } = await cli('run', '--help');
    expect(stdout).toMatch(/--compartment-id/);
    expect(status).toBe(0);
  });
});

describe('the bundled emulator command', () => {
  it('writes its env file, serves, and shuts down on SIGTERM', async () => {
    const envFile = join(folder, 'emulator.env');
    // `node --`, as the docs say: Node 20 would otherwise take `--env-file` for its own.
    const child = spawn(process.execPath, ['--', 'dist/cli/index.js', 'emulator', '--port', '0', '--env-file', envFile]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      let url: string | undefined;
      for (let i = 0; i < 100 && !url; i++) {
        await sleep(100);
        url = (await readFile(envFile, 'utf8').catch(() => '')).match(/^OCI_OBJECT_STORAGE_ENDPOINT='?([^'\n]+)'?$/m)?.[1];
      }
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${url}/n`)).status).toBe(401);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toContain('SIGTERM: stopping; shutting down');
      await expect(fetch(`${url}/n`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('the bundled CLI', () => {
  it.each([
    ['the Node running the tests', () => process.execPath],
    ['Node 24', node24],
  ])('runs a notebook end to end as a user would, on %s', async (_name, node) => {
    const { stdout, stderr } = await promisify(execFile)(node(), ['dist/cli/index.js', 'run', '--json', '--env', 'VALUE=7', join(folder, 'pass.ipynb')], {
      env: { ...process.env, ...emulator.env },
    });
    const [result] = JSON.parse(stdout) as RunResult[];
    expect(result!.state).toBe('SUCCEEDED');
    expect(stderr).not.toMatch(/DeprecationWarning|Warning:/);
  });

  it("keeps the SDK's retry lines out of its output when the service fails now and then", async () => {
    emulator.setFaults({ errorRate: 0.5, match: /^GET \/20190101\/jobRuns\//, seed: 13 });
    const before = emulator.requests.length;
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['dist/cli/index.js', 'run', '--json', '--env', 'VALUE=5', join(folder, 'pass.ipynb')], {
        env: { ...process.env, ...emulator.env },
      });
      expect((JSON.parse(stdout) as RunResult[])[0]!.state).toBe('SUCCEEDED');
      expect(stderr).not.toMatch(/Retrying request|Request failed with Exception/);
    } finally {
      emulator.setFaults(undefined);
    }
    // The run did meet the faults, and the SDK retried them.
    expect(emulator.requests.slice(before).filter((request) => request.operation === 'getJobRun' && request.status === 503).length).toBeGreaterThan(0);
  });

  it('cancels its runs in flight on Ctrl-C, says so, and exits 1', async () => {
    await writeFile(join(folder, 'slow.ipynb'), notebookBytes(codeCell('import time\nprint("started", flush=True)\ntime.sleep(300)')));
    const child = spawn(process.execPath, ['dist/cli/index.js', 'run', '--json', join(folder, 'slow.ipynb')], { env: { ...process.env, ...emulator.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      for (let i = 0; i < 300 && !stderr.includes('started'); i++) await sleep(100);
      child.kill('SIGINT');
      expect(await exited).toBe(1);
    } finally {
      child.kill('SIGKILL');
    }
    expect(stderr).toContain('SIGINT: stopping; runs in flight are cancelled first');
    const [result] = JSON.parse(stdout) as RunResult[];
    expect(result!.state).toBe('CANCELED');
    const { jobRun } = await clients().dataScience.getJobRun({ jobRunId: result!.runId! });
    expect(jobRun.lifecycleState).toBe('CANCELED');
  });

  it('tells a call the service refused once, in its own words, without the SDK repeating it', async () => {
    const unknownProject = emulator.env.OCI_PROJECT_ID!.replace(/.{8}$/, 'zzzzzzzz');
    const failure = await promisify(execFile)('node', ['dist/cli/index.js', 'run', '--project-id', unknownProject, join(folder, 'pass.ipynb')], {
      env: { ...process.env, ...emulator.env },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in failure && failure.code).toBe(1);
    expect(failure.stdout).toMatch(/NOT_SUBMITTED .*pass\.ipynb\n\s+404 NotAuthorizedOrNotFound/);
    expect(failure.stderr).not.toMatch(/Request cannot be retried/);
  });
});
