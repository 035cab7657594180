export const id = 369;
export const ids = [369];
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

/***/ 71369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startEmulator: () => (/* binding */ startEmulator),
  writeEnvFile: () => (/* binding */ writeEnvFile)
});

// UNUSED EXPORTS: STRICT_DELAYS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/clock.ts
var engine_clock = __webpack_require__(43124);
// EXTERNAL MODULE: ./src/jupyter/python.ts
var python = __webpack_require__(49579);
;// CONCATENATED MODULE: ./src/emulator/service-error.ts
/** An answer in OCI's error shape: the HTTP status, `{"code","message"}` and optional extra headers. */
class ServiceError extends Error {
    status;
    code;
    headers;
    constructor(status, code, message, headers = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = headers;
        this.name = 'ServiceError';
    }
}
function missingParameter(field, detail = '') {
    return new ServiceError(400, 'MissingParameter', `Missing required parameter '${field}'.${detail ? ' ' + detail : ''}`);
}
function invalidParameter(message) {
    return new ServiceError(400, 'InvalidParameter', message);
}
function notAuthenticated(reason) {
    return new ServiceError(401, 'NotAuthenticated', `The required information to complete authentication was not provided or was incorrect: ${reason}`);
}
/** Data Science and Logging answer 404 without saying whether the resource exists. */
function notAuthorizedOrNotFound(what) {
    return new ServiceError(404, 'NotAuthorizedOrNotFound', `Authorization failed or requested resource not found: ${what}.`);
}
function incorrectState(message) {
    return new ServiceError(409, 'IncorrectState', message);
}
function conflict(message) {
    return new ServiceError(409, 'Conflict', message);
}
function preconditionFailed(message) {
    return new ServiceError(412, 'PreconditionFailed', message);
}
/** The OCI error code that goes with a status the fault injector may answer. */
const FAULT_CODES = {
    429: 'TooManyRequests',
    500: 'InternalServerError',
    503: 'ServiceUnavailable',
};

;// CONCATENATED MODULE: ./src/emulator/data-science-model.ts


/** NEEDS_ATTENTION is not among them: OCI counts such a run as live, cancellable, not deletable. */
const TERMINAL_RUN_STATES = ['SUCCEEDED', 'FAILED', 'CANCELED', 'DELETED'];
/** Jobs and job runs, by id. */
class DataScienceStore {
    jobs = new Map();
    runs = new Map();
    job(id) {
        const job = this.jobs.get(id);
        if (!job)
            throw notAuthorizedOrNotFound(`job ${id}`);
        return job;
    }
    run(id) {
        const run = this.runs.get(id);
        if (!run)
            throw notAuthorizedOrNotFound(`job run ${id}`);
        return run;
    }
    runsOf(jobId) {
        return [...this.runs.values()].filter((run) => run.jobId === jobId);
    }
}
function etagOf(record) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${record.id}#${record.version}`).digest('hex');
}
function jobSummaryJson(job) {
    return {
        id: job.id,
        timeCreated: job.timeCreated.toISOString(),
        createdBy: job.createdBy,
        projectId: job.input.projectId,
        compartmentId: job.input.compartmentId,
        displayName: job.input.displayName,
        lifecycleState: job.lifecycleState,
        freeformTags: job.input.freeformTags ?? {},
        definedTags: job.input.definedTags ?? {},
    };
}
function jobJson(job) {
    return {
        ...jobSummaryJson(job),
        description: job.input.description,
        jobConfigurationDetails: job.input.jobConfigurationDetails,
        jobInfrastructureConfigurationDetails: job.input.jobInfrastructureConfigurationDetails,
        ...(job.input.jobLogConfigurationDetails ? { jobLogConfigurationDetails: job.input.jobLogConfigurationDetails } : {}),
        ...(job.lifecycleDetails ? { lifecycleDetails: job.lifecycleDetails } : {}),
    };
}
function jobRunSummaryJson(run) {
    return {
        id: run.id,
        timeAccepted: run.timeAccepted.toISOString(),
        ...(run.timeStarted ? { timeStarted: run.timeStarted.toISOString() } : {}),
        ...(run.timeFinished ? { timeFinished: run.timeFinished.toISOString() } : {}),
        createdBy: run.createdBy,
        projectId: run.projectId,
        compartmentId: run.compartmentId,
        jobId: run.jobId,
        displayName: run.displayName,
        lifecycleState: run.lifecycleState,
        ...(run.lifecycleDetails ? { lifecycleDetails: run.lifecycleDetails } : {}),
        freeformTags: run.freeformTags,
        definedTags: run.definedTags,
    };
}
function jobRunJson(run) {
    return {
        ...jobRunSummaryJson(run),
        jobConfigurationOverrideDetails: run.jobConfigurationOverrideDetails,
        jobInfrastructureConfigurationDetails: run.jobInfrastructureConfigurationDetails,
        ...(run.jobInfrastructureConfigurationOverrideDetails
            ? { jobInfrastructureConfigurationOverrideDetails: run.jobInfrastructureConfigurationOverrideDetails }
            : {}),
        ...(run.jobLogConfigurationOverrideDetails ? { jobLogConfigurationOverrideDetails: run.jobLogConfigurationOverrideDetails } : {}),
        ...(run.logDetails ? { logDetails: run.logDetails } : {}),
    };
}
/** OCI's generated display names: `job20210808222435`, `jobrun20210808222435`. */
function generatedName(prefix, at) {
    return prefix + at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
/** List filtering and sorting shared by listJobs and listJobRuns. */
function sortForList(items, query, timeOf) {
    const sortBy = query.get('sortBy') ?? 'timeCreated';
    if (!['timeCreated', 'displayName'].includes(sortBy))
        throw invalidParameter(`sortBy must be timeCreated or displayName, got '${sortBy}'.`);
    const order = (query.get('sortOrder') ?? (sortBy === 'displayName' ? 'ASC' : 'DESC')).toUpperCase();
    if (!['ASC', 'DESC'].includes(order))
        throw invalidParameter(`sortOrder must be ASC or DESC, got '${order}'.`);
    const sign = order === 'ASC' ? 1 : -1;
    return [...items].sort((a, b) => sortBy === 'displayName'
        ? sign * (a.displayName ?? '').localeCompare(b.displayName ?? '')
        : sign * (timeOf(a).getTime() - timeOf(b).getTime()));
}
/** 412 when the request's if-match is not the record's current etag. */
function checkIfMatch(request, record) {
    const ifMatch = request.headers['if-match'];
    if (ifMatch && ifMatch !== etagOf(record))
        throw preconditionFailed(`The if-match etag '${ifMatch}' is not the current etag.`);
}

;// CONCATENATED MODULE: ./src/emulator/ocid.ts

/** OCI region identifiers and their short keys, as they appear inside regional OCIDs. */
const REGION_KEYS = {
    'us-ashburn-1': 'iad',
    'us-phoenix-1': 'phx',
    'eu-frankfurt-1': 'fra',
    'uk-london-1': 'lhr',
};
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
function uniquePart() {
    // Real unique parts are 60 lower-case base32 characters.
    const bytes = (0,external_node_crypto_.randomBytes)(60);
    let out = '';
    for (const byte of bytes)
        out += BASE32[byte % 32];
    return out;
}
/** A new OCID; `regional` resources carry the region key, global ones (tenancy, user) leave it empty. */
function newOcid(resourceType, region) {
    const regionKey = region ? (REGION_KEYS[region] ?? region) : '';
    return `ocid1.${resourceType}.oc1.${regionKey}.${uniquePart()}`;
}
/** A URL-safe random token, for pre-authenticated request paths and page tokens. */
function randomToken(bytes = 32) {
    return (0,external_node_crypto_.randomBytes)(bytes).toString('base64url');
}

;// CONCATENATED MODULE: ./src/emulator/route.ts

function compileRoute(route) {
    const names = [];
    const source = route.path
        .split('/')
        .map((segment) => {
        const match = /^\{(\w+)(\+?)\}$/.exec(segment);
        if (!match)
            return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(match[1]);
        return match[2] ? '(.+)' : '([^/]+)';
    })
        .join('/');
    // A trailing slash is optional everywhere: the SDK sends `/n`, people type `/n/`.
    return { ...route, names, pattern: new RegExp(`^${source.replace(/\/$/, '')}/?$`) };
}
function matchRoute(routes, method, path) {
    for (const route of routes) {
        if (route.method !== method)
            continue;
        const match = route.pattern.exec(path);
        if (!match)
            continue;
        const params = {};
        route.names.forEach((name, index) => {
            const raw = match[index + 1];
            try {
                params[name] = decodeURIComponent(raw);
            }
            catch {
                params[name] = raw; // not valid percent-encoding: take it literally
            }
        });
        return { route, params };
    }
    return undefined;
}
/** The JSON body of a request, as an object. */
function jsonBody(request) {
    if (request.body.length === 0)
        throw invalidParameter('The request body is empty; a JSON object is expected.');
    let parsed;
    try {
        parsed = JSON.parse(request.body.toString('utf8'));
    }
    catch {
        throw invalidParameter('The request body is not valid JSON.');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw invalidParameter('The request body must be a JSON object.');
    }
    return parsed;
}
/** One page of `items`, by the `limit` and `page` query parameters (page tokens are offsets). */
function pageOf(items, query, defaultLimit = 100, maxLimit = 1000) {
    const limitText = query.get('limit');
    const limit = limitText === null ? defaultLimit : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
        throw invalidParameter(`limit must be an integer from 1 to ${maxLimit}, got '${limitText}'.`);
    }
    const pageText = query.get('page');
    const offset = pageText === null ? 0 : Number(pageText);
    if (!Number.isInteger(offset) || offset < 0)
        throw invalidParameter(`page '${pageText}' is not a page token from this service.`);
    const end = offset + limit;
    return { items: items.slice(offset, end), nextPage: end < items.length ? String(end) : undefined };
}
/** Response headers for a page: `opc-next-page` when there is more. */
function pageHeaders(page) {
    return page.nextPage ? { 'opc-next-page': page.nextPage } : {};
}

// EXTERNAL MODULE: ./src/oci/ocid.ts
var ocid = __webpack_require__(26606);
;// CONCATENATED MODULE: ./src/emulator/tenancy.ts



/**
 * The fixed world every emulator starts with: one tenancy, one user, a compartment for the jobs
 * (with the Data Science project) and another for the log group, as shared log groups often are:
 * log searches must name the log group's own compartment. Logs are added as job runs need them.
 */
class Tenancy {
    region;
    tenancyId;
    userId;
    compartmentId;
    /** Where the log group lives: not the jobs' compartment. */
    logCompartmentId;
    projectId;
    logGroupId;
    logGroups = new Map();
    constructor(region) {
        this.region = region;
        this.tenancyId = newOcid('tenancy', undefined);
        this.userId = newOcid('user', undefined);
        this.compartmentId = newOcid('compartment', undefined);
        this.logCompartmentId = newOcid('compartment', undefined);
        this.projectId = newOcid('datascienceproject', region);
        this.logGroupId = newOcid('loggroup', region);
        const timeCreated = new Date();
        this.logGroups.set(this.logGroupId, { id: this.logGroupId, compartmentId: this.logCompartmentId, displayName: 'notebook-runs', timeCreated, logs: new Map() });
    }
    isCompartment(id) {
        return id === this.compartmentId || id === this.logCompartmentId || id === this.tenancyId;
    }
    /** A new log in `logGroupId`, as Data Science's automatic log creation makes one. */
    createLog(logGroupId, displayName) {
        const group = this.logGroups.get(logGroupId);
        if (!group)
            throw notAuthorizedOrNotFound(`log group ${logGroupId}`);
        const id = newOcid('log', this.region);
        group.logs.set(id, { id, logGroupId, displayName, timeCreated: new Date() });
        return id;
    }
    deleteLog(logGroupId, logId) {
        if (!this.logGroups.get(logGroupId)?.logs.delete(logId))
            throw notAuthorizedOrNotFound(`log ${logId} in log group ${logGroupId}`);
    }
    hasLogGroup(logGroupId) {
        return this.logGroups.has(logGroupId);
    }
    hasLog(logGroupId, logId) {
        return this.logGroups.get(logGroupId)?.logs.has(logId) ?? false;
    }
    logGroupCompartment(logGroupId) {
        return this.logGroups.get(logGroupId)?.compartmentId;
    }
    logsIn(logGroupId) {
        return [...(this.logGroups.get(logGroupId)?.logs.keys() ?? [])];
    }
    logGroupsIn(compartmentId) {
        return [...this.logGroups.values()].filter((group) => group.compartmentId === compartmentId).map((group) => group.id);
    }
}
/**
 * Checks that `value` (found at `field`) is a well-formed OCID of one of `types`:
 * missing → 400 MissingParameter, malformed or of another type → 400 InvalidParameter.
 */
