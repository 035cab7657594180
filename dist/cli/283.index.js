export const id = 283;
export const ids = [283];
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

/***/ 64283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OciJobBackend: () => (/* binding */ OciJobBackend)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/artifact/driver-files.ts
var driver_files = __webpack_require__(35232);
;// CONCATENATED MODULE: ./src/artifact/job-artifact.ts



// A fixed timestamp keeps the same inputs zipping to the same bytes.
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');
function buildJobArtifact(notebookFileName, notebook, jobName) {
    const notebookPath = `code/${notebookFileName}`;
    const zip = zipFiles([...(0,driver_files/* driverFiles */.yp)(), [notebookPath, notebook]]);
    return { zip, fileName: `${safeFileName(jobName)}.zip`, entrypoint: driver_files/* DRIVER_ENTRYPOINT */.yH, notebookPath };
}
/**
 * A zip entry deflated by node's zlib: fflate lays out the archive, but its JavaScript deflate
 * takes several times longer, cold, than the native one, and every submission builds an artifact.
 */
class NativeDeflateEntry extends esm/* ZipPassThrough */.uZ {
    constructor(filename) {
        super(filename);
        this.compression = 8;
        this.mtime = ZIP_TIME;
    }
    process(chunk, final) {
        // Entries are pushed whole (see zipFiles): one chunk is one complete deflate stream.
        // Level 1: built for every submission, so speed beats the last few bytes.
        this.ondata(null, (0,external_node_zlib_.deflateRawSync)(chunk, { level: 1 }), final);
    }
}
function zipFiles(files) {
    const parts = [];
    let failure = null;
    // With synchronous entries fflate calls back before each call returns.
    const zip = new esm/* Zip */.qQ((error, data) => {
        if (error)
            failure = error;
        else
            parts.push(data);
    });
    for (const [name, content] of files) {
        const entry = new NativeDeflateEntry(name);
        zip.add(entry);
        entry.push(content, true);
    }
    zip.end();
    if (failure)
        throw failure;
    return Buffer.concat(parts);
}
function safeFileName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'notebook';
}

// EXTERNAL MODULE: ./src/artifact/job-environment.ts
var job_environment = __webpack_require__(78205);
// EXTERNAL MODULE: ./src/notebook/parameters.ts
var parameters = __webpack_require__(27481);
// EXTERNAL MODULE: ./src/notebook/notebook.ts
var notebook = __webpack_require__(86796);
// EXTERNAL MODULE: ./src/notebook/notebook-name.ts
var notebook_name = __webpack_require__(29986);
// EXTERNAL MODULE: ./src/engine/validate-run-request.ts
var validate_run_request = __webpack_require__(52062);
;// CONCATENATED MODULE: ./src/engine/run-result.ts
/** Where a run ended. NEEDS_ATTENTION is terminal for us: waiting on it only burns the timeout. */
const TERMINAL_STATES = ['SUCCEEDED', 'FAILED', 'CANCELED', 'DELETED', 'NEEDS_ATTENTION'];
function isTerminal(state) {
    return TERMINAL_STATES.includes(state);
}

// EXTERNAL MODULE: ./src/engine/driver-messages.ts
var driver_messages = __webpack_require__(83499);
// EXTERNAL MODULE: ./src/engine/describe-error.ts
var describe_error = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/oci/object-storage-uri.ts
var object_storage_uri = __webpack_require__(82277);
// EXTERNAL MODULE: ./node_modules/oci-objectstorage/index.js
var oci_objectstorage = __webpack_require__(22284);
;// CONCATENATED MODULE: ./src/backends/oci/output-par.ts

/**
 * Lets the run upload its outputs over plain HTTPS, with no `oci` package in the job and no IAM
 * policy for job-run resource principals. Only writes, only under the prefix, only until it expires.
 */
