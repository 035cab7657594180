export const id = 547;
export const ids = [547];
export const modules = {

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cancelLocalRuns: () => (/* binding */ cancelLocalRuns)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(88179);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/artifact/driver-files.ts
var driver_files = __webpack_require__(35232);
// EXTERNAL MODULE: ./src/engine/driver-messages.ts
var driver_messages = __webpack_require__(83499);
// EXTERNAL MODULE: ./src/notebook/notebook.ts
var notebook = __webpack_require__(86796);
// EXTERNAL MODULE: ./src/notebook/parameters.ts
var parameters = __webpack_require__(27481);
;// CONCATENATED MODULE: ./src/backends/local/environment-allow-list.ts
/**
 * What a local run takes from this machine's environment: only what running a notebook needs.
 * Everything else (a cloud key, a token, GITHUB_ENV, MY_APP_SECRET) stays with the process that
 * started the run; the user passes what a notebook should have with `env`. The OCI emulator's
 * job runs start from the same list.
 */
const ALLOWED_NAMES = new Set([
    // Where programs and libraries are, and who and where the user is.
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LD_LIBRARY_PATH',
    'TMPDIR',
    'TMP',
    'TEMP',
    // Language and time.
    'LANG',
    'LANGUAGE',
    'TZ',
    // Python, Jupyter and the environments they run in: their documented settings, by name (a
    // prefix would let through JUPYTER_TOKEN, a server's credential).
    'PYTHONPATH',
    'PYTHONHOME',
    'PYTHONUSERBASE',
    'PYTHONNOUSERSITE',
    'PYTHONDONTWRITEBYTECODE',
    'PYTHONPYCACHEPREFIX',
    'PYTHONWARNINGS',
    'PYTHONUTF8',
    'PYTHONIOENCODING',
    'PYTHONHASHSEED',
    'PYTHONUNBUFFERED',
    'PYTHONFAULTHANDLER',
    'JUPYTER_CONFIG_DIR',
    'JUPYTER_DATA_DIR',
    'JUPYTER_RUNTIME_DIR',
    'JUPYTER_PATH',
    'JUPYTER_PLATFORM_DIRS',
    'IPYTHONDIR',
    'MPLBACKEND',
    'MPLCONFIGDIR',
    'VIRTUAL_ENV',
    'CONDA_PREFIX',
    'CONDA_DEFAULT_ENV',
    'CONDA_EXE',
    'CONDA_PYTHON_EXE',
    'CONDA_SHLVL',
    // Certificates of a network that inspects TLS.
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'REQUESTS_CA_BUNDLE',
    'CURL_CA_BUNDLE',
    // Threads a numeric library may start.
    'OMP_NUM_THREADS',
    'MKL_NUM_THREADS',
    'OPENBLAS_NUM_THREADS',
    // Whether this is CI, which notebooks test to do less.
    'CI',
    'GITHUB_ACTIONS',
    'NO_PROXY',
    'no_proxy',
]);
const ALLOWED_PREFIXES = ['LC_'];
/** Proxies are passed only when they carry no user name or password: those would be credentials. */
const PROXY_NAMES = new Set(['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy']);
function proxyHasCredentials(value) {
    return /^[a-z][a-z0-9+.-]*:\/\/[^/@]*@/i.test(value.trim()) || (!value.includes('://') && value.includes('@'));
}
/** Whether a variable of this name (and value) is passed on to a local run. */
function isAllowedVariable(name, value) {
    if (PROXY_NAMES.has(name))
        return !proxyHasCredentials(value);
    return ALLOWED_NAMES.has(name) || ALLOWED_PREFIXES.some((prefix) => name.startsWith(prefix));
}
/** The allowed part of an environment; a run adds its own variables and the user's `env` to it. */
function allowedEnvironment(env) {
    const allowed = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && isAllowedVariable(name, value))
            allowed[name] = value;
    }
    return allowed;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/backends/local/run-processes.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The variable every process of a local run inherits (driver, kernel, whatever the notebook
 * starts). Jupyter starts kernels in a session of their own, so the driver's process group does
 * not hold them; on Linux this marker finds them, and their orphans, in /proc.
 */
const RUN_MARKER_VARIABLE = 'OCI_RUN_NOTEBOOK_LOCAL_RUN';
const HAS_PROC = process.platform === 'linux';
const PS_ARGS = ['-A', '-o', 'pid=,ppid=,pgid=,stat='];
async function readProcessTable(marker) {
    if (!HAS_PROC)
        return { entries: parsePs((await run('ps', PS_ARGS)).stdout), marked: new Set() };
    const pids = (await (0,promises_.readdir)('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
    const read = (path) => (0,promises_.readFile)(path, 'latin1').catch(() => undefined); // gone, or another user's
    const rows = await Promise.all(pids.map(async (pid) => [pid, await read(`/proc/${pid}/stat`), await read(`/proc/${pid}/environ`)]));
    return tableOf(rows, marker);
}
/** The same, synchronously, for the moment this process exits and nothing asynchronous runs any more. */
function readProcessTableSync(marker) {
    if (!HAS_PROC)
        return { entries: parsePs((0,external_node_child_process_.execFileSync)('ps', PS_ARGS, { encoding: 'utf8' })), marked: new Set() };
    const read = (path) => {
        try {
            return (0,external_node_fs_.readFileSync)(path, 'latin1');
        }
        catch {
            return undefined;
        }
    };
    const pids = (0,external_node_fs_.readdirSync)('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
    return tableOf(pids.map((pid) => [pid, read(`/proc/${pid}/stat`), read(`/proc/${pid}/environ`)]), marker);
}
function tableOf(rows, marker) {
    const entries = [];
    const marked = new Set();
    for (const [pid, stat, environ] of rows) {
        const entry = stat === undefined ? undefined : parseStat(pid, stat);
        if (!entry)
            continue;
        entries.push(entry);
        if (environ !== undefined && `\0${environ}`.includes(`\0${RUN_MARKER_VARIABLE}=${marker}\0`))
            marked.add(pid);
    }
    return { entries, marked };
}
/** `/proc/<pid>/stat`: "pid (comm) state ppid pgrp session ..."; comm may hold spaces and parentheses. */
function parseStat(pid, stat) {
    const [state, ppid, pgid, sid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || state === 'X')
        return undefined;
    return { pid, ppid: Number(ppid), pgid: Number(pgid), sid: Number(sid) };
}
function parsePs(stdout) {
    return stdout
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields.length >= 4 && !fields[3].startsWith('Z'))
        .map(([pid, ppid, pgid]) => ({ pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), sid: -1 }));
}
/**
 * The run's live processes: the driver and its process group, everything carrying the marker,
 * their descendants, and the groups and sessions they lead. `known` keeps pids seen earlier, so
 * orphans of a leader that died meanwhile are still found by its group or session.
 */
function selectRunProcesses(table, run, known) {
    const entries = table.entries.filter((entry) => entry.pid !== process.pid);
    const members = new Map();
    const leaders = new Set(known);
    if (run.driverPid)
        leaders.add(run.driverPid);
    if (run.sessionId)
        leaders.add(run.sessionId);
    for (const entry of entries) {
        if (table.marked.has(entry.pid) || entry.pid === run.driverPid)
            members.set(entry.pid, entry);
    }
    for (let grew = true; grew;) {
        grew = false;
        for (const pid of members.keys())
            leaders.add(pid);
        for (const entry of entries) {
            if (members.has(entry.pid))
                continue;
            if (members.has(entry.ppid) || leaders.has(entry.pgid) || leaders.has(entry.sid)) {
                members.set(entry.pid, entry);
                grew = true;
            }
        }
    }
    for (const pid of members.keys())
        known.add(pid);
    return [...members.values()];
}
async function findRunProcesses(run, known) {
    return selectRunProcesses(await readProcessTable(run.marker), run, known);
}
/** Signals every process and every group it leads; ones that are already gone are skipped. */
function signalAll(entries, signal) {
    const groups = new Set(entries.filter((entry) => entry.pgid === entry.pid).map((entry) => entry.pgid));
    for (const group of groups)
        trySignal(-group, signal);
    for (const entry of entries)
        trySignal(entry.pid, signal);
}
function trySignal(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // ESRCH: already gone; EPERM: not ours to end.
    }
}
/**
 * Ends every process of the run: SIGTERM, then SIGKILL for whatever is still there after
 * `graceMs`. Resolves once none is left (or, for processes that ignore even SIGKILL, after a
 * few more rounds). Returns how many processes it found.
 */