function requireOcid(value, field, types) {
    if (value === undefined || value === null || value === '')
        throw missingParameter(field);
    const resourceType = typeof value === 'string' ? (0,ocid/* ocidResourceType */.c)(value) : undefined;
    if (resourceType === undefined) {
        throw invalidParameter(`${field} '${String(value)}' is not a valid OCID; expected ocid1.<type>.<realm>.<region>.<unique id>.`);
    }
    if (!(0,ocid/* isOcid */.e)(value, ...types)) {
        throw invalidParameter(`${field} must be the OCID of a ${types.join(' or ')}, got a ${resourceType} OCID.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/emulator/validation.ts


const SUPPORTED_INFRASTRUCTURE = ['ME_STANDALONE', 'STANDALONE'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function objectAt(value, field) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw invalidParameter(`${field} must be an object.`);
    return value;
}
function optionalString(value, field, maxLength = 255) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string' || value.length > maxLength) {
        throw invalidParameter(`${field} must be a string of at most ${maxLength} characters.`);
    }
    return value;
}
function stringMap(value, field) {
    if (value === undefined || value === null)
        return undefined;
    const map = objectAt(value, field);
    for (const [key, item] of Object.entries(map)) {
        if (typeof item !== 'string')
            throw invalidParameter(`${field}.${key} must be a string.`);
    }
    return map;
}
function jobConfiguration(value, field) {
    const details = objectAt(value, field);
    if (details.jobType === undefined)
        throw missingParameter(`${field}.jobType`);
    if (details.jobType !== 'DEFAULT') {
        throw invalidParameter(`${field}.jobType '${String(details.jobType)}' is not supported; use DEFAULT.`);
    }
    const environmentVariables = stringMap(details.environmentVariables, `${field}.environmentVariables`);
    for (const name of Object.keys(environmentVariables ?? {})) {
        if (!ENV_NAME.test(name))
            throw invalidParameter(`${field}.environmentVariables has an invalid name '${name}'.`);
    }
    const maximum = details.maximumRuntimeInMinutes;
    if (maximum !== undefined && maximum !== null && !(typeof maximum === 'number' && maximum > 0)) {
        throw invalidParameter(`${field}.maximumRuntimeInMinutes must be a positive number, got ${JSON.stringify(maximum)}.`);
    }
    return {
        jobType: 'DEFAULT',
        environmentVariables,
        commandLineArguments: optionalString(details.commandLineArguments, `${field}.commandLineArguments`, 4000),
        maximumRuntimeInMinutes: maximum ?? undefined,
    };
}
function jobInfrastructure(value, field) {
    const details = objectAt(value, field);
    const type = details.jobInfrastructureType;
    if (type === undefined)
        throw missingParameter(`${field}.jobInfrastructureType`);
    if (typeof type !== 'string' || !SUPPORTED_INFRASTRUCTURE.includes(type)) {
        throw invalidParameter(`${field}.jobInfrastructureType '${String(type)}' is not supported; use ${SUPPORTED_INFRASTRUCTURE.join(' or ')}.`);
    }
    const shapeName = details.shapeName;
    if (shapeName === undefined)
        throw missingParameter(`${field}.shapeName`);
    if (typeof shapeName !== 'string' || !/^(VM|BM)\.[A-Za-z0-9.]+$/.test(shapeName)) {
        throw invalidParameter(`${field}.shapeName '${String(shapeName)}' is not a compute shape name (like VM.Standard.E4.Flex).`);
    }
    const storage = details.blockStorageSizeInGBs;
    if (storage === undefined)
        throw missingParameter(`${field}.blockStorageSizeInGBs`);
    if (!Number.isInteger(storage) || storage < 50 || storage > 10240) {
        throw invalidParameter(`${field}.blockStorageSizeInGBs must be an integer from 50 to 10240, got ${JSON.stringify(storage)}.`);
    }
    let subnetId;
    if (type === 'STANDALONE')
        subnetId = requireOcid(details.subnetId, `${field}.subnetId`, ['subnet']);
    const isFlex = shapeName.endsWith('.Flex');
    const shapeConfig = details.jobShapeConfigDetails;
    if (shapeConfig !== undefined && shapeConfig !== null && !isFlex) {
        throw invalidParameter(`${field}.jobShapeConfigDetails is only allowed with a Flex shape, not ${shapeName}.`);
    }
    if (isFlex && (shapeConfig === undefined || shapeConfig === null)) {
        throw missingParameter(`${field}.jobShapeConfigDetails`, `The Flex shape ${shapeName} needs ocpus and memoryInGBs.`);
    }
    let jobShapeConfigDetails;
    if (isFlex) {
        const config = objectAt(shapeConfig, `${field}.jobShapeConfigDetails`);
        for (const key of ['ocpus', 'memoryInGBs']) {
            const number = config[key];
            if (number !== undefined && !(typeof number === 'number' && number > 0)) {
                throw invalidParameter(`${field}.jobShapeConfigDetails.${key} must be a positive number.`);
            }
        }
        if (config.ocpus === undefined)
            throw missingParameter(`${field}.jobShapeConfigDetails.ocpus`);
        jobShapeConfigDetails = config;
    }
    return {
        jobInfrastructureType: type,
        shapeName,
        ...(subnetId ? { subnetId } : {}),
        blockStorageSizeInGBs: storage,
        ...(jobShapeConfigDetails ? { jobShapeConfigDetails } : {}),
    };
}
function logConfiguration(value, field) {
    if (value === undefined || value === null)
        return undefined;
    const details = objectAt(value, field);
    for (const key of ['enableLogging', 'enableAutoLogCreation']) {
        if (details[key] !== undefined && typeof details[key] !== 'boolean')
            throw invalidParameter(`${field}.${key} must be a boolean.`);
    }
    const config = {
        enableLogging: details.enableLogging,
        enableAutoLogCreation: details.enableAutoLogCreation,
    };
    if (details.logGroupId !== undefined)
        config.logGroupId = requireOcid(details.logGroupId, `${field}.logGroupId`, ['loggroup']);
    if (details.logId !== undefined)
        config.logId = requireOcid(details.logId, `${field}.logId`, ['log']);
    if (config.enableLogging) {
        if (!config.logGroupId)
            throw missingParameter(`${field}.logGroupId`, 'Logging is enabled.');
        if (!config.logId && !config.enableAutoLogCreation) {
            throw missingParameter(`${field}.logId`, 'Logging is enabled without enableAutoLogCreation.');
        }
    }
    return config;
}
/** 404 for well-formed OCIDs that name nothing the emulator knows. */
function checkLogExists(config, field, tenancy) {
    if (!config?.enableLogging)
        return;
    if (!tenancy.hasLogGroup(config.logGroupId))
        throw notAuthorizedOrNotFound(`${field}.logGroupId ${config.logGroupId}`);
    if (config.logId && !tenancy.hasLog(config.logGroupId, config.logId)) {
        throw notAuthorizedOrNotFound(`${field}.logId ${config.logId} in log group ${config.logGroupId}`);
    }
}
function checkPlacement(body) {
    const projectId = requireOcid(body.projectId, 'projectId', ['datascienceproject']);
    const compartmentId = requireOcid(body.compartmentId, 'compartmentId', ['compartment', 'tenancy']);
    return { projectId, compartmentId };
}
function checkPlacementExists(input, tenancy) {
    if (!tenancy.isCompartment(input.compartmentId))
        throw notAuthorizedOrNotFound(`compartment ${input.compartmentId}`);
    if (input.projectId !== tenancy.projectId)
        throw notAuthorizedOrNotFound(`project ${input.projectId}`);
}
function tags(body) {
    return {
        freeformTags: stringMap(body.freeformTags, 'freeformTags'),
        definedTags: body.definedTags === undefined ? undefined : objectAt(body.definedTags, 'definedTags'),
    };
}
/** createJob's checks, in OCI's order: missing and malformed fields (400), then unknown resources (404). */
function validateCreateJob(body, tenancy) {
    const placement = checkPlacement(body);
    if (body.jobConfigurationDetails === undefined)
        throw missingParameter('jobConfigurationDetails');
    if (body.jobInfrastructureConfigurationDetails === undefined)
        throw missingParameter('jobInfrastructureConfigurationDetails');
    if (body.jobEnvironmentConfigurationDetails !== undefined) {
        throw invalidParameter('jobEnvironmentConfigurationDetails (bring your own container) is not supported by the emulator.');
    }
    const input = {
        ...placement,
        displayName: optionalString(body.displayName, 'displayName'),
        description: optionalString(body.description, 'description', 400),
        jobConfigurationDetails: jobConfiguration(body.jobConfigurationDetails, 'jobConfigurationDetails'),
        jobInfrastructureConfigurationDetails: jobInfrastructure(body.jobInfrastructureConfigurationDetails, 'jobInfrastructureConfigurationDetails'),
        jobLogConfigurationDetails: logConfiguration(body.jobLogConfigurationDetails, 'jobLogConfigurationDetails'),
        ...tags(body),
    };
    checkPlacementExists(input, tenancy);
    checkLogExists(input.jobLogConfigurationDetails, 'jobLogConfigurationDetails', tenancy);
    return input;
}
/** createJobRun's checks; whether the job exists and can run is the caller's part. */
function validateCreateJobRun(body, tenancy) {
    const placement = checkPlacement(body);
    const jobId = requireOcid(body.jobId, 'jobId', ['datasciencejob']);
    const input = { ...placement, jobId, displayName: optionalString(body.displayName, 'displayName'), ...tags(body) };
    if (body.jobConfigurationOverrideDetails !== undefined && body.jobConfigurationOverrideDetails !== null) {
        input.jobConfigurationOverrideDetails = jobConfiguration(body.jobConfigurationOverrideDetails, 'jobConfigurationOverrideDetails');
    }
    if (body.jobInfrastructureConfigurationOverrideDetails !== undefined && body.jobInfrastructureConfigurationOverrideDetails !== null) {
        input.jobInfrastructureConfigurationOverrideDetails = jobInfrastructure(body.jobInfrastructureConfigurationOverrideDetails, 'jobInfrastructureConfigurationOverrideDetails');
    }
    if (body.jobEnvironmentConfigurationOverrideDetails !== undefined) {
        throw invalidParameter('jobEnvironmentConfigurationOverrideDetails (bring your own container) is not supported by the emulator.');
    }
    input.jobLogConfigurationOverrideDetails = logConfiguration(body.jobLogConfigurationOverrideDetails, 'jobLogConfigurationOverrideDetails');
    checkPlacementExists(input, tenancy);
    checkLogExists(input.jobLogConfigurationOverrideDetails, 'jobLogConfigurationOverrideDetails', tenancy);
    return input;
}

;// CONCATENATED MODULE: ./src/emulator/data-science-jobs.ts






function artifactFileName(contentDisposition) {
    if (!contentDisposition)
        throw missingParameter('content-disposition', 'Send e.g. "attachment; filename=job.zip".');
    const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition);
    if (!match)
        throw invalidParameter(`content-disposition '${contentDisposition}' has no filename.`);
    const raw = match[1].trim();
    try {
        return decodeURIComponent(raw);
    }
    catch {
        throw invalidParameter(`content-disposition filename '${raw}' is not valid percent-encoding; send e.g. "attachment; filename=job.zip".`);
    }
}
/** Jobs, their artifacts, and the work requests that deleting a job starts. */
function jobRoutes(tenancy, store, runs) {
    const workRequests = new Map();
    function createJob(request) {
        const input = validateCreateJob(jsonBody(request), tenancy);
        const now = new Date();
        const job = {
            id: newOcid('datasciencejob', tenancy.region),
            input: { ...input, displayName: input.displayName ?? generatedName('job', now) },
            createdBy: tenancy.userId,
            timeCreated: now,
            // A job stays CREATING until its artifact is uploaded.
            lifecycleState: 'CREATING',
            version: 1,
        };
        store.jobs.set(job.id, job);
        return { status: 200, headers: { etag: etagOf(job) }, json: jobJson(job) };
    }
    function listJobs(request) {
        const query = request.query;
        const compartmentId = query.get('compartmentId');
        if (!compartmentId)
            throw missingParameter('compartmentId');
        const filters = [
            ['projectId', (job) => job.input.projectId],
            ['id', (job) => job.id],
            ['displayName', (job) => job.input.displayName],
            ['lifecycleState', (job) => job.lifecycleState],
            ['createdBy', (job) => job.createdBy],
        ];
        let jobs = [...store.jobs.values()].filter((job) => job.input.compartmentId === compartmentId);
        for (const [name, valueOf] of filters) {
            const wanted = query.get(name);
            if (wanted !== null)
                jobs = jobs.filter((job) => valueOf(job) === wanted);
        }
        const sorted = sortForList(jobs.map((job) => ({ job, displayName: job.input.displayName })), query, (item) => item.job.timeCreated);
        const page = pageOf(sorted, query);
        return { status: 200, headers: pageHeaders(page), json: page.items.map((item) => jobSummaryJson(item.job)) };
    }
    function deleteJob(request) {
        const job = store.job(request.params.jobId);
        checkIfMatch(request, job);
        if (job.lifecycleState === 'DELETED' || job.lifecycleState === 'DELETING') {
            throw incorrectState(`Job ${job.id} is already ${job.lifecycleState}.`);
        }
        const withRuns = request.query.get('deleteRelatedJobRuns') === 'true';
        const jobRuns = store.runsOf(job.id).filter((run) => run.lifecycleState !== 'DELETED');
        const active = jobRuns.filter((run) => !TERMINAL_RUN_STATES.includes(run.lifecycleState));
        if (active.length > 0 && !withRuns) {
            throw incorrectState(`Job ${job.id} has ${active.length} job run(s) in progress; cancel them or set deleteRelatedJobRuns=true.`);
        }
        job.lifecycleState = 'DELETING';
        job.version++;
        const workRequest = {
            id: newOcid('datascienceworkrequest', tenancy.region),
            jobId: job.id,
            compartmentId: job.input.compartmentId,
            status: 'IN_PROGRESS',
            timeAccepted: new Date(),
        };
        workRequests.set(workRequest.id, workRequest);
        void Promise.all(active.map((run) => runs.cancelAndWait(run))).then(() => {
            if (withRuns) {
                for (const run of jobRuns) {
                    run.lifecycleState = 'DELETED';
                    run.version++;
                }
            }
            job.lifecycleState = 'DELETED';
            job.version++;
            workRequest.status = 'SUCCEEDED';
            workRequest.timeFinished = new Date();
        }).catch((error) => {
            // The runs could not be ended: the job stays, and the work request says why.
            job.lifecycleState = 'FAILED';
            job.lifecycleDetails = `Deleting the job failed: ${error instanceof Error ? error.message : String(error)}`;
            job.version++;
            workRequest.status = 'FAILED';
            workRequest.timeFinished = new Date();
        });
        return { status: 202, headers: { 'opc-work-request-id': workRequest.id } };
    }
    function createJobArtifact(request) {
        const job = store.job(request.params.jobId);
        if (job.lifecycleState === 'DELETING' || job.lifecycleState === 'DELETED') {
            throw incorrectState(`Job ${job.id} is ${job.lifecycleState}.`);
        }
        if (job.artifact)
            throw conflict(`Job ${job.id} already has an artifact; job artifacts are immutable.`);
        const contentDisposition = request.headers['content-disposition'];
        const fileName = artifactFileName(contentDisposition);
        if (request.body.length === 0)
            throw invalidParameter('The job artifact is empty.');
        job.artifact = {
            bytes: new Uint8Array(request.body),
            fileName,
            contentDisposition: contentDisposition,
            md5: (0,external_node_crypto_.createHash)('md5').update(request.body).digest('base64'),
            timeCreated: new Date(),
        };
        job.lifecycleState = 'ACTIVE';
        job.version++;
        return { status: 200, headers: { etag: etagOf(job) } };
    }
    function artifactAnswer(request, withBody) {
        const job = store.job(request.params.jobId);
        const artifact = job.artifact;
        if (!artifact)
            throw notAuthorizedOrNotFound(`artifact of job ${job.id}`);
        return {
            status: 200,
            headers: {
                etag: etagOf(job),
                'content-length': String(artifact.bytes.length),
                'content-md5': artifact.md5,
                'content-disposition': artifact.contentDisposition,
                'last-modified': artifact.timeCreated.toUTCString(),
                'content-type': 'application/octet-stream',
            },
            bytes: withBody ? artifact.bytes : new Uint8Array(),
        };
    }
    function getWorkRequest(request) {
        const workRequest = workRequests.get(request.params.workRequestId);
        if (!workRequest)
            throw notAuthorizedOrNotFound(`work request ${request.params.workRequestId}`);
        const done = workRequest.status === 'SUCCEEDED';
        const actionType = workRequest.status === 'IN_PROGRESS' ? 'IN_PROGRESS' : done ? 'DELETED' : 'FAILED';
        return {
            status: 200,
            json: {
                id: workRequest.id,
                operationType: 'JOB_DELETE',
                status: workRequest.status,
                compartmentId: workRequest.compartmentId,
                percentComplete: done ? 100 : 50,
                resources: [{ actionType, entityType: 'job', identifier: workRequest.jobId }],
                timeAccepted: workRequest.timeAccepted.toISOString(),
                timeStarted: workRequest.timeAccepted.toISOString(),
                ...(workRequest.timeFinished ? { timeFinished: workRequest.timeFinished.toISOString() } : {}),
            },
        };
    }
    const base = '/20190101';
    const getJob = (request) => {
        const job = store.job(request.params.jobId);
        return { status: 200, headers: { etag: etagOf(job) }, json: jobJson(job) };
    };
    return [
        { method: 'POST', path: `${base}/jobs`, operation: 'createJob', auth: 'required', retryToken: true, handle: createJob },
        { method: 'GET', path: `${base}/jobs`, operation: 'listJobs', auth: 'required', handle: listJobs },
        { method: 'GET', path: `${base}/jobs/{jobId}`, operation: 'getJob', auth: 'required', handle: getJob },
        { method: 'DELETE', path: `${base}/jobs/{jobId}`, operation: 'deleteJob', auth: 'required', handle: deleteJob },
        {
            method: 'POST',
            path: `${base}/jobs/{jobId}/artifact`,
            operation: 'createJobArtifact',
            auth: 'excluded',
            retryToken: true,
            handle: createJobArtifact,
        },
        { method: 'HEAD', path: `${base}/jobs/{jobId}/artifact/content`, operation: 'headJobArtifact', auth: 'required', handle: (r) => artifactAnswer(r, false) },
        { method: 'GET', path: `${base}/jobs/{jobId}/artifact/content`, operation: 'getJobArtifactContent', auth: 'required', handle: (r) => artifactAnswer(r, true) },
        { method: 'GET', path: `${base}/workRequests/{workRequestId}`, operation: 'getWorkRequest', auth: 'required', handle: getWorkRequest },
    ];
}

;// CONCATENATED MODULE: ./src/emulator/emulator-state.ts
/** Outside every OCI API's paths (they start with a version, `/n/`, `/p/` or `/logGroups`), as `/_github/` is. */
const STATE_PATH = '/_emulator/state';
function vmMilliseconds(run, now) {
    return Math.max(0, (run.timeFinished ?? now).getTime() - run.timeAccepted.getTime());
}
/** The state listing at `now` (the emulator's clock). */
function emulatorState(store, now) {
    const runs = [...store.runs.values()].sort((a, b) => a.timeAccepted.getTime() - b.timeAccepted.getTime());
    const jobRuns = runs.map((run) => {
        const infrastructure = run.jobInfrastructureConfigurationDetails;
        return {
            id: run.id,
            jobId: run.jobId,
            displayName: run.displayName,
            lifecycleState: run.lifecycleState,
            timeAccepted: run.timeAccepted.toISOString(),
            timeStarted: run.timeStarted?.toISOString() ?? null,
            timeFinished: run.timeFinished?.toISOString() ?? null,
            vmSeconds: vmMilliseconds(run, now) / 1000,
            shape: infrastructure.shapeName,
            ocpus: infrastructure.jobShapeConfigDetails?.ocpus ?? null,
            memoryInGBs: infrastructure.jobShapeConfigDetails?.memoryInGBs ?? null,
        };
    });
    // Summed in whole milliseconds, so the total is not off by float rounding.
    const totalMs = runs.reduce((sum, run) => sum + vmMilliseconds(run, now), 0);
    return { time: now.toISOString(), jobRuns, totals: { jobRuns: runs.length, vmSeconds: totalMs / 1000 } };
}
/** The emulator's own endpoint: unsigned, as it listens on loopback only and holds no credential. */
function emulatorStateRoutes(state) {
    return [{ method: 'GET', path: STATE_PATH, operation: 'getEmulatorState', auth: 'none', handle: () => ({ status: 200, json: state() }) }];
}

;// CONCATENATED MODULE: ./src/emulator/data-science-runs.ts





/** Job runs: create (which starts the run), get, list, cancel, delete. */
function jobRunRoutes(tenancy, store, lifecycle) {
    function createJobRun(request) {
        const input = validateCreateJobRun(jsonBody(request), tenancy);
        const job = store.jobs.get(input.jobId);
        if (!job || job.lifecycleState === 'DELETED')
            throw notAuthorizedOrNotFound(`job ${input.jobId}`);
        if (job.lifecycleState !== 'ACTIVE') {
            const why = job.lifecycleState === 'CREATING' ? ' (its artifact has not been uploaded)' : '';
            throw incorrectState(`Job ${job.id} is ${job.lifecycleState}${why}; job runs can only be created for ACTIVE jobs.`);
        }
        const logConfig = input.jobLogConfigurationOverrideDetails ?? job.input.jobLogConfigurationDetails;
        const logConfiguration = logConfig?.enableLogging
            ? { logGroupId: logConfig.logGroupId, ...(logConfig.logId ? { logId: logConfig.logId } : {}) }
            : undefined;
        const now = lifecycle.now();
        const run = {
            id: newOcid('datasciencejobrun', tenancy.region),
            jobId: job.id,
            projectId: input.projectId,
            compartmentId: input.compartmentId,
            displayName: input.displayName ?? generatedName('jobrun', now),
            createdBy: tenancy.userId,
            timeAccepted: now,
            lifecycleState: 'ACCEPTED',
            jobConfigurationOverrideDetails: input.jobConfigurationOverrideDetails ?? { jobType: 'EMPTY' },
            ...(input.jobLogConfigurationOverrideDetails ? { jobLogConfigurationOverrideDetails: input.jobLogConfigurationOverrideDetails } : {}),
            jobInfrastructureConfigurationDetails: input.jobInfrastructureConfigurationOverrideDetails ?? job.input.jobInfrastructureConfigurationDetails,
            ...(input.jobInfrastructureConfigurationOverrideDetails
                ? { jobInfrastructureConfigurationOverrideDetails: input.jobInfrastructureConfigurationOverrideDetails }
                : {}),
            ...(logConfiguration ? { logConfiguration } : {}),
            freeformTags: input.freeformTags ?? {},
            definedTags: input.definedTags ?? {},
            version: 1,
        };
        lifecycle.accept(run); // first: a closing emulator refuses the run (503) before it is stored
        store.runs.set(run.id, run);
        return { status: 200, headers: { etag: etagOf(run) }, json: jobRunJson(run) };
    }
    function listJobRuns(request) {
        const query = request.query;
        const compartmentId = query.get('compartmentId');
        if (!compartmentId)
            throw missingParameter('compartmentId');
        const filters = [
            ['id', (run) => run.id],
            ['jobId', (run) => run.jobId],
            ['createdBy', (run) => run.createdBy],
            ['displayName', (run) => run.displayName],
            ['lifecycleState', (run) => run.lifecycleState],
        ];
        let runs = [...store.runs.values()].filter((run) => run.compartmentId === compartmentId);
        for (const [name, valueOf] of filters) {
            const wanted = query.get(name);
            if (wanted !== null)
                runs = runs.filter((run) => valueOf(run) === wanted);
        }
        const page = pageOf(sortForList(runs, query, (run) => run.timeAccepted), query);
        return { status: 200, headers: pageHeaders(page), json: page.items.map(jobRunSummaryJson) };
    }
    function cancelJobRun(request) {
        const run = store.run(request.params.jobRunId);
        checkIfMatch(request, run);
        lifecycle.cancel(run);
        return { status: 200 };
    }
    function deleteJobRun(request) {
        const run = store.run(request.params.jobRunId);
        checkIfMatch(request, run);
        if (!TERMINAL_RUN_STATES.includes(run.lifecycleState)) {
            throw incorrectState(`Job run ${run.id} is ${run.lifecycleState}; cancel it before deleting it.`);
        }
        run.lifecycleState = 'DELETED';
        run.version++;
        return { status: 204 };
    }
    const getJobRun = (request) => {
        const run = store.run(request.params.jobRunId);
        return { status: 200, headers: { etag: etagOf(run) }, json: jobRunJson(run) };
    };
    const base = '/20190101/jobRuns';
    return [
        { method: 'POST', path: base, operation: 'createJobRun', auth: 'required', retryToken: true, handle: createJobRun },
        { method: 'GET', path: base, operation: 'listJobRuns', auth: 'required', handle: listJobRuns },
        { method: 'GET', path: `${base}/{jobRunId}`, operation: 'getJobRun', auth: 'required', handle: getJobRun },
        { method: 'DELETE', path: `${base}/{jobRunId}`, operation: 'deleteJobRun', auth: 'required', handle: deleteJobRun },
        { method: 'POST', path: `${base}/{jobRunId}/actions/cancelJobRun`, operation: 'cancelJobRun', auth: 'required', handle: cancelJobRun },
    ];
}

;// CONCATENATED MODULE: ./src/emulator/faults.ts

/** mulberry32: small, fast and good enough to make fault sequences repeatable. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function checkRate(name, value) {
    const rate = value ?? 0;
    if (!(rate >= 0 && rate <= 1))
        throw new RangeError(`faults.${name} must be between 0 and 1, got ${value}`);
    return rate;
}
/** Decides, request by request, whether to slow down, fail or drop it. */
class FaultInjector {
    options;
    random = Math.random;
    constructor(options) {
        this.set(options);
    }
    set(options) {
        if (options) {
            const errorRate = checkRate('errorRate', options.errorRate);
            const dropRate = checkRate('dropRate', options.dropRate);
            if (errorRate + dropRate > 1)
                throw new RangeError('faults.errorRate + faults.dropRate must not exceed 1');
            for (const status of options.errorStatuses ?? []) {
                if (!FAULT_CODES[status]) {
                    throw new RangeError(`faults.errorStatuses may hold ${Object.keys(FAULT_CODES).join(', ')}; got ${status}`);
                }
            }
            if (options.errorStatuses && options.errorStatuses.length === 0 && errorRate > 0) {
                throw new RangeError('faults.errorStatuses is empty but faults.errorRate is above 0');
            }
            if (options.latencyMs !== undefined && !(options.latencyMs >= 0)) {
                throw new RangeError(`faults.latencyMs must be 0 or more, got ${options.latencyMs}`);
            }
        }
        this.options = options;
        this.random = options?.seed === undefined ? Math.random : seededRandom(options.seed);
    }
    /** What to do with one request; undefined when no fault applies to it. */
    decide(method, path) {
        const options = this.options;
        if (!options)
            return undefined;
        const target = `${method} ${path}`;
        if (options.match) {
            options.match.lastIndex = 0;
            if (!options.match.test(target))
                return undefined;
        }
        else if (path.startsWith('/p/') || path.startsWith('/_emulator/')) {
            // The state listing measures a run under faults; faulting it would spoil the measurement.
            return undefined;
        }
        const decision = { latencyMs: options.latencyMs ?? 0, phase: options.phase ?? 'before' };
        const roll = this.random();
        const dropRate = options.dropRate ?? 0;
        if (roll < dropRate) {
            decision.outcome = { kind: 'drop' };
        }
        else if (roll < dropRate + (options.errorRate ?? 0)) {
            const statuses = options.errorStatuses ?? [503];
            const status = statuses[Math.floor(this.random() * statuses.length)];
            decision.outcome = { kind: 'error', status, code: FAULT_CODES[status] };
        }
        return decision;
    }
}

// EXTERNAL MODULE: ./src/oci/jwt.ts
var oci_jwt = __webpack_require__(9716);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/emulator/session-tokens.ts




const ISSUER = 'authService.oracle.com';
/** RSA keys take a good part of a second to make: in the background, so the server keeps answering meanwhile. */
const makeRsaKeyPair = () => (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair)('rsa', { modulusLength: 2048 });
/**
 * Issues session tokens and verifies them when they come back in `keyId="ST$<token>"`, as OCI's
 * services do: the token must be signed by the issuer and unexpired, and the request's signature
 * must verify with the public key the token carries in its `jwk` claim (proof of possession).
 */
class SessionTokenAuthority {
    tenancyId;
    signingKey;
    publicKey;
    constructor(tenancyId) {
        this.tenancyId = tenancyId;
    }
    async issue(request) {
        const { privateKey } = await this.key();
        const issuedAt = Math.floor(Date.now() / 1000);
        const jwk = { ...request.publicKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig' };
        const tenancyClaim = request.kind === 'upst' ? { tenant: this.tenancyId, ptype: 'user' } : { res_tenant: this.tenancyId, ptype: 'resource' };
        const claims = {
            iss: ISSUER,
            aud: 'oci',
            sub: request.subject,
            jti: (0,external_node_crypto_.randomUUID)(),
            iat: issuedAt,
            exp: issuedAt + request.lifetimeSeconds,
            ttype: request.kind === 'upst' ? 'upst' : 'res',
            ...tenancyClaim,
            ...request.claims,
            // OCI puts the key as a JSON string; the services read it back from there.
            jwk: JSON.stringify(jwk),
        };
        return (0,oci_jwt/* signJwt */.No)(claims, privateKey, 'asw');
    }
    /** The key a request signed with `token` must verify with; 401 NotAuthenticated when the token is not good. */
    verify(token, now = Date.now()) {
        let jwt;
        try {
            jwt = (0,oci_jwt/* decodeJwt */.iU)(token);
        }
        catch (error) {
            if (error instanceof oci_jwt/* JwtFormatError */.fz)
                throw notAuthenticated(`the session token in keyId is not valid: ${error.message}`);
            throw error;
        }
        if (jwt.payload.iss !== ISSUER || !this.publicKey || !(0,oci_jwt/* hasValidSignature */.nk)(jwt, this.publicKey)) {
            throw notAuthenticated('the session token in keyId was not issued by this tenancy');
        }
        const { exp, sub, jti, jwk, ttype } = jwt.payload;
        if (typeof exp !== 'number' || now >= exp * 1000) {
            throw notAuthenticated(`the session token expired at ${new Date(exp * 1000).toISOString()}`);
        }
        let publicKey;
        try {
            publicKey = (0,external_node_crypto_.createPublicKey)({ key: JSON.parse(String(jwk)), format: 'jwk' });
        }
        catch {
            throw notAuthenticated('the session token carries no usable public key (jwk claim)');
        }
        return { publicKey, principal: { kind: ttype === 'upst' ? 'upst' : 'rpst', subject: String(sub), tokenId: String(jti) } };
    }
    /** Starts making the signing key, which is otherwise made on first use: most emulators never issue a session token. */
    prepare() {
        void this.key();
    }
    key() {
        this.signingKey ??= makeRsaKeyPair().then((keys) => {
            this.publicKey = keys.publicKey;
            return keys;
        });
        return this.signingKey;
    }
}

;// CONCATENATED MODULE: ./src/emulator/github-id-tokens.ts



const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const ID_TOKEN_PATH = '/_github/idtoken';
const ID_TOKEN_LIFETIME_SECONDS = 300;
const DEFAULT_GITHUB_JOB = { repository: 'octo-org/notebooks', ref: 'refs/heads/main', event_name: 'push' };
/**
 * A stand-in for GitHub's ID-token service (`ACTIONS_ID_TOKEN_REQUEST_URL`): a job's request
 * token, sent as a bearer token, gets a short-lived JWT whose claims describe that job, signed
 * with a key the emulator's identity domain trusts. `requestTokenFor` makes more jobs, such as
 * one in another repository.
 */
class GitHubIdTokenService {
    onUse;
    keyPair;
    jobs = new Map();
    /** The request token of the default job (octo-org/notebooks, refs/heads/main), as the env file gives it. */
    requestToken;
    /** `onUse`: called at each ID-token request, so that what follows (a token exchange) can get ready meanwhile. */
    constructor(onUse = () => undefined) {
        this.onUse = onUse;
        this.requestToken = this.requestTokenFor(DEFAULT_GITHUB_JOB);
    }
    /** The public half of the issuer's key, for trusts (GitHub's JWKS). */
    async publicKey() {
        return (await this.key()).publicKey;
    }
    requestTokenFor(job) {
        const token = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
        this.jobs.set(token, job);
        return token;
    }
    /** An ID token as GitHub would sign it for `job`; `overrides` replace any claim (tests of refusals: `exp`, `iss`). */
    async idToken(job, audience, overrides = {}) {
        const { privateKey } = await this.key();
        const issuedAt = Math.floor(Date.now() / 1000);
        const owner = job.repository.split('/')[0];
        const claims = {
            jti: (0,external_node_crypto_.randomUUID)(),
            sub: `repo:${job.repository}:ref:${job.ref}`,
            aud: audience,
            repository_owner: owner,
            ref_type: job.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
            workflow: 'notebooks',
            actor: 'octocat',
            runner_environment: 'github-hosted',
            ...job,
            iss: GITHUB_ISSUER,
            nbf: issuedAt,
            iat: issuedAt,
            exp: issuedAt + ID_TOKEN_LIFETIME_SECONDS,
            ...overrides,
        };
        return (0,oci_jwt/* signJwt */.No)(claims, privateKey, 'github-actions');
    }
    routes() {
        return [
            {
                method: 'GET',
                path: ID_TOKEN_PATH,
                operation: 'getGitHubIdToken',
                auth: 'none',
                handle: async (request) => {
                    this.onUse();
                    const authorization = String(request.headers.authorization ?? '');
                    const job = this.jobs.get(authorization.replace(/^Bearer /, ''));
                    if (!authorization.startsWith('Bearer ') || !job) {
                        return { status: 401, json: { message: 'Bad credentials: the bearer token is not an ACTIONS_ID_TOKEN_REQUEST_TOKEN of this service.' } };
                    }
                    const audience = request.query.get('audience') ?? `https://github.com/${job.repository.split('/')[0]}`;
                    return { status: 200, json: { value: await this.idToken(job, audience) } };
                },
            },
        ];
    }
    /** Made on first use: most emulators never sign in keyless. */
    key() {
        this.keyPair ??= makeRsaKeyPair();
        return this.keyPair;
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/emulator/request-body.ts

/**
 * The most a JSON request body may hold. OCI's JSON bodies (a job, a run, a search) are a few
 * kilobytes; this is far above any of them and still keeps one request from filling the memory.
 */
const MAX_JSON_BODY_BYTES = 10 * 1024 * 1024;
/** The most an upload (a job artifact, an object, a PUT through a pre-authenticated request) may hold, unless the emulator is told otherwise. */
const DEFAULT_MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
function payloadTooLarge(limit, seen) {
    return new ServiceError(413, 'PayloadTooLarge', `The request body is larger than this service accepts (${limit} bytes): ${seen}.`);
}
/**
 * Reads a request body, refusing it with 413 as soon as it passes `limit`: at once when its
 * Content-Length says so, else when the bytes read so far do. Nothing over the limit is held.
 */
function readBoundedBody(request, limit) {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit)
        return Promise.reject(payloadTooLarge(limit, `Content-Length is ${declared}`));
    return new Promise((resolve, reject) => {
        const chunks = [];
        let total = 0;
        const onData = (chunk) => {
            total += chunk.length;
            if (total > limit) {
                request.off('data', onData);
                request.pause();
                reject(payloadTooLarge(limit, `more than ${limit} bytes were sent`));
                return;
            }
            chunks.push(chunk);
        };
        request.on('data', onData);
        request.on('end', () => resolve(Buffer.concat(chunks, total)));
        request.on('error', reject);
    });
}

