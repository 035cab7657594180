export const id = 85;
export const ids = [85];
export const modules = {

/***/ 83085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadExecutedNotebooks: () => (/* binding */ uploadExecutedNotebooks)
/* harmony export */ });
/* unused harmony export artifactNameFor */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _backends_local_validate_local_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71057);
/* harmony import */ var _engine_describe_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2566);
/* harmony import */ var _run_requests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5618);






/** Artifact names are unique per workflow run; other jobs, matrix legs or steps may take ours first. */
const MAX_NAME_ATTEMPTS = 5;
/** How the results service says a name is taken (`Failed request: (409) Conflict: ...already exists`). */
const NAME_TAKEN = /\(409\)|already exists/i;
/**
 * `executed-notebooks-<run id>-<attempt>-<job>`: a re-run attempt or another job of the same run
 * never takes the name of an earlier one.
 */
function artifactNameFor(context, job = process.env.GITHUB_JOB ?? '') {
    const parts = ['executed-notebooks', context.runId, context.runAttempt, job].filter(Boolean);
    // The service refuses " : < > | * ? \ / and line breaks in names.
    return parts.join('-').replace(/[":<>|*?\\/\r\n]+/g, '_');
}
/**
 * Uploads the executed notebooks of the local runs (and the files they wrote) as one workflow
 * artifact and sets the `artifact-name` and `artifact-id` outputs. Best effort: without the
 * artifact service (a laptop, `act`, GHES) or when the upload fails it warns and returns
 * undefined; it never throws, so the runs' results are reported whatever happens here.
 */
async function uploadExecutedNotebooks(results, outputUri, context) {
    let rootDirectory = '';
    try {
        const folders = await existingFolders(results);
        if (folders.length === 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('No executed notebooks to upload as an artifact: no run wrote its output folder.');
            return undefined;
        }
        rootDirectory = artifactRoot(outputUri, context, folders);
        const files = (await Promise.all(folders.map(filesUnder))).flat();
        const missing = missingArtifactService(process.env);
        if (missing) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The executed notebooks were not uploaded as a workflow artifact: ${missing} is not set, as on a runner without the ` +
                `GitHub artifact service (a laptop, @github/local-action, act). They are in ${rootDirectory}.`);
            return undefined;
        }
        const uploadArtifact = await defaultUpload();
        const artifact = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Uploading the executed notebooks as a workflow artifact', () => uploadUnderFreeName(artifactNameFor(context), files, rootDirectory, uploadArtifact));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifact-name', artifact.name);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifact-id', String(artifact.id));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Executed notebooks: artifact ${artifact.name} (id ${artifact.id}), ${files.length} file(s) from ${rootDirectory}`);
        // The artifact is there whatever happens to the summary.
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
            .addRaw(summaryLine(artifact, context), true)
            .write()
            .catch((error) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`summary: ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error)}`));
        return artifact;
    }
    catch (error) {
        const where = rootDirectory ? ` They are in ${rootDirectory} on the runner.` : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The executed notebooks could not be uploaded as a workflow artifact: ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error).replace(/\.$/, '')}.${where}`);
        return undefined;
    }
}
/** What `@actions/artifact` needs from the runner, named when missing. */
function missingArtifactService(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return 'ACTIONS_RUNTIME_TOKEN';
    if (!env.ACTIONS_RESULTS_URL)
        return 'ACTIONS_RESULTS_URL';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(env.ACTIONS_RUNTIME_TOKEN);
    return undefined;
}
/** Loaded only when there is something to upload: the OCI path and a cold start never pay for it. */
async function defaultUpload() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 56656));
    const client = new DefaultArtifactClient();
    return (name, files, rootDirectory) => client.uploadArtifact(name, files, rootDirectory);
}
async function uploadUnderFreeName(name, files, rootDirectory, upload) {
    for (let attempt = 1;; attempt++) {
        const candidate = attempt === 1 ? name : `${name}-${attempt}`;
        try {
            const { id } = await upload(candidate, files, rootDirectory);
            if (id === undefined)
                throw new Error('the artifact service returned no artifact id');
            return { name: candidate, id, rootDirectory, files };
        }
        catch (error) {
            if (attempt >= MAX_NAME_ATTEMPTS || !NAME_TAKEN.test((0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error)))
                throw error;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`An artifact named ${candidate} already exists in this workflow run; trying ${name}-${attempt + 1}.`);
        }
    }
}
/** Each run's output folder (where its executed notebook and the files it wrote are), once, if it exists. */
async function existingFolders(results) {
    const folders = [...new Set(results.flatMap((result) => (result.outputUri ? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(result.outputUri)] : [])))];
    const found = await Promise.all(folders.map(async (folder) => ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined))?.isDirectory() ? folder : undefined)));
    return found.filter((folder) => folder !== undefined);
}
/**
 * The folder the zip starts at: this run's `<output>/<sha>/<run>-<attempt>`, so the artifact holds
 * `<notebook path>/<name>.ipynb`. Only this step's runs' folders are uploaded, not whatever else
 * an output folder shared with earlier steps holds. A `$JOB_RUN_OCID` in the output folder makes
 * each run's folder only known after the run: then the root is where the runs' folders meet.
 */
function artifactRoot(outputUri, context, folders) {
    const runFolder = (0,_backends_local_validate_local_request_js__WEBPACK_IMPORTED_MODULE_3__/* .outputFolderPath */ .$)((0,_run_requests_js__WEBPACK_IMPORTED_MODULE_4__/* .outputUriFor */ .h0)(outputUri, '', context));
    return commonAncestor([runFolder, ...folders]);
}
function commonAncestor(paths) {
    const split = paths.map((path) => path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep));
    const first = split[0];
    let length = 0;
    while (length < first.length && split.every((parts) => parts[length] === first[length]))
        length++;
    return first.slice(0, length).join(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) || node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
}
async function filesUnder(folder) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(entry.parentPath, entry.name));
}
function summaryLine(artifact, context) {
    const where = context.owner && context.repo ? `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}/artifacts/${artifact.id}` : '';
    const name = where ? `[\`${artifact.name}\`](${where})` : `\`${artifact.name}\``;
    return `\nExecuted notebooks: artifact ${name} (${artifact.files.length} file(s)).\n`;
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

/***/ 71057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ outputFolderPath),
/* harmony export */   S: () => (/* binding */ validateLocalRunRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _artifact_job_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78205);
/* harmony import */ var _engine_run_request_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14848);
/* harmony import */ var _engine_validate_run_request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45102);
/* harmony import */ var _driver_environment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4523);








