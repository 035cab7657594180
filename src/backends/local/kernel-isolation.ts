import { execFile, spawn } from 'node:child_process';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IsolationSetting } from './isolation-settings.js';

export { ISOLATION_SETTINGS, type IsolationSetting } from './isolation-settings.js';

/**
 * How far a local run is kept from the process that started it (docs/local-backend.md):
 * - `user`: another user (`nobody`), its own PID and mount namespaces, the runner's command files
 *   and credential folders covered. Needs root, or `sudo -n` (GitHub's hosted runners allow it).
 * - `namespace`: the same user, its own PID and mount namespaces, the same paths covered. Needs
 *   root, `sudo -n`, or unprivileged user namespaces (which AppArmor refuses on Ubuntu 24.04).
 * - `none`: only the environment allow-list.
 * `auto` takes the strongest that works here.
 */
export type IsolationMode = Exclude<IsolationSetting, 'auto'>;

/** How the namespaces are made: this process is root, `sudo -n` makes it root, or a user namespace of its own. */
export type IsolationMeans = 'root' | 'sudo' | 'user-namespace';

/** The user a run of mode `user` runs as. */
export const RUN_USER = 'nobody';

/** Where, in mode `user`, a run sees its folder: a path that user can reach whatever the folders above the real one allow. */
export const USER_MODE_MOUNT_ROOT = '/tmp/oci-run-notebook-isolated';

export interface KernelIsolation {
  mode: IsolationMode;
  means?: IsolationMeans;
  /** What a run gets, for its log and the docs. */
  description: string;
  /** Stronger isolations tried first, and why each was not used. */
  fallbacks: string[];
}

export const NO_ISOLATION: KernelIsolation = {
  mode: 'none',
  description: 'none: the run shares this machine\'s process list and file access (only the environment is an allow-list)',
  fallbacks: [],
};

/** The Python file that sets a run up inside its namespaces; copied beside each bundle by the build. */
export function isolationLauncherPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'isolation', 'isolate_run.py');
}

/** Everything the launcher needs, written as one JSON line on its stdin. */
export interface LaunchSpec {
  mode: 'user' | 'namespace';
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  hide: string[];
  owner: { uid: number; gid: number };
  user?: { name: string };
  workdir?: string;
  mount_at?: string;
  grace_ms: number;
}

/** A process to start: the launcher (through sudo, maybe) and its stdin, or the driver itself. */
export interface Launch {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Written to stdin, which is then kept open: closing it ends the run. */
  input?: string;
}

function launcherProcess(means: IsolationMeans, python: string, spec: LaunchSpec, marker: Record<string, string>): Launch {
  // -I: no user site, no PYTHON* settings; -S: no site-packages; -B: no bytecode written beside the bundle.
  const args = ['-I', '-S', '-B', isolationLauncherPath()];
  // The launcher's own environment holds nothing secret: the run's is in the spec.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...marker };
  const base = means === 'sudo' ? { command: 'sudo', args: ['-n', '--', python, ...args] } : { command: python, args };
  return { ...base, cwd: '/', env, input: `${JSON.stringify(spec)}\n` };
}

function owner(): { uid: number; gid: number } {
  const { uid, gid } = userInfo();
  return { uid, gid };
}

/** How a run's folder looks from inside the run. */
export interface RunView {
  /** The run folder's path as the run sees it. */
  folder: string;
  /** Mode `user`: the run's HOME, and the folder its outputs are staged in before they are copied out (both inside the run folder). */
  home?: string;
  staging?: string;
}

export function runView(isolation: KernelIsolation, runFolder: string, runId: string): RunView {
  if (isolation.mode !== 'user') return { folder: runFolder };
  const folder = join(USER_MODE_MOUNT_ROOT, runId);
  return { folder, home: join(folder, 'home'), staging: join(folder, 'outputs') };
}

export interface RunLaunchSettings {
  python: string;
  script: string;
  runFolder: string;
  runId: string;
  /** The driver's environment, paths as the run sees them (runView). */
  env: Record<string, string>;
  graceMs: number;
  /** Paths the run must not see (hiddenPaths). */
  hide: string[];
  /** The run marker, set on the launcher too so that it is found with the run's processes. */
  marker: Record<string, string>;
}

/** The process that starts a run: the driver itself, or the launcher that isolates it. */
export function runLaunch(isolation: KernelIsolation, settings: RunLaunchSettings): Launch {
  if (isolation.mode === 'none') {
    return { command: settings.python, args: [settings.script], cwd: settings.runFolder, env: settings.env };
  }
  const view = runView(isolation, settings.runFolder, settings.runId);
  const spec: LaunchSpec = {
    mode: isolation.mode,
    argv: [settings.python, settings.script],
    cwd: view.folder,
    env: settings.env,
    hide: settings.hide,
    owner: owner(),
    grace_ms: settings.graceMs,
    ...(isolation.mode === 'user' ? { user: { name: RUN_USER }, workdir: settings.runFolder, mount_at: view.folder } : {}),
  };
  return launcherProcess(isolation.means!, settings.python, spec, settings.marker);
}

/**
 * What a run must not see even where it could read it: the runner's command files (GITHUB_ENV
 * and the others: a notebook appending NODE_OPTIONS there would run code in later steps),
 * credential folders and files of the user who started it, and the Docker socket (root on the
 * machine). Covered in the run's mount namespace; with no isolation they stay where they are.
 */