;// CONCATENATED MODULE: ./src/emulator/request-signature.ts


const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
function parseAuthorization(header) {
    if (!header.startsWith('Signature '))
        throw notAuthenticated('the Authorization header is not an HTTP signature');
    const params = {};
    const pattern = /([a-zA-Z]+)="([^"]*)"/g;
    for (let match = pattern.exec(header); match; match = pattern.exec(header)) {
        params[match[1]] = match[2];
    }
    return params;
}
function headerValue(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
}
/**
 * Checks a request the way OCI does: `Authorization: Signature version="1",keyId=...,
 * algorithm="rsa-sha256",headers="...",signature="..."`, the signing string rebuilt from the
 * listed headers (and `(request-target)`), the body hash and length, and the clock.
 * Throws 401 NotAuthenticated naming the first problem found.
 */
function verifyRequestSignature(request, identity, bodySigning, now = Date.now()) {
    const signedBy = verifySignedHeaders(request, identity, bodySigning, now);
    verifySignedBody(request.headers, request.body);
    return signedBy;
}
/**
 * Everything but the body: the signature covers the headers only (the body through
 * x-content-sha256 and content-length), so an unsigned or forged request is refused before a
 * byte of its body is read.
 */
function verifySignedHeaders(request, identity, bodySigning, now = Date.now()) {
    const authorization = headerValue(request.headers, 'authorization');
    if (!authorization)
        throw notAuthenticated('the Authorization header is missing');
    const params = parseAuthorization(authorization);
    if (params.version !== '1')
        throw notAuthenticated(`unsupported signature version "${params.version ?? ''}"`);
    if (params.algorithm !== 'rsa-sha256')
        throw notAuthenticated(`unsupported algorithm "${params.algorithm ?? ''}"`);
    if (!params.keyId)
        throw notAuthenticated('keyId is missing');
    let publicKey = identity.publicKey;
    let signedBy = 'api-key';
    if (params.keyId.startsWith('ST$') && identity.sessionTokens) {
        const session = identity.sessionTokens.verify(params.keyId.slice(3), now);
        publicKey = session.publicKey;
        signedBy = `${session.principal.kind}:${session.principal.tokenId}`;
    }
    else if (params.keyId !== identity.keyId) {
        throw notAuthenticated(`unknown keyId "${params.keyId.startsWith('ST$') ? 'ST$<session token>' : params.keyId}"`);
    }
    if (!params.headers || !params.signature)
        throw notAuthenticated('headers or signature is missing');
    const signed = params.headers.split(' ').filter(Boolean).map((name) => name.toLowerCase());
    const required = ['(request-target)', 'host'];
    if (bodySigning === 'required' && METHODS_WITH_BODY.has(request.method)) {
        required.push('content-length', 'content-type', 'x-content-sha256');
    }
    for (const name of required) {
        if (!signed.includes(name))
            throw notAuthenticated(`header "${name}" must be signed`);
    }
    if (!signed.includes('date') && !signed.includes('x-date')) {
        throw notAuthenticated('header "date" or "x-date" must be signed');
    }
    const lines = signed.map((name) => {
        if (name === '(request-target)')
            return `(request-target): ${request.method.toLowerCase()} ${request.url}`;
        const value = headerValue(request.headers, name);
        if (value === undefined || value === '')
            throw notAuthenticated(`signed header "${name}" is missing`);
        return `${name}: ${value}`;
    });
    const signature = Buffer.from(params.signature, 'base64');
    if (!(0,external_node_crypto_.verify)('sha256', Buffer.from(lines.join('\n')), publicKey, signature)) {
        throw notAuthenticated('the signature does not match the request');
    }
    const dateHeader = headerValue(request.headers, signed.includes('x-date') ? 'x-date' : 'date');
    const sentAt = Date.parse(dateHeader);
    if (Number.isNaN(sentAt) || Math.abs(now - sentAt) > MAX_CLOCK_SKEW_MS) {
        throw notAuthenticated(`date "${dateHeader}" is more than 5 minutes from the service's clock`);
    }
    return signedBy;
}
/** The body against the signed x-content-sha256 and content-length, where they were signed. */
function verifySignedBody(headers, body) {
    const authorization = headerValue(headers, 'authorization') ?? '';
    const signed = (parseAuthorization(authorization).headers ?? '').split(' ').map((name) => name.toLowerCase());
    if (signed.includes('x-content-sha256')) {
        const digest = (0,external_node_crypto_.createHash)('sha256').update(body).digest('base64');
        if (digest !== headerValue(headers, 'x-content-sha256')) {
            throw notAuthenticated('x-content-sha256 does not match the body');
        }
    }
    if (signed.includes('content-length')) {
        if (Number(headerValue(headers, 'content-length')) !== body.length) {
            throw notAuthenticated('content-length does not match the body');
        }
    }
}