async function endRunProcesses(run, graceMs) {
    const known = new Set();
    let alive = await findRunProcesses(run, known);
    const found = alive.length;
    if (found === 0)
        return 0;
    signalAll(alive, 'SIGTERM');
    const killAt = Date.now() + graceMs;
    while (alive.length > 0 && Date.now() < killAt) {
        await (0,external_node_timers_promises_.setTimeout)(Math.min(100, Math.max(0, killAt - Date.now())));
        alive = await findRunProcesses(run, known);
        // A process started after the first round gets its SIGTERM too.
        if (alive.length > 0)
            signalAll(alive, 'SIGTERM');
    }
    for (let round = 0; alive.length > 0 && round < 20; round++) {
        signalAll(alive, 'SIGKILL');
        await (0,external_node_timers_promises_.setTimeout)(50);
        alive = await findRunProcesses(run, known);
    }
    return found;
}
/**
 * SIGKILL to every process of the run, at once and synchronously: for when this process exits
 * (a second Ctrl-C, a crash) with runs still going, and a grace period is no longer possible.
 */
function killRunProcessesNow(run) {
    try {
        signalAll(selectRunProcesses(readProcessTableSync(run.marker), run, new Set()), 'SIGKILL');
    }
    catch {
        if (run.driverPid)
            trySignal(-run.driverPid, 'SIGKILL'); // the driver's group at least
    }
}
/** Whether `pid` is the driver of the run with this marker (checked where the platform allows). */
async function isRunDriver(pid, marker) {
    if (HAS_PROC)
        return (await readProcessTable(marker)).marked.has(pid);
    try {
        const { stdout } = await run('ps', ['-o', 'command=', '-p', String(pid)]);
        return stdout.includes('driver_notebook.py');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/backends/local/driver-environment.ts



/** Variables the local backend sets for each run, besides the driver's own contract. */
const LOCAL_RUN_VARIABLES = ['JOB_RUN_OCID', 'JOB_OCID', RUN_MARKER_VARIABLE];
/**
 * What the driver and the kernel start from: only the variables a run needs (PATH, HOME, locale,
 * Python's and Jupyter's settings, ...; environment-allow-list.ts), as a pull request's notebook
 * may be anyone's. Every credential, the runner's command files and anything else stay here.
 */
function driverEnvironmentBase(env) {
    return allowedEnvironment(env);
}
/** The driver's environment contract (docs/driver.md), as the OCI backend sets it, for a run on this machine. */
function driverEnvironment(request, settings, base) {
    const env = {
        // What the log reader decodes, whatever the machine's locale, unless asked otherwise.
        PYTHONIOENCODING: 'utf-8',
        ...base,
        ...request.environmentVariables,
        JOB_RUN_ENTRYPOINT: driver_files/* DRIVER_ENTRYPOINT */.yH,
        JOB_RUN_NOTEBOOK: settings.notebookPath,
        NOTEBOOK_ENCODING: 'utf-8',
        NOTEBOOK_EXCLUDE_TAGS: JSON.stringify(request.excludeTags),
        JOB_RUN_OCID: settings.runId,
        JOB_OCID: settings.jobId,
        [RUN_MARKER_VARIABLE]: settings.runId,
        // Lines reach the log as the cells print them, not when a buffer fills.
        PYTHONUNBUFFERED: '1',
    };
    if (settings.outputFolder)
        env.OUTPUT_URI = settings.outputFolder;
    else
        delete env.OUTPUT_URI;
    if (settings.kernel)
        env.NOTEBOOK_KERNEL = settings.kernel;
    if (settings.cellTimeoutSeconds !== undefined)
        env.NOTEBOOK_CELL_TIMEOUT = String(settings.cellTimeoutSeconds);
    return env;
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./src/backends/local/driver-process.ts



/** After the driver exits, how long to wait for the last buffered lines before giving up on them. */
const STREAM_DRAIN_MS = 2_000;
/** Lines kept for a follower that has not attached yet; a run nobody follows must not grow without end. */
const MAX_BUFFERED_LINES = 100_000;
/**
 * The notebook driver running on this machine, in a session and process group of its own so
 * it can be ended without touching the process that started it. Lines are kept until someone
 * listens, so a follower that attaches late still gets the run's first lines.
 */
class DriverProcess {
    child;
    pid;
    started = new Date();
    exited;
    buffered = [];
    listener;
    drained;
    constructor(child) {
        this.child = child;
        this.pid = child.pid;
        this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, time: new Date() })));
        this.drained = Promise.all([this.readLines(child.stdout, 'stdout'), this.readLines(child.stderr, 'stderr')]);
    }
    /** Starts the driver; rejects (ENOENT, EACCES, ...) when the interpreter cannot be started at all. */
    static start(python, script, cwd, env) {
        return DriverProcess.launch({ command: python, args: [script], cwd, env });
    }
    /**
     * Starts the driver, or the launcher that isolates it; `input` is written to its stdin, which
     * then stays open for as long as it runs: the launcher ends the run when it closes, as it does
     * when this process dies, however.
     */
    static launch(launch) {
        const stdin = launch.input === undefined ? 'ignore' : 'pipe';
        const child = (0,external_node_child_process_.spawn)(launch.command, launch.args, { cwd: launch.cwd, env: launch.env, detached: true, stdio: [stdin, 'pipe', 'pipe'] });
        if (launch.input !== undefined) {
            child.stdin.on('error', () => undefined); // the launcher exited: nothing more to say to it
            child.stdin.write(launch.input);
        }
        return new Promise((resolve, reject) => {
            child.once('error', reject);
            child.once('spawn', () => {
                child.off('error', reject);
                child.on('error', () => undefined); // a failed kill is handled where kills are made
                resolve(new DriverProcess(child));
            });
        });
    }
    /** A line of the backend's own at this point of the run's log (the isolation it runs in). */
    note(message) {
        const line = { time: new Date().toISOString(), message, stream: 'stdout' };
        if (this.listener)
            this.listener(line);
        else
            this.buffered?.push(line);
    }
    /** Every line so far, then each new one as it comes. One listener at a time. */
    listen(listener) {
        const earlier = this.buffered ?? [];
        this.buffered = undefined;
        this.listener = listener;
        for (const line of earlier)
            listener(line);
    }
    /**
     * Waits until the output pipes are read to the end. A process that outlived the driver can
     * hold them open, so this gives up after a short while; call it once the run's processes are ended.
     */
    async drain() {
        const gaveUp = new AbortController();
        await Promise.race([this.drained, (0,external_node_timers_promises_.setTimeout)(STREAM_DRAIN_MS, undefined, { signal: gaveUp.signal }).catch(() => undefined)]);
        gaveUp.abort(); // no timer left behind to hold the process open
        this.child.stdin?.destroy();
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
    }
    readLines(stream, name) {
        const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity });
        lines.on('line', (message) => {
            const line = { time: new Date().toISOString(), message, stream: name };
            if (this.listener)
                this.listener(line);
            else if (this.buffered && this.buffered.length < MAX_BUFFERED_LINES)
                this.buffered.push(line);
        });
        return new Promise((resolve) => lines.once('close', resolve));
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/backends/local/kernel-isolation.ts





/** The user a run of mode `user` runs as. */
const RUN_USER = 'nobody';
/** Where, in mode `user`, a run sees its folder: a path that user can reach whatever the folders above the real one allow. */
const USER_MODE_MOUNT_ROOT = '/tmp/oci-run-notebook-isolated';
const NO_ISOLATION = {
    mode: 'none',
    description: 'none: the run shares this machine\'s process list and file access (only the environment is an allow-list)',
    fallbacks: [],
};
/** The Python file that sets a run up inside its namespaces; copied beside each bundle by the build. */
function isolationLauncherPath() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'isolation', 'isolate_run.py');
}
function launcherProcess(means, python, spec, marker) {
    // -I: no user site, no PYTHON* settings; -S: no site-packages; -B: no bytecode written beside the bundle.
    const args = ['-I', '-S', '-B', isolationLauncherPath()];
    // The launcher's own environment holds nothing secret: the run's is in the spec.
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...marker };
    const base = means === 'sudo' ? { command: 'sudo', args: ['-n', '--', python, ...args] } : { command: python, args };
    return { ...base, cwd: '/', env, input: `${JSON.stringify(spec)}\n` };
}
function owner() {
    const { uid, gid } = (0,external_node_os_.userInfo)();
    return { uid, gid };
}
function runView(isolation, runFolder, runId) {
    if (isolation.mode !== 'user')
        return { folder: runFolder };
    const folder = (0,external_node_path_.join)(USER_MODE_MOUNT_ROOT, runId);
    return { folder, home: (0,external_node_path_.join)(folder, 'home'), staging: (0,external_node_path_.join)(folder, 'outputs') };
}
/** The process that starts a run: the driver itself, or the launcher that isolates it. */
function runLaunch(isolation, settings) {
    if (isolation.mode === 'none') {
        return { command: settings.python, args: [settings.script], cwd: settings.runFolder, env: settings.env };
    }
    const view = runView(isolation, settings.runFolder, settings.runId);
    const spec = {
        mode: isolation.mode,
        argv: [settings.python, settings.script],
        cwd: view.folder,
        env: settings.env,
        hide: settings.hide,
        owner: owner(),
        grace_ms: settings.graceMs,
        ...(isolation.mode === 'user' ? { user: { name: RUN_USER }, workdir: settings.runFolder, mount_at: view.folder } : {}),
    };
    return launcherProcess(isolation.means, settings.python, spec, settings.marker);
}
/**
 * What a run must not see even where it could read it: the runner's command files (GITHUB_ENV
 * and the others: a notebook appending NODE_OPTIONS there would run code in later steps),
 * credential folders and files of the user who started it, and the Docker socket (root on the
 * machine). Covered in the run's mount namespace; with no isolation they stay where they are.
 */
