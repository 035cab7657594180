import { execFile } from 'node:child_process';
import { DRIVER_MODULES, findJupyterPython, INSTALL_HINT, PythonNotFoundError } from '../../jupyter/python.js';
import { driverEnvironmentBase } from './driver-environment.js';
import type { KernelIsolation } from './kernel-isolation.js';

/** The Python and kernels a local run will use, as checked before anything runs. */
export interface LocalJupyter {
  /** The interpreter's own path (`sys.executable`), so every run uses exactly the one checked. */
  python: string;
  pythonVersion: string;
  /** Installed Jupyter kernel names, as the driver will see them. */
  kernels: string[];
  /** How runs are kept from the process that starts them (kernel-isolation.ts); set by the backend's check. */
  isolation?: KernelIsolation;
}

/** A missing piece on this machine; `option` is what to change: the interpreter or the kernel. */
export class LocalJupyterError extends Error {
  constructor(
    readonly option: 'python' | 'kernel' | 'isolation',
    message: string,
  ) {
    super(message);
  }
}

const MINIMUM_VERSION = [3, 8] as const;

// Runs under any Python, 2.7 included, so that even a too-old one answers in JSON.
export const PROBE = `
import json, sys
info = {"executable": sys.executable, "version": list(sys.version_info[:3]), "missing": [], "kernels": None}
try:
    from importlib.util import find_spec
    info["missing"] = [m for m in ${JSON.stringify(DRIVER_MODULES)} if find_spec(m) is None]
except ImportError:
    info["missing"] = ${JSON.stringify(DRIVER_MODULES)}
if not info["missing"] and tuple(sys.version_info[:2]) >= ${`(${MINIMUM_VERSION.join(', ')})`}:
    try:
        from jupyter_client.kernelspec import KernelSpecManager
        info["kernels"] = sorted(KernelSpecManager().find_kernel_specs())
    except Exception as error:
        info["kernelError"] = "%s: %s" % (type(error).__name__, error)
print(json.dumps(info))
`;

export interface ProbeAnswer {
  executable: string;
  version: number[];
  missing: string[];
  kernels: string[] | null;
  kernelError?: string;
}

export interface LocalJupyterCheckOptions {
  /** The interpreter; default the first python3 that has Jupyter (PATH's first, then /usr/bin/python3). */
  python?: string;
  /** A kernel name every run will use; it must be installed for that Python. */
  kernel?: string;
  /** The environment runs will get (default this process's, credentials removed). */
  env?: Record<string, string | undefined>;
}

/**
 * Checks, once and before anything runs, that the Python exists, is 3.8 or newer, has nbclient,
 * nbformat and ipykernel, and knows the kernel asked for. Throws a LocalJupyterError saying
 * what is missing and how to install it.
 */
export async function checkLocalJupyter(options: LocalJupyterCheckOptions = {}): Promise<LocalJupyter> {
  const python = options.python ?? (await defaultPython());
  const answer = await probe(python, driverEnvironmentBase(options.env ?? process.env));
  const version = answer.version.join('.');
  if (compareVersions(answer.version, MINIMUM_VERSION) < 0) {
    throw new LocalJupyterError('python', `${python} is Python ${version}; the notebook driver needs Python ${MINIMUM_VERSION.join('.')} or newer.`);
  }
  if (answer.missing.length > 0) {
    throw new LocalJupyterError(
      'python',
      `${python} (Python ${version}) cannot run notebooks: it has no ${answer.missing.join(', ')}. ${INSTALL_HINT} ` +
        'Or name a Python that has them with --python.',
    );
  }
  if (!answer.kernels) {
    throw new LocalJupyterError('python', `${python} could not list its Jupyter kernels (${answer.kernelError ?? 'no answer'}).`);
  }
  if (options.kernel !== undefined && !answer.kernels.includes(options.kernel)) {
    throw new LocalJupyterError(
      'kernel',
      `no Jupyter kernel named "${options.kernel}" is installed for ${python} (installed: ${answer.kernels.join(', ') || 'none'}). ` +
        `List them with \`${python} -m jupyter kernelspec list\`; add one with \`${python} -m ipykernel install --user --name ${options.kernel}\`.`,
    );
  }
  return { python: answer.executable || python, pythonVersion: version, kernels: answer.kernels };
}

async function defaultPython(): Promise<string> {
  try {
    return await findJupyterPython();
  } catch (error) {
    if (!(error instanceof PythonNotFoundError)) throw error;
    throw new LocalJupyterError('python', `no Python with ${DRIVER_MODULES.join(', ')} found (tried python3, /usr/bin/python3, python). ${INSTALL_HINT} Or name one with --python.`);
  }
}

function probe(python: string, env: Record<string, string>): Promise<ProbeAnswer> {
  return new Promise((resolve, reject) => {
    execFile(python, ['-c', PROBE], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT') return reject(new LocalJupyterError('python', `no such Python: "${python}" (not found${python.includes('/') ? '' : ' on PATH'}). Give the path of a python3 that has Jupyter.`));
      if (code === 'EACCES') return reject(new LocalJupyterError('python', `"${python}" cannot be run (permission denied). Give the path of a python3 that has Jupyter.`));
      try {
        if (error) throw error;
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ProbeAnswer);
      } catch {
        const said = `${stderr}`.trim().split('\n').slice(-3).join(' ') || (error as Error | null)?.message || 'no answer';
        reject(new LocalJupyterError('python', `"${python}" did not run as a Python interpreter (${said}).`));
      }
    });
  });
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < b.length; i++) {
    if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) - b[i]!;
  }
  return 0;
}
