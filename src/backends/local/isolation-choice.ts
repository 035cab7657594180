import { allowedEnvironment } from './environment-allow-list.js';
import { chooseIsolation, hiddenPaths, probeThrough, RUN_USER, type IsolationMeans, type IsolationSetting, type KernelIsolation } from './kernel-isolation.js';
import { LocalJupyterError, PROBE, type LocalJupyter, type ProbeAnswer } from './local-jupyter-check.js';

/** What a run needs of its Python, asked again from inside each isolation tried. */
export interface IsolationNeeds {
  setting: IsolationSetting;
  jupyter: LocalJupyter;
  /** A kernel every run uses, which must be installed as the run sees it. */
  kernel?: string;
  /** The environment of the process starting the runs. */
  env: Record<string, string | undefined>;
}

/**
 * The isolation runs get: the strongest the setting allows in which the checked Python still
 * has its Jupyter modules (and the kernel asked for). An explicit setting that cannot be had is
 * a LocalJupyterError naming the isolation option.
 */
export function chooseRunIsolation(needs: IsolationNeeds): Promise<KernelIsolation> {
  // The same question has the same answer for as long as this process lives: asked once.
  const key = JSON.stringify([needs.setting, needs.jupyter.python, needs.kernel ?? null, hiddenPaths(needs.env), allowedEnvironment(needs.env)]);
  let choice = chosen.get(key);
  if (!choice) {
    choice = choose(needs);
    chosen.set(key, choice);
    choice.catch(() => chosen.delete(key));
  }
  return choice;
}

const chosen = new Map<string, Promise<KernelIsolation>>();

async function choose(needs: IsolationNeeds): Promise<KernelIsolation> {
  const hide = hiddenPaths(needs.env);
  const probe = async (mode: 'user' | 'namespace', means: IsolationMeans): Promise<string | undefined> => {
    // As a run sees it: the allowed environment; as nobody, a HOME of nobody's own (none).
    const env = { ...allowedEnvironment(needs.env), ...(mode === 'user' ? { HOME: '/nonexistent', USER: RUN_USER, LOGNAME: RUN_USER } : {}) };
    const run = await probeThrough(mode, means, [needs.jupyter.python, '-c', PROBE], env, hide);
    let answer: ProbeAnswer | undefined;
    try {
      answer = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ProbeAnswer;
    } catch {
      const said = run.stderr.trim().split('\n').at(-1)?.replace(/^oci-run-notebook: isolation: /, '');
      return said || `the Python did not answer (exit ${run.code})`;
    }
    const who = mode === 'user' ? `as ${RUN_USER}` : 'there';
    if (answer.missing.length > 0) return `${needs.jupyter.python} cannot import ${answer.missing.join(', ')} ${who}`;
    if (needs.kernel !== undefined && !answer.kernels?.includes(needs.kernel)) return `no kernel named "${needs.kernel}" is installed ${who}`;
    return undefined;
  };
  try {
    return await chooseIsolation({ setting: needs.setting, probe });
  } catch (error) {
    throw new LocalJupyterError('isolation', (error as Error).message);
  }
}