function hiddenPaths(env) {
    const paths = new Set();
    for (const name of ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
        const file = env[name];
        if (file?.startsWith('/'))
            paths.add((0,external_node_path_.dirname)(file));
    }
    for (const name of ['OCI_CLI_KEY_FILE', 'OCI_CONFIG_FILE', 'GOOGLE_APPLICATION_CREDENTIALS', 'AWS_SHARED_CREDENTIALS_FILE']) {
        const file = env[name];
        if (file?.startsWith('/'))
            paths.add(file);
    }
    const home = env.HOME;
    if (home?.startsWith('/') && home !== '/') {
        for (const path of ['.oci', '.ssh', '.aws', '.azure', '.docker', '.kube', '.gnupg', '.config/gh', '.config/gcloud', '.git-credentials', '.netrc', '.npmrc', '.pypirc']) {
            paths.add((0,external_node_path_.join)(home, path));
        }
    }
    paths.add('/var/run/docker.sock');
    paths.add('/run/docker.sock');
    return [...paths];
}
/** The isolations to try for a setting, strongest first, given what this process may do. */
function candidates(setting, root, sudo) {
    const privileged = root ? ['root'] : sudo ? ['sudo'] : [];
    const user = privileged.map((means) => ({ mode: 'user', means }));
    const namespace = [...privileged, ...(root ? [] : ['user-namespace'])].map((means) => ({ mode: 'namespace', means }));
    if (setting === 'user')
        return user;
    if (setting === 'namespace')
        return namespace;
    if (setting === 'none')
        return [];
    return [...user, ...namespace];
}
function describeIsolation(mode, means) {
    const how = means === 'root' ? 'as root' : means === 'sudo' ? 'through sudo' : 'in a user namespace';
    const who = mode === 'user' ? `as user ${RUN_USER}, with no supplementary group` : 'as the user who started it';
    return `${mode}: the run has a PID namespace and a mount namespace of its own (made ${how}) and runs ${who}; the runner's command files, credential folders and the Docker socket are covered`;
}
/** The line every run's log starts with: how it is isolated, and, when not as strongly as it could be, why. */
function isolationNote(isolation) {
    if (isolation.mode !== 'none')
        return `oci-run-notebook: isolation: ${isolation.description}`;
    const why = isolation.fallbacks.length ? ` (${isolation.fallbacks.join('; ')})` : '';
    return `oci-run-notebook: isolation: ${isolation.description}; warning: the notebook can read the environment of the process that started it in /proc and every file its user can${why}`;
}
/**
 * Runs `argv` (a probe of the Python and its Jupyter) the way a run would be isolated, so that
 * an isolation is chosen only if a run can work inside it (a Python under a home folder that
 * `nobody` cannot read cannot run as `nobody`).
 */
