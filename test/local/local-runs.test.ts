import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocalJupyterBackend } from '../../src/backends/local/local-jupyter-backend.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import { codeCell, markdownCell } from '../support/notebooks.js';
import { localRequest, LogCollector, testBackend } from './local-support.js';

interface SavedNotebook {
  cells: Array<{ source: string | string[]; execution_count?: number | null; outputs?: Array<{ text?: string | string[]; ename?: string }> }>;
}

let backend: LocalJupyterBackend;
let outputs: string;
beforeAll(async () => {
  // The front door's own environment, with credentials a notebook must not see.
  backend = await testBackend({ env: { ...process.env, OCI_CLI_KEY_CONTENT: 'private key', INPUT_GITHUB_TOKEN: 'token', HARMLESS: 'yes' } });
  await backend.check();
  outputs = await mkdtemp(join(tmpdir(), 'local-outputs-'));
});

async function run(request: RunRequest) {
  const logs = new LogCollector();
  const handle = await backend.submit(request);
  const result = await backend.follow(handle, { onLog: logs.onLog });
  return { handle, result, logs };
}

async function savedNotebook(path: string): Promise<SavedNotebook> {
  return JSON.parse(await readFile(path, 'utf8')) as SavedNotebook;
}

function printed(notebook: SavedNotebook, cellNumber: number): string {
  return (notebook.cells[cellNumber - 1]!.outputs ?? []).map((out) => [out.text ?? ''].flat().join('')).join('');
}