const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
/**
 * Checks what matters for a run on this machine: the notebook, variable and parameter names,
 * tags, the runtime and the output folder. OCI's fields (compartment, project, shape, conda) are
 * not used locally and not checked.
 */
function validateLocalRunRequest(request, kernel) {
    (0,_engine_validate_run_request_js__WEBPACK_IMPORTED_MODULE_6__/* .validateNotebookInputs */ .vA)(request, [..._artifact_job_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .RESERVED_VARIABLES */ .RL, ..._driver_environment_js__WEBPACK_IMPORTED_MODULE_7__/* .LOCAL_RUN_VARIABLES */ .Ud], kernel);
    if (request.outputUri !== undefined) {
        checkOutputFolder(request.outputUri, (field, problem) => {
            throw new _engine_run_request_error_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRequestError */ .T(field, problem);
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
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(folder, { throwIfNoEntry: false });
    if (existing && !existing.isDirectory())
        fail('outputUri', `${folder} is a file; expected a folder for the executed notebooks`);
}
/** The output folder as an absolute path; `$JOB_RUN_OCID` and `$JOB_OCID` name the run, as on OCI. */
function outputFolderPath(outputUri, ids) {
    let expanded = outputUri;
    if (ids)
        expanded = (0,_artifact_job_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .expandRunVariables */ .vs)(expanded, ids.runId, ids.jobId);
    if (/^file:\/\//i.test(expanded))
        return (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(expanded);
    return expanded === '~' || expanded.startsWith('~/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), expanded.slice(1)) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(expanded);
}


/***/ })

};