function probeThrough(mode, means, argv, env, hide) {
    const spec = { mode, argv, cwd: '/', env, hide, owner: owner(), grace_ms: 1000, ...(mode === 'user' ? { user: { name: RUN_USER } } : {}) };
    const launch = launcherProcess(means, argv[0], spec, {});
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(launch.command, launch.args, { cwd: launch.cwd, env: launch.env, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
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
function canSudo() {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('sudo', ['-n', 'true'], { timeout: 10_000 }, (error) => resolve(!error));
    });
}
/**
 * The strongest isolation the setting allows that works on this machine: each is tried by
 * running the Python's Jupyter probe inside it. `auto` falls back to `none`, saying why; an
 * explicit mode that cannot work is an error (thrown as a string for the caller to name).
 */
async function chooseIsolation(choice) {
    const platform = choice.platform ?? process.platform;
    if (platform !== 'linux' || choice.setting === 'none') {
        const why = platform !== 'linux' ? `namespaces are Linux's; this is ${platform}` : 'isolation none was asked for';
        if (choice.setting !== 'none' && choice.setting !== 'auto')
            throw new Error(`isolation ${choice.setting} is not possible here: ${why}`);
        return { ...NO_ISOLATION, fallbacks: choice.setting === 'none' ? [] : [why] };
    }
    const root = choice.root ?? process.getuid?.() === 0;
    const sudo = !root && (await (choice.sudo ?? canSudo)());
    const fallbacks = [];
    if (!root && !sudo)
        fallbacks.push('user: needs root or sudo without a password, and neither is available');
    for (const { mode, means } of candidates(choice.setting, root, sudo)) {
        const problem = await choice.probe(mode, means);
        if (!problem)
            return { mode, means, description: describeIsolation(mode, means), fallbacks };
        fallbacks.push(`${mode} (${means}): ${problem}`);
    }
    if (choice.setting !== 'auto')
        throw new Error(`isolation ${choice.setting} is not possible here: ${fallbacks.join('; ') || 'no way to make namespaces'}`);
    return { ...NO_ISOLATION, fallbacks };
}

;// CONCATENATED MODULE: ./src/jupyter/python.ts


const python_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The modules the notebook driver imports, and the kernel manager it starts kernels with; a Python without them cannot run a notebook. */
const DRIVER_MODULES = ['nbformat', 'nbclient', 'jupyter_client', 'ipykernel'];
/** How to get DRIVER_MODULES, for every message that says they are missing. */
const INSTALL_HINT = 'Install them with `pip install nbclient nbformat ipykernel` (in that Python\'s environment), or on Debian/Ubuntu ' +
    '`apt-get install python3-nbclient python3-nbformat python3-ipykernel`.';
class PythonNotFoundError extends Error {
}
/** Whether `python` starts and can import every driver module. */
async function canRunNotebooks(python) {
    try {
        await python_run(python, ['-c', `import ${DRIVER_MODULES.join(', ')}`], { timeout: 30_000 });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The Python that runs notebooks: the one asked for, else the first `python3` that has Jupyter.
 * The PATH's python3 comes first; the system one is a fallback because version managers (pyenv)
 * often shadow the interpreter that Debian's Jupyter packages were installed for.
 */
async function findJupyterPython(requested) {
    const candidates = requested ? [requested] : ['python3', '/usr/bin/python3', 'python'];
    for (const candidate of candidates) {
        if (await canRunNotebooks(candidate))
            return candidate;
    }
    const tried = candidates.join(', ');
    throw new PythonNotFoundError(`No Python with ${DRIVER_MODULES.join(', ')} found (tried ${tried}). ${INSTALL_HINT} ` +
        'Or name the interpreter with OCI_EMULATOR_PYTHON.');
}

;// CONCATENATED MODULE: ./src/backends/local/local-jupyter-check.ts



/** A missing piece on this machine; `option` is what to change: the interpreter or the kernel. */
class LocalJupyterError extends Error {
    option;
    constructor(option, message) {
        super(message);
        this.option = option;
    }
}
const MINIMUM_VERSION = [3, 8];
// Runs under any Python, 2.7 included, so that even a too-old one answers in JSON.
const PROBE = `
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
/**
 * Checks, once and before anything runs, that the Python exists, is 3.8 or newer, has nbclient,
 * nbformat and ipykernel, and knows the kernel asked for. Throws a LocalJupyterError saying
 * what is missing and how to install it.
 */
async function checkLocalJupyter(options = {}) {
    const python = options.python ?? (await defaultPython());
    const answer = await probe(python, driverEnvironmentBase(options.env ?? process.env));
    const version = answer.version.join('.');
    if (compareVersions(answer.version, MINIMUM_VERSION) < 0) {
        throw new LocalJupyterError('python', `${python} is Python ${version}; the notebook driver needs Python ${MINIMUM_VERSION.join('.')} or newer.`);
    }
    if (answer.missing.length > 0) {
        throw new LocalJupyterError('python', `${python} (Python ${version}) cannot run notebooks: it has no ${answer.missing.join(', ')}. ${INSTALL_HINT} ` +
            'Or name a Python that has them with --python.');
    }
    if (!answer.kernels) {
        throw new LocalJupyterError('python', `${python} could not list its Jupyter kernels (${answer.kernelError ?? 'no answer'}).`);
    }
    if (options.kernel !== undefined && !answer.kernels.includes(options.kernel)) {
        throw new LocalJupyterError('kernel', `no Jupyter kernel named "${options.kernel}" is installed for ${python} (installed: ${answer.kernels.join(', ') || 'none'}). ` +
            `List them with \`${python} -m jupyter kernelspec list\`; add one with \`${python} -m ipykernel install --user --name ${options.kernel}\`.`);
    }
    return { python: answer.executable || python, pythonVersion: version, kernels: answer.kernels };
}
async function defaultPython() {
    try {
        return await findJupyterPython();
    }
    catch (error) {
        if (!(error instanceof PythonNotFoundError))
            throw error;
        throw new LocalJupyterError('python', `no Python with ${DRIVER_MODULES.join(', ')} found (tried python3, /usr/bin/python3, python). ${INSTALL_HINT} Or name one with --python.`);
    }
}
function probe(python, env) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(python, ['-c', PROBE], { env, timeout: 60_000 }, (error, stdout, stderr) => {
            const code = error?.code;
            if (code === 'ENOENT')
                return reject(new LocalJupyterError('python', `no such Python: "${python}" (not found${python.includes('/') ? '' : ' on PATH'}). Give the path of a python3 that has Jupyter.`));
            if (code === 'EACCES')
                return reject(new LocalJupyterError('python', `"${python}" cannot be run (permission denied). Give the path of a python3 that has Jupyter.`));
            try {
                if (error)
                    throw error;
                resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
            }
            catch {
                const said = `${stderr}`.trim().split('\n').slice(-3).join(' ') || error?.message || 'no answer';
                reject(new LocalJupyterError('python', `"${python}" did not run as a Python interpreter (${said}).`));
            }
        });
    });
}
function compareVersions(a, b) {
    for (let i = 0; i < b.length; i++) {
        if ((a[i] ?? 0) !== b[i])
            return (a[i] ?? 0) - b[i];
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/backends/local/isolation-choice.ts



/**
 * The isolation runs get: the strongest the setting allows in which the checked Python still
 * has its Jupyter modules (and the kernel asked for). An explicit setting that cannot be had is
 * a LocalJupyterError naming the isolation option.
 */
function chooseRunIsolation(needs) {
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
const chosen = new Map();
async function choose(needs) {
    const hide = hiddenPaths(needs.env);
    const probe = async (mode, means) => {
        // As a run sees it: the allowed environment; as nobody, a HOME of nobody's own (none).
        const env = { ...allowedEnvironment(needs.env), ...(mode === 'user' ? { HOME: '/nonexistent', USER: RUN_USER, LOGNAME: RUN_USER } : {}) };
        const run = await probeThrough(mode, means, [needs.jupyter.python, '-c', PROBE], env, hide);
        let answer;
        try {
            answer = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '');
        }
        catch {
            const said = run.stderr.trim().split('\n').at(-1)?.replace(/^oci-run-notebook: isolation: /, '');
            return said || `the Python did not answer (exit ${run.code})`;
        }
        const who = mode === 'user' ? `as ${RUN_USER}` : 'there';
        if (answer.missing.length > 0)
            return `${needs.jupyter.python} cannot import ${answer.missing.join(', ')} ${who}`;
        if (needs.kernel !== undefined && !answer.kernels?.includes(needs.kernel))
            return `no kernel named "${needs.kernel}" is installed ${who}`;
        return undefined;
    };
    try {
        return await chooseIsolation({ setting: needs.setting, probe });
    }
    catch (error) {
        throw new LocalJupyterError('isolation', error.message);
    }
}

;// CONCATENATED MODULE: ./src/backends/local/staged-outputs.ts



/**
 * Copies what a run running as another user left in its staging folder into the output folder,
 * as the user who started it: regular files only, links never followed (the run could leave a
 * link to anything that user can read). Returns the relative paths copied.
 */
async function copyStagedOutputs(staging, outputFolder, relative = '') {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(staging, relative)).catch(() => []);
    const copied = [];
    for (const name of entries.sort()) {
        const path = (0,external_node_path_.join)(relative, name);
        const info = await (0,promises_.lstat)((0,external_node_path_.join)(staging, path));
        if (info.isDirectory()) {
            copied.push(...(await copyStagedOutputs(staging, outputFolder, path)));
        }
        else if (info.isFile()) {
            await (0,promises_.mkdir)((0,external_node_path_.join)(outputFolder, relative), { recursive: true });
            // Removed first: a link already there would otherwise be written through.
            await (0,promises_.rm)((0,external_node_path_.join)(outputFolder, path), { force: true });
            await (0,promises_.copyFile)((0,external_node_path_.join)(staging, path), (0,external_node_path_.join)(outputFolder, path), external_node_fs_.constants.COPYFILE_EXCL);
            copied.push(path);
        }
    }
    return copied;
}

// EXTERNAL MODULE: ./src/notebook/notebook-name.ts
var notebook_name = __webpack_require__(29986);
;// CONCATENATED MODULE: ./src/backends/local/run-folder.ts




async function createRunFolder(workDir, runId, notebookPath, notebook) {
    const root = (0,external_node_path_.join)(workDir, runId);
    const name = (0,notebook_name/* notebookFileName */.h)(notebookPath);
    await (0,promises_.mkdir)((0,external_node_path_.join)(root, 'code'), { recursive: true });
    await Promise.all([
        ...[...(0,driver_files/* driverFiles */.yp)()].map(([file, content]) => (0,promises_.writeFile)((0,external_node_path_.join)(root, file), content)),
        (0,promises_.writeFile)((0,external_node_path_.join)(root, 'code', name), notebook),
    ]);
    return { root, notebookPath: `code/${name}`, executedNotebook: (0,external_node_path_.join)(root, 'code', name) };
}

// EXTERNAL MODULE: ./src/artifact/job-environment.ts
var job_environment = __webpack_require__(78205);
// EXTERNAL MODULE: ./src/engine/run-request-error.ts
var run_request_error = __webpack_require__(14848);
// EXTERNAL MODULE: ./src/engine/validate-run-request.ts + 2 modules
var validate_run_request = __webpack_require__(33977);
;// CONCATENATED MODULE: ./src/backends/local/validate-local-request.ts








const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
/**
 * Checks what matters for a run on this machine: the notebook, variable and parameter names,
 * tags, the runtime and the output folder. OCI's fields (compartment, project, shape, conda) are
 * not used locally and not checked.
 */
function validateLocalRunRequest(request) {
    (0,validate_run_request/* validateNotebookInputs */.vA)(request, [...job_environment/* RESERVED_VARIABLES */.RL, ...LOCAL_RUN_VARIABLES]);
    if (request.outputUri !== undefined) {
        checkOutputFolder(request.outputUri, (field, problem) => {
            throw new run_request_error/* RunRequestError */.T(field, problem);
        });
    }
}
function checkOutputFolder(outputUri, fail) {
    const scheme = URI_SCHEME.exec(outputUri)?.[1]?.toLowerCase();
    if (scheme === 'oci') {
        fail('outputUri', `the local backend writes outputs to a folder on this machine, got "${outputUri}"; give a folder path or file:// URL, or run on OCI (backend oci) to write to Object Storage`);
    }
    if (scheme !== undefined && scheme !== 'file')
        fail('outputUri', `expected a folder path or file:// URL, got "${outputUri}"`);
    if (!outputUri.trim())
        fail('outputUri', 'expected a folder path or file:// URL, got an empty value');
    let folder;
    try {
        folder = outputFolderPath(outputUri);
    }
    catch (error) {
        return fail('outputUri', `"${outputUri}" is not a usable file:// URL (${error.message})`);
    }
    // A folder that does not exist yet is made by the driver; a file in its place is a mistake.
    const existing = (0,external_node_fs_.statSync)(folder, { throwIfNoEntry: false });
    if (existing && !existing.isDirectory())
        fail('outputUri', `${folder} is a file; expected a folder for the executed notebooks`);
}
/** The output folder as an absolute path; `$JOB_RUN_OCID` and `$JOB_OCID` name the run, as on OCI. */
function outputFolderPath(outputUri, ids) {
    let expanded = outputUri;
    if (ids)
        expanded = (0,job_environment/* expandRunVariables */.vs)(expanded, ids.runId, ids.jobId);
    if (/^file:\/\//i.test(expanded))
        return (0,external_node_url_.fileURLToPath)(expanded);
    return expanded === '~' || expanded.startsWith('~/') ? (0,external_node_path_.join)((0,external_node_os_.homedir)(), expanded.slice(1)) : (0,external_node_path_.resolve)(expanded);
}

;// CONCATENATED MODULE: ./src/backends/local/local-jupyter-backend.ts



















const DEFAULT_KILL_GRACE_MS = 5_000;
/** Longest a Node timer can wait; longer waits are made of several. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Runs of every local backend in this process: if the process exits while they go on, they end with it. */
const liveRuns = new Map();
const endLiveRuns = () => liveRuns.forEach((run) => killRunProcessesNow(run));
function trackLiveRun(runId, driverPid) {
    if (liveRuns.size === 0)
        process.on('exit', endLiveRuns);
    liveRuns.set(runId, { marker: runId, driverPid, sessionId: driverPid });
}
function untrackLiveRun(runId) {
    liveRuns.delete(runId);
    if (liveRuns.size === 0)
        process.off('exit', endLiveRuns);
}
/**
 * Runs notebooks on this machine with the same driver and environment contract as OCI job
 * runs, so results, states and logs look alike.
 */
class LocalJupyterBackend {
    options;
    runs = new Map();
    jupyter;
    workDir;
    killGraceMs;
    env;
    constructor(options = {}) {
        this.options = options;
        const timeout = options.cellTimeoutSeconds;
        if (timeout !== undefined && !(timeout > 0 && Number.isFinite(timeout))) {
            throw new RangeError(`cellTimeoutSeconds: expected a number of seconds above 0, got ${timeout}`);
        }
        this.workDir = options.workDir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'oci-run-notebook');
        this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
        this.env = options.env ?? process.env;
    }
    /**
     * Checks the Python, its Jupyter modules and the kernel, once; every submit waits for it.
     * Front doors call it first so a missing piece is reported before anything runs.
     */
    check() {
        this.jupyter ??= (async () => {
            const jupyter = await checkLocalJupyter({ python: this.options.python, kernel: this.options.kernel, env: this.env });
            const isolation = await chooseRunIsolation({ setting: this.options.isolation ?? 'auto', jupyter, kernel: this.options.kernel, env: this.env });
            return { ...jupyter, isolation };
        })();
        return this.jupyter;
    }
    validate(request) {
        validateLocalRunRequest(request);
    }
    async submit(request, signal) {
        this.validate(request);
        const { python, isolation = NO_ISOLATION } = await this.check();
        if (signal?.aborted)
            throw new Error('cancelled before it was started');
        const accepted = new Date();
        const id = (0,external_node_crypto_.randomUUID)();
        const runId = `local-${id}`;
        const jobId = `local-job-${id}`;
        const prepared = (0,parameters/* injectParameters */.EN)((0,notebook/* parseNotebook */.fJ)(request.notebook.content, request.notebook.path), request.parameters);
        const folder = await createRunFolder(this.workDir, runId, request.notebook.path, (0,notebook/* serializeNotebook */.aM)(prepared));
        const outputFolder = request.outputUri === undefined ? undefined : outputFolderPath(request.outputUri, { runId, jobId });
        // Paths as the run sees them: as another user, it has a HOME and an output folder of its own inside the run folder.
        const view = runView(isolation, folder.root, runId);
        if (view.home)
            await (0,promises_.mkdir)((0,external_node_path_.join)(folder.root, 'home'));
        const env = driverEnvironment(request, {
            runId,
            jobId,
            notebookPath: folder.notebookPath,
            outputFolder: outputFolder && (view.staging ?? outputFolder),
            kernel: this.options.kernel,
            cellTimeoutSeconds: request.cellTimeoutSeconds ?? this.options.cellTimeoutSeconds,
        }, { ...driverEnvironmentBase(this.env), ...(view.home ? { HOME: view.home, USER: RUN_USER, LOGNAME: RUN_USER } : {}) });
        const launch = runLaunch(isolation, {
            python,
            script: driver_files/* DRIVER_ENTRYPOINT */.yH,
            runFolder: folder.root,
            runId,
            env,
            graceMs: this.killGraceMs,
            hide: hiddenPaths(this.env),
            marker: { [RUN_MARKER_VARIABLE]: runId },
        });
        let driver;
        try {
            driver = await DriverProcess.launch(launch);
        }
        catch (error) {
            await (0,promises_.rm)(folder.root, { recursive: true, force: true });
            throw new Error(`could not start the notebook driver with ${launch.command}: ${error.message}`);
        }
        // Every run's log says how it is isolated, first.
        driver.note(isolationNote(isolation));
        const staged = outputFolder && view.staging ? { from: (0,external_node_path_.join)(folder.root, 'outputs'), to: outputFolder } : undefined;
        const run = { driver, accepted, runFolder: folder.root, keepRunFolder: !outputFolder, staged };
        void driver.exited.then((exit) => (run.exit = exit));
        this.runs.set(runId, run);
        trackLiveRun(runId, driver.pid);
        const runtime = request.maximumRuntimeInMinutes;
        return {
            notebook: request.notebook.path,
            jobId,
            runId,
            outputUri: outputFolder ? (0,external_node_path_.join)(outputFolder, (0,notebook_name/* notebookFileName */.h)(request.notebook.path)) : folder.executedNotebook,
            ...(runtime ? { deadline: new Date(accepted.getTime() + runtime * 60_000).toISOString() } : {}),
            cleanup: { driverPid: String(driver.pid), runFolder: folder.root, keepRunFolder: String(run.keepRunFolder) },
        };
    }
    async follow(handle, options = {}) {
        const run = this.runs.get(handle.runId);
        if (!run) {
            throw new Error(`${handle.runId} was not started by this process: a local run can be followed only where it was started (cancel works from anywhere)`);
        }
        let failedCell;
        let driverError;
        run.driver.listen((line) => {
            if (line.stream === 'stdout') {
                failedCell ??= (0,driver_messages/* parseCellFailure */.eZ)(line.message);
                driverError = (0,driver_messages/* parseDriverError */.Qd)(line.message) ?? driverError;
            }
            options.onLog?.({ notebook: handle.notebook, time: line.time, message: line.message });
        });
        const deadline = handle.deadline ? Date.parse(handle.deadline) : Infinity;
        const stopReason = await waitForExitOrStop(run.driver.exited, options.signal, deadline);
        if (stopReason)
            await this.cancel(handle);
        const exit = await run.driver.exited;
        // Whatever the notebook started and left behind goes too, as it would with the job run's machine.
        await (run.ending ?? endRunProcesses({ marker: handle.runId, sessionId: run.driver.pid }, this.killGraceMs));
        await run.driver.drain();
        const outputsCopied = run.staged ? await this.copyOutputs(run.staged, run.driver) : true;
        this.runs.delete(handle.runId);
        untrackLiveRun(handle.runId);
        if (!run.keepRunFolder)
            await (0,promises_.rm)(run.runFolder, { recursive: true, force: true }).catch(() => undefined);
        const cancelled = run.cancelRequested !== undefined && run.cancelRequested <= exit.time;
        return resultOf(handle, run, exit, { cancelled, stopReason, failedCell, driverError, outputsCopied });
    }
    /** Copies a run's staged outputs out, as this user, saying so in the run's log; false when that failed (the run then fails, as when a driver cannot upload). */
    async copyOutputs(staged, driver) {
        try {
            const copied = await copyStagedOutputs(staged.from, staged.to);
            driver.note(`oci-run-notebook: copied ${copied.length} output file(s) to ${staged.to}`);
            return true;
        }
        catch (error) {
            driver.note(`oci-run-notebook: error: copying the outputs to ${staged.to} failed: ${error.message}`);
            return false;
        }
    }
    /** Ends the run's driver, kernel and every process they started: SIGTERM, then SIGKILL after the grace period. */
    async cancel(handle) {
        const run = this.runs.get(handle.runId);
        if (run) {
            run.cancelRequested ??= new Date();
            const driverPid = run.exit ? undefined : run.driver.pid;
            run.ending ??= endRunProcesses({ marker: handle.runId, driverPid, sessionId: run.driver.pid }, this.killGraceMs);
            await run.ending;
            return;
        }
        // Started by another process (the action's main step, say): find it by its pid and marker.
        const pid = Number(handle.cleanup?.driverPid);
        const driverPid = pid > 0 && (await isRunDriver(pid, handle.runId)) ? pid : undefined;
        await endRunProcesses({ marker: handle.runId, driverPid, sessionId: driverPid }, this.killGraceMs);
        if (handle.cleanup?.runFolder && handle.cleanup.keepRunFolder !== 'true') {
            await (0,promises_.rm)(handle.cleanup.runFolder, { recursive: true, force: true }).catch(() => undefined);
        }
    }
}
/** Resolves to why following must stop (abort or deadline), or undefined once the driver has exited. */
async function waitForExitOrStop(exited, signal, deadline) {
    if (signal?.aborted)
        return 'cancelled';
    const done = new AbortController();
    const aborted = new Promise((resolve) => signal?.addEventListener('abort', () => resolve('cancelled'), { once: true, signal: done.signal }));
    try {
        return await Promise.race([exited.then(() => undefined), aborted, sleepUntil(deadline, done.signal)]);
    }
    finally {
        done.abort();
    }
}
async function sleepUntil(deadline, signal) {
    if (deadline === Infinity)
        return new Promise(() => undefined);
    try {
        while (Date.now() < deadline)
            await (0,external_node_timers_promises_.setTimeout)(Math.min(MAX_TIMER_MS, deadline - Date.now()), undefined, { signal });
    }
    catch {
        return new Promise(() => undefined); // stopped by the other outcome; nothing to report
    }
    return 'timed out';
}
function resultOf(handle, run, exit, ending) {
    const state = ending.cancelled ? 'CANCELED' : exit.code === 0 && ending.outputsCopied ? 'SUCCEEDED' : 'FAILED';
    const started = run.driver.started;
    const result = {
        notebook: handle.notebook,
        jobId: handle.jobId,
        runId: handle.runId,
        state,
        outputUri: handle.outputUri,
        timeAccepted: run.accepted.toISOString(),
        timeStarted: started.toISOString(),
        timeFinished: exit.time.toISOString(),
        durationSeconds: Math.round((exit.time.getTime() - started.getTime()) / 1000),
        failedCell: ending.failedCell,
    };
    if (state === 'SUCCEEDED')
        return result;
    const stopReason = ending.cancelled ? (ending.stopReason ?? 'cancelled') : undefined;
    const exitDetails = exit.code === 0 ? 'the notebook succeeded, but its outputs could not be copied to the output folder' : (0,driver_messages/* describeDriverExit */.G$)(exit.code, exit.signal);
    result.lifecycleDetails = stopReason ? (stopReason === 'timed out' ? 'cancelled at its deadline' : 'cancelled') : exitDetails;
    result.error = (0,driver_messages/* runFailureMessage */.Pg)({ state, stopReason, failedCell: result.failedCell, driverError: ending.driverError, lifecycleDetails: result.lifecycleDetails });
    return result;
}

;// CONCATENATED MODULE: ./src/backends/local/index.ts
/** The local backend: notebooks run by this machine's Python and Jupyter, with the OCI job driver. */




;// CONCATENATED MODULE: ./src/action/post-local.ts


/** Ends the local runs the main step left behind: the driver, its kernel and their children. */
async function cancelLocalRuns(runs) {
    const backend = new LocalJupyterBackend();
    await Promise.all(runs.map(async (handle) => {
        try {
            await backend.cancel(handle);
            core/* info */.pq(`${handle.notebook}: ended local run ${handle.runId}`);
        }
        catch (error) {
            core/* warning */.$e(`${handle.notebook}: could not end local run ${handle.runId}: ${error.message}`);
        }
    }));
}


/***/ }),

