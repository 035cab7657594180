import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { allowedEnvironment } from '../../src/backends/local/environment-allow-list.js';
import { chooseIsolation, hiddenPaths, isolationLauncherPath, isolationNote, type IsolationMeans } from '../../src/backends/local/kernel-isolation.js';

/** A probe that works only for the isolations listed, and says why for the others. */
function probeWorking(...working: string[]) {
  const tried: string[] = [];
  const probe = async (mode: 'user' | 'namespace', means: IsolationMeans) => {
    tried.push(`${mode}/${means}`);
    return working.includes(`${mode}/${means}`) ? undefined : `${mode} refused`;
  };
  return { tried, probe };
}

describe('choosing how to isolate local runs', () => {
  it('takes another user when root, through sudo when sudo works, and says so', async () => {
    const asRoot = probeWorking('user/root');
    expect(await chooseIsolation({ setting: 'auto', root: true, probe: asRoot.probe, platform: 'linux' })).toMatchObject({ mode: 'user', means: 'root', fallbacks: [] });
    const throughSudo = probeWorking('user/sudo');
    const chosen = await chooseIsolation({ setting: 'auto', root: false, sudo: async () => true, probe: throughSudo.probe, platform: 'linux' });
    expect(chosen).toMatchObject({ mode: 'user', means: 'sudo' });
    expect(chosen.description).toMatch(/made through sudo\) and runs as user nobody/);
  });

  it('falls back, strongest first, and tells every reason when it ends with none', async () => {
    const nothing = probeWorking();
    const chosen = await chooseIsolation({ setting: 'auto', root: false, sudo: async () => false, probe: nothing.probe, platform: 'linux' });
    expect(nothing.tried).toEqual(['namespace/user-namespace']);
    expect(chosen.mode).toBe('none');
    expect(chosen.fallbacks).toEqual(['user: needs root or sudo without a password, and neither is available', 'namespace (user-namespace): namespace refused']);
    // Every run's log says so, as a warning, with the reasons.
    expect(isolationNote(chosen)).toBe(
      "oci-run-notebook: isolation: none: the run shares this machine's process list and file access (only the environment is an allow-list); " +
        'warning: the notebook can read the environment of the process that started it in /proc and every file its user can ' +
        '(user: needs root or sudo without a password, and neither is available; namespace (user-namespace): namespace refused)',
    );
    const userRefused = probeWorking('namespace/sudo');
    expect(await chooseIsolation({ setting: 'auto', root: false, sudo: async () => true, probe: userRefused.probe, platform: 'linux' })).toMatchObject({
      mode: 'namespace',
      means: 'sudo',
      fallbacks: ['user (sudo): user refused'],
    });
  });

  it('refuses an explicit isolation that cannot be had, instead of running without it', async () => {
    await expect(chooseIsolation({ setting: 'user', root: false, sudo: async () => false, probe: probeWorking().probe, platform: 'linux' })).rejects.toThrow(
      /isolation user is not possible here/,
    );
    await expect(chooseIsolation({ setting: 'namespace', probe: probeWorking().probe, platform: 'darwin' })).rejects.toThrow(/namespaces are Linux's; this is darwin/);
    expect((await chooseIsolation({ setting: 'auto', probe: probeWorking().probe, platform: 'darwin' })).mode).toBe('none');
  });
});

describe('what a local run takes from the environment, and what it must not see', () => {
  it('takes only what a run needs, and a proxy only without its password', () => {
    const env = allowedEnvironment({
      PATH: '/usr/bin',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      PYTHONPATH: '/lib',
      MY_APP_SECRET: 's',
      JUPYTER_TOKEN: 't',
      PYTHON_API_KEY: 'k',
      HTTP_PROXY: 'http://proxy:3128',
      HTTPS_PROXY: 'http://user:password@proxy:3128',
      GITHUB_ENV: '/x',
    });
    expect(Object.keys(env).sort()).toEqual(['HTTP_PROXY', 'LANG', 'LC_ALL', 'PATH', 'PYTHONPATH']);
  });

  it('covers the runner\'s command files, credential folders and the Docker socket', () => {
    const paths = hiddenPaths({ HOME: '/home/runner', GITHUB_ENV: '/home/runner/work/_temp/_runner_file_commands/set_env_1', OCI_CLI_KEY_FILE: '/keys/oci.pem' });
    expect(paths).toEqual(expect.arrayContaining(['/home/runner/work/_temp/_runner_file_commands', '/keys/oci.pem', '/home/runner/.oci', '/home/runner/.ssh', '/var/run/docker.sock']));
  });
});

describe('the run launcher', () => {
  it('parses as Python 3.8, the oldest a run\'s Python may be', async () => {
    const check = 'import ast, sys\nfor path in sys.argv[1:]:\n    ast.parse(open(path).read(), path, feature_version=(3, 8))';
    const folder = dirname(isolationLauncherPath());
    const files = readdirSync(folder).filter((name) => name.endsWith('.py'));
    expect(files.sort()).toEqual(['isolate_run.py', 'isolation_setup.py']);
    await expect(promisify(execFile)(await findJupyterPython(), ['-c', check, ...files.map((name) => join(folder, name))])).resolves.toBeDefined();
  });
});