async function createOutputPar(client, endpoint, location, name, expires) {
    // Variables in the prefix ($JOB_RUN_OCID) are expanded in the run: allow everything before them.
    const prefix = location.prefix.split('$')[0];
    const response = await client.createPreauthenticatedRequest({
        namespaceName: location.namespace,
        bucketName: location.bucket,
        createPreauthenticatedRequestDetails: {
            name,
            accessType: oci_objectstorage.models.CreatePreauthenticatedRequestDetails.AccessType.AnyObjectWrite,
            ...(prefix ? { objectName: prefix } : {}),
            timeExpires: expires,
        },
    });
    const par = response.preauthenticatedRequest;
    const url = par.fullPath ?? `${endpoint}${par.accessUri}`;
    return { id: par.id, namespace: location.namespace, bucket: location.bucket, url };
}
async function deleteOutputPar(client, par) {
    await client.deletePreauthenticatedRequest({ namespaceName: par.namespace, bucketName: par.bucket, parId: par.id });
}

;// CONCATENATED MODULE: ./src/backends/oci/job-details.ts

/** The job as OCI sees it: ME_STANDALONE without a subnet, STANDALONE with one; shape config only for Flex. */
function createJobDetails(request, environmentVariables) {
    const shapeConfig = (0,validate_run_request/* isFlexShape */.hX)(request.shape)
        ? { jobShapeConfigDetails: { ocpus: request.ocpus, memoryInGBs: request.memoryInGBs } }
        : {};
    const infrastructure = request.subnetId
        ? {
            jobInfrastructureType: 'STANDALONE',
            shapeName: request.shape,
            subnetId: request.subnetId,
            blockStorageSizeInGBs: request.blockStorageSizeInGBs,
            ...shapeConfig,
        }
        : {
            jobInfrastructureType: 'ME_STANDALONE',
            shapeName: request.shape,
            blockStorageSizeInGBs: request.blockStorageSizeInGBs,
            ...shapeConfig,
        };
    return {
        projectId: request.projectId,
        compartmentId: request.compartmentId,
        displayName: request.jobName,
        description: `Runs ${request.notebook.path} (oci-run-notebook)`,
        jobConfigurationDetails: jobConfiguration(request, environmentVariables),
        jobInfrastructureConfigurationDetails: infrastructure,
        ...(request.logGroupId ? { jobLogConfigurationDetails: logConfiguration(request) } : {}),
        freeformTags: request.freeformTags,
    };
}
function jobConfiguration(request, environmentVariables) {
    return {
        jobType: 'DEFAULT',
        environmentVariables,
        ...(request.maximumRuntimeInMinutes ? { maximumRuntimeInMinutes: request.maximumRuntimeInMinutes } : {}),
    };
}
function logConfiguration(request) {
    return {
        enableLogging: true,
        enableAutoLogCreation: !request.logId,
        logGroupId: request.logGroupId,
        ...(request.logId ? { logId: request.logId } : {}),
    };
}
/** The run carries the job's variables again with its own secrets (the output PAR), whatever OCI's merge rules. */
function createJobRunDetails(request, jobId, environmentVariables) {
    return {
        projectId: request.projectId,
        compartmentId: request.compartmentId,
        jobId,
        displayName: request.jobName,
        jobConfigurationOverrideDetails: jobConfiguration(request, environmentVariables),
        freeformTags: request.freeformTags,
    };
}

;// CONCATENATED MODULE: ./src/backends/oci/poll-schedule.ts
/** At the 10 s cap a run costs 12 calls a minute (one GetJobRun, one log search). */
const DEFAULT_POLL_SCHEDULE = { initialMs: 1000, factor: 1.5, maxMs: 10_000 };
function* pollDelays(schedule) {
    let delay = schedule.initialMs;
    for (;;) {
        yield delay;
        delay = Math.min(schedule.maxMs, delay * schedule.factor);
    }
}