/***/ 35232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yH: () => (/* binding */ DRIVER_ENTRYPOINT),
/* harmony export */   yp: () => (/* binding */ driverFiles)
/* harmony export */ });
/* unused harmony export driverDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/** The Python file OCI runs as `JOB_RUN_ENTRYPOINT`, as in ADS's notebook jobs. */
const DRIVER_ENTRYPOINT = 'driver_notebook.py';
/**
 * The driver's folder: beside this module in the sources, and copied beside each bundle in
 * `dist/` by the build, so one relative path serves both.
 */
function driverDirectory() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), 'driver');
}
let cached;
/** Every driver file by name; read once, as every artifact carries the same driver. */
function driverFiles() {
    if (!cached) {
        const folder = driverDirectory();
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder).filter((name) => name.endsWith('.py'));
        if (!names.includes(DRIVER_ENTRYPOINT))
            throw new Error(`The notebook driver is missing: ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, DRIVER_ENTRYPOINT)}`);
        cached = new Map(names.map((name) => [name, new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, name)))]));
    }
    return cached;
}


/***/ }),

/***/ 78205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RL: () => (/* binding */ RESERVED_VARIABLES),
/* harmony export */   p_: () => (/* binding */ OUTPUT_PAR_VARIABLE),
/* harmony export */   tw: () => (/* binding */ jobEnvironment),
/* harmony export */   vs: () => (/* binding */ expandRunVariables)
/* harmony export */ });
/* unused harmony export OUTPUT_PAR_HANDOVER_VARIABLE */
/* harmony import */ var _oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82277);

