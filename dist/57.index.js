export const id = 57;
export const ids = [57];
export const modules = {

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
/* harmony import */ var _engine_validate_run_request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80266);
/* harmony import */ var _driver_environment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4523);








const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
/**
 * Checks what matters for a run on this machine: the notebook, variable and parameter names,
 * tags, the runtime and the output folder. OCI's fields (compartment, project, shape, conda) are
 * not used locally and not checked.
 */
function validateLocalRunRequest(request) {
    (0,_engine_validate_run_request_js__WEBPACK_IMPORTED_MODULE_6__/* .validateNotebookInputs */ .vA)(request, [..._artifact_job_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .RESERVED_VARIABLES */ .RL, ..._driver_environment_js__WEBPACK_IMPORTED_MODULE_7__/* .LOCAL_RUN_VARIABLES */ .Ud]);
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


/***/ }),

/***/ 80266:
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
// EXTERNAL MODULE: ./src/engine/run-request.ts
var run_request = __webpack_require__(25707);
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
    if (!Number.isInteger(request.blockStorageSizeInGBs) || request.blockStorageSizeInGBs < run_request/* MINIMUM_BLOCK_STORAGE_GB */.Z) {
        fail('blockStorageSizeInGBs', `expected a whole number of GB, at least ${run_request/* MINIMUM_BLOCK_STORAGE_GB */.Z}, got ${request.blockStorageSizeInGBs}`);
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


/***/ })

};