;// CONCATENATED MODULE: ./src/emulator/http-server.ts






function errorResponse(error) {
    if (error instanceof ServiceError) {
        return { status: error.status, headers: error.headers, json: { code: error.code, message: error.message } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, json: { code: 'InternalServerError', message: `The emulator failed: ${message}` } };
}
function faultResponse(decision) {
    const outcome = decision.outcome;
    if (outcome?.kind !== 'error')
        return undefined;
    const headers = outcome.status === 429 ? { 'retry-after': '1' } : {};
    return {
        status: outcome.status,
        headers,
        json: { code: outcome.code, message: `Injected fault: ${outcome.code} (emulator faults option).` },
    };
}
function send(request, response, answer, requestId) {
    const method = (request.method ?? 'GET').toUpperCase();
    const headers = { ...answer.headers, 'opc-request-id': requestId };
    // A body refused unread is not read to its end: the connection closes after the answer.
    if (!request.complete)
        headers.connection = 'close';
    const clientRequestId = request.headers['opc-client-request-id'];
    if (typeof clientRequestId === 'string')
        headers['opc-client-request-id'] = clientRequestId;
    let payload;
    if (answer.json !== undefined) {
        payload = Buffer.from(JSON.stringify(answer.json));
        headers['content-type'] ??= 'application/json';
    }
    else if (answer.bytes) {
        payload = answer.bytes;
    }
    if (payload && headers['content-length'] === undefined)
        headers['content-length'] = String(payload.length);
    if (!payload && answer.status !== 204 && answer.status !== 304)
        headers['content-length'] ??= '0';
    response.writeHead(answer.status, headers);
    response.end(method === 'HEAD' || answer.status === 204 ? undefined : payload);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The HTTP front: routing, signatures, faults, retry tokens, OCI error answers, request ids. */
function createEmulatorServer(routeList, context) {
    const routes = routeList.map(compileRoute);
    async function answer(request, response) {
        const requestId = (0,external_node_crypto_.randomBytes)(16).toString('hex').toUpperCase();
        const method = (request.method ?? 'GET').toUpperCase();
        const url = request.url ?? '/';
        const queryStart = url.indexOf('?');
        const path = queryStart === -1 ? url : url.slice(0, queryStart);
        const found = matchRoute(routes, method, path);
        const operation = found?.route.operation ?? 'unknown';
        let signedBy;
        const record = (status) => context.requests.push({ method, path, status, operation, ...(signedBy ? { signedBy } : {}) });
        const drop = () => {
            record(0);
            request.socket.destroy();
        };
        const decision = context.faults.decide(method, path);
        if (decision && decision.latencyMs > 0)
            await sleep(decision.latencyMs);
        if (decision?.phase === 'before' && decision.outcome) {
            if (decision.outcome.kind === 'drop')
                return drop();
            const fault = faultResponse(decision);
            record(fault.status);
            return send(request, response, fault, requestId);
        }
        let result;
        try {
            // Who is asking, and whether they may, is settled before the body is read, and the body is
            // read only within its limit: an unsigned or oversized request costs no memory.
            const auth = found?.route.auth ?? (path.startsWith('/p/') ? 'none' : 'required');
            if (auth !== 'none')
                signedBy = verifySignedHeaders({ method, url, headers: request.headers }, context.identity, auth);
            // A pre-authenticated path's token is a credential: never echoed back.
            if (!found)
                throw notAuthorizedOrNotFound(`no operation ${method} ${path.replace(/^\/p\/[^/]+/, '/p/<token>')}`);
            const head = {
                method,
                path,
                query: new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1)),
                headers: request.headers,
                params: found.params,
            };
            found.route.checkBeforeBody?.(head);
            const body = await readBoundedBody(request, auth === 'required' ? MAX_JSON_BODY_BYTES : context.maxUploadBytes);
            if (auth !== 'none')
                verifySignedBody(request.headers, body);
            const emulatorRequest = { ...head, body };
            const token = found.route.retryToken ? request.headers['opc-retry-token'] : undefined;
            result = await context.retryTokens.run(operation, token, body, async () => found.route.handle(emulatorRequest));
        }
        catch (error) {
            result = errorResponse(error);
        }
        if (decision?.phase === 'after' && decision.outcome) {
            if (decision.outcome.kind === 'drop')
                return drop();
            result = faultResponse(decision);
        }
        record(result.status);
        send(request, response, result, requestId);
    }
    return (0,external_node_http_.createServer)((request, response) => {
        answer(request, response).catch((error) => {
            if (!response.headersSent)
                send(request, response, errorResponse(error), 'emulator-error');
        });
    });
}

