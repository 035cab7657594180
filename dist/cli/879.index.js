export const id = 879;
export const ids = [879];
export const modules = {

/***/ 66309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ artifactLayout)
/* harmony export */ });
/* unused harmony export CODE_FOLDER */
/* harmony import */ var _notebook_notebook_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29986);

/** The artifact's folder for the user's files, as ADS's NotebookRuntime names it. */
const CODE_FOLDER = 'code';
function artifactLayout(notebookReference, context) {
    if (!context)
        return { notebookPath: `${CODE_FOLDER}/${(0,_notebook_notebook_name_js__WEBPACK_IMPORTED_MODULE_0__/* .notebookFileName */ .h)(notebookReference)}`, files: [] };
    const root = context.rootName ? `${CODE_FOLDER}/${context.rootName}` : CODE_FOLDER;
    return {
        notebookPath: `${root}/${context.notebookPath}`,
        contextRoot: root,
        ...(context.requirements ? { requirementsPath: `${root}/${context.requirements}` } : {}),
        files: context.files.map((file) => ({ path: `${root}/${file.path}`, file })),
    };
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

/***/ 4523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ driverEnvironmentBase),
/* harmony export */   Ud: () => (/* binding */ LOCAL_RUN_VARIABLES),
/* harmony export */   sX: () => (/* binding */ driverEnvironment)
/* harmony export */ });
/* harmony import */ var _artifact_driver_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35232);
/* harmony import */ var _environment_allow_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77141);
/* harmony import */ var _run_processes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86820);



/** Variables the local backend sets for each run, besides the driver's own contract. */
const LOCAL_RUN_VARIABLES = ['JOB_RUN_OCID', 'JOB_OCID', _run_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_MARKER_VARIABLE */ .kc];
/**
 * What the driver and the kernel start from: only the variables a run needs (PATH, HOME, locale,
 * Python's and Jupyter's settings, ...; environment-allow-list.ts), as a pull request's notebook
 * may be anyone's. Every credential, the runner's command files and anything else stay here.
 */
function driverEnvironmentBase(env) {
    return (0,_environment_allow_list_js__WEBPACK_IMPORTED_MODULE_1__/* .allowedEnvironment */ .m)(env);
}
/** The driver's environment contract (docs/driver.md), as the OCI backend sets it, for a run on this machine. */
function driverEnvironment(request, settings, base) {
    const env = {
        // What the log reader decodes, whatever the machine's locale, unless asked otherwise.
        PYTHONIOENCODING: 'utf-8',
        ...base,
        ...request.environmentVariables,
        JOB_RUN_ENTRYPOINT: _artifact_driver_files_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIVER_ENTRYPOINT */ .yH,
        JOB_RUN_NOTEBOOK: settings.notebookPath,
        NOTEBOOK_ENCODING: 'utf-8',
        NOTEBOOK_EXCLUDE_TAGS: JSON.stringify(request.excludeTags),
        JOB_RUN_OCID: settings.runId,
        JOB_OCID: settings.jobId,
        [_run_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_MARKER_VARIABLE */ .kc]: settings.runId,
        // Lines reach the log as the cells print them, not when a buffer fills.
        PYTHONUNBUFFERED: '1',
    };
    if (settings.outputFolder)
        env.OUTPUT_URI = settings.outputFolder;
    else
        delete env.OUTPUT_URI;
    if (settings.contextRoot)
        env.NOTEBOOK_CONTEXT = settings.contextRoot;
    if (settings.requirementsPath) {
        env.NOTEBOOK_REQUIREMENTS = settings.requirementsPath;
        env.NOTEBOOK_INSTALL_REQUIREMENTS = settings.installRequirements ? 'true' : 'false';
    }
    if (settings.kernel)
        env.NOTEBOOK_KERNEL = settings.kernel;
    if (settings.cellTimeoutSeconds !== undefined)
        env.NOTEBOOK_CELL_TIMEOUT = String(settings.cellTimeoutSeconds);
    return env;
}


/***/ }),

/***/ 77141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ allowedEnvironment)
/* harmony export */ });
/* unused harmony export isAllowedVariable */
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


/***/ }),

/***/ 88879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalJupyterBackend: () => (/* reexport */ LocalJupyterBackend),
  LocalJupyterError: () => (/* reexport */ LocalJupyterError)
});