;// CONCATENATED MODULE: ./src/backends/oci/run-log-reader.ts
/** Lines can be searchable a minute or more after they were written; each search looks back this far. */
const LATE_ARRIVAL_WINDOW_MS = 5 * 60_000;
const PAGE_SIZE = 1000;
/**
 * Reads one job run's log lines from Logging Search, each line once and in time order:
 * overlapping windows catch lines that arrive late, and ids already seen are dropped.
 */
class RunLogReader {
    client;
    scope;
    runId;
    now;
    seen = new Set();
    watermark;
    constructor(client, scope, runId, since, now = Date.now) {
        this.client = client;
        this.scope = scope;
        this.runId = runId;
        this.now = now;
        this.watermark = since.getTime();
    }
    get query() {
        const { compartmentId, logGroupId, logId } = this.scope;
        return `search "${compartmentId}/${logGroupId}/${logId}" | where source = '*${this.runId}' | sort by datetime asc`;
    }
    /** Lines not returned before, oldest first. */
    async readNew() {
        const timeStart = new Date(this.watermark - LATE_ARRIVAL_WINDOW_MS);
        const timeEnd = new Date(this.now() + 60_000);
        const fresh = [];
        let page;
        do {
            const response = await this.client.searchLogs({
                searchLogsDetails: { timeStart, timeEnd, searchQuery: this.query, isReturnFieldInfo: false },
                limit: PAGE_SIZE,
                page,
            });
            for (const result of response.searchResponse.results ?? []) {
                const entry = toEntry(result.data);
                if (entry && !this.seen.has(entry.id)) {
                    this.seen.add(entry.id);
                    fresh.push(entry);
                }
            }
            page = response.opcNextPage || undefined;
        } while (page);
        fresh.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
        const newest = fresh.at(-1);
        if (newest)
            this.watermark = Math.max(this.watermark, Date.parse(newest.time));
        return fresh;
    }
}
function toEntry(data) {
    const record = data;
    const content = record?.logContent;
    if (!content?.id)
        return undefined;
    const time = content.time ?? new Date(record.datetime ?? Date.now()).toISOString();
    const message = content.data?.message;
    return { id: content.id, time, message: typeof message === 'string' ? message : JSON.stringify(content.data ?? '') };
}

;// CONCATENATED MODULE: ./src/backends/oci/console-url.ts
/** The run's page in the OCI Console. */
function consoleUrl(runId, region) {
    return `https://cloud.oracle.com/data-science/job-runs/${runId}?region=${region}`;
}

;// CONCATENATED MODULE: ./src/backends/oci/job-run-status.ts





/**
 * The run's state, and where its executed notebook goes, read back from the variables the engine
 * gave the run (OUTPUT_URI, JOB_RUN_NOTEBOOK). Only those two are read: the run also carries
 * the output pre-authenticated request, a secret.
 */
async function jobRunStatus(clients, jobRunId) {
    const { jobRun } = await clients.dataScience.getJobRun({ jobRunId });
    return {
        id: jobRun.id,
        jobId: jobRun.jobId,
        ...(jobRun.displayName ? { displayName: jobRun.displayName } : {}),
        lifecycleState: jobRun.lifecycleState,
        ...(jobRun.lifecycleDetails ? { lifecycleDetails: jobRun.lifecycleDetails } : {}),
        terminal: isTerminal(jobRun.lifecycleState),
        succeeded: jobRun.lifecycleState === 'SUCCEEDED',
        ...optional('outputUri', await outputUriOf(clients, jobRun)),
        ...optional('timeAccepted', isoTime(jobRun.timeAccepted)),
        ...optional('timeStarted', isoTime(jobRun.timeStarted)),
        ...optional('timeFinished', isoTime(jobRun.timeFinished)),
        consoleUrl: consoleUrl(jobRun.id, clients.credentials.region.regionId),
    };
}
async function outputUriOf(clients, run) {
    let variables = defaultVariables(run.jobConfigurationOverrideDetails);
    if (!variables?.OUTPUT_URI) {
        // Runs started by other tools may carry their variables on the job only. Best effort: the state matters more.
        const job = await clients.dataScience.getJob({ jobId: run.jobId }).catch(() => undefined);
        variables = { ...defaultVariables(job?.job.jobConfigurationDetails), ...variables };
    }
    const folder = variables?.OUTPUT_URI ? (0,job_environment/* expandRunVariables */.vs)(variables.OUTPUT_URI, run.id, run.jobId) : undefined;
    const location = folder ? (0,object_storage_uri/* parseObjectStorageUri */.iT)(folder) : undefined;
    if (!location)
        return undefined;
    const notebook = variables?.JOB_RUN_NOTEBOOK;
    return notebook ? (0,object_storage_uri/* objectUri */.WE)(location, (0,notebook_name/* notebookFileName */.h)(notebook)) : (0,object_storage_uri/* formatObjectStorageUri */.uu)(location);
}
function defaultVariables(configuration) {
    if (configuration?.jobType !== 'DEFAULT')
        return undefined;
    return configuration.environmentVariables;
}
function isoTime(value) {
    return value ? new Date(value).toISOString() : undefined;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}