;// CONCATENATED MODULE: ./src/emulator/identity-trust.ts
const unquote = (text) => text.replace(/^(["'])(.*)\1$/, '$2');
/**
 * A rule as identity domains write them: one claim, `eq` (wildcards `*` allowed) or `co`
 * (contains, no wildcards), one string value; composite rules and arrays are not supported.
 */
function parseRule(rule) {
    const match = /^\s*(\S+)\s+(eq|co)\s+(.+?)\s*$/i.exec(rule);
    if (!match)
        throw new Error(`impersonation rule "${rule}" is not "<claim> eq <value>" or "<claim> co <value>"`);
    return { claim: unquote(match[1]), operator: match[2].toLowerCase(), value: unquote(match[3]) };
}
function ruleMatches(rule, claims) {
    const actual = claims[rule.claim];
    if (typeof actual !== 'string')
        return false;
    if (rule.operator === 'co')
        return actual.includes(rule.value);
    const pattern = rule.value.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    return new RegExp(`^${pattern}$`).test(actual);
}
/** The service user the first matching rule names, or undefined when none matches. */
function impersonatedUser(trust, claims) {
    return trust.impersonationServiceUsers.find((entry) => ruleMatches(parseRule(entry.rule), claims))?.value;
}
/** Whether the token's audience claim (one string or a list) holds one of the values the trust expects. */
function audienceAccepted(trust, claims) {
    const value = claims[trust.clientClaimName];
    const values = Array.isArray(value) ? value : [value];
    return values.some((audience) => typeof audience === 'string' && trust.clientClaimValues.includes(audience));
}

;// CONCATENATED MODULE: ./src/emulator/identity-domain.ts





const TOKEN_PATH = '/oauth2/v1/token';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const UPST = 'urn:oci:token-type:oci-upst';
const DEFAULT_AUDIENCE = 'https://cloud.oracle.com';
/** A refusal, as OAuth 2 names it (`error`) and as OCI does (`code`), with the HTTP status. */
class TokenEndpointError extends Error {
    status;
    error;
    constructor(status, error, message) {
        super(message);
        this.status = status;
        this.error = error;
    }
    get code() {
        return this.status === 401 ? 'NotAuthenticated' : 'InvalidParameter';
    }
}
const badRequest = (message) => new TokenEndpointError(400, 'invalid_request', message);
const refused = (message) => new TokenEndpointError(401, 'invalid_grant', message);
/**
 * The part of an OCI identity domain that keyless sign-in uses: a confidential application
 * (client id and secret), one Identity Propagation Trust for GitHub's ID tokens (by default: this
 * emulator's GitHub stand-in, audience https://cloud.oracle.com, the default job's repository and
 * branch impersonating a service user), and `POST /oauth2/v1/token`, which exchanges a trusted
 * JWT and a public key for a UPST bound to that key (Token Exchange grant type).
 */
class IdentityDomain {
    sessionTokens;
    github;
    clientId = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    clientSecret = `idcscs-${(0,external_node_crypto_.randomBytes)(18).toString('hex')}`;
    serviceUserId = newOcid('user', undefined);
    sessionTokenSeconds;
    trustOverrides = {};
    constructor(sessionTokens, github, options = {}) {
        this.sessionTokens = sessionTokens;
        this.github = github;
        this.sessionTokenSeconds = options.sessionTokenSeconds ?? 3600;
    }
    /** `client_id:client_secret`, as OCI_OIDC_CLIENT_IDENTIFIER and the action's input take it. */
    get clientIdentifier() {
        return `${this.clientId}:${this.clientSecret}`;
    }
    /** The trust in force: the default one for GitHub's stand-in, with any fields `setTrust` replaced. */
    async trust() {
        return {
            name: 'github-actions',
            active: true,
            issuer: GITHUB_ISSUER,
            publicKey: this.trustOverrides.publicKey ?? (await this.github.publicKey()),
            clientClaimName: 'aud',
            clientClaimValues: [DEFAULT_AUDIENCE],
            oauthClients: [this.clientId],
            impersonationServiceUsers: [{ rule: `sub eq repo:${DEFAULT_GITHUB_JOB.repository}:ref:${DEFAULT_GITHUB_JOB.ref}`, value: this.serviceUserId }],
            clockSkewSeconds: 60,
            ...this.trustOverrides,
        };
    }
    /** Replaces fields of the trust (an empty object restores the default). */
    setTrust(overrides) {
        this.trustOverrides = overrides;
    }
    routes() {
        return [{ method: 'POST', path: TOKEN_PATH, operation: 'exchangeToken', auth: 'none', handle: (request) => this.exchange(request) }];
    }
    async exchange(request) {
        try {
            const clientId = this.authenticateClient(request.headers.authorization);
            const form = formOf(request);
            if (form.get('grant_type') !== TOKEN_EXCHANGE) {
                throw new TokenEndpointError(400, 'unsupported_grant_type', `grant_type must be ${TOKEN_EXCHANGE}, got "${form.get('grant_type') ?? ''}".`);
            }
            if (form.get('requested_token_type') !== UPST)
                throw badRequest(`requested_token_type must be ${UPST}.`);
            if (form.get('subject_token_type') !== 'jwt')
                throw badRequest('subject_token_type must be jwt.');
            const subjectToken = form.get('subject_token');
            if (!subjectToken)
                throw badRequest('subject_token is missing.');
            const publicKey = sessionPublicKey(form.get('public_key'));
            const jwt = subjectJwt(subjectToken);
            const subject = this.checkAgainstTrust(await this.trust(), jwt, clientId);
            const token = await this.sessionTokens.issue({
                kind: 'upst',
                subject,
                publicKey,
                lifetimeSeconds: this.sessionTokenSeconds,
                claims: { source_authn_prin: jwt.payload.sub },
            });
            return { status: 200, headers: { 'cache-control': 'no-store' }, json: { token } };
        }
        catch (error) {
            if (!(error instanceof TokenEndpointError))
                throw error;
            return { status: error.status, json: { error: error.error, error_description: error.message, code: error.code, message: error.message } };
        }
    }
    /** HTTP Basic with the confidential application's client id and secret. */
    authenticateClient(authorization) {
        const basic = /^Basic (.+)$/.exec(authorization ?? '');
        const [id, ...secret] = basic ? Buffer.from(basic[1], 'base64').toString('utf8').split(':') : [];
        const given = Buffer.from(secret.join(':'));
        const expected = Buffer.from(this.clientSecret);
        if (id !== this.clientId || given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected)) {
            throw new TokenEndpointError(401, 'invalid_client', 'Client authentication failed: the client id and secret (Basic authorization) are not those of an application of this domain.');
        }
        return id;
    }
    /** Issuer, client, signature, time, audience, then the impersonation rules, in the order a refusal is most useful. */
    checkAgainstTrust(trust, jwt, clientId) {
        const claims = jwt.payload;
        if (!trust.active || trust.issuer !== claims.iss) {
            throw refused(`No active identity propagation trust for the subject token's issuer "${String(claims.iss)}".`);
        }
        if (!trust.oauthClients.includes(clientId)) {
            throw new TokenEndpointError(401, 'unauthorized_client', `The client ${clientId} is not among the oauthClients of trust "${trust.name}".`);
        }
        if (!(0,oci_jwt/* hasValidSignature */.nk)(jwt, trust.publicKey)) {
            throw refused(`The subject token's signature does not verify with the public key of trust "${trust.name}".`);
        }
        const now = Date.now();
        const skew = trust.clockSkewSeconds * 1000;
        const expiresAt = (0,oci_jwt/* claimTime */.iZ)(claims, 'exp');
        if (!expiresAt || now > expiresAt.getTime() + skew) {
            throw refused(`The subject token has expired${expiresAt ? ` (at ${expiresAt.toISOString()})` : ' (no exp claim)'}.`);
        }
        const notBefore = (0,oci_jwt/* claimTime */.iZ)(claims, 'nbf');
        if (notBefore && now < notBefore.getTime() - skew)
            throw refused(`The subject token is not valid before ${notBefore.toISOString()}.`);
        if (!audienceAccepted(trust, claims)) {
            throw refused(`The subject token's audience ${JSON.stringify(claims[trust.clientClaimName] ?? null)} is not one trust "${trust.name}" accepts (${trust.clientClaimValues.join(', ')}).`);
        }
        const user = impersonatedUser(trust, claims);
        if (!user) {
            throw refused(`No impersonation rule of trust "${trust.name}" matches the subject token (sub "${String(claims.sub)}").`);
        }
        return user;
    }
}
function formOf(request) {
    const type = String(request.headers['content-type'] ?? '');
    if (!type.startsWith('application/x-www-form-urlencoded'))
        throw badRequest('The body must be application/x-www-form-urlencoded.');
    return new URLSearchParams(request.body.toString('utf8'));
}
/** `public_key`: base64 DER SubjectPublicKeyInfo of an RSA key of at least 2048 bits. */
function sessionPublicKey(value) {
    if (!value)
        throw badRequest('public_key is missing.');
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(value, 'base64'), format: 'der', type: 'spki' });
    }
    catch {
        throw badRequest('public_key is not a base64 DER SubjectPublicKeyInfo.');
    }
    if (key.asymmetricKeyType !== 'rsa' || (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
        throw badRequest('public_key must be an RSA key of at least 2048 bits.');
    }
    return key;
}
function subjectJwt(token) {
    try {
        return (0,oci_jwt/* decodeJwt */.iU)(token);
    }
    catch (error) {
        if (error instanceof oci_jwt/* JwtFormatError */.fz)
            throw refused(`The subject token is not valid: ${error.message}.`);
        throw error;
    }
}

// EXTERNAL MODULE: ./src/backends/local/driver-environment.ts
var driver_environment = __webpack_require__(4523);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/emulator/artifact-unpack.ts



/** Why a run could not start; its message becomes the run's lifecycleDetails. */
class ArtifactError extends Error {
}
const SCRIPT_TYPES = { '.py': 'python', '.sh': 'bash' };
function isZip(bytes) {
    return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}
function inside(root, path) {
    const target = (0,external_node_path_.resolve)(root, path);
    const fromRoot = (0,external_node_path_.relative)(root, target);
    return fromRoot === '' || fromRoot.startsWith('..') || (0,external_node_path_.isAbsolute)(fromRoot) ? undefined : target;
}
function scriptType(name) {
    const dot = name.lastIndexOf('.');
    return dot === -1 ? undefined : SCRIPT_TYPES[name.slice(dot).toLowerCase()];
}
/** A name as a message may show it: control characters (a NUL, a new line) escaped. */
function shown(name) {
    return JSON.stringify(name).slice(1, -1);
}
/** The script's name in the run's folder: the last segment of the artifact's file name, which must be a plain file name. */
function scriptFileName(fileName) {
    const base = fileName.split(/[\\/]/).pop() ?? '';
    if (!base || base === '.' || base === '..' || /[\u0000-\u001f]/.test(base)) {
        throw new ArtifactError(`Job artifact name '${shown(fileName)}' is not a usable file name: upload it as e.g. "attachment; filename=job.py".`);
    }
    return base;
}
/**
 * Lays the artifact out in `root` as OCI does: a zip is unpacked, a single .py or .sh script is
 * placed as is, and the file to run is `JOB_RUN_ENTRYPOINT` (zip) or the script itself. Any
 * problem, names the file system refuses included, is an ArtifactError that fails the run.
 */
async function unpackArtifact(artifact, root, entrypoint) {
    try {
        return await layOut(artifact, root, entrypoint);
    }
    catch (error) {
        if (error instanceof ArtifactError)
            throw error;
        const code = error.code ?? error.message;
        throw new ArtifactError(`Job artifact '${shown(artifact.fileName)}' could not be unpacked: ${code}.`);
    }
}
async function layOut(artifact, root, entrypoint) {
    if (!isZip(artifact.bytes)) {
        const interpreter = scriptType(artifact.fileName);
        if (!interpreter) {
            throw new ArtifactError(`Job artifact '${shown(artifact.fileName)}' is not a zip archive, nor a .py or .sh script.`);
        }
        const file = (0,external_node_path_.join)(root, scriptFileName(artifact.fileName));
        await (0,promises_.writeFile)(file, artifact.bytes);
        return { file, interpreter };
    }
    let entries;
    try {
        entries = (0,esm/* unzipSync */.AO)(artifact.bytes);
    }
    catch (error) {
        throw new ArtifactError(`Job artifact '${shown(artifact.fileName)}' could not be unpacked: ${error.message}.`);
    }
    for (const [name, bytes] of Object.entries(entries)) {
        const target = inside(root, name);
        if (!target)
            throw new ArtifactError(`Job artifact '${shown(artifact.fileName)}' has an entry outside its root: '${shown(name)}'.`);
        if (name.endsWith('/')) {
            await (0,promises_.mkdir)(target, { recursive: true });
        }
        else {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.writeFile)(target, bytes);
        }
    }
    if (!entrypoint) {
        throw new ArtifactError(`JOB_RUN_ENTRYPOINT is not set; a zip artifact needs it to name the file to run.`);
    }
    const file = inside(root, entrypoint);
    const found = file ? await (0,promises_.stat)(file).catch(() => undefined) : undefined;
    if (!file || !found?.isFile()) {
        throw new ArtifactError(`JOB_RUN_ENTRYPOINT '${shown(entrypoint)}' was not found in the job artifact '${shown(artifact.fileName)}'.`);
    }
    const interpreter = scriptType(entrypoint);
    if (!interpreter)
        throw new ArtifactError(`JOB_RUN_ENTRYPOINT '${shown(entrypoint)}' is not a .py or .sh file.`);
    return { file, interpreter };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/backends/local/run-processes.ts
var run_processes = __webpack_require__(86820);
;// CONCATENATED MODULE: ./src/emulator/job-runner.ts




function lineSplitter(onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let pending = '';
    return {
        push(chunk) {
            pending += decoder.write(chunk);
            const lines = pending.split('\n');
            pending = lines.pop();
            for (const line of lines)
                onLine(line.replace(/\r$/, ''));
        },
        flush() {
            pending += decoder.end();
            if (pending)
                onLine(pending.replace(/\r$/, ''));
            pending = '';
        },
    };
}
/**
 * Starts a job run's process in its own process group, turning each line of stdout and stderr
 * into a callback. When the main process exits, whatever it left behind is killed: its group,
 * and every process carrying the run's marker (the local backend's way of finding kernels).
 */
function startProcess(spec, onLine) {
    const child = (0,external_node_child_process_.spawn)(spec.command, spec.args, {
        cwd: spec.cwd,
        env: { ...spec.env, [run_processes/* RUN_MARKER_VARIABLE */.kc]: spec.marker },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = lineSplitter((line) => onLine('stdout', line));
    const stderr = lineSplitter((line) => onLine('stderr', line));
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const exit = new Promise((resolve) => {
        child.on('error', (error) => resolve({ exitCode: 127, spawnError: error.message }));
        child.on('exit', (code, signal) => {
            const result = code !== null ? { exitCode: code } : { exitCode: 128 + (external_node_os_.constants.signals[signal] ?? 0), signal: signal };
            const closed = new Promise((done) => child.on('close', () => done()));
            // Background children would keep the pipes open; the run is over, so they go too.
            void (0,run_processes/* endRunProcesses */.gb)({ marker: spec.marker, sessionId: child.pid }, 0)
                .catch(() => 0)
                .then(() => Promise.race([closed, new Promise((done) => setTimeout(done, 2000).unref())]))
                .then(() => {
                stdout.flush();
                stderr.flush();
                resolve(result);
            });
        });
    });
    return {
        exit,
        async stop(graceMs) {
            if (child.pid)
                await (0,run_processes/* endRunProcesses */.gb)({ marker: spec.marker, driverPid: child.pid }, graceMs).catch(() => 0);
            return exit;
        },
    };
}
/** Splits `commandLineArguments` as a shell would for plain words and quotes. */
function splitArguments(text) {
    if (!text)
        return [];
    const args = [];
    const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        args.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? match[3]));
    }
    return args;
}

;// CONCATENATED MODULE: ./src/emulator/job-run-lifecycle.ts







const NEEDS_ATTENTION_DETAILS = 'The job run could not be started: the shape is out of host capacity in this availability domain.';
/** Drives job runs through OCI's states and runs their entrypoints as local processes. */
class JobRunLifecycle {
    tenancy;
    store;
    logs;
    options;
    active = new Map();
    closed = false;
    /** Set by the emulator's setRunFaults. */
    runFaults;
    constructor(tenancy, store, logs, options) {
        this.tenancy = tenancy;
        this.store = store;
        this.logs = logs;
        this.options = options;
    }
    /** The time, by the emulator's clock. */
    now() {
        return new Date(this.options.clock.now());
    }
    /** A new run is ACCEPTED; it starts after `startDelayMs`. Once close() has begun: 503, as a service shutting down answers. */
    accept(run) {
        if (this.closed)
            throw new ServiceError(503, 'ServiceUnavailable', 'The emulator is shutting down; no new job runs are accepted.');
        let finish;
        const finished = new Promise((resolve) => (finish = resolve));
        const active = { canceled: false, timedOut: false, finished, finish, starting: new AbortController() };
        const starting = active.starting.signal;
        const { clock } = this.options;
        const attention = this.runFaults?.needsAttention;
        const held = attention && (!attention.match || attention.match.test(run.displayName));
        clock
            .sleep(this.options.startDelayMs, starting)
            .then(async () => {
            if (!held)
                return;
            // Still live and cancellable: the run waits here until it recovers or is cancelled.
            this.setState(run, 'NEEDS_ATTENTION', attention.details ?? NEEDS_ATTENTION_DETAILS);
            if (attention.recoverAfterMs !== undefined)
                return clock.sleep(attention.recoverAfterMs, starting);
            return new Promise((_, reject) => starting.addEventListener('abort', reject, { once: true }));
        })
            .then(() => {
            active.starting = undefined;
            this.start(run, active).catch((error) => active.canceled ? this.end(run, 'CANCELED') : this.end(run, 'FAILED', `The emulator could not run the job: ${String(error)}`));
        }, () => undefined);
        this.active.set(run.id, active);
    }
    /** cancelJobRun: 409 for runs already over; CANCELING is answered as accepted again. */
    cancel(run) {
        if (TERMINAL_RUN_STATES.includes(run.lifecycleState)) {
            throw incorrectState(`Job run ${run.id} is ${run.lifecycleState} and cannot be canceled.`);
        }
        const active = this.active.get(run.id);
        if (!active || active.canceled)
            return;
        active.canceled = true;
        this.setState(run, 'CANCELING');
        if (active.starting) {
            active.starting.abort();
            active.starting = undefined;
            setTimeout(() => this.end(run, 'CANCELED'), 20);
        }
        else if (active.process) {
            void active.process.stop(this.options.stopGraceMs);
        }
        // Otherwise the run is still being unpacked; start() sees `canceled` before spawning.
    }
    async cancelAndWait(run) {
        if (!TERMINAL_RUN_STATES.includes(run.lifecycleState))
            this.cancel(run);
        await this.active.get(run.id)?.finished;
    }
    /** From now on accept() refuses new runs; close() calls it first, the emulator before it stops its server. */
    refuseNewRuns() {
        this.closed = true;
    }
    /** Refuses new runs, kills every run's processes and waits until every run has ended. */
    async close() {
        this.refuseNewRuns();
        const runs = [...this.active.entries()];
        for (const [runId, active] of runs) {
            active.runtime?.abort();
            active.canceled = true;
            if (active.starting) {
                active.starting.abort();
                this.end(this.store.run(runId), 'CANCELED');
            }
            else {
                void active.process?.stop(0);
            }
        }
        await Promise.all(runs.map(([, active]) => active.finished));
    }
    setState(run, state, details) {
        run.lifecycleState = state;
        run.lifecycleDetails = details;
        run.version++;
    }
    end(run, state, details) {
        const active = this.active.get(run.id);
        active?.runtime?.abort();
        run.timeFinished = this.now();
        this.setState(run, state, details);
        this.active.delete(run.id);
        active?.finish();
    }
    writeLog(run, stream, message) {
        if (!run.logDetails)
            return;
        this.logs.append({ ...run.logDetails, compartmentId: run.compartmentId, source: run.id, subject: stream, message });
    }
    environment(run, jobEnv) {
        const override = run.jobConfigurationOverrideDetails.jobType === 'DEFAULT' ? run.jobConfigurationOverrideDetails : undefined;
        return {
            // The same credentials are withheld as from a local run's driver and kernel.
            ...(0,driver_environment/* driverEnvironmentBase */.JM)(process.env),
            PYTHONUNBUFFERED: '1',
            ...jobEnv,
            ...override?.environmentVariables,
            JOB_RUN_OCID: run.id,
            JOB_OCID: run.jobId,
            PROJECT_OCID: run.projectId,
            JOB_RUN_COMPARTMENT_OCID: run.compartmentId,
            TENANCY_OCID: this.tenancy.tenancyId,
        };
    }
    async start(run, active) {
        const job = this.store.job(run.jobId);
        const jobConfig = job.input.jobConfigurationDetails;
        const override = run.jobConfigurationOverrideDetails.jobType === 'DEFAULT' ? run.jobConfigurationOverrideDetails : undefined;
        run.timeStarted = this.now();
        // OCI fills in logDetails once the run is under way, not when it is accepted (ADS waits for it).
        if (run.logConfiguration) {
            const { logGroupId, logId } = run.logConfiguration;
            run.logDetails = { logGroupId, logId: logId ?? this.tenancy.createLog(logGroupId, `${run.displayName}-log`) };
        }
        this.setState(run, 'IN_PROGRESS');
        const env = this.environment(run, jobConfig.environmentVariables ?? {});
        const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.workDir, 'jobrun-'));
        let entrypoint;
        try {
            entrypoint = await unpackArtifact(job.artifact, root, env.JOB_RUN_ENTRYPOINT);
        }
        catch (error) {
            // Canceled while unpacking: the cancel is what the caller asked for, whatever else went wrong.
            if (active.canceled)
                return this.end(run, 'CANCELED');
            if (error instanceof ArtifactError)
                return this.end(run, 'FAILED', error.message);
            throw error;
        }
        const command = entrypoint.interpreter === 'python' ? await this.options.python() : 'bash';
        if (active.canceled)
            return this.end(run, 'CANCELED');
        // No conda: OCI runs the job with the machine's own Python and its standard library, without Jupyter.
        const bare = entrypoint.interpreter === 'python' && !env.CONDA_ENV_TYPE ? ['-S'] : [];
        const args = [...bare, entrypoint.file, ...splitArguments(override?.commandLineArguments ?? jobConfig.commandLineArguments)];
        active.process = startProcess({ command, args, cwd: root, env, marker: run.id }, (stream, line) => this.writeLog(run, stream, line));
        const maximumMinutes = override?.maximumRuntimeInMinutes ?? jobConfig.maximumRuntimeInMinutes;
        if (maximumMinutes) {
            active.runtime = new AbortController();
            this.options.clock.sleep(maximumMinutes * 60_000, active.runtime.signal).then(() => {
                active.timedOut = true;
                void active.process?.stop(this.options.stopGraceMs);
            }, () => undefined);
        }
        const exit = await active.process.exit;
        this.finishProcess(run, active, exit, maximumMinutes);
    }
    finishProcess(run, active, exit, maximumMinutes) {
        if (active.canceled)
            return this.end(run, 'CANCELED');
        if (active.timedOut) {
            return this.end(run, 'FAILED', `Job run exceeded the maximum runtime of ${maximumMinutes} minutes and was stopped.`);
        }
        if (exit.spawnError)
            return this.end(run, 'FAILED', `Job run artifact could not be started: ${exit.spawnError}.`);
        if (exit.exitCode === 0)
            return this.end(run, 'SUCCEEDED');
        this.end(run, 'FAILED', `Job run artifact execution failed with exit code ${exit.exitCode}.`);
    }
}