// UNUSED EXPORTS: checkLocalJupyter, validateLocalRunRequest

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
// EXTERNAL MODULE: ./src/notebook/parameters.ts + 1 modules
var parameters = __webpack_require__(25705);
// EXTERNAL MODULE: ./src/backends/local/driver-environment.ts
var driver_environment = __webpack_require__(4523);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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

// EXTERNAL MODULE: ./src/backends/local/environment-allow-list.ts
var environment_allow_list = __webpack_require__(77141);
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

// EXTERNAL MODULE: ./src/jupyter/python.ts
var jupyter_python = __webpack_require__(49579);
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
    info["missing"] = [m for m in ${JSON.stringify(jupyter_python/* DRIVER_MODULES */.hk)} if find_spec(m) is None]
except ImportError:
    info["missing"] = ${JSON.stringify(jupyter_python/* DRIVER_MODULES */.hk)}
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
    const answer = await probe(python, (0,driver_environment/* driverEnvironmentBase */.JM)(options.env ?? process.env));
    const version = answer.version.join('.');
    if (compareVersions(answer.version, MINIMUM_VERSION) < 0) {
        throw new LocalJupyterError('python', `${python} is Python ${version}; the notebook driver needs Python ${MINIMUM_VERSION.join('.')} or newer.`);
    }
    if (answer.missing.length > 0) {
        throw new LocalJupyterError('python', `${python} (Python ${version}) cannot run notebooks: it has no ${answer.missing.join(', ')}. ${jupyter_python/* INSTALL_HINT */.eA} ` +
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
        return await (0,jupyter_python/* findJupyterPython */.du)();
    }
    catch (error) {
        if (!(error instanceof jupyter_python/* PythonNotFoundError */.K3))
            throw error;
        throw new LocalJupyterError('python', `no Python with ${jupyter_python/* DRIVER_MODULES */.hk.join(', ')} found (tried python3, /usr/bin/python3, python). ${jupyter_python/* INSTALL_HINT */.eA} Or name one with --python.`);
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
    const key = JSON.stringify([needs.setting, needs.jupyter.python, needs.kernel ?? null, hiddenPaths(needs.env), (0,environment_allow_list/* allowedEnvironment */.m)(needs.env)]);
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
        const env = { ...(0,environment_allow_list/* allowedEnvironment */.m)(needs.env), ...(mode === 'user' ? { HOME: '/nonexistent', USER: RUN_USER, LOGNAME: RUN_USER } : {}) };
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/artifact/artifact-layout.ts
var artifact_layout = __webpack_require__(66309);
;// CONCATENATED MODULE: ./src/backends/local/run-folder.ts





/** Files copied at once; a context can hold thousands. */
const COPIES_AT_ONCE = 16;
async function createRunFolder(workDir, runId, notebookPath, notebook, context) {
    const root = (0,external_node_path_.join)(workDir, runId);
    const layout = (0,artifact_layout/* artifactLayout */.N)(notebookPath, context);
    const folders = new Set([(0,external_node_path_.dirname)(layout.notebookPath), ...layout.files.map(({ path }) => (0,external_node_path_.dirname)(path))]);
    await (0,promises_.mkdir)(root, { recursive: true });
    for (const folder of [...folders].sort())
        await (0,promises_.mkdir)((0,external_node_path_.join)(root, folder), { recursive: true });
    const limit = (0,p_limit/* default */.A)(COPIES_AT_ONCE);
    await Promise.all([
        ...[...(0,driver_files/* driverFiles */.yp)()].map(([file, content]) => (0,promises_.writeFile)((0,external_node_path_.join)(root, file), content)),
        ...layout.files.map(({ path, file }) => limit(async () => {
            try {
                await (file.content ? (0,promises_.writeFile)((0,external_node_path_.join)(root, path), file.content) : (0,promises_.copyFile)(file.source, (0,external_node_path_.join)(root, path)));
            }
            catch (error) {
                throw new Error(`cannot copy ${file.path} of the notebook's context (${file.source ?? 'in memory'}): ${error.code ?? error.message}`);
            }
        })),
        (0,promises_.writeFile)((0,external_node_path_.join)(root, layout.notebookPath), notebook),
    ]);
    return {
        root,
        notebookPath: layout.notebookPath,
        executedNotebook: (0,external_node_path_.join)(root, layout.notebookPath),
        ...(layout.contextRoot ? { contextRoot: layout.contextRoot } : {}),
        ...(layout.requirementsPath ? { requirementsPath: layout.requirementsPath } : {}),
    };
}

// EXTERNAL MODULE: ./src/backends/local/run-processes.ts
var run_processes = __webpack_require__(86820);
// EXTERNAL MODULE: ./src/artifact/job-environment.ts
var job_environment = __webpack_require__(78205);
// EXTERNAL MODULE: ./src/engine/run-request-error.ts
var run_request_error = __webpack_require__(14848);
// EXTERNAL MODULE: ./src/engine/validate-run-request.ts + 1 modules
var validate_run_request = __webpack_require__(44281);
;// CONCATENATED MODULE: ./src/backends/local/validate-local-request.ts








const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
/**
 * Checks what matters for a run on this machine: the notebook, variable and parameter names,
 * tags, the runtime and the output folder. OCI's fields (compartment, project, shape, conda) are
 * not used locally and not checked.
 */
function validateLocalRunRequest(request, kernel) {
    (0,validate_run_request/* validateNotebookInputs */.vA)(request, [...job_environment/* RESERVED_VARIABLES */.RL, ...driver_environment/* LOCAL_RUN_VARIABLES */.Ud], kernel);
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
const endLiveRuns = () => liveRuns.forEach((run) => (0,run_processes/* killRunProcessesNow */.zr)(run));
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
        validateLocalRunRequest(request, this.options.kernel);
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
        const prepared = (0,parameters/* injectParameters */.EN)((0,notebook/* parseNotebook */.fJ)(request.notebook.content, request.notebook.path), request.parameters, this.options.kernel);
        const folder = await createRunFolder(this.workDir, runId, request.notebook.path, (0,notebook/* serializeNotebook */.aM)(prepared), request.context).catch(async (error) => {
            await (0,promises_.rm)((0,external_node_path_.join)(this.workDir, runId), { recursive: true, force: true });
            throw error;
        });
        const outputFolder = request.outputUri === undefined ? undefined : outputFolderPath(request.outputUri, { runId, jobId });
        const { kernel, cellTimeoutSeconds, installRequirements } = this.options;
        // Paths as the run sees them: as another user, it has a HOME and an output folder of its own inside the run folder.
        const view = runView(isolation, folder.root, runId);
        if (view.home)
            await (0,promises_.mkdir)((0,external_node_path_.join)(folder.root, 'home'));
        const env = (0,driver_environment/* driverEnvironment */.sX)(request, {
            runId,
            jobId,
            notebookPath: folder.notebookPath,
            outputFolder: outputFolder && (view.staging ?? outputFolder),
            kernel,
            cellTimeoutSeconds: request.cellTimeoutSeconds ?? cellTimeoutSeconds,
            contextRoot: folder.contextRoot,
            requirementsPath: folder.requirementsPath,
            installRequirements,
        }, { ...(0,driver_environment/* driverEnvironmentBase */.JM)(this.env), ...(view.home ? { HOME: view.home, USER: RUN_USER, LOGNAME: RUN_USER } : {}) });
        const launch = runLaunch(isolation, {
            python,
            script: driver_files/* DRIVER_ENTRYPOINT */.yH,
            runFolder: folder.root,
            runId,
            env,
            graceMs: this.killGraceMs,
            hide: hiddenPaths(this.env),
            marker: { [run_processes/* RUN_MARKER_VARIABLE */.kc]: runId },
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
        await (run.ending ?? (0,run_processes/* endRunProcesses */.gb)({ marker: handle.runId, sessionId: run.driver.pid }, this.killGraceMs));
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
            run.ending ??= (0,run_processes/* endRunProcesses */.gb)({ marker: handle.runId, driverPid, sessionId: run.driver.pid }, this.killGraceMs);
            await run.ending;
            return;
        }
        // Started by another process (the action's main step, say): find it by its pid and marker.
        const pid = Number(handle.cleanup?.driverPid);
        const driverPid = pid > 0 && (await (0,run_processes/* isRunDriver */._8)(pid, handle.runId)) ? pid : undefined;
        await (0,run_processes/* endRunProcesses */.gb)({ marker: handle.runId, driverPid, sessionId: driverPid }, this.killGraceMs);
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





/***/ }),

/***/ 86820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _8: () => (/* binding */ isRunDriver),
/* harmony export */   gb: () => (/* binding */ endRunProcesses),
/* harmony export */   kc: () => (/* binding */ RUN_MARKER_VARIABLE),
/* harmony export */   zr: () => (/* binding */ killRunProcessesNow)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
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
    const pids = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
    const read = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'latin1').catch(() => undefined); // gone, or another user's
    const rows = await Promise.all(pids.map(async (pid) => [pid, await read(`/proc/${pid}/stat`), await read(`/proc/${pid}/environ`)]));
    return tableOf(rows, marker);
}
/** The same, synchronously, for the moment this process exits and nothing asynchronous runs any more. */
function readProcessTableSync(marker) {
    if (!HAS_PROC)
        return { entries: parsePs((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('ps', PS_ARGS, { encoding: 'utf8' })), marked: new Set() };
    const read = (path) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'latin1');
        }
        catch {
            return undefined;
        }
    };
    const pids = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
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
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(Math.min(100, Math.max(0, killAt - Date.now())));
        alive = await findRunProcesses(run, known);
        // A process started after the first round gets its SIGTERM too.
        if (alive.length > 0)
            signalAll(alive, 'SIGTERM');
    }
    for (let round = 0; alive.length > 0 && round < 20; round++) {
        signalAll(alive, 'SIGKILL');
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(50);
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


/***/ }),