/** A pre-authenticated request URL (ending in `/o/`) the driver uploads outputs through. A secret. */
const OUTPUT_PAR_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR';
/** Where the driver, restarted without OUTPUT_PAR_VARIABLE in its environment, reads the URL from (a pipe's descriptor). */
const OUTPUT_PAR_HANDOVER_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR_FD';
/** Variables the engine sets for the driver; a user's `env` may not replace them. */
const RESERVED_VARIABLES = [
    'JOB_RUN_ENTRYPOINT',
    'JOB_RUN_NOTEBOOK',
    'NOTEBOOK_ENCODING',
    'NOTEBOOK_EXCLUDE_TAGS',
    'OUTPUT_URI',
    'CONDA_ENV_TYPE',
    'CONDA_ENV_SLUG',
    'CONDA_ENV_OBJECT_NAME',
    'CONDA_ENV_REGION',
    'CONDA_ENV_NAMESPACE',
    'CONDA_ENV_BUCKET',
    OUTPUT_PAR_VARIABLE,
    OUTPUT_PAR_HANDOVER_VARIABLE,
];
/** The job's environment as ADS's NotebookRuntime sets it, plus the user's own variables. */
function jobEnvironment(request, artifact, region) {
    const env = {
        ...request.environmentVariables,
        JOB_RUN_ENTRYPOINT: artifact.entrypoint,
        JOB_RUN_NOTEBOOK: artifact.notebookPath,
        NOTEBOOK_ENCODING: 'utf-8',
        NOTEBOOK_EXCLUDE_TAGS: JSON.stringify(request.excludeTags),
    };
    if (request.outputUri)
        env.OUTPUT_URI = request.outputUri;
    if (request.cellTimeoutSeconds !== undefined)
        env.NOTEBOOK_CELL_TIMEOUT = String(request.cellTimeoutSeconds);
    if (request.conda)
        Object.assign(env, condaEnvironment(request.conda, region));
    return env;
}
function condaEnvironment(conda, region) {
    const published = (0,_oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .parseObjectStorageUri */ .iT)(conda);
    if (!published)
        return { CONDA_ENV_TYPE: 'service', CONDA_ENV_SLUG: conda };
    return {
        CONDA_ENV_TYPE: 'published',
        CONDA_ENV_OBJECT_NAME: published.prefix,
        CONDA_ENV_REGION: region,
        CONDA_ENV_NAMESPACE: published.namespace,
        CONDA_ENV_BUCKET: published.bucket,
    };
}
/** `$JOB_RUN_OCID` and `$JOB_OCID` (also `${...}`) as the driver expands them inside the run. */
function expandRunVariables(uri, runId, jobId) {
    return uri.replace(/\$\{?JOB_RUN_OCID\}?/g, runId).replace(/\$\{?JOB_OCID\}?/g, jobId);
}


/***/ }),

/***/ 83499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ describeDriverExit),
/* harmony export */   Pg: () => (/* binding */ runFailureMessage),
/* harmony export */   Qd: () => (/* binding */ parseDriverError),
/* harmony export */   eZ: () => (/* binding */ parseCellFailure),
/* harmony export */   r$: () => (/* binding */ isDriverFinished)
/* harmony export */ });
/** Lines the notebook driver prints for machines (see docs/driver.md). */
const CELL_FAILED = /^oci-run-notebook: cell (\d+) failed: (.*)$/;
const FINISHED = /^oci-run-notebook: notebook (succeeded|failed|not run)/;
function parseCellFailure(line) {
    const match = CELL_FAILED.exec(line.trim());
    return match ? { cell: Number(match[1]), message: match[2] } : undefined;
}
/** The driver's last line: once seen, no more log lines will come for the run. */
function isDriverFinished(line) {
    return FINISHED.test(line.trim());
}
const DRIVER_ERROR = /^oci-run-notebook: error: (.*)$/;
/** The message of an `oci-run-notebook: error: ...` line: bad setup, or outputs not saved. */
function parseDriverError(line) {
    return DRIVER_ERROR.exec(line.trim())?.[1];
}
/** What the driver's exit code means, as docs/driver.md lists them. */
const DRIVER_EXIT_MEANINGS = { 1: 'a cell failed', 2: 'bad setup', 3: 'outputs not saved' };
/** A driver process's end in words, for `lifecycleDetails`: its signal, or its exit code and what that means. */
function describeDriverExit(code, signal) {
    if (signal)
        return `the notebook driver was ended by ${signal}`;
    const meaning = code === null ? undefined : DRIVER_EXIT_MEANINGS[code];
    return `the notebook driver exited with code ${code}${meaning ? ` (${meaning})` : ''}`;
}
/** A failed or cancelled run's `error`: the stop, else the failing cell, else the driver's error, else the state and its details. */
function runFailureMessage(failure) {
    if (failure.stopReason === 'timed out')
        return `timed out; the run was cancelled (${failure.state})`;
    if (failure.stopReason)
        return `cancelled before it finished (${failure.state})`;
    if (failure.failedCell)
        return `cell ${failure.failedCell.cell} failed: ${failure.failedCell.message}`;
    if (failure.driverError)
        return failure.driverError;
    return `${failure.state}${failure.lifecycleDetails ? `: ${failure.lifecycleDetails}` : ''}`;
}