;// CONCATENATED MODULE: ./src/emulator/log-store.ts

/** Every log line written by job runs, per log, in arrival order. */
class LogStore {
    delayMs;
    clock;
    entries = new Map();
    sequence = 0;
    constructor(delayMs, clock = { now: () => Date.now() }) {
        this.delayMs = delayMs;
        this.clock = clock;
    }
    append(entry, now = this.clock.now()) {
        const stored = {
            ...entry,
            id: (0,external_node_crypto_.randomUUID)(),
            time: new Date(now).toISOString(),
            datetime: now,
            type: 'com.oraclecloud.datascience.jobrun.log',
            sequence: this.sequence++,
            visibleAt: now + this.delayMs,
        };
        const list = this.entries.get(entry.logId) ?? [];
        list.push(stored);
        this.entries.set(entry.logId, list);
        return stored;
    }
    /** Searchable entries of `logIds` with timeStart <= time < timeEnd, oldest first. */
    search(logIds, timeStart, timeEnd, now = this.clock.now()) {
        const found = [];
        for (const logId of logIds) {
            for (const entry of this.entries.get(logId) ?? []) {
                if (entry.visibleAt <= now && entry.datetime >= timeStart && entry.datetime < timeEnd)
                    found.push(entry);
            }
        }
        return found.sort((a, b) => a.datetime - b.datetime || a.sequence - b.sequence);
    }
}

;// CONCATENATED MODULE: ./src/emulator/logging-management.ts


function logGroupJson(group) {
    return {
        id: group.id,
        compartmentId: group.compartmentId,
        displayName: group.displayName,
        description: 'Job run logs',
        lifecycleState: 'ACTIVE',
        timeCreated: group.timeCreated.toISOString(),
        timeLastModified: group.timeCreated.toISOString(),
        freeformTags: {},
        definedTags: {},
    };
}
function logJson(tenancy, group, log) {
    return {
        id: log.id,
        tenancyId: tenancy.tenancyId,
        logGroupId: group.id,
        compartmentId: group.compartmentId,
        displayName: log.displayName,
        logType: 'CUSTOM',
        isEnabled: true,
        lifecycleState: 'ACTIVE',
        retentionDuration: 30,
        timeCreated: log.timeCreated.toISOString(),
        timeLastModified: log.timeCreated.toISOString(),
        freeformTags: {},
        definedTags: {},
    };
}
/** Logging's management API (`/20200531`): what the engine reads of log groups, and deleting the logs jobs made. */
function loggingManagementRoutes(tenancy) {
    const group = (request) => {
        const found = tenancy.logGroups.get(request.params.logGroupId);
        if (!found)
            throw notAuthorizedOrNotFound(`log group ${request.params.logGroupId}`);
        return found;
    };
    const log = (request) => {
        const owner = group(request);
        const found = owner.logs.get(request.params.logId);
        if (!found)
            throw notAuthorizedOrNotFound(`log ${request.params.logId} in log group ${owner.id}`);
        return [owner, found];
    };
    const getLogGroup = (request) => ({ status: 200, json: logGroupJson(group(request)) });
    const listLogs = (request) => {
        const owner = group(request);
        return { status: 200, json: [...owner.logs.values()].map((entry) => logJson(tenancy, owner, entry)) };
    };
    const getLog = (request) => {
        const [owner, found] = log(request);
        return { status: 200, json: logJson(tenancy, owner, found) };
    };
    const deleteLog = (request) => {
        const [owner, found] = log(request);
        // OCI deletes through a work request; here it is done at once.
        tenancy.deleteLog(owner.id, found.id);
        return { status: 202, headers: { 'opc-work-request-id': newOcid('logworkrequest', tenancy.region) } };
    };
    const base = '/20200531/logGroups/{logGroupId}';
    return [
        { method: 'GET', path: base, operation: 'getLogGroup', auth: 'required', handle: getLogGroup },
        { method: 'GET', path: `${base}/logs`, operation: 'listLogs', auth: 'required', handle: listLogs },
        { method: 'GET', path: `${base}/logs/{logId}`, operation: 'getLog', auth: 'required', handle: getLog },
        { method: 'DELETE', path: `${base}/logs/{logId}`, operation: 'deleteLog', auth: 'required', handle: deleteLog },
    ];
}

;// CONCATENATED MODULE: ./src/emulator/log-query.ts

const SUPPORTED_QUERY_FORMS = `search "<compartment>[/<logGroup>[/<log>]]" [| where source = '<pattern>' [and source = '<pattern>']] ` +
    `[| sort by datetime [asc|desc]] (keywords in any case; "*" is a wildcard in patterns)`;