/***/ 83499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ describeDriverExit),
/* harmony export */   Pg: () => (/* binding */ runFailureMessage),
/* harmony export */   Qd: () => (/* binding */ parseDriverError),
/* harmony export */   eZ: () => (/* binding */ parseCellFailure),
/* harmony export */   iD: () => (/* binding */ parseNotebookEnd),
/* harmony export */   r$: () => (/* binding */ isDriverFinished)
/* harmony export */ });
/** Lines the notebook driver prints for machines (see docs/driver.md). */
const CELL_FAILED = /^oci-run-notebook: cell (\d+) failed: (.*)$/;
const FINISHED = /^oci-run-notebook: (notebook (succeeded|failed|not run)|batch (succeeded|failed))/;
const NOTEBOOK_END = /^oci-run-notebook: notebook (succeeded(, but)?|failed|not run)/;
function parseCellFailure(line) {
    const match = CELL_FAILED.exec(line.trim());
    return match ? { cell: Number(match[1]), message: match[2] } : undefined;
}
/** The driver's last line: once seen, no more log lines will come for the run. */
function isDriverFinished(line) {
    return FINISHED.test(line.trim());
}
/** How a notebook ended by its driver's last line: outputs not all uploaded count as a failure, as the run's exit does. */
function parseNotebookEnd(line) {
    const match = NOTEBOOK_END.exec(line.trim());
    if (!match)
        return undefined;
    return match[1] === 'succeeded' ? 'succeeded' : 'failed';
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
    const detail = failure.stopDetail ? `: ${failure.stopDetail}` : '';
    if (failure.stopReason === 'timed out')
        return `timed out${detail}; the run was cancelled (${failure.state})`;
    if (failure.stopReason === 'not started' || failure.stopReason === 'needs attention') {
        return `${failure.stopReason}${detail}; the run was cancelled (${failure.state})`;
    }
    if (failure.stopReason)
        return `cancelled before it finished (${failure.state})`;
    if (failure.failedCell)
        return `cell ${failure.failedCell.cell} failed: ${failure.failedCell.message}`;
    if (failure.driverError)
        return failure.driverError;
    return `${failure.state}${failure.lifecycleDetails ? `: ${failure.lifecycleDetails}` : ''}`;
}


/***/ }),

/***/ 49579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ PythonNotFoundError),
/* harmony export */   du: () => (/* binding */ findJupyterPython),
/* harmony export */   eA: () => (/* binding */ INSTALL_HINT),
/* harmony export */   hk: () => (/* binding */ DRIVER_MODULES)
/* harmony export */ });
/* unused harmony export canRunNotebooks */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
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
        await run(python, ['-c', `import ${DRIVER_MODULES.join(', ')}`], { timeout: 30_000 });
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


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