describe('LocalJupyterBackend', () => {
  it('runs a notebook to SUCCEEDED, streaming its output and timing the run', async () => {
    const { handle, result, logs } = await run(localRequest('hello', [codeCell('print("hello from the kernel")'), codeCell('print("grüße ✓")\n6 * 7')], { outputUri: join(outputs, 'hello') }));
    expect(handle.runId).toMatch(/^local-[0-9a-f-]{36}$/);
    expect(handle.jobId).toMatch(/^local-job-/);
    expect(result).toMatchObject({ notebook: 'notebooks/hello.ipynb', runId: handle.runId, jobId: handle.jobId, state: 'SUCCEEDED', outputUri: join(outputs, 'hello', 'hello.ipynb') });
    expect(result.error).toBeUndefined();
    expect(logs.lines).toEqual(expect.arrayContaining(['hello from the kernel', 'grüße ✓', '42', 'oci-run-notebook: notebook succeeded']));
    expect(Date.parse(result.timeStarted!)).toBeGreaterThanOrEqual(Date.parse(result.timeAccepted!));
    expect(Date.parse(result.timeFinished!)).toBeGreaterThan(Date.parse(result.timeStarted!));
    expect(result.durationSeconds).toBeGreaterThanOrEqual(0);
    expect(printed(await savedNotebook(result.outputUri!), 1)).toBe('hello from the kernel\n');
  });

  it('reports FAILED with the failing cell, counted as the editor shows it, and saves the partial notebook', async () => {
    const { result } = await run(
      localRequest('broken', [markdownCell('# Title'), codeCell('print("before")'), codeCell('raise ValueError("the data is not ready")'), codeCell('print("after")')], {
        outputUri: join(outputs, 'broken'),
      }),
    );
    expect(result.state).toBe('FAILED');
    expect(result.failedCell).toEqual({ cell: 3, message: 'ValueError: the data is not ready' });
    expect(result.error).toBe('cell 3 failed: ValueError: the data is not ready');
    expect(result.lifecycleDetails).toBe('the notebook driver exited with code 1 (a cell failed)');
    const saved = await savedNotebook(result.outputUri!);
    expect(saved.cells[2]!.outputs!.some((out) => out.ename === 'ValueError')).toBe(true);
    expect(saved.cells[3]!.execution_count).toBeNull();
  });

  it('does not run cells carrying an exclude tag, and keeps them in the executed notebook', async () => {
    const { result, logs } = await run(
      localRequest('tagged', [codeCell('print("kept")'), codeCell('raise RuntimeError("the excluded cell ran")', ['remove']), codeCell('print("also kept")', ['keep'])], {
        excludeTags: ['remove'],
        outputUri: join(outputs, 'tagged'),
      }),
    );
    expect(result.state).toBe('SUCCEEDED');
    expect(logs.text).toContain('not running cell(s) 2, tagged ["remove"]');
    expect(logs.text).not.toContain('the excluded cell ran');
    const saved = await savedNotebook(result.outputUri!);
    expect(saved.cells).toHaveLength(3);
    expect(saved.cells[1]!.execution_count).toBeNull();
  });

  it('injects parameters and passes environment variables, but nothing of the front door\'s environment that a run does not need', async () => {
    const { handle, result, logs } = await run(
      localRequest(
        'parameterised',
        [
          codeCell('alpha = 0.1\nname = "default"', ['parameters']),
          codeCell('import os\nprint("values", alpha, name, os.environ["GREETING"], os.environ["JOB_RUN_OCID"])'),
          codeCell('print("seen", sorted(k for k in ("OCI_CLI_KEY_CONTENT", "INPUT_GITHUB_TOKEN", "HARMLESS") if k in os.environ))'),
        ],
        { parameters: { alpha: 0.5, name: 'from the request' }, environmentVariables: { GREETING: 'hej' } },
      ),
    );
    expect(result.state).toBe('SUCCEEDED');
    expect(logs.lines).toContain(`values 0.5 from the request hej ${handle.runId}`);
    // Only what a run needs is taken from the environment: HARMLESS reaches it only when passed with env.
    expect(logs.lines).toContain('seen []');
  });

  it('keeps cloud credentials, the runner\'s command files and every variable not on the allow-list from the notebook', async () => {
    const withheld = [
      'GOOGLE_OAUTH_ACCESS_TOKEN',
      'AZURE_STORAGE_KEY',
      'AZURE_STORAGE_SAS_TOKEN',
      'AZURE_STORAGE_CONNECTION_STRING',
      'OCI_RESOURCE_PRINCIPAL_RPST',
      'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM',
      'OCI_RESOURCE_PRINCIPAL_VERSION',
      'OCI_CLI_USER',
      'OCI_OIDC_CLIENT_IDENTIFIER',
      'OCI_OIDC_DOMAIN_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'GITHUB_ENV',
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_PATH',
      'GITHUB_STEP_SUMMARY',
      'GITHUB_TOKEN',
      'GH_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'INPUT_NOTEBOOKS',
    ];
    const unlisted = ['AWS_SECRET_ACCESS_KEY', 'MY_APP_SECRET', 'GITHUB_REPOSITORY', 'JUPYTER_TOKEN', 'HTTPS_PROXY'];
    const runnerLike = await testBackend({
      env: {
        ...process.env,
        ...Object.fromEntries([...withheld, ...unlisted].map((name) => [name, `value of ${name}`])),
        HTTPS_PROXY: 'http://user:password@proxy.example:3128',
        HTTP_PROXY: 'http://proxy.example:3128',
        LC_ALL: 'C.UTF-8',
      },
    });
    const logs = new LogCollector();
    const asked = [...withheld, ...unlisted, 'HTTP_PROXY', 'LC_ALL'];
    const handle = await runnerLike.submit(localRequest('prying', [codeCell(`import os\nprint("seen", sorted(k for k in ${JSON.stringify(asked)} if k in os.environ))`)]));
    const result = await runnerLike.follow(handle, { onLog: logs.onLog });
    expect(result.state).toBe('SUCCEEDED');
    // An allow-list: a proxy without credentials and the locale pass; a proxy with a password does not.
    expect(logs.lines).toContain("seen ['HTTP_PROXY', 'LC_ALL']");
  });

  it('fails a cell that runs past the cell timeout, and names it', async () => {
    const quick = await testBackend({ cellTimeoutSeconds: 4 });
    const started = Date.now();
    const handle = await quick.submit(localRequest('slow', [codeCell('import time\ntime.sleep(60)'), codeCell('print("never")')]));
    const result = await quick.follow(handle);
    expect(result.state).toBe('FAILED');
    expect(result.failedCell?.cell).toBe(1);
    expect(result.failedCell?.message).toMatch(/^CellTimeoutError: the cell did not finish within NOTEBOOK_CELL_TIMEOUT=4 seconds/);
    expect(Date.now() - started).toBeLessThan(40_000);
  });

  it('copies the executed notebook and the files it wrote, subfolders included, into the output folder', async () => {
    const folder = join(outputs, 'files');
    const { result } = await run(
      localRequest(
        'writer',
        [codeCell('import os\nos.makedirs("plots/2024", exist_ok=True)\nopen("results.csv", "w").write("a,b\\n1,2\\n")\nopen("plots/2024/summary 1.txt", "w").write("rows: 1\\n")')],
        { outputUri: pathToFileURL(folder).href },
      ),
    );
    expect(result.state).toBe('SUCCEEDED');
    expect(result.outputUri).toBe(join(folder, 'writer.ipynb'));
    expect(await readFile(join(folder, 'results.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(await readFile(join(folder, 'plots', '2024', 'summary 1.txt'), 'utf8')).toBe('rows: 1\n');
    expect(existsSync(join(folder, 'writer.ipynb'))).toBe(true);
  });

  it('expands $JOB_RUN_OCID in the output folder, as OCI runs do', async () => {
    const { handle, result } = await run(localRequest('per-run', [codeCell('1')], { outputUri: join(outputs, 'runs', '$JOB_RUN_OCID') }));
    expect(result.outputUri).toBe(join(outputs, 'runs', handle.runId, 'per-run.ipynb'));
    expect(existsSync(result.outputUri!)).toBe(true);
  });

  it('leaves the executed notebook in the run folder when no output folder is given', async () => {
    const { handle, result } = await run(localRequest('no-output', [codeCell('print("kept here")')]));
    expect(result.outputUri).toBe(join(handle.cleanup!.runFolder!, 'code', 'no-output.ipynb'));
    expect(printed(await savedNotebook(result.outputUri!), 1)).toBe('kept here\n');
  });
});