function unsupported(part) {
    throw invalidParameter(`Unsupported search query part '${part.trim()}'. The emulator supports: ${SUPPORTED_QUERY_FORMS}.`);
}
/** Splits on `|` outside quotes. */
function pipeline(query) {
    const parts = [];
    let current = '';
    let quote;
    for (const char of query) {
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'") {
            quote = char;
        }
        else if (char === '|') {
            parts.push(current);
            current = '';
            continue;
        }
        current += char;
    }
    if (quote)
        throw invalidParameter(`The search query has an unclosed ${quote} quote.`);
    parts.push(current);
    return parts;
}
function wildcard(pattern) {
    const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${escaped}$`);
}
function parseScopes(text) {
    const scopes = [];
    const pattern = /\s*(?:"([^"]*)"|'([^']*)')\s*(,|$)/y;
    let match;
    while (pattern.lastIndex < text.length && (match = pattern.exec(text))) {
        const scope = (match[1] ?? match[2] ?? '').split('/').map((part) => part.trim());
        if (scope.length > 3 || scope.some((part) => part === ''))
            unsupported(`search ${text}`);
        scopes.push(scope);
        if (match[3] === '')
            break;
    }
    if (scopes.length === 0 || pattern.lastIndex < text.trimEnd().length)
        unsupported(`search ${text}`);
    return scopes;
}
function parseConditions(text) {
    const patterns = [];
    const condition = /\s*source\s*=\s*(?:'([^']*)'|"([^"]*)")\s*(?:(and)\s+|$)/iy;
    let match;
    while ((match = condition.exec(text))) {
        patterns.push(wildcard(match[1] ?? match[2] ?? ''));
        if (!match[3])
            break;
    }
    if (patterns.length === 0 || condition.lastIndex !== text.length)
        unsupported(`where ${text}`);
    return patterns;
}
function parseLogQuery(query) {
    const [head, ...stages] = pipeline(query);
    const search = /^\s*search\s+(.*)$/is.exec(head ?? '');
    if (!search)
        unsupported(head ?? query);
    const parsed = { scopes: parseScopes(search[1]), sourcePatterns: [], descending: false };
    for (const stage of stages) {
        const where = /^\s*where\s+(.*?)\s*$/is.exec(stage);
        const sort = /^\s*sort\s+by\s+datetime(?:\s+(asc|desc))?\s*$/i.exec(stage);
        if (where)
            parsed.sourcePatterns.push(...parseConditions(where[1]));
        else if (sort)
            parsed.descending = sort[1]?.toLowerCase() === 'desc';
        else
            unsupported(stage);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/emulator/logging-search.ts



const MAX_RANGE_MS = 14 * 24 * 60 * 60 * 1000;
function timeAt(body, field) {
    const value = body[field];
    if (value === undefined || value === null || value === '')
        throw missingParameter(field);
    const time = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(time))
        throw invalidParameter(`${field} '${String(value)}' is not an RFC 3339 date-time.`);
    return time;
}
/** The log ids a query's scopes name; unknown compartments, log groups or logs are 404. */
function resolveLogs(scopes, tenancy) {
    const logIds = new Set();
    for (const [compartmentId, logGroupId, logId] of scopes) {
        if (!tenancy.isCompartment(compartmentId))
            throw notAuthorizedOrNotFound(`compartment ${compartmentId}`);
        const groups = logGroupId ? [logGroupId] : tenancy.logGroupsIn(compartmentId);
        for (const group of groups) {
            if (tenancy.logGroupCompartment(group) !== compartmentId) {
                throw notAuthorizedOrNotFound(`log group ${group} in compartment ${compartmentId}`);
            }
            if (logId && !tenancy.hasLog(group, logId))
                throw notAuthorizedOrNotFound(`log ${logId} in log group ${group}`);
            for (const id of logId ? [logId] : tenancy.logsIn(group))
                logIds.add(id);
        }
    }
    return [...logIds];
}
const FIELDS = [
    { fieldName: 'datetime', fieldType: 'NUMBER' },
    { fieldName: 'logContent', fieldType: 'STRING' },
];
/**
 * POST /20190909/search: the query forms the engine uses, over the job runs' log lines. A window
 * holding more than `maxResults` entries is refused as "too large", as OCI refuses big ones.
 */
function loggingSearchRoutes(tenancy, logs, maxResults) {
    function searchLogs(request) {
        const body = jsonBody(request);
        const timeStart = timeAt(body, 'timeStart');
        const timeEnd = timeAt(body, 'timeEnd');
        if (timeStart >= timeEnd)
            throw invalidParameter('timeStart must be before timeEnd.');
        if (timeEnd - timeStart > MAX_RANGE_MS)
            throw invalidParameter('The time range of a search may not exceed 14 days.');
        if (typeof body.searchQuery !== 'string' || body.searchQuery.trim() === '')
            throw missingParameter('searchQuery');
        const query = parseLogQuery(body.searchQuery);
        const logIds = resolveLogs(query.scopes, tenancy);
        let entries = logs
            .search(logIds, timeStart, timeEnd)
            .filter((entry) => query.sourcePatterns.every((pattern) => pattern.test(entry.source)));
        if (entries.length > maxResults) {
            throw invalidParameter(`The search result is too large (${entries.length} entries, at most ${maxResults}): narrow the time range or the query.`);
        }
        if (query.descending)
            entries = entries.reverse();
        const page = pageOf(entries, request.query, 100, 1000);
        const results = page.items.map((entry) => ({
            data: {
                datetime: entry.datetime,
                logContent: {
                    data: { message: entry.message },
                    id: entry.id,
                    oracle: {
                        compartmentid: entry.compartmentId,
                        ingestedtime: new Date(entry.visibleAt).toISOString(),
                        loggroupid: entry.logGroupId,
                        logid: entry.logId,
                        tenantid: tenancy.tenancyId,
                    },
                    source: entry.source,
                    specversion: '1.0',
                    subject: entry.subject,
                    time: entry.time,
                    type: entry.type,
                },
            },
        }));
        const withFields = body.isReturnFieldInfo === true;
        return {
            status: 200,
            headers: pageHeaders(page),
            json: {
                results,
                ...(withFields ? { fields: FIELDS } : {}),
                summary: { resultCount: results.length, fieldCount: withFields ? FIELDS.length : 0 },
            },
        };
    }
    return [{ method: 'POST', path: '/20190909/search', operation: 'searchLogs', auth: 'required', handle: searchLogs }];
}

;// CONCATENATED MODULE: ./src/emulator/object-storage.ts


const OBJECT_FIELDS = ['name', 'size', 'etag', 'md5', 'timeCreated', 'timeModified', 'storageTier', 'archivalState'];
function bucketJson(bucket, withCounts) {
    const size = [...bucket.objects.values()].reduce((total, object) => total + object.bytes.length, 0);
    return {
        namespace: bucket.namespace,
        name: bucket.name,
        compartmentId: bucket.compartmentId,
        metadata: bucket.metadata,
        createdBy: bucket.createdBy,
        timeCreated: bucket.timeCreated.toISOString(),
        etag: bucket.etag,
        publicAccessType: bucket.publicAccessType,
        storageTier: bucket.storageTier,
        objectEventsEnabled: false,
        freeformTags: bucket.freeformTags,
        definedTags: bucket.definedTags,
        versioning: bucket.versioning,
        autoTiering: 'Disabled',
        replicationEnabled: false,
        isReadOnly: false,
        id: bucket.id,
        ...(withCounts ? { approximateCount: bucket.objects.size, approximateSize: size } : {}),
    };
}
function objectSummary(object, fields) {
    const all = {
        name: object.name,
        size: object.bytes.length,
        etag: object.etag,
        md5: object.md5,
        timeCreated: object.timeCreated.toISOString(),
        timeModified: object.timeModified.toISOString(),
        storageTier: 'Standard',
        archivalState: undefined,
    };
    return Object.fromEntries(fields.filter((field) => all[field] !== undefined).map((field) => [field, all[field]]));
}
function listFields(query) {
    const text = query.get('fields');
    if (!text)
        return ['name'];
    const fields = ['name'];
    for (const asked of text.split(',').map((field) => field.trim()).filter(Boolean)) {
        const field = OBJECT_FIELDS.find((known) => known.toLowerCase() === asked.toLowerCase());
        if (!field)
            throw invalidParameter(`fields may hold ${OBJECT_FIELDS.join(', ')}; got '${asked}'.`);
        if (!fields.includes(field))
            fields.push(field);
    }
    return fields;
}
/** listObjects as OCI pages it: by name, `start` inclusive, `end` exclusive, `nextStartWith`. */
function listObjects(bucket, query) {
    const prefix = query.get('prefix') ?? '';
    const start = query.get('start');
    const end = query.get('end');
    const startAfter = query.get('startAfter');
    const delimiter = query.get('delimiter');
    if (delimiter !== null && delimiter !== '/')
        throw invalidParameter(`delimiter may only be '/', got '${delimiter}'.`);
    const limitText = query.get('limit');
    const limit = limitText === null ? 1000 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw invalidParameter(`limit must be an integer from 1 to 1000, got '${limitText}'.`);
    const fields = listFields(query);
    const names = [...bucket.objects.keys()]
        .filter((name) => name.startsWith(prefix))
        .filter((name) => (start === null || name >= start) && (end === null || name < end))
        .filter((name) => startAfter === null || name > startAfter)
        .sort();
    const objects = [];
    const prefixes = new Set();
    let nextStartWith;
    for (const name of names) {
        const cut = delimiter ? name.indexOf(delimiter, prefix.length) : -1;
        const folder = cut === -1 ? undefined : name.slice(0, cut + 1);
        if (folder && prefixes.has(folder))
            continue;
        if (objects.length + prefixes.size >= limit) {
            nextStartWith = name;
            break;
        }
        if (folder)
            prefixes.add(folder);
        else
            objects.push(objectSummary(bucket.objects.get(name), fields));
    }
    return {
        status: 200,
        json: { objects, ...(delimiter ? { prefixes: [...prefixes] } : {}), ...(nextStartWith ? { nextStartWith } : {}) },
    };
}
/** Namespace, buckets and objects, as the SDK's ObjectStorageClient calls them. */
function objectStorageRoutes(store, tenancy) {
    const bucketOf = (request) => store.bucket(request.params.namespaceName, request.params.bucketName);
    function createBucket(request) {
        store.checkNamespace(request.params.namespaceName);
        const body = jsonBody(request);
        if (body.name === undefined || body.name === '')
            throw missingParameter('name');
        if (typeof body.name !== 'string' || !/^[A-Za-z0-9._-]{1,256}$/.test(body.name)) {
            throw invalidParameter(`Bucket name '${String(body.name)}' may only hold letters, digits, '-', '_' and '.' (1 to 256 characters).`);
        }
        if (!body.compartmentId)
            throw missingParameter('compartmentId');
        if (!tenancy.isCompartment(String(body.compartmentId)))
            throw notAuthorizedOrNotFound(`compartment ${String(body.compartmentId)}`);
        const bucket = store.createBucket({
            name: body.name,
            compartmentId: String(body.compartmentId),
            createdBy: tenancy.userId,
            metadata: body.metadata ?? {},
            publicAccessType: body.publicAccessType ?? 'NoPublicAccess',
            storageTier: body.storageTier ?? 'Standard',
            versioning: body.versioning ?? 'Disabled',
            freeformTags: body.freeformTags ?? {},
            definedTags: body.definedTags ?? {},
        });
        return {
            status: 200,
            headers: { etag: bucket.etag, location: `/n/${bucket.namespace}/b/${encodeURIComponent(bucket.name)}` },
            json: bucketJson(bucket, false),
        };
    }
    function listBuckets(request) {
        store.checkNamespace(request.params.namespaceName);
        const compartmentId = request.query.get('compartmentId');
        if (!compartmentId)
            throw missingParameter('compartmentId');
        const buckets = [...store.buckets.values()]
            .filter((bucket) => bucket.compartmentId === compartmentId)
            .sort((a, b) => a.name.localeCompare(b.name));
        const page = pageOf(buckets, request.query, 1000, 1000);
        const summaries = page.items.map((bucket) => ({
            namespace: bucket.namespace,
            name: bucket.name,
            compartmentId: bucket.compartmentId,
            createdBy: bucket.createdBy,
            timeCreated: bucket.timeCreated.toISOString(),
            etag: bucket.etag,
            ...(request.query.get('fields') === 'tags' ? { freeformTags: bucket.freeformTags, definedTags: bucket.definedTags } : {}),
        }));
        return { status: 200, headers: pageHeaders(page), json: summaries };
    }
    function deleteBucket(request) {
        const bucket = bucketOf(request);
        if (bucket.objects.size > 0) {
            throw new ServiceError(409, 'BucketNotEmpty', `Bucket named '${bucket.name}' is not empty. Delete all objects first.`);
        }
        store.buckets.delete(bucket.name);
        return { status: 204 };
    }
    function getBucket(request) {
        const bucket = bucketOf(request);
        const withCounts = /approximate(Count|Size)/.test(request.query.get('fields') ?? '');
        return { status: 200, headers: { etag: bucket.etag }, json: bucketJson(bucket, withCounts) };
    }
    const objectOf = (request) => store.object(bucketOf(request), request.params.objectName);
    const bucketPath = '/n/{namespaceName}/b/{bucketName}';
    return [
        { method: 'GET', path: '/n', operation: 'getNamespace', auth: 'required', handle: () => ({ status: 200, json: store.namespace }) },
        { method: 'POST', path: '/n/{namespaceName}/b', operation: 'createBucket', auth: 'required', retryToken: true, handle: createBucket },
        { method: 'GET', path: '/n/{namespaceName}/b', operation: 'listBuckets', auth: 'required', handle: listBuckets },
        { method: 'GET', path: bucketPath, operation: 'getBucket', auth: 'required', handle: getBucket },
        { method: 'HEAD', path: bucketPath, operation: 'headBucket', auth: 'required', handle: (r) => ({ status: 200, headers: { etag: bucketOf(r).etag } }) },
        { method: 'DELETE', path: bucketPath, operation: 'deleteBucket', auth: 'required', handle: deleteBucket },
        { method: 'GET', path: `${bucketPath}/o`, operation: 'listObjects', auth: 'required', handle: (r) => listObjects(bucketOf(r), r.query) },
        {
            method: 'PUT',
            path: `${bucketPath}/o/{objectName+}`,
            operation: 'putObject',
            auth: 'excluded',
            handle: (r) => store.putObject(bucketOf(r), r.params.objectName, r.body, r.headers),
        },
        { method: 'GET', path: `${bucketPath}/o/{objectName+}`, operation: 'getObject', auth: 'required', handle: (r) => store.readObject(objectOf(r), r.headers) },
        { method: 'HEAD', path: `${bucketPath}/o/{objectName+}`, operation: 'headObject', auth: 'required', handle: (r) => store.readObject(objectOf(r), {}) },
        {
            method: 'DELETE',
            path: `${bucketPath}/o/{objectName+}`,
            operation: 'deleteObject',
            auth: 'required',
            handle: (r) => {
                const bucket = bucketOf(r);
                store.object(bucket, r.params.objectName);
                bucket.objects.delete(r.params.objectName);
                return { status: 204, headers: { 'last-modified': new Date().toUTCString() } };
            },
        },
    ];
}

;// CONCATENATED MODULE: ./src/emulator/object-store.ts



const KEPT_HEADERS = ['content-encoding', 'content-language', 'content-disposition', 'cache-control'];
/** The buckets and objects of the emulator's one namespace. */
class ObjectStore {
    namespace;
    region;
    buckets = new Map();
    constructor(namespace, region) {
        this.namespace = namespace;
        this.region = region;
    }
    checkNamespace(namespace) {
        if (namespace !== this.namespace) {
            throw new ServiceError(404, 'NamespaceNotFound', `You do not have authorization to perform this request, or the namespace '${namespace}' could not be found.`);
        }
    }
    bucket(namespace, name) {
        this.checkNamespace(namespace);
        const bucket = this.buckets.get(name);
        if (!bucket) {
            throw new ServiceError(404, 'BucketNotFound', `Either the bucket named '${name}' does not exist in the namespace '${namespace}' or you are not authorized to access it`);
        }
        return bucket;
    }
    createBucket(details) {
        if (this.buckets.has(details.name)) {
            throw new ServiceError(409, 'BucketAlreadyExists', `Either the bucket '${details.name}' in namespace '${this.namespace}' already exists or you are not authorized to create it`);
        }
        const bucket = {
            ...details,
            id: newOcid('bucket', this.region),
            namespace: this.namespace,
            timeCreated: new Date(),
            etag: (0,external_node_crypto_.randomUUID)(),
            objects: new Map(),
        };
        this.buckets.set(bucket.name, bucket);
        return bucket;
    }
    object(bucket, name) {
        const found = bucket.objects.get(name);
        if (!found) {
            throw new ServiceError(404, 'ObjectNotFound', `The object '${name}' was not found in the bucket '${bucket.name}'`);
        }
        return found;
    }
    /** putObject, for the SDK and for pre-authenticated uploads alike. */
    putObject(bucket, name, body, headers) {
        if (name.length === 0 || name.length > 1024)
            throw invalidParameter('The object name must be 1 to 1024 characters long.');
        const existing = bucket.objects.get(name);
        const ifMatch = headers['if-match'];
        if (ifMatch && ifMatch !== existing?.etag) {
            throw new ServiceError(412, 'IfMatchFailed', `The If-Match header '${ifMatch}' does not match the object's ETag.`);
        }
        if (headers['if-none-match'] === '*' && existing) {
            throw new ServiceError(412, 'IfNoneMatchFailed', `The object '${name}' already exists and If-None-Match is '*'.`);
        }
        const md5 = (0,external_node_crypto_.createHash)('md5').update(body).digest('base64');
        const sentMd5 = headers['content-md5'];
        if (sentMd5 && sentMd5 !== md5) {
            throw new ServiceError(400, 'InvalidContentMD5', `The Content-MD5 '${sentMd5}' does not match the body's MD5 '${md5}'.`);
        }
        const storedHeaders = {};
        for (const [key, value] of Object.entries(headers)) {
            if (typeof value === 'string' && (KEPT_HEADERS.includes(key) || key.startsWith('opc-meta-')))
                storedHeaders[key] = value;
        }
        const now = new Date();
        const stored = {
            name,
            bytes: new Uint8Array(body),
            etag: (0,external_node_crypto_.randomUUID)(),
            md5,
            contentType: headers['content-type'] || 'application/octet-stream',
            storedHeaders,
            timeCreated: existing?.timeCreated ?? now,
            timeModified: now,
        };
        bucket.objects.set(name, stored);
        return {
            status: 200,
            headers: { etag: stored.etag, 'opc-content-md5': md5, 'last-modified': now.toUTCString() },
        };
    }
    /** getObject / headObject, with a single `bytes=a-b` range when asked. */
    readObject(stored, headers) {
        const answerHeaders = {
            ...stored.storedHeaders,
            etag: stored.etag,
            'content-md5': stored.md5,
            'content-type': stored.contentType,
            'last-modified': stored.timeModified.toUTCString(),
            'accept-ranges': 'bytes',
            'storage-tier': 'Standard',
            'content-length': String(stored.bytes.length),
        };
        const range = /^bytes=(\d*)-(\d*)$/.exec(headers.range ?? '');
        if (!range || (range[1] === '' && range[2] === ''))
            return { status: 200, headers: answerHeaders, bytes: stored.bytes };
        const size = stored.bytes.length;
        let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
        const end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
        start = Math.max(0, start);
        if (start >= size || start > end) {
            throw new ServiceError(416, 'InvalidRange', `The range '${headers.range}' is not satisfiable for ${size} bytes.`);
        }
        const bytes = stored.bytes.subarray(start, end + 1);
        delete answerHeaders['content-md5']; // the MD5 is of the whole object
        return {
            status: 206,
            headers: { ...answerHeaders, 'content-length': String(bytes.length), 'content-range': `bytes ${start}-${end}/${size}` },
            bytes,
        };
    }
}

;// CONCATENATED MODULE: ./src/emulator/pre-authenticated-requests.ts




const ACCESS_TYPES = ['ObjectRead', 'ObjectWrite', 'ObjectReadWrite', 'AnyObjectWrite', 'AnyObjectRead', 'AnyObjectReadWrite'];
function parNotFound() {
    return new ServiceError(404, 'NotAuthorizedOrNotFound', 'The pre-authenticated request does not exist, has expired, or does not grant access to this object.');
}
function accessUri(par, namespace) {
    const base = `/p/${par.token}/n/${namespace}/b/${encodeURIComponent(par.bucketName)}/o/`;
    return par.accessType.startsWith('Any') ? base : base + encodeURIComponent(par.objectName ?? '');
}
function summaryJson(par) {
    return {
        id: par.id,
        name: par.name,
        ...(par.objectName !== undefined ? { objectName: par.objectName } : {}),
        bucketListingAction: par.bucketListingAction,
        accessType: par.accessType,
        timeExpires: par.timeExpires.toISOString(),
        timeCreated: par.timeCreated.toISOString(),
    };
}
/**
 * Pre-authenticated requests: create/get/list/delete (signed), and the unsigned access paths
 * `/p/<token>/n/<ns>/b/<bucket>/o/<object>` that hand out reads and writes to whoever has the URL.
 */