/***/ }),

/***/ 14848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ RunRequestError)
/* harmony export */ });
/** Bad input, found before any cloud call; `field` is the RunRequest field it came from. */
class RunRequestError extends Error {
    field;
    problem;
    constructor(field, problem) {
        super(`${field}: ${problem}`);
        this.field = field;
        this.problem = problem;
    }
    /** The same error in the words of a front door (`--compartment-id`, `compartment-id`, `compartmentId`). */
    renamed(inputName) {
        const renamed = new RunRequestError(inputName(this.field), this.problem);
        return Object.assign(renamed, { field: this.field });
    }
}


/***/ }),

/***/ 33977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hX: () => (/* binding */ isFlexShape),
  vA: () => (/* binding */ validateNotebookInputs),
  xS: () => (/* binding */ validateRunRequest)
});

// UNUSED EXPORTS: MAXIMUM_BLOCK_STORAGE_GB, MAXIMUM_RUNTIME_MINUTES

// EXTERNAL MODULE: ./src/artifact/job-environment.ts
var job_environment = __webpack_require__(78205);
// EXTERNAL MODULE: ./src/notebook/notebook.ts
var notebook = __webpack_require__(86796);
// EXTERNAL MODULE: ./src/notebook/parameters.ts
var parameters = __webpack_require__(27481);
;// CONCATENATED MODULE: ./src/oci/ocid.ts
/** OCI resource identifiers: `ocid1.<type>.<realm>.[region][.future].<unique>`. */
const OCID_PATTERN = /^ocid1\.([a-z0-9_]+)\.([a-z0-9_-]+)\.([a-z0-9_-]*)(\.[a-z0-9_-]*)?\.([a-z0-9]+)$/i;
function ocidResourceType(value) {
    return OCID_PATTERN.exec(value)?.[1]?.toLowerCase();
}
function isOcid(value, ...types) {
    const type = ocidResourceType(value);
    return type !== undefined && (types.length === 0 || types.includes(type));
}

// EXTERNAL MODULE: ./src/oci/object-storage-uri.ts
var object_storage_uri = __webpack_require__(82277);
;// CONCATENATED MODULE: ./src/engine/run-request.ts
const RUN_REQUEST_DEFAULTS = {
    shape: 'VM.Standard.E3.Flex',
    ocpus: 1,
    memoryInGBs: 16,
    blockStorageSizeInGBs: 50,
    excludeTags: [],
};
const MINIMUM_BLOCK_STORAGE_GB = 50;

// EXTERNAL MODULE: ./src/engine/run-request-error.ts
var run_request_error = __webpack_require__(14848);
;// CONCATENATED MODULE: ./src/engine/validate-run-request.ts







const OCID_TYPES = {
    compartmentId: ['compartment', 'tenancy'],
    projectId: ['datascienceproject'],
    logGroupId: ['loggroup'],
    logId: ['log'],
    subnetId: ['subnet'],
};
const SHAPE = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$/;
const CONDA_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** OCI's largest block volume for a job run, in GB (its smallest is MINIMUM_BLOCK_STORAGE_GB). */
const MAXIMUM_BLOCK_STORAGE_GB = 10_240;
/**
 * The longest run or cell limit taken: a year. OCI documents no maximum runtime; a value past
 * this is a typo, and one far past it (10^12 minutes) is no date at all, which reached OCI as a
 * pre-authenticated request without an expiry.
 */
const MAXIMUM_RUNTIME_MINUTES = 365 * 24 * 60;
const fail = (field, problem) => {
    throw new run_request_error/* RunRequestError */.T(field, problem);
};
/**
 * What every backend checks, as its driver sees it: the notebook, variable names (none of those
 * the engine sets itself), exclude tags, parameter names and the runtime.
 */
function validateNotebookInputs(request, reservedVariables = job_environment/* RESERVED_VARIABLES */.RL) {
    try {
        (0,notebook/* checkNotebook */.Ak)(request.notebook.content, request.notebook.path);
    }
    catch (error) {
        if (error instanceof notebook/* NotebookFormatError */.Zv)
            fail('notebook', error.message);
        throw error;
    }
    for (const name of Object.keys(request.environmentVariables)) {
        if (!ENV_NAME.test(name))
            fail('environmentVariables', `"${name}" is not a variable name (letters, digits, _; not starting with a digit)`);
        if (reservedVariables.includes(name))
            fail('environmentVariables', `${name} is set by oci-run-notebook itself and cannot be given`);
    }
    for (const tag of request.excludeTags) {
        if (!tag.trim())
            fail('excludeTags', 'tags must not be empty');
    }
    for (const name of Object.keys(request.parameters)) {
        if (!(0,parameters/* isPythonIdentifier */.G_)(name))
            fail('parameters', `"${name}" is not a Python variable name`);
    }
    const cellTimeout = request.cellTimeoutSeconds;
    if (cellTimeout !== undefined && !(Number.isFinite(cellTimeout) && cellTimeout > 0)) {
        fail('cellTimeoutSeconds', `expected a number of seconds above 0, got ${cellTimeout}`);
    }
    if (cellTimeout !== undefined && cellTimeout > MAXIMUM_RUNTIME_MINUTES * 60) {
        fail('cellTimeoutSeconds', `expected at most ${MAXIMUM_RUNTIME_MINUTES * 60} seconds (a year), got ${cellTimeout}`);
    }
    const runtime = request.maximumRuntimeInMinutes;
    if (runtime !== undefined && (!Number.isInteger(runtime) || runtime <= 0)) {
        fail('maximumRuntimeInMinutes', `expected a whole number of minutes above 0, got ${runtime}`);
    }
    if (runtime !== undefined && runtime > MAXIMUM_RUNTIME_MINUTES) {
        fail('maximumRuntimeInMinutes', `expected at most ${MAXIMUM_RUNTIME_MINUTES} minutes (a year), got ${runtime}`);
    }
}
/** Checks every field, so that no bad request reaches OCI and nothing is half-created. */
function validateRunRequest(request) {
    validateNotebookInputs(request);
    if (!request.jobName.trim() || request.jobName.length > 255)
        fail('jobName', `expected 1 to 255 characters, got "${request.jobName}"`);
    for (const [field, types] of Object.entries(OCID_TYPES)) {
        const value = request[field];
        if (value === undefined)
            continue;
        if (!isOcid(value, ...types))
            fail(field, `expected an OCID of a ${types.join(' or ')} (ocid1.${types[0]}.oc1..<unique id>), got "${value}"`);
    }
    if (request.logId && !request.logGroupId)
        fail('logId', 'a log needs its log group: give the log group OCID too');
    if (!SHAPE.test(request.shape))
        fail('shape', `expected a shape name such as VM.Standard.E3.Flex, got "${request.shape}"`);
    if (isFlexShape(request.shape)) {
        if (!(request.ocpus > 0))
            fail('ocpus', `expected a number above 0, got ${request.ocpus}`);
        if (!(request.memoryInGBs > 0))
            fail('memoryInGBs', `expected a number above 0, got ${request.memoryInGBs}`);
    }
    if (!Number.isInteger(request.blockStorageSizeInGBs) || request.blockStorageSizeInGBs < MINIMUM_BLOCK_STORAGE_GB) {
        fail('blockStorageSizeInGBs', `expected a whole number of GB, at least ${MINIMUM_BLOCK_STORAGE_GB}, got ${request.blockStorageSizeInGBs}`);
    }
    if (request.blockStorageSizeInGBs > MAXIMUM_BLOCK_STORAGE_GB) {
        fail('blockStorageSizeInGBs', `expected at most ${MAXIMUM_BLOCK_STORAGE_GB} GB, OCI's largest block volume for a job, got ${request.blockStorageSizeInGBs}`);
    }
    if (request.conda !== undefined && !CONDA_SLUG.test(request.conda) && !(0,object_storage_uri/* parseObjectStorageUri */.iT)(request.conda)?.prefix) {
        fail('conda', `expected a service conda slug (tensorflow28_p38_cpu_v1) or a published conda oci://bucket@namespace/path, got "${request.conda}"`);
    }
    const outputProblem = request.outputUri === undefined ? undefined : (0,object_storage_uri/* objectStorageUriProblem */.Gp)(request.outputUri);
    if (outputProblem)
        fail('outputUri', `${outputProblem}, got "${request.outputUri}"`);
}
function isFlexShape(shape) {
    return shape.endsWith('.Flex');
}


