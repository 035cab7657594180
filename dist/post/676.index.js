export const id = 676;
export const ids = [676];
export const modules = {

/***/ 59676:
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
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/artifact/artifact-layout.ts
var artifact_layout = __webpack_require__(66309);
;// CONCATENATED MODULE: ./src/artifact/context-packing.ts



/** Files read at once; a context can hold thousands. */
const READS_AT_ONCE = 16;
/** A context file's bytes, from memory or from the disk it was listed on. */
async function contextFileBytes(file) {
    if (file.content)
        return file.content;
    try {
        return new Uint8Array(await (0,external_node_fs_promises_.readFile)(file.source));
    }
    catch (error) {
        throw new Error(`cannot read ${file.path} of the notebook's context (${file.source}): ${error.code ?? error.message}`);
    }
}
/** The request's context, read; undefined for a notebook that runs alone. */
async function packContext(request) {
    if (!request.context)
        return undefined;
    const layout = (0,artifact_layout/* artifactLayout */.N)(request.notebook.path, request.context);
    const limit = (0,p_limit/* default */.A)(READS_AT_ONCE);
    const files = await Promise.all(layout.files.map(({ path, file }) => limit(async () => [path, await contextFileBytes(file)])));
    return { layout, files };
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/artifact/driver-files.ts
var driver_files = __webpack_require__(35232);
;// CONCATENATED MODULE: ./src/artifact/job-artifact.ts



// A fixed timestamp keeps the same inputs zipping to the same bytes.
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');
function buildJobArtifact(notebookFileName, notebook, jobName, context) {
    const notebookPath = context?.layout.notebookPath ?? `code/${notebookFileName}`;
    const zip = zipFiles([...(0,driver_files/* driverFiles */.yp)(), ...(context?.files ?? []), [notebookPath, notebook]]);
    const artifact = { zip, fileName: `${safeFileName(jobName)}.zip`, entrypoint: driver_files/* DRIVER_ENTRYPOINT */.yH, notebookPath };
    if (context?.layout.contextRoot)
        artifact.contextRoot = context.layout.contextRoot;
    if (context?.layout.requirementsPath)
        artifact.requirementsPath = context.layout.requirementsPath;
    return artifact;
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
// EXTERNAL MODULE: ./src/engine/validate-run-request.ts + 4 modules
var validate_run_request = __webpack_require__(95740);
// EXTERNAL MODULE: ./src/engine/run-result.ts
var run_result = __webpack_require__(31733);
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
        terminal: (0,run_result/* isTerminal */.H)(jobRun.lifecycleState),
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
        const artifact = buildJobArtifact(notebookName, (0,notebook/* serializeNotebook */.aM)(prepared), request.jobName, await packContext(request));
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
        while (!(0,run_result/* isTerminal */.H)(run.lifecycleState)) {
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
            if ((0,run_result/* isTerminal */.H)(jobRun.lifecycleState) || Date.now() > giveUp)
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


/***/ })

};