export function hiddenPaths(env: Record<string, string | undefined>): string[] {
  const paths = new Set<string>();
  for (const name of ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    const file = env[name];
    if (file?.startsWith('/')) paths.add(dirname(file));
  }
  for (const name of ['OCI_CLI_KEY_FILE', 'OCI_CONFIG_FILE', 'GOOGLE_APPLICATION_CREDENTIALS', 'AWS_SHARED_CREDENTIALS_FILE']) {
    const file = env[name];
    if (file?.startsWith('/')) paths.add(file);
  }
  const home = env.HOME;
  if (home?.startsWith('/') && home !== '/') {
    for (const path of ['.oci', '.ssh', '.aws', '.azure', '.docker', '.kube', '.gnupg', '.config/gh', '.config/gcloud', '.git-credentials', '.netrc', '.npmrc', '.pypirc']) {
      paths.add(join(home, path));
    }
  }
  paths.add('/var/run/docker.sock');
  paths.add('/run/docker.sock');
  return [...paths];
}

/** The isolations to try for a setting, strongest first, given what this process may do. */
function candidates(setting: IsolationSetting, root: boolean, sudo: boolean): Array<{ mode: 'user' | 'namespace'; means: IsolationMeans }> {
  const privileged: IsolationMeans[] = root ? ['root'] : sudo ? ['sudo'] : [];
  const user = privileged.map((means) => ({ mode: 'user' as const, means }));
  const namespace = [...privileged, ...(root ? [] : ['user-namespace' as const])].map((means) => ({ mode: 'namespace' as const, means }));
  if (setting === 'user') return user;
  if (setting === 'namespace') return namespace;
  if (setting === 'none') return [];
  return [...user, ...namespace];
}

export function describeIsolation(mode: 'user' | 'namespace', means: IsolationMeans): string {
  const how = means === 'root' ? 'as root' : means === 'sudo' ? 'through sudo' : 'in a user namespace';
  const who = mode === 'user' ? `as user ${RUN_USER}, with no supplementary group` : 'as the user who started it';
  return `${mode}: the run has a PID namespace and a mount namespace of its own (made ${how}) and runs ${who}; the runner's command files, credential folders and the Docker socket are covered`;
}

/** The line every run's log starts with: how it is isolated, and, when not as strongly as it could be, why. */
export function isolationNote(isolation: KernelIsolation): string {
  if (isolation.mode !== 'none') return `oci-run-notebook: isolation: ${isolation.description}`;
  const why = isolation.fallbacks.length ? ` (${isolation.fallbacks.join('; ')})` : '';
  return `oci-run-notebook: isolation: ${isolation.description}; warning: the notebook can read the environment of the process that started it in /proc and every file its user can${why}`;
}

/** What a probe through the launcher answered: its exit, and its output. */
export interface ProbeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `argv` (a probe of the Python and its Jupyter) the way a run would be isolated, so that
 * an isolation is chosen only if a run can work inside it (a Python under a home folder that
 * `nobody` cannot read cannot run as `nobody`).
 */
export function probeThrough(mode: 'user' | 'namespace', means: IsolationMeans, argv: string[], env: Record<string, string>, hide: string[]): Promise<ProbeRun> {
  const spec: LaunchSpec = { mode, argv, cwd: '/', env, hide, owner: owner(), grace_ms: 1000, ...(mode === 'user' ? { user: { name: RUN_USER } } : {}) };
  const launch = launcherProcess(means, argv[0]!, spec, {});
  return new Promise((resolve) => {
    const child = spawn(launch.command, launch.args, { cwd: launch.cwd, env: launch.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    // The probe ends by itself; closing stdin after the spec would end it early, so it stays open until then.
    child.stdin.write(launch.input);
    child.on('exit', () => child.stdin.destroy());
  });
}

/** Whether `sudo -n` runs a command here without asking for a password. */
export function canSudo(): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('sudo', ['-n', 'true'], { timeout: 10_000 }, (error) => resolve(!error));
  });
}

export interface IsolationChoice {
  setting: IsolationSetting;
  /** Probes a Python inside an isolation; resolves to why it cannot run notebooks there, or undefined when it can. */
  probe(mode: 'user' | 'namespace', means: IsolationMeans): Promise<string | undefined>;
  /** Whether this process is root; default asked of the system. */
  root?: boolean;
  /** Whether `sudo -n` works; default tried (when not root). */
  sudo?: () => Promise<boolean>;
  /** Default process.platform. */
  platform?: NodeJS.Platform;
}

/**
 * The strongest isolation the setting allows that works on this machine: each is tried by
 * running the Python's Jupyter probe inside it. `auto` falls back to `none`, saying why; an
 * explicit mode that cannot work is an error (thrown as a string for the caller to name).
 */
export async function chooseIsolation(choice: IsolationChoice): Promise<KernelIsolation> {
  const platform = choice.platform ?? process.platform;
  if (platform !== 'linux' || choice.setting === 'none') {
    const why = platform !== 'linux' ? `namespaces are Linux's; this is ${platform}` : 'isolation none was asked for';
    if (choice.setting !== 'none' && choice.setting !== 'auto') throw new Error(`isolation ${choice.setting} is not possible here: ${why}`);
    return { ...NO_ISOLATION, fallbacks: choice.setting === 'none' ? [] : [why] };
  }
  const root = choice.root ?? process.getuid?.() === 0;
  const sudo = !root && (await (choice.sudo ?? canSudo)());
  const fallbacks: string[] = [];
  if (!root && !sudo) fallbacks.push('user: needs root or sudo without a password, and neither is available');
  for (const { mode, means } of candidates(choice.setting, root, sudo)) {
    const problem = await choice.probe(mode, means);
    if (!problem) return { mode, means, description: describeIsolation(mode, means), fallbacks };
    fallbacks.push(`${mode} (${means}): ${problem}`);
  }
  if (choice.setting !== 'auto') throw new Error(`isolation ${choice.setting} is not possible here: ${fallbacks.join('; ') || 'no way to make namespaces'}`);
  return { ...NO_ISOLATION, fallbacks };
}