/***/ }),

/***/ 29986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ notebookFileName)
/* harmony export */ });
/* unused harmony export isReference */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** A URL or cloud reference (`https://`, `oci://`, `gs://`, `az://`, `file://`) rather than a path. */
function isReference(notebook) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(notebook);
}
/**
 * The file name a notebook is saved and reported under: its reference's last part, without a
 * URL's query or fragment, decoded, and ending in `.ipynb` as the driver requires.
 */
function notebookFileName(reference) {
    let last = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(reference.replace(/[?#].*$/, ''));
    try {
        last = decodeURIComponent(last);
    }
    catch {
        // Not percent-encoded after all: keep it as it is.
    }
    const name = last.replace(/[/\\]/g, '-') || 'notebook';
    return name.endsWith('.ipynb') ? name : `${name}.ipynb`;
}


/***/ }),

/***/ 86796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ checkNotebook),
/* harmony export */   Gq: () => (/* binding */ cellTags),
/* harmony export */   Zv: () => (/* binding */ NotebookFormatError),
/* harmony export */   aM: () => (/* binding */ serializeNotebook),
/* harmony export */   fJ: () => (/* binding */ parseNotebook)
/* harmony export */ });
/* unused harmony export MAX_NOTEBOOK_BYTES */
class NotebookFormatError extends Error {
}
/** The largest notebook we read; service limits on job artifacts are far above it. */
const MAX_NOTEBOOK_BYTES = 100 * 1024 * 1024;
/** Parses bytes as nbformat 4 JSON, or says which notebook is not one and why. */
function parseNotebook(content, path) {
    if (content.byteLength > MAX_NOTEBOOK_BYTES) {
        throw new NotebookFormatError(`${path}: ${content.byteLength} bytes is over the ${MAX_NOTEBOOK_BYTES}-byte limit for a notebook.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content));
    }
    catch {
        throw new NotebookFormatError(`${path}: not a Jupyter notebook (expected nbformat 4 JSON, the file is not valid UTF-8 JSON).`);
    }
    const notebook = parsed;
    if (typeof notebook !== 'object' || notebook === null || Array.isArray(notebook)) {
        throw new NotebookFormatError(`${path}: not a Jupyter notebook (expected an nbformat 4 JSON object).`);
    }
    if (notebook.nbformat !== 4) {
        throw new NotebookFormatError(`${path}: nbformat ${String(notebook.nbformat)} is not supported; expected nbformat 4 (convert with \`jupyter nbconvert --to notebook\`).`);
    }
    if (!Array.isArray(notebook.cells) || typeof notebook.metadata !== 'object' || notebook.metadata === null) {
        throw new NotebookFormatError(`${path}: not a valid nbformat 4 notebook (needs "cells" and "metadata").`);
    }
    notebook.cells.forEach((cell, index) => {
        if (typeof cell !== 'object' || cell === null || !['code', 'markdown', 'raw'].includes(cell.cell_type)) {
            throw new NotebookFormatError(`${path}: cell ${index + 1} is not an nbformat 4 cell (cell_type must be code, markdown or raw).`);
        }
    });
    return notebook;
}
/** Buffers known to hold a valid notebook: a run's notebook is checked by its source, by the engine and by its backend. */
const checkedNotebooks = new WeakSet();
/**
 * Throws NotebookFormatError unless `content` is an nbformat 4 notebook. A buffer that passed
 * once is not parsed again (notebooks with outputs can be megabytes); buffers are not changed
 * in place after they are read.
 */
function checkNotebook(content, path) {
    if (checkedNotebooks.has(content))
        return;
    parseNotebook(content, path);
    checkedNotebooks.add(content);
}
function serializeNotebook(notebook) {
    return new TextEncoder().encode(JSON.stringify(notebook, null, 1) + '\n');
}
function cellTags(cell) {
    const tags = cell.metadata?.tags;
    return Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : [];
}


/***/ }),

/***/ 27481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ injectParameters),
/* harmony export */   G_: () => (/* binding */ isPythonIdentifier)
/* harmony export */ });
/* unused harmony exports PARAMETERS_TAG, INJECTED_PARAMETERS_TAG, toPythonLiteral */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _notebook_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86796);


const PARAMETERS_TAG = 'parameters';
const INJECTED_PARAMETERS_TAG = 'injected-parameters';
/**
 * Papermill's convention: a code cell tagged `injected-parameters` goes right after the cell
 * tagged `parameters` (at the top when there is none) and replaces one injected earlier.
 */
function injectParameters(notebook, parameters) {
    if (Object.keys(parameters).length === 0)
        return notebook;
    const cells = notebook.cells.filter((cell) => !(0,_notebook_js__WEBPACK_IMPORTED_MODULE_1__/* .cellTags */ .Gq)(cell).includes(INJECTED_PARAMETERS_TAG));
    const anchor = cells.findIndex((cell) => (0,_notebook_js__WEBPACK_IMPORTED_MODULE_1__/* .cellTags */ .Gq)(cell).includes(PARAMETERS_TAG));
    const lines = Object.entries(parameters).map(([name, value]) => `${name} = ${toPythonLiteral(value)}\n`);
    const injected = {
        cell_type: 'code',
        execution_count: null,
        metadata: { tags: [INJECTED_PARAMETERS_TAG] },
        outputs: [],
        source: ['# Parameters\n', ...lines],
    };
    if (notebook.nbformat_minor >= 5)
        injected.id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8);
    cells.splice(anchor + 1, 0, injected);
    return { ...notebook, cells };
}
const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isPythonIdentifier(name) {
    return PYTHON_IDENTIFIER.test(name);
}
/** JSON values as Python source; JSON string escapes are valid Python string escapes. */
function toPythonLiteral(value) {
    if (value === null || value === undefined)
        return 'None';
    if (value === true)
        return 'True';
    if (value === false)
        return 'False';
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            return "float('nan')";
        if (!Number.isFinite(value))
            return value > 0 ? "float('inf')" : "float('-inf')";
        return String(value);
    }
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(toPythonLiteral).join(', ')}]`;
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    if (typeof value === 'object') {
        const entries = Object.entries(value);
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${toPythonLiteral(item)}`).join(', ')}}`;
    }
    throw new TypeError(`cannot express ${typeof value} as a Python literal`);
}


/***/ }),

/***/ 82277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ objectStorageUriProblem),
/* harmony export */   WE: () => (/* binding */ objectUri),
/* harmony export */   iT: () => (/* binding */ parseObjectStorageUri),
/* harmony export */   uu: () => (/* binding */ formatObjectStorageUri)
/* harmony export */ });
/* unused harmony exports OCI_URI_FORM, joinObjectName */
const OCI_URI = /^oci:\/\/([A-Za-z0-9._-]+)@([A-Za-z0-9_-]+)(?:\/(.*))?$/;
const OCI_URI_FORM = 'oci://bucket@namespace/prefix';
/** A `.` or `..` segment: object names are not file paths, so `oci://b@ns/../../etc` does not point where it seems. */
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;
/** Why `uri` is not an oci:// place, in words for a message; undefined when it is one. */
function objectStorageUriProblem(uri) {
    const match = OCI_URI.exec(uri.trim());
    if (!match)
        return `expected ${OCI_URI_FORM}`;
    if (DOT_SEGMENT.test(match[3] ?? '')) {
        return `a "." or ".." segment is not allowed in the path: object names are not file paths, so it would not point where it seems; expected ${OCI_URI_FORM}`;
    }
    return undefined;
}
function parseObjectStorageUri(uri) {
    const match = OCI_URI.exec(uri.trim());
    if (!match || DOT_SEGMENT.test(match[3] ?? ''))
        return undefined;
    const prefix = (match[3] ?? '').replace(/^\/+|\/+$/g, '');
    return { bucket: match[1], namespace: match[2], prefix };
}
function formatObjectStorageUri(location) {
    const base = `oci://${location.bucket}@${location.namespace}`;
    return location.prefix ? `${base}/${location.prefix}` : base;
}
/** The URI of one object under a location's prefix. */
function objectUri(location, name) {
    return formatObjectStorageUri({ ...location, prefix: joinObjectName(location.prefix, name) });
}
function joinObjectName(...parts) {
    return parts
        .map((part) => part.replace(/^\/+|\/+$/g, ''))
        .filter((part) => part.length > 0)
        .join('/');
}


/***/ })

};
