import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The modules the notebook driver imports, and the kernel manager it starts kernels with; a Python without them cannot run a notebook. */
export const DRIVER_MODULES = ['nbformat', 'nbclient', 'jupyter_client', 'ipykernel'] as const;

/** How to get DRIVER_MODULES, for every message that says they are missing. */
export const INSTALL_HINT =
  'Install them with `pip install nbclient nbformat ipykernel` (in that Python\'s environment), or on Debian/Ubuntu ' +
  '`apt-get install python3-nbclient python3-nbformat python3-ipykernel`.';

export class PythonNotFoundError extends Error {}

/** Whether `python` starts and can import every driver module. */
export async function canRunNotebooks(python: string): Promise<boolean> {
  try {
    await run(python, ['-c', `import ${DRIVER_MODULES.join(', ')}`], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * The Python that runs notebooks: the one asked for, else the first `python3` that has Jupyter.
 * The PATH's python3 comes first; the system one is a fallback because version managers (pyenv)
 * often shadow the interpreter that Debian's Jupyter packages were installed for.
 */
export async function findJupyterPython(requested?: string): Promise<string> {
  const candidates = requested ? [requested] : ['python3', '/usr/bin/python3', 'python'];
  for (const candidate of candidates) {
    if (await canRunNotebooks(candidate)) return candidate;
  }
  const tried = candidates.join(', ');
  throw new PythonNotFoundError(
    `No Python with ${DRIVER_MODULES.join(', ')} found (tried ${tried}). ${INSTALL_HINT} ` +
      'Or name the interpreter with OCI_EMULATOR_PYTHON.',
  );
}