;// CONCATENATED MODULE: ./src/backends/oci/oci-job-backend.ts


















const DEFAULTS = {
    pollSchedule: DEFAULT_POLL_SCHEDULE,
    logSettleMs: 90_000,
    logQuietMs: 30_000,
    cancelWaitMs: 10 * 60_000,
    defaultParLifetimeMinutes: 24 * 60,
};
/** Headroom on the PAR's lifetime for time a run spends queued before its runtime starts counting. */
const PAR_QUEUE_ALLOWANCE_MINUTES = 60;
/** Runs notebooks as OCI Data Science job runs. */
class OciJobBackend {
    clients;
    settings;
    onSecret;
    constructor(clients, options = {}) {
        this.clients = clients;
        const { onSecret, ...settings } = options;
        this.settings = { ...DEFAULTS, ...settings };
        this.onSecret = onSecret ?? (() => undefined);
    }
    validate(request) {
        (0,validate_run_request/* validateRunRequest */.xS)(request);
    }
    async submit(request) {
        this.validate(request);
        const prepared = (0,parameters/* injectParameters */.EN)((0,notebook/* parseNotebook */.fJ)(request.notebook.content, request.notebook.path), request.parameters);
        const notebookName = (0,notebook_name/* notebookFileName */.h)(request.notebook.path);
        const artifact = buildJobArtifact(notebookName, (0,notebook/* serializeNotebook */.aM)(prepared), request.jobName);
        const env = (0,job_environment/* jobEnvironment */.tw)(request, artifact, this.clients.credentials.region.regionId);
        const retryToken = (0,external_node_crypto_.randomUUID)().replace(/-/g, '');
        const output = request.outputUri ? (0,object_storage_uri/* parseObjectStorageUri */.iT)(request.outputUri) : undefined;
        // The PAR's request can go out while Data Science's larger package is still loading.
        const [par, job] = await Promise.allSettled([
            output ? this.createPar(output, request) : Promise.resolve(undefined),
            this.clients
                .use('dataScience')
                .then(() => this.clients.dataScience.createJob({ createJobDetails: createJobDetails(request, env), opcRetryToken: `${retryToken}job` })),
        ]);
        try {
            if (job.status === 'rejected')
                throw job.reason;
            if (par.status === 'rejected')
                throw par.reason;
            await this.clients.dataScience.createJobArtifact({
                jobId: job.value.job.id,
                jobArtifact: Buffer.from(artifact.zip),
                // No contentLength: the SDK backs the body up for retries and sets the length itself, so a
                // given one is sent twice ("N, N"), which the fetch of Node 24 (the action's runtime) refuses.
                contentDisposition: `attachment; filename=${artifact.fileName}`,
                opcRetryToken: `${retryToken}artifact`,
            });
            const runEnv = par.value ? { ...env, [job_environment/* OUTPUT_PAR_VARIABLE */.p_]: par.value.url } : env;
            const { jobRun } = await this.clients.dataScience.createJobRun({
                createJobRunDetails: createJobRunDetails(request, job.value.job.id, runEnv),
                opcRetryToken: `${retryToken}run`,
            });
            return this.handleFor(request, jobRun, par.value);
        }
        catch (error) {
            // Nothing half-created: a job without a run, or a PAR nobody uses, is removed again.
            await Promise.allSettled([
                job.status === 'fulfilled' ? this.clients.dataScience.deleteJob({ jobId: job.value.job.id }) : undefined,
                par.status === 'fulfilled' && par.value ? deleteOutputPar(this.clients.objectStorage, par.value) : undefined,
            ]);
            throw error;
        }
    }
    async follow(handle, options = {}) {
        try {
            return await this.followToEnd(handle, options);
        }
        finally {
            await this.deleteParOf(handle);
        }
    }
    async followToEnd(handle, options) {
        await this.clients.use('dataScience', 'logSearch');
        const { dataScience } = this.clients;
        let run = (await dataScience.getJobRun({ jobRunId: handle.runId })).jobRun;
        const logs = this.logReaderFor(run);
        let failedCell;
        let driverError;
        let driverFinished = false;
        let logsUnreadable = false;
        const emit = (time, message) => options.onLog?.({ notebook: handle.notebook, time, message });
        // Logs are a view of the run, not the run: a search that fails (no read log-content policy, a
        // log not yet created) is said once and never turns a run's result into a failure.
        const readLogs = async () => {
            if (!logs)
                return 0;
            let entries;
            try {
                entries = await logs.readNew();
            }
            catch (error) {
                if (!logsUnreadable)
                    emit(new Date().toISOString(), `oci-run-notebook: cannot read the run's logs (${(0,describe_error/* describeError */.U)(error)}); still following the run`);
                logsUnreadable = true;
                return 0;
            }
            for (const entry of entries) {
                failedCell ??= (0,driver_messages/* parseCellFailure */.eZ)(entry.message);
                driverError ??= (0,driver_messages/* parseDriverError */.Qd)(entry.message);
                driverFinished ||= (0,driver_messages/* isDriverFinished */.r$)(entry.message);
                emit(entry.time, entry.message);
            }
            return entries.length;
        };
        let stopReason;
        const deadline = handle.deadline ? Date.parse(handle.deadline) : Infinity;
        const delays = pollDelays(this.settings.pollSchedule);
        while (!isTerminal(run.lifecycleState)) {
            await readLogs();
            const wait = Math.min(delays.next().value, Math.max(0, deadline - Date.now()));
            stopReason = await waitOrStop(wait, options.signal, deadline);
            if (stopReason) {
                run = await this.cancelAndWait(handle);
                break;
            }
            run = (await dataScience.getJobRun({ jobRunId: handle.runId })).jobRun;
        }
        // A cancelled driver never prints its last line: read once more rather than wait for it.
        if (stopReason)
            await readLogs();
        else
            await this.settleLogs(readLogs, () => driverFinished);
        return resultOf(handle, run, failedCell, stopReason, driverError);
    }
    /** Where a run is now, for pollers that did not start it (the OCI Function's status operation). */
    async status(runId) {
        await this.clients.use('dataScience');
        return jobRunStatus(this.clients, runId);
    }
    async cancel(handle) {
        await this.clients.use('dataScience');
        try {
            await this.clients.dataScience.cancelJobRun({ jobRunId: handle.runId });
        }
        catch (error) {
            // Already ending or ended: nothing to cancel.
            if (error.statusCode !== 409)
                throw error;
        }
    }
    async cancelAndWait(handle) {
        await this.cancel(handle);
        const giveUp = Date.now() + this.settings.cancelWaitMs;
        const delays = pollDelays(this.settings.pollSchedule);
        for (;;) {
            const { jobRun } = await this.clients.dataScience.getJobRun({ jobRunId: handle.runId });
            if (isTerminal(jobRun.lifecycleState) || Date.now() > giveUp)
                return jobRun;
            await (0,promises_.setTimeout)(delays.next().value);
        }
    }
    /**
     * Lines reach Logging Search late, a minute or more at times: after the run ends, read on until
     * the driver's last line, or until no new line has come for logQuietMs, or logSettleMs at most.
     */
    async settleLogs(readLogs, driverFinished) {
        const giveUp = Date.now() + this.settings.logSettleMs;
        const delays = pollDelays(this.settings.pollSchedule);
        let lastNewLine = Date.now();
        while (Date.now() < giveUp) {
            if ((await readLogs()) > 0)
                lastNewLine = Date.now();
            if (driverFinished() || Date.now() - lastNewLine >= this.settings.logQuietMs)
                return;
            await (0,promises_.setTimeout)(Math.min(delays.next().value, Math.max(0, giveUp - Date.now())));
        }
    }
    logReaderFor(run) {
        if (!run.logDetails)
            return undefined;
        const scope = { compartmentId: run.compartmentId, ...run.logDetails };
        return new RunLogReader(this.clients.logSearch, scope, run.id, new Date(run.timeAccepted));
    }
    async createPar(output, request) {
        const lifetime = (request.maximumRuntimeInMinutes ?? this.settings.defaultParLifetimeMinutes) + PAR_QUEUE_ALLOWANCE_MINUTES;
        const expires = new Date(Date.now() + lifetime * 60_000);
        const name = `oci-run-notebook-${request.jobName}`.slice(0, 200);
        await this.clients.use('objectStorage');
        const par = await createOutputPar(this.clients.objectStorage, this.clients.objectStorageEndpoint, output, name, expires);
        this.onSecret(par.url);
        const token = /\/p\/([^/]+)\//.exec(par.url)?.[1];
        if (token)
            this.onSecret(token);
        return par;
    }
    handleFor(request, run, par) {
        const runtime = request.maximumRuntimeInMinutes;
        const handle = {
            notebook: request.notebook.path,
            jobId: run.jobId,
            runId: run.id,
            consoleUrl: consoleUrl(run.id, this.clients.credentials.region.regionId),
            ...(runtime ? { deadline: new Date(Date.now() + runtime * 60_000).toISOString() } : {}),
            ...(par ? { cleanup: { parId: par.id, namespace: par.namespace, bucket: par.bucket } } : {}),
        };
        if (request.outputUri) {
            const expanded = (0,job_environment/* expandRunVariables */.vs)(request.outputUri, run.id, run.jobId);
            handle.outputUri = (0,object_storage_uri/* objectUri */.WE)((0,object_storage_uri/* parseObjectStorageUri */.iT)(expanded), (0,notebook_name/* notebookFileName */.h)(request.notebook.path));
        }
        return handle;
    }
    async deleteParOf(handle) {
        const cleanup = handle.cleanup;
        if (!cleanup?.parId || !cleanup.namespace || !cleanup.bucket)
            return;
        const par = { id: cleanup.parId, namespace: cleanup.namespace, bucket: cleanup.bucket };
        // Best effort: the PAR expires by itself anyway.
        await this.clients
            .use('objectStorage')
            .then(() => deleteOutputPar(this.clients.objectStorage, par))
            .catch(() => undefined);
    }
}
/** Resolves to why following must stop (abort or deadline), or undefined once `ms` have passed. */
async function waitOrStop(ms, signal, deadline) {
    if (signal?.aborted)
        return 'cancelled';
    try {
        await (0,promises_.setTimeout)(ms, undefined, { signal });
    }
    catch {
        return 'cancelled';
    }
    return Date.now() >= deadline ? 'timed out' : undefined;
}
function resultOf(handle, run, failedCell, stopReason, driverError) {
    const state = run.lifecycleState;
    const started = run.timeStarted ? new Date(run.timeStarted) : undefined;
    const finished = run.timeFinished ? new Date(run.timeFinished) : undefined;
    const result = {
        notebook: handle.notebook,
        jobId: handle.jobId,
        runId: handle.runId,
        state,
        lifecycleDetails: run.lifecycleDetails,
        outputUri: handle.outputUri,
        consoleUrl: handle.consoleUrl,
        timeAccepted: new Date(run.timeAccepted).toISOString(),
        timeStarted: started?.toISOString(),
        timeFinished: finished?.toISOString(),
        durationSeconds: started && finished ? Math.round((finished.getTime() - started.getTime()) / 1000) : undefined,
        failedCell,
    };
    if (state !== 'SUCCEEDED')
        result.error = (0,driver_messages/* runFailureMessage */.Pg)({ ...result, stopReason, driverError });
    return result;
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

/***/ 52062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hX: () => (/* binding */ isFlexShape),
/* harmony export */   vA: () => (/* binding */ validateNotebookInputs),
/* harmony export */   xS: () => (/* binding */ validateRunRequest)
/* harmony export */ });
/* unused harmony exports MAXIMUM_BLOCK_STORAGE_GB, MAXIMUM_RUNTIME_MINUTES */
/* harmony import */ var _artifact_job_environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78205);
/* harmony import */ var _notebook_notebook_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86796);
/* harmony import */ var _notebook_parameters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27481);
/* harmony import */ var _oci_ocid_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26606);
/* harmony import */ var _oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82277);
/* harmony import */ var _run_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25707);
/* harmony import */ var _run_request_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14848);







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
    throw new _run_request_error_js__WEBPACK_IMPORTED_MODULE_4__/* .RunRequestError */ .T(field, problem);
};
/**
 * What every backend checks, as its driver sees it: the notebook, variable names (none of those
 * the engine sets itself), exclude tags, parameter names and the runtime.
 */
