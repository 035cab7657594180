import { beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLocalJupyter, LocalJupyterError } from '../../src/backends/local/local-jupyter-check.js';
import { LocalJupyterBackend } from '../../src/backends/local/local-jupyter-backend.js';
import { RunRequestError } from '../../src/engine/run-request-error.js';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { codeCell } from '../support/notebooks.js';
import { localRequest } from './local-support.js';

let python: string;
let folder: string;
beforeAll(async () => {
  python = await findJupyterPython();
  folder = await mkdtemp(join(tmpdir(), 'local-preflight-'));
});

/** An executable script standing in for a Python. */
async function fakePython(name: string, script: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, `#!/bin/sh\n${script}\n`);
  await chmod(path, 0o755);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<LocalJupyterError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(LocalJupyterError);
  return error as LocalJupyterError;
}

describe('checking the local Python and Jupyter before anything runs', () => {
  it('finds the Python with Jupyter and lists its kernels', async () => {
    const jupyter = await checkLocalJupyter({ python });
    expect(jupyter.kernels).toContain('python3');
    expect(jupyter.pythonVersion).toMatch(/^3\.\d+\.\d+$/);
  });

  it('names a Python that does not exist', async () => {
    const error = await failure(checkLocalJupyter({ python: '/no/such/python3' }));
    expect(error.option).toBe('python');
    expect(error.message).toMatch(/no such Python: "\/no\/such\/python3"/);
  });

  it('says how to install nbclient and ipykernel for a Python without them', async () => {
    // The same interpreter without its site-packages: as a Python with no Jupyter looks.
    const bare = await fakePython('bare-python', `exec "${python}" -S "$@"`);
    const error = await failure(checkLocalJupyter({ python: bare }));
    expect(error.option).toBe('python');
    expect(error.message).toMatch(/cannot run notebooks: it has no .*nbclient/);
    expect(error.message).toContain('pip install nbclient nbformat ipykernel');
    expect(error.message).toContain('apt-get install python3-nbclient python3-nbformat python3-ipykernel');
  });

  it('refuses a Python older than the driver needs', async () => {
    const old = await fakePython('python2', `echo '{"executable": "/usr/bin/python2", "version": [2, 7, 18], "missing": [], "kernels": null}'`);
    const error = await failure(checkLocalJupyter({ python: old }));
    expect(error.message).toMatch(/is Python 2\.7\.18; the notebook driver needs Python 3\.8 or newer/);
  });

  it('says when the program is not a Python at all', async () => {
    const error = await failure(checkLocalJupyter({ python: await fakePython('not-python', 'echo "I am not Python" >&2; exit 3') }));
    expect(error.message).toMatch(/did not run as a Python interpreter \(I am not Python\)/);
  });

  it('names an unknown kernel and lists the installed ones', async () => {
    const error = await failure(checkLocalJupyter({ python, kernel: 'julia-1.9' }));
    expect(error.option).toBe('kernel');
    expect(error.message).toMatch(/no Jupyter kernel named "julia-1\.9" is installed for .* \(installed: .*python3.*\)/);
  });

  it('starts nothing when the check fails', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'local-preflight-work-'));
    const backend = new LocalJupyterBackend({ python: '/no/such/python3', workDir });
    await failure(backend.submit(localRequest('never', [codeCell('1')])));
    expect(await readdir(workDir)).toEqual([]);
  });
});

describe('validating a request for a local run', () => {
  const backend = new LocalJupyterBackend();
  const problem = (overrides: Parameters<typeof localRequest>[2]) => {
    try {
      backend.validate(localRequest('valid', [codeCell('1')], overrides));
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(RunRequestError);
      return (error as RunRequestError).message;
    }
  };

  it('needs no compartment or project, and takes a folder or file:// URL for outputs', () => {
    expect(problem({ outputUri: 'outputs/$JOB_RUN_OCID' })).toBeUndefined();
    expect(problem({ outputUri: 'file:///tmp/outputs' })).toBeUndefined();
  });

  it.each([
    [{ outputUri: 'oci://bucket@namespace/prefix' }, /^outputUri: the local backend writes outputs to a folder on this machine, got "oci:\/\/bucket@namespace\/prefix"/],
    [{ outputUri: 'https://example.com/out' }, /^outputUri: expected a folder path or file:\/\/ URL/],
    [{ environmentVariables: { JOB_RUN_OCID: 'x' } }, /^environmentVariables: JOB_RUN_OCID is set by oci-run-notebook itself/],
    [{ environmentVariables: { '1BAD': 'x' } }, /^environmentVariables: "1BAD" is not a variable name/],
    [{ parameters: { 'not-python': 1 } }, /^parameters: "not-python" is not a Python variable name/],
    [{ excludeTags: [' '] }, /^excludeTags: tags must not be empty/],
    [{ maximumRuntimeInMinutes: 1.5 }, /^maximumRuntimeInMinutes: expected a whole number/],
    [{ notebook: { path: 'text.ipynb', content: new TextEncoder().encode('not json') } }, /^notebook: text\.ipynb: not a Jupyter notebook/],
  ])('rejects %j', (overrides, message) => {
    expect(problem(overrides)).toMatch(message);
  });
});