function preauthenticatedRequestRoutes(store, baseUrl) {
    const byId = new Map();
    const byToken = new Map();
    function create(request) {
        const bucket = store.bucket(request.params.namespaceName, request.params.bucketName);
        const body = jsonBody(request);
        if (!body.name)
            throw missingParameter('name');
        if (!body.accessType)
            throw missingParameter('accessType');
        if (!ACCESS_TYPES.includes(String(body.accessType))) {
            throw invalidParameter(`accessType '${String(body.accessType)}' is not one of ${ACCESS_TYPES.join(', ')}.`);
        }
        const accessType = String(body.accessType);
        if (!accessType.startsWith('Any') && !body.objectName)
            throw missingParameter('objectName', `accessType ${accessType} names one object.`);
        if (!body.timeExpires)
            throw missingParameter('timeExpires');
        const timeExpires = new Date(String(body.timeExpires));
        if (Number.isNaN(timeExpires.getTime()))
            throw invalidParameter(`timeExpires '${String(body.timeExpires)}' is not an RFC 3339 date-time.`);
        if (timeExpires.getTime() <= Date.now())
            throw invalidParameter('timeExpires must be in the future.');
        const listing = body.bucketListingAction ?? 'Deny';
        if (!['Deny', 'ListObjects'].includes(listing))
            throw invalidParameter(`bucketListingAction '${listing}' is not Deny or ListObjects.`);
        const par = {
            id: randomToken(24),
            token: randomToken(48),
            name: String(body.name),
            bucketName: bucket.name,
            bucketId: bucket.id,
            ...(body.objectName ? { objectName: String(body.objectName) } : {}),
            accessType,
            bucketListingAction: listing,
            timeCreated: new Date(),
            timeExpires,
        };
        byId.set(par.id, par);
        byToken.set(par.token, par);
        const uri = accessUri(par, store.namespace);
        return { status: 200, json: { ...summaryJson(par), accessUri: uri, fullPath: baseUrl() + uri } };
    }
    function find(request) {
        const bucket = store.bucket(request.params.namespaceName, request.params.bucketName);
        const par = byId.get(request.params.parId);
        if (!par || par.bucketId !== bucket.id) {
            throw new ServiceError(404, 'NotAuthorizedOrNotFound', `There is no pre-authenticated request '${request.params.parId}' on bucket '${bucket.name}'.`);
        }
        return par;
    }
    function list(request) {
        const bucket = store.bucket(request.params.namespaceName, request.params.bucketName);
        const prefix = request.query.get('objectNamePrefix') ?? '';
        const pars = [...byId.values()]
            .filter((par) => par.bucketId === bucket.id && (par.objectName ?? '').startsWith(prefix))
            .sort((a, b) => a.timeCreated.getTime() - b.timeCreated.getTime());
        const page = pageOf(pars, request.query, 1000, 1000);
        return { status: 200, headers: pageHeaders(page), json: page.items.map(summaryJson) };
    }
    /** The request's PAR and bucket, if the token is live and names this namespace and bucket. */
    function authorize(request) {
        const par = byToken.get(request.params.token);
        if (!par || par.timeExpires.getTime() <= Date.now())
            throw parNotFound();
        const bucket = store.buckets.get(par.bucketName);
        if (request.params.namespaceName !== store.namespace || request.params.bucketName !== par.bucketName)
            throw parNotFound();
        if (!bucket || bucket.id !== par.bucketId)
            throw parNotFound();
        return { par, bucket };
    }
    function allowedObject(par, objectName, access) {
        const inScope = par.accessType.startsWith('Any') ? objectName.startsWith(par.objectName ?? '') : objectName === par.objectName;
        if (!inScope)
            throw parNotFound();
        if (!par.accessType.includes(access)) {
            throw new ServiceError(403, 'NotAllowed', `This pre-authenticated request (${par.accessType}) does not allow ${access === 'Read' ? 'reads' : 'writes'}.`);
        }
    }
    const parObject = '/p/{token}/n/{namespaceName}/b/{bucketName}/o/{objectName+}';
    const managed = '/n/{namespaceName}/b/{bucketName}/p';
    return [
        // OCI's CreatePreauthenticatedRequest takes no opc-retry-token: a retried create makes another PAR.
        { method: 'POST', path: managed, operation: 'createPreauthenticatedRequest', auth: 'required', handle: create },
        { method: 'GET', path: managed, operation: 'listPreauthenticatedRequests', auth: 'required', handle: list },
        {
            method: 'GET',
            path: `${managed}/{parId}`,
            operation: 'getPreauthenticatedRequest',
            auth: 'required',
            handle: (request) => ({ status: 200, json: summaryJson(find(request)) }),
        },
        {
            method: 'DELETE',
            path: `${managed}/{parId}`,
            operation: 'deletePreauthenticatedRequest',
            auth: 'required',
            handle: (request) => {
                const par = find(request);
                byId.delete(par.id);
                byToken.delete(par.token);
                return { status: 204 };
            },
        },
        {
            method: 'PUT',
            path: parObject,
            operation: 'parPutObject',
            auth: 'none',
            // The token is the only credential here: checked before a byte of the upload is read.
            checkBeforeBody: (request) => allowedObject(authorize(request).par, request.params.objectName, 'Write'),
            handle: (request) => {
                const { par, bucket } = authorize(request);
                allowedObject(par, request.params.objectName, 'Write');
                return store.putObject(bucket, request.params.objectName, request.body, request.headers);
            },
        },
        ...['GET', 'HEAD'].map((method) => ({
            method,
            path: parObject,
            operation: method === 'GET' ? 'parGetObject' : 'parHeadObject',
            auth: 'none',
            handle: (request) => {
                const { par, bucket } = authorize(request);
                allowedObject(par, request.params.objectName, 'Read');
                return store.readObject(store.object(bucket, request.params.objectName), method === 'GET' ? request.headers : {});
            },
        })),
        {
            method: 'GET',
            path: '/p/{token}/n/{namespaceName}/b/{bucketName}/o',
            operation: 'parListObjects',
            auth: 'none',
            handle: (request) => {
                const { par, bucket } = authorize(request);
                if (par.bucketListingAction !== 'ListObjects') {
                    throw new ServiceError(403, 'NotAllowed', 'This pre-authenticated request does not allow listing objects.');
                }
                const query = new URLSearchParams(request.query);
                const scope = par.objectName ?? '';
                const asked = request.query.get('prefix') ?? '';
                query.set('prefix', asked.startsWith(scope) ? asked : scope + asked);
                return listObjects(bucket, query);
            },
        },
    ];
}

;// CONCATENATED MODULE: ./src/emulator/retry-tokens.ts


/**
 * Makes creates idempotent as OCI does: a request that repeats an `opc-retry-token` seen before
 * for the same operation gets the first answer again and creates nothing. Only successful
 * answers are remembered, so a create that failed may be retried with the same token.
 */
class RetryTokenCache {
    remembered = new Map();
    async run(operation, token, body, work) {
        if (!token)
            return work();
        const key = `${operation}\n${token}`;
        const bodyHash = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
        const seen = this.remembered.get(key);
        if (seen) {
            if (seen.bodyHash !== bodyHash) {
                throw new ServiceError(409, 'InvalidatedRetryToken', 'The opc-retry-token was already used for a different request.');
            }
            return seen.answer;
        }
        // Remember the work while it runs, so a retry that arrives meanwhile waits for the same answer.
        const answer = work();
        this.remembered.set(key, { bodyHash, answer });
        try {
            const response = await answer;
            if (response.status >= 300)
                this.remembered.delete(key);
            return response;
        }
        catch (error) {
            this.remembered.delete(key);
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/emulator/emulator.ts


























const REGION = 'us-ashburn-1';
/** As strict as OCI by default: runs wait to start, and log lines arrive late (ADS expects both). */
const STRICT_DELAYS = { startDelayMs: 20_000, logDelayMs: 40_000 };
const OUTPUT_BUCKET = 'notebook-outputs';
const STOP_GRACE_MS = 2000;
function randomNamespace() {
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    return 'emu' + Array.from({ length: 9 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}
function apiKey() {
    const { publicKey, privateKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    const fingerprint = (0,external_node_crypto_.createHash)('md5').update(der).digest('hex').match(/../g).join(':');
    return { publicKey, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }), fingerprint };
}
function pythonFinder(requested) {
    let found;
    return () => {
        const explicit = requested ?? process.env.OCI_EMULATOR_PYTHON;
        found ??= explicit ? Promise.resolve(explicit) : (0,python/* findJupyterPython */.du)().catch(() => 'python3');
        return found;
    };
}
/** Starts the emulator on 127.0.0.1 with a fresh tenancy, API key, project, log group (in a compartment of its own) and output bucket. */
async function startEmulator(options = {}) {
    const tenancy = new Tenancy(REGION);
    const key = apiKey();
    const namespace = randomNamespace();
    const ownWorkDir = options.workDir === undefined;
    const workDir = options.workDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'oci-emulator-')));
    const objects = new ObjectStore(namespace, REGION);
    objects.createBucket({
        name: OUTPUT_BUCKET,
        compartmentId: tenancy.compartmentId,
        createdBy: tenancy.userId,
        metadata: {},
        publicAccessType: 'NoPublicAccess',
        storageTier: 'Standard',
        versioning: 'Disabled',
        freeformTags: {},
        definedTags: {},
    });
    const clock = options.clock ?? engine_clock/* SYSTEM_CLOCK */.V;
    const logs = new LogStore(options.logDelayMs ?? STRICT_DELAYS.logDelayMs, clock);
    const dataScience = new DataScienceStore();
    const lifecycle = new JobRunLifecycle(tenancy, dataScience, logs, {
        startDelayMs: options.startDelayMs ?? STRICT_DELAYS.startDelayMs,
        clock,
        stopGraceMs: STOP_GRACE_MS,
        workDir,
        python: pythonFinder(options.python),
    });
    lifecycle.runFaults = options.runFaults;
    const faults = new FaultInjector(options.faults);
    const requests = [];
    const sessionTokens = new SessionTokenAuthority(tenancy.tenancyId);
    const github = new GitHubIdTokenService(() => sessionTokens.prepare());
    const identityDomain = new IdentityDomain(sessionTokens, github, { sessionTokenSeconds: options.sessionTokenSeconds });
    let url = '';
    const state = () => emulatorState(dataScience, lifecycle.now());
    const routes = [
        ...emulatorStateRoutes(state),
        ...identityDomain.routes(),
        ...github.routes(),
        ...jobRoutes(tenancy, dataScience, lifecycle),
        ...jobRunRoutes(tenancy, dataScience, lifecycle),
        ...preauthenticatedRequestRoutes(objects, () => url),
        ...objectStorageRoutes(objects, tenancy),
        ...loggingSearchRoutes(tenancy, logs, options.maxSearchResults ?? 10_000),
        ...loggingManagementRoutes(tenancy),
    ];
    const server = createEmulatorServer(routes, {
        identity: { keyId: `${tenancy.tenancyId}/${tenancy.userId}/${key.fingerprint}`, publicKey: key.publicKey, sessionTokens },
        faults,
        retryTokens: new RetryTokenCache(),
        requests,
        maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    });
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port ?? 0, '127.0.0.1', () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (error) {
        // EADDRINUSE and the like: nothing was started, so nothing is left behind either.
        if (ownWorkDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
        throw error;
    }
    const port = server.address().port;
    url = `http://127.0.0.1:${port}`;
    const env = {
        OCI_CLI_USER: tenancy.userId,
        OCI_CLI_TENANCY: tenancy.tenancyId,
        OCI_CLI_FINGERPRINT: key.fingerprint,
        OCI_CLI_KEY_CONTENT: key.privateKeyPem,
        OCI_CLI_REGION: REGION,
        OCI_DATA_SCIENCE_ENDPOINT: url,
        OCI_OBJECT_STORAGE_ENDPOINT: url,
        OCI_LOGGING_SEARCH_ENDPOINT: url,
        OCI_LOGGING_ENDPOINT: url,
        OCI_COMPARTMENT_ID: tenancy.compartmentId,
        OCI_LOG_COMPARTMENT_ID: tenancy.logCompartmentId,
        OCI_PROJECT_ID: tenancy.projectId,
        OCI_LOG_GROUP_ID: tenancy.logGroupId,
        OCI_OUTPUT_URI: `oci://${OUTPUT_BUCKET}@${namespace}/runs`,
        OCI_NAMESPACE: namespace,
        // Keyless: without OCI_CLI_USER, OCI_CLI_FINGERPRINT and OCI_CLI_KEY_CONTENT, these sign in instead.
        OCI_OIDC_DOMAIN_URL: url,
        OCI_OIDC_CLIENT_IDENTIFIER: identityDomain.clientIdentifier,
        ACTIONS_ID_TOKEN_REQUEST_URL: `${url}${ID_TOKEN_PATH}?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken,
    };
    let closing;
    return {
        url,
        port,
        region: REGION,
        namespace,
        tenancyId: tenancy.tenancyId,
        compartmentId: tenancy.compartmentId,
        logCompartmentId: tenancy.logCompartmentId,
        projectId: tenancy.projectId,
        logGroupId: tenancy.logGroupId,
        outputBucket: OUTPUT_BUCKET,
        env,
        requests,
        identityDomain,
        github,
        async resourcePrincipalEnv(lifetimeSeconds = 3600) {
            const { publicKey, privateKey } = await makeRsaKeyPair();
            const rpst = await sessionTokens.issue({
                kind: 'rpst',
                subject: newOcid('fnfunc', REGION),
                publicKey,
                lifetimeSeconds,
                claims: { res_compartment: tenancy.compartmentId, res_type: 'fnfunc' },
            });
            return {
                OCI_RESOURCE_PRINCIPAL_VERSION: '2.2',
                OCI_RESOURCE_PRINCIPAL_RPST: rpst,
                OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM: privateKey.export({ type: 'pkcs8', format: 'pem' }),
                OCI_RESOURCE_PRINCIPAL_REGION: REGION,
            };
        },
        state,
        stateUrl: `${url}${STATE_PATH}`,
        setFaults: (next) => faults.set(next),
        setRunFaults: (next) => {
            lifecycle.runFaults = next;
        },
        close() {
            closing ??= (async () => {
                // In this order, so that no run is created after the runs to end have been counted.
                lifecycle.refuseNewRuns();
                await new Promise((resolve) => {
                    server.close(() => resolve());
                    server.closeAllConnections();
                });
                await lifecycle.close();
                if (ownWorkDir)
                    await (0,promises_.rm)(workDir, { recursive: true, force: true });
            })();
            return closing;
        },
    };
}
/** Single-quotes a value for POSIX shells; multi-line values (the PEM) survive intact. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** Writes `env` so that `set -a; . FILE; set +a` in bash loads it. The file holds a private key: mode 600. */
async function writeEnvFile(emulator, file) {
    const lines = Object.entries(emulator.env).map(([name, value]) => `${name}=${shellQuote(value)}`);
    await (0,promises_.writeFile)(file, `# OCI emulator at ${emulator.url}\n${lines.join('\n')}\n`, { mode: 0o600 });
}


/***/ }),

/***/ 43124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ SYSTEM_CLOCK)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

const SYSTEM_CLOCK = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, signal ? { signal } : undefined),
};


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

/***/ 9716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: () => (/* binding */ signJwt),
/* harmony export */   fz: () => (/* binding */ JwtFormatError),
/* harmony export */   iU: () => (/* binding */ decodeJwt),
/* harmony export */   iZ: () => (/* binding */ claimTime),
/* harmony export */   nk: () => (/* binding */ hasValidSignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

class JwtFormatError extends Error {
}
function decodePart(part, what) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw new JwtFormatError(`its ${what} is not base64url-encoded JSON`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new JwtFormatError(`its ${what} is not a JSON object`);
    return parsed;
}
/** The token's parts, unverified. Throws JwtFormatError (never quoting the token) when it is not a JWT. */
function decodeJwt(token) {
    const parts = token.trim().split('.');
    if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) {
        throw new JwtFormatError('it is not a JSON Web Token (three base64url parts separated by dots)');
    }
    const [header, payload, signature] = parts;
    return {
        header: decodePart(header, 'header'),
        payload: decodePart(payload, 'payload'),
        signedPart: `${header}.${payload}`,
        signature: Buffer.from(signature, 'base64url'),
    };
}
/** A compact RS256 JWT of `claims`, signed with `privateKey`. */
function signJwt(claims, privateKey, keyId) {
    const header = { alg: 'RS256', typ: 'JWT', ...(keyId ? { kid: keyId } : {}) };
    const signedPart = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return `${signedPart}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(signedPart), privateKey).toString('base64url')}`;
}
/** Whether `jwt` is RS256 and signed by `publicKey`. */
function hasValidSignature(jwt, publicKey) {
    return jwt.header.alg === 'RS256' && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', Buffer.from(jwt.signedPart), publicKey, jwt.signature);
}
/** A claim in seconds since the epoch, as a Date; undefined when absent or not a number. */
function claimTime(claims, name) {
    const value = claims[name];
    return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined;
}


/***/ }),

/***/ 26606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ ocidResourceType),
/* harmony export */   e: () => (/* binding */ isOcid)
/* harmony export */ });
/** OCI resource identifiers: `ocid1.<type>.<realm>.[region][.future].<unique>`. */
const OCID_PATTERN = /^ocid1\.([a-z0-9_]+)\.([a-z0-9_-]+)\.([a-z0-9_-]*)(\.[a-z0-9_-]*)?\.([a-z0-9]+)$/i;
function ocidResourceType(value) {
    return OCID_PATTERN.exec(value)?.[1]?.toLowerCase();
}
function isOcid(value, ...types) {
    const type = ocidResourceType(value);
    return type !== undefined && (types.length === 0 || types.includes(type));
}


/***/ })

};