function validateNotebookInputs(request, reservedVariables = _artifact_job_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .RESERVED_VARIABLES */ .RL) {
    try {
        (0,_notebook_notebook_js__WEBPACK_IMPORTED_MODULE_1__/* .checkNotebook */ .Ak)(request.notebook.content, request.notebook.path);
    }
    catch (error) {
        if (error instanceof _notebook_notebook_js__WEBPACK_IMPORTED_MODULE_1__/* .NotebookFormatError */ .Zv)
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
        if (!(0,_notebook_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .isPythonIdentifier */ .G_)(name))
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
        if (!(0,_oci_ocid_js__WEBPACK_IMPORTED_MODULE_5__/* .isOcid */ .e)(value, ...types))
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
    if (!Number.isInteger(request.blockStorageSizeInGBs) || request.blockStorageSizeInGBs < _run_request_js__WEBPACK_IMPORTED_MODULE_3__/* .MINIMUM_BLOCK_STORAGE_GB */ .Z) {
        fail('blockStorageSizeInGBs', `expected a whole number of GB, at least ${_run_request_js__WEBPACK_IMPORTED_MODULE_3__/* .MINIMUM_BLOCK_STORAGE_GB */ .Z}, got ${request.blockStorageSizeInGBs}`);
    }
    if (request.blockStorageSizeInGBs > MAXIMUM_BLOCK_STORAGE_GB) {
        fail('blockStorageSizeInGBs', `expected at most ${MAXIMUM_BLOCK_STORAGE_GB} GB, OCI's largest block volume for a job, got ${request.blockStorageSizeInGBs}`);
    }
    if (request.conda !== undefined && !CONDA_SLUG.test(request.conda) && !(0,_oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .parseObjectStorageUri */ .iT)(request.conda)?.prefix) {
        fail('conda', `expected a service conda slug (tensorflow28_p38_cpu_v1) or a published conda oci://bucket@namespace/path, got "${request.conda}"`);
    }
    const outputProblem = request.outputUri === undefined ? undefined : (0,_oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .objectStorageUriProblem */ .Gp)(request.outputUri);
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
