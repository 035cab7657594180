export const id = 650;
export const ids = [650];
export const modules = {

/***/ 64650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OCI_FOLLOW_DEFAULTS: () => (/* binding */ OCI_FOLLOW_DEFAULTS),
  OciJobBackend: () => (/* binding */ OciJobBackend)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
        return new Uint8Array(await (0,promises_.readFile)(file.source));
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
// EXTERNAL MODULE: ./src/notebook/parameters.ts + 2 modules
var parameters = __webpack_require__(83854);
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
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/engine/clock.ts

const SYSTEM_CLOCK = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal ? { signal } : undefined),
};

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
    const prefix = parPrefix(location.prefix);
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
/**
 * The object name prefix a run's PAR allows: the output prefix as a folder, so that `runs` does
 * not also open `runs-other/`. Variables ($JOB_RUN_OCID) are expanded in the run, so only what
 * comes before the first one is known; inside a path segment that is a wider prefix, unavoidably.
 */
function parPrefix(outputPrefix) {
    const variable = outputPrefix.indexOf('$');
    if (variable >= 0)
        return outputPrefix.slice(0, variable);
    return outputPrefix === '' || outputPrefix.endsWith('/') ? outputPrefix : `${outputPrefix}/`;
}

;// CONCATENATED MODULE: ./src/engine/job-tags.ts
/**
 * Freeform tags on every job and run the engine creates: how `cleanup` tells this tool's jobs
 * from anyone else's, and one repository's from another's.
 */
const TOOL_TAG_KEY = 'created-by';
const TOOL_TAG_VALUE = 'oci-run-notebook';
const job_tags_REPOSITORY_TAG_KEY = 'github-repository';
/** The tool's tag, and the repository's when there is one (`owner/name`). */
function jobTags(repository) {
    return { [TOOL_TAG_KEY]: TOOL_TAG_VALUE, ...(repository ? { [job_tags_REPOSITORY_TAG_KEY]: repository } : {}) };
}
function job_tags_isToolJob(tags) {
    return tags?.[TOOL_TAG_KEY] === TOOL_TAG_VALUE;
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
        // The tool's tag whatever the front door said: cleanup deletes tagged jobs only.
        freeformTags: { ...request.freeformTags, ...jobTags() },
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
        freeformTags: { ...request.freeformTags, ...jobTags() },
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

// EXTERNAL MODULE: ./src/engine/describe-error.ts
var describe_error = __webpack_require__(2566);
;// CONCATENATED MODULE: ./src/backends/oci/log-scope.ts

/**
 * Logging Search wants the log group's own compartment, which need not be the jobs' one: a
 * shared log group often lives in a compartment of its own. It is looked up once per log group
 * (GetLogGroup, as ADS loads the log's group), unless the user named it.
 */
class LogScopes {
    clients;
    compartments = new Map();
    constructor(clients) {
        this.clients = clients;
    }
    async resolve(logDetails, runCompartmentId, given) {
        if (given)
            return { scope: { compartmentId: given, ...logDetails } };
        let lookup = this.compartments.get(logDetails.logGroupId);
        if (!lookup) {
            lookup = this.clients
                .use('logging')
                .then(() => this.clients.logging.getLogGroup({ logGroupId: logDetails.logGroupId }))
                .then((response) => response.logGroup.compartmentId);
            this.compartments.set(logDetails.logGroupId, lookup);
            // A failed lookup is not kept: the next run asks again.
            lookup.catch(() => this.compartments.delete(logDetails.logGroupId));
        }
        try {
            return { scope: { compartmentId: await lookup, ...logDetails } };
        }
        catch (error) {
            return {
                scope: { compartmentId: runCompartmentId, ...logDetails },
                problem: `cannot read log group ${logDetails.logGroupId} to find its compartment (${(0,describe_error/* describeError */.U)(error)}); searching the run's compartment instead (give log-compartment-id, or allow reading the log group)`,
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/backends/oci/run-limits.ts
const MINUTE_MS = 60_000;
/**
 * Watches one run against its limits. Time in ACCEPTED (provisioning, waiting for capacity) does
 * not count against the runtime, which OCI counts from the start; it has a limit of its own.
 * NEEDS_ATTENTION is not an end: the run is live and may still move, so it gets a while to.
 */
class RunLimitWatch {
    limits;
    state;
    details;
    movedAt = 0;
    constructor(limits) {
        this.limits = limits;
    }
    /** Notes the run as polled at `now`; a change of state or details is movement. */
    observe(run, now) {
        if (run.lifecycleState !== this.state || run.lifecycleDetails !== this.details)
            this.movedAt = now;
        this.state = run.lifecycleState;
        this.details = run.lifecycleDetails;
    }
    /** The first limit the run has passed at `now`, if any. */
    reached(run, now) {
        const { deadline, maximumRuntimeMinutes, maxQueueMinutes, needsAttentionMinutes } = this.limits;
        if (deadline && now >= Date.parse(deadline))
            return { reason: 'timed out', detail: `the deadline ${deadline} passed` };
        const started = run.timeStarted ? new Date(run.timeStarted).getTime() : undefined;
        if (started !== undefined && maximumRuntimeMinutes !== undefined && now >= started + maximumRuntimeMinutes * MINUTE_MS) {
            return { reason: 'timed out', detail: `still running ${minutes(maximumRuntimeMinutes)} after it started` };
        }
        if (started === undefined && now >= new Date(run.timeAccepted).getTime() + maxQueueMinutes * MINUTE_MS) {
            return { reason: 'not started', detail: `not started ${minutes(maxQueueMinutes)} after it was accepted (${describe(run)})` };
        }
        if (run.lifecycleState === 'NEEDS_ATTENTION' && now >= this.movedAt + needsAttentionMinutes * MINUTE_MS) {
            return { reason: 'needs attention', detail: `in NEEDS_ATTENTION for ${minutes(needsAttentionMinutes)} without moving (${describe(run)})` };
        }
        return undefined;
    }
    /** Milliseconds from `now` until the nearest limit could be reached (Infinity when none applies). */
    untilNext(run, now) {
        const { deadline, maximumRuntimeMinutes, maxQueueMinutes, needsAttentionMinutes } = this.limits;
        const ends = [];
        if (deadline)
            ends.push(Date.parse(deadline));
        const started = run.timeStarted ? new Date(run.timeStarted).getTime() : undefined;
        if (started !== undefined && maximumRuntimeMinutes !== undefined)
            ends.push(started + maximumRuntimeMinutes * MINUTE_MS);
        if (started === undefined)
            ends.push(new Date(run.timeAccepted).getTime() + maxQueueMinutes * MINUTE_MS);
        if (run.lifecycleState === 'NEEDS_ATTENTION')
            ends.push(this.movedAt + needsAttentionMinutes * MINUTE_MS);
        return Math.max(0, Math.min(Infinity, ...ends) - now);
    }
}
function minutes(count) {
    return count === 1 ? '1 minute' : `${count} minutes`;
}
function describe(run) {
    return run.lifecycleDetails ? `${run.lifecycleState}: ${run.lifecycleDetails}` : run.lifecycleState;
}

;// CONCATENATED MODULE: ./src/backends/oci/run-log-reader.ts

/** Lines can be searchable a minute or more after they were written; each search looks back this far. */
const LATE_ARRIVAL_WINDOW_MS = 5 * 60_000;
const PAGE_SIZE = 1000;
/** Logging Search's times have millisecond precision: a window cannot be split below this. */
const SMALLEST_WINDOW_MS = 1;
/**
 * Reads one job run's log lines from Logging Search, each line once and in time order:
 * overlapping windows catch lines that arrive late, and ids already seen are dropped.
 */
class RunLogReader {
    client;
    scope;
    runId;
    clock;
    seen = new Set();
    watermark;
    constructor(client, scope, runId, since, clock = SYSTEM_CLOCK) {
        this.client = client;
        this.scope = scope;
        this.runId = runId;
        this.clock = clock;
        this.watermark = since.getTime();
    }
    get query() {
        const { compartmentId, logGroupId, logId } = this.scope;
        return `search "${compartmentId}/${logGroupId}/${logId}" | where source = '*${this.runId}' | sort by datetime asc`;
    }
    /** Lines not returned before, oldest first. */
    async readNew() {
        const timeStart = this.watermark - LATE_ARRIVAL_WINDOW_MS;
        // Up to now, not beyond: a window that ends in the future is not one OCI promises to answer.
        const timeEnd = this.clock.now();
        if (timeEnd <= timeStart)
            return [];
        const fresh = [];
        for (const entry of await this.search(timeStart, timeEnd)) {
            if (!this.seen.has(entry.id)) {
                this.seen.add(entry.id);
                fresh.push(entry);
            }
        }
        fresh.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
        const newest = fresh.at(-1);
        if (newest)
            this.watermark = Math.max(this.watermark, Date.parse(newest.time));
        return fresh;
    }
    /** Every page of one window; a window whose result is "too large" is searched in two halves, as ADS does. */
    async search(timeStart, timeEnd) {
        const entries = [];
        let page;
        try {
            do {
                const response = await this.client.searchLogs({
                    searchLogsDetails: { timeStart: new Date(timeStart), timeEnd: new Date(timeEnd), searchQuery: this.query, isReturnFieldInfo: false },
                    limit: PAGE_SIZE,
                    page,
                });
                for (const result of response.searchResponse.results ?? []) {
                    const entry = toEntry(result.data);
                    if (entry)
                        entries.push(entry);
                }
                page = response.opcNextPage || undefined;
            } while (page);
        }
        catch (error) {
            const middle = Math.floor((timeStart + timeEnd) / 2);
            if (!isResultTooLarge(error) || middle - timeStart < SMALLEST_WINDOW_MS)
                throw error;
            return [...(await this.search(timeStart, middle)), ...(await this.search(middle, timeEnd))];
        }
        return entries;
    }
}
/** Logging Search's 400 for a window holding more than it will return at once. */
function isResultTooLarge(error) {
    const oci = error;
    return oci?.statusCode === 400 && typeof oci.message === 'string' && /result is too large/i.test(oci.message);
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

;// CONCATENATED MODULE: ./src/backends/oci/run-log-stream.ts



/**
 * A run's log lines as they become searchable, and what the driver's lines say. OCI fills in the
 * run's `logDetails` only once the run is under way (ADS streams only once it is set), so each
 * poll's run is looked at until a log appears.
 */
class RunLogStream {
    clients;
    scopes;
    logCompartmentId;
    clock;
    emit;
    failedCell;
    driverError;
    /** The driver's last line was seen: no more lines will come. */
    driverFinished = false;
    reader;
    opening;
    failures = 0;
    reads = 0;
    constructor(clients, scopes, logCompartmentId, clock, 
    /** Every line, the run's own and the follower's notes. */
    emit) {
        this.clients = clients;
        this.scopes = scopes;
        this.logCompartmentId = logCompartmentId;
        this.clock = clock;
        this.emit = emit;
    }
    /** Whether the run has a log to read (it may not have one yet). */
    get hasLog() {
        return this.reader !== undefined;
    }
    /** Whether searching has failed every time it was tried (no read log-content policy, say). */
    get unreadable() {
        return this.failures > 0 && this.reads === 0;
    }
    /**
     * Prints the lines of `run`'s log that are new. A search that fails (no policy, a log not yet
     * created) is said once and never turns the run's result into a failure: logs are a view of it.
     */
    async read(run) {
        const reader = await this.readerFor(run);
        if (!reader)
            return 0;
        let entries;
        try {
            entries = await reader.readNew();
            this.reads += 1;
        }
        catch (error) {
            if (this.failures++ === 0)
                this.note(`cannot read the run's logs (${(0,describe_error/* describeError */.U)(error)}); still following the run`);
            return 0;
        }
        for (const entry of entries) {
            this.failedCell ??= (0,driver_messages/* parseCellFailure */.eZ)(entry.message);
            this.driverError ??= (0,driver_messages/* parseDriverError */.Qd)(entry.message);
            this.driverFinished ||= (0,driver_messages/* isDriverFinished */.r$)(entry.message);
            this.emit(entry.time, entry.message);
        }
        return entries.length;
    }
    /** A line from the follower itself, stamped now. */
    note(message) {
        this.emit(new Date(this.clock.now()).toISOString(), `oci-run-notebook: ${message}`);
    }
    async readerFor(run) {
        if (this.reader)
            return this.reader;
        const details = run.logDetails;
        if (!details?.logId || !details.logGroupId)
            return undefined;
        this.opening ??= this.scopes.resolve({ logGroupId: details.logGroupId, logId: details.logId }, run.compartmentId, this.logCompartmentId).then((resolved) => {
            if (resolved.problem)
                this.note(resolved.problem);
            return new RunLogReader(this.clients.logSearch, resolved.scope, run.id, new Date(run.timeAccepted), this.clock);
        });
        this.reader = await this.opening;
        return this.reader;
    }
}

;// CONCATENATED MODULE: ./src/backends/oci/run-follower.ts




/**
 * Polls a run to its end, streaming its log lines, and cancels it when the caller aborts or a limit
 * passes (runtime from its start, time queued, NEEDS_ATTENTION without movement).
 */
async function followRun(clients, scopes, handle, settings, options, cancel) {
    const { clock } = settings;
    const get = async () => (await clients.dataScience.getJobRun({ jobRunId: handle.runId })).jobRun;
    const emit = (time, message) => options.onLog?.({ notebook: handle.notebook, time, message });
    const logs = new RunLogStream(clients, scopes, handle.logCompartmentId, clock, emit);
    const needsAttentionMinutes = handle.needsAttentionMinutes ?? settings.needsAttentionMinutes;
    const limits = new RunLimitWatch({
        maxQueueMinutes: handle.maxQueueMinutes ?? settings.maxQueueMinutes,
        maximumRuntimeMinutes: handle.maximumRuntimeMinutes,
        needsAttentionMinutes,
        deadline: handle.deadline,
    });
    const tell = stateTeller(logs, needsAttentionMinutes);
    const delays = pollDelays(settings.pollSchedule);
    let run = await get();
    let stop;
    while (!(0,run_result/* isTerminal */.H)(run.lifecycleState)) {
        limits.observe(run, clock.now());
        tell(run);
        await logs.read(run);
        const reached = limits.reached(run, clock.now());
        if (reached) {
            stop = reached;
            logs.note(`cancelling the run: ${reached.detail}`);
            break;
        }
        const wait = Math.min(delays.next().value, limits.untilNext(run, clock.now()));
        if (!(await pause(clock, wait, options.signal))) {
            stop = { reason: 'cancelled' };
            break;
        }
        run = await get();
    }
    if (stop) {
        run = await cancelAndWait(get, cancel, settings);
        // A cancelled driver never prints its last line: read once more rather than wait for it.
        await logs.read(run);
    }
    else {
        await settleLogs(run, logs, settings);
    }
    return { run, stop, logs };
}
/** Tells the user when the run needs attention, and when it moves on; OCI still counts it as live. */
function stateTeller(logs, needsAttentionMinutes) {
    let previous;
    return (run) => {
        const now = `${run.lifecycleState}:${run.lifecycleDetails ?? ''}`;
        if (now === previous)
            return;
        if (run.lifecycleState === 'NEEDS_ATTENTION') {
            logs.note(`the run needs attention: ${run.lifecycleDetails || 'OCI gave no details'}. It is still live; ` +
                `waiting up to ${minutes(needsAttentionMinutes)} for it to move before cancelling it`);
        }
        else if (previous?.startsWith('NEEDS_ATTENTION:')) {
            logs.note(`the run no longer needs attention: it is ${run.lifecycleState}`);
        }
        previous = now;
    };
}
/** Waits `ms`; false when the caller aborted (before or during the wait). */
async function pause(clock, ms, signal) {
    if (signal?.aborted)
        return false;
    try {
        await clock.sleep(ms, signal);
    }
    catch {
        return false;
    }
    return !signal?.aborted;
}
async function cancelAndWait(get, cancel, settings) {
    await cancel();
    const { clock } = settings;
    const giveUp = clock.now() + settings.cancelWaitMs;
    const delays = pollDelays(settings.pollSchedule);
    for (;;) {
        const run = await get();
        if ((0,run_result/* isTerminal */.H)(run.lifecycleState) || clock.now() > giveUp)
            return run;
        await clock.sleep(delays.next().value);
    }
}
/**
 * Lines reach Logging Search late, a minute or more at times: after the run ends, read on until
 * the driver's last line, or until `logSettleMs` past the run's `timeFinished` (ADS waits 90 s).
 */
async function settleLogs(run, logs, settings) {
    const { clock } = settings;
    const finished = run.timeFinished ? new Date(run.timeFinished).getTime() : clock.now();
    const until = finished + settings.logSettleMs;
    const delays = pollDelays(settings.pollSchedule);
    for (;;) {
        await logs.read(run);
        if (!logs.hasLog || logs.driverFinished || logs.unreadable || clock.now() >= until)
            return;
        await clock.sleep(Math.min(delays.next().value, until - clock.now()));
    }
}

;// CONCATENATED MODULE: ./src/backends/oci/job-cleanup.ts


/** Every job of this tool (tagged so) in the compartment that matches; untagged jobs are never returned. */
async function findToolJobs(clients, search) {
    const found = [];
    let page;
    do {
        const response = await clients.dataScience.listJobs({
            compartmentId: search.compartmentId,
            ...(search.projectId ? { projectId: search.projectId } : {}),
            limit: 100,
            page,
        });
        for (const job of response.items) {
            if (job.lifecycleState === 'DELETED' || job.lifecycleState === 'DELETING')
                continue;
            const tags = job.freeformTags ?? {};
            if (!isToolJob(tags) || new Date(job.timeCreated).getTime() >= search.createdBefore)
                continue;
            if (search.repository !== undefined && tags[REPOSITORY_TAG_KEY] !== search.repository)
                continue;
            found.push({
                id: job.id,
                displayName: job.displayName ?? job.id,
                timeCreated: new Date(job.timeCreated).toISOString(),
                ...(tags[REPOSITORY_TAG_KEY] ? { repository: tags[REPOSITORY_TAG_KEY] } : {}),
            });
        }
        page = response.opcNextPage || undefined;
    } while (page);
    return found;
}
/** The job's runs, and the logs OCI created for them (only when the job let it create them). */
async function runsAndCreatedLogs(clients, jobId) {
    const { job } = await clients.dataScience.getJob({ jobId });
    const logging = job.jobLogConfigurationDetails;
    const created = Boolean(logging?.enableLogging && logging.enableAutoLogCreation && !logging.logId);
    const runIds = [];
    let page;
    do {
        const response = await clients.dataScience.listJobRuns({ compartmentId: job.compartmentId, jobId, limit: 100, page });
        runIds.push(...response.items.filter((run) => run.lifecycleState !== 'DELETED').map((run) => run.id));
        page = response.opcNextPage || undefined;
    } while (page);
    const logs = new Map();
    if (created) {
        for (const runId of runIds) {
            const details = (await clients.dataScience.getJobRun({ jobRunId: runId })).jobRun.logDetails;
            if (details?.logId && details.logGroupId)
                logs.set(details.logId, { logGroupId: details.logGroupId, logId: details.logId });
        }
    }
    return { runs: runIds.length, logs: [...logs.values()] };
}
/**
 * Deletes a job with its runs (cancelling any still live, NEEDS_ATTENTION included, as ADS's
 * force delete does), then the logs OCI created for them. A log already gone is not an error.
 */
async function deleteJobAndLogs(clients, jobId, logs) {
    await clients.dataScience.deleteJob({ jobId, deleteRelatedJobRuns: true });
    if (logs.length === 0)
        return;
    await clients.use('logging');
    const failures = [];
    for (const log of logs) {
        try {
            await clients.logging.deleteLog({ logGroupId: log.logGroupId, logId: log.logId });
        }
        catch (error) {
            if (error.statusCode !== 404)
                failures.push(`log ${log.logId}: ${(0,describe_error/* describeError */.U)(error)}`);
        }
    }
    if (failures.length)
        throw new Error(`the job is deleted, but not every log it created: ${failures.join('; ')}`);
}
/** When a finished run's job is deleted at once (the action's delete-job, the CLI's --delete-job). */
const DELETE_JOB_CHOICES = (/* unused pure expression or super */ null && (['never', 'succeeded', 'always']));
/** Deletes a finished run's job, runs and created logs, as `choice` says; tells `note` what it did, and never throws. */
async function deleteFinishedJob(clients, jobId, state, choice, note) {
    if (choice === 'never' || (choice === 'succeeded' && state !== 'SUCCEEDED'))
        return;
    try {
        const { runs, logs } = await runsAndCreatedLogs(clients, jobId);
        await deleteJobAndLogs(clients, jobId, logs);
        note(`deleted the job, its ${runs === 1 ? 'run' : `${runs} runs`}${logs.length ? ` and the ${logs.length === 1 ? 'log' : 'logs'} it created` : ''} (delete-job: ${choice})`);
    }
    catch (error) {
        note(`could not delete the job (delete-job: ${choice}): ${(0,describe_error/* describeError */.U)(error)}; \`oci-run-notebook cleanup\` can later`);
    }
}

;// CONCATENATED MODULE: ./src/backends/oci/result-record.ts


/** Set in the run: the driver stores its result record under this name beside the executed notebook. */
const RESULT_RECORD_VARIABLE = 'OCI_RUN_NOTEBOOK_RESULT';
const RESULT_RECORD_NAME = 'oci-run-notebook-result.json';
const STATES = ['succeeded', 'failed', 'not_run', 'outputs_not_saved'];
/** Where the record of the run whose executed notebook is `notebookUri` lies: the same folder. */
function resultRecordLocation(notebookUri) {
    const location = (0,object_storage_uri/* parseObjectStorageUri */.iT)(notebookUri);
    if (!location)
        return undefined;
    const folder = location.prefix.includes('/') ? location.prefix.slice(0, location.prefix.lastIndexOf('/') + 1) : '';
    return { namespace: location.namespace, bucket: location.bucket, objectName: `${folder}${RESULT_RECORD_NAME}` };
}
/**
 * The run's result record, read back from Object Storage once the run has ended: failure details
 * that do not depend on logs. Undefined when there is none (no output URI, a run that never
 * started, a cancelled one); `problem` says why it could not be read otherwise.
 */
async function readResultRecord(client, notebookUri) {
    const where = resultRecordLocation(notebookUri);
    if (!where)
        return {};
    let text;
    try {
        const response = await client.getObject({ namespaceName: where.namespace, bucketName: where.bucket, objectName: where.objectName });
        text = await new Response(response.value).text();
    }
    catch (error) {
        if (error.statusCode === 404)
            return {};
        return { problem: `cannot read the run's result record ${where.objectName} (${(0,describe_error/* describeError */.U)(error)})` };
    }
    const record = parseRecord(text);
    return record ? { record } : { problem: `the run's result record ${where.objectName} is not one the driver writes` };
}
function parseRecord(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null || !STATES.includes(value.state))
        return undefined;
    const cell = value.failedCell;
    return {
        state: value.state,
        ...(typeof value.exitCode === 'number' ? { exitCode: value.exitCode } : {}),
        ...(cell && typeof cell.cell === 'number' && typeof cell.message === 'string' ? { failedCell: { cell: cell.cell, message: cell.message } } : {}),
        ...(typeof value.error === 'string' ? { error: value.error } : {}),
        ...(typeof value.timeStarted === 'string' ? { timeStarted: value.timeStarted } : {}),
        ...(typeof value.timeFinished === 'string' ? { timeFinished: value.timeFinished } : {}),
    };
}

;// CONCATENATED MODULE: ./src/backends/oci/console-url.ts
/**
 * The run's page in the OCI Console. cloud.oracle.com serves the commercial realm (oc1) only; other
 * realms (government, sovereign, dedicated) have a console per region under their own domain.
 */
function consoleUrl(runId, region) {
    const path = `/data-science/job-runs/${runId}?region=${region.regionId}`;
    if (region.realm.realmId === 'oc1')
        return `https://cloud.oracle.com${path}`;
    return `https://console.${region.regionId}.${region.realm.secondLevelDomain}${path}`;
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
        consoleUrl: consoleUrl(jobRun.id, clients.credentials.region),
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





















/** OCI waits on each of these; ADS's watcher waits 90 s for late log lines too. */
const OCI_FOLLOW_DEFAULTS = {
    pollSchedule: DEFAULT_POLL_SCHEDULE,
    logSettleMs: 90_000,
    cancelWaitMs: 10 * 60_000,
    defaultParLifetimeMinutes: 24 * 60,
    maxQueueMinutes: 60,
    needsAttentionMinutes: 30,
    clock: SYSTEM_CLOCK,
    deleteJob: 'never',
};
/** Headroom on the PAR's lifetime for the driver's last uploads and a cancel that takes a while. */
const PAR_MARGIN_MINUTES = 15;
/** Runs notebooks as OCI Data Science job runs. */
class OciJobBackend {
    clients;
    settings;
    onSecret;
    logScopes;
    constructor(clients, options = {}) {
        this.clients = clients;
        const { onSecret, ...settings } = options;
        this.settings = { ...OCI_FOLLOW_DEFAULTS, ...withoutUndefined(settings) };
        this.onSecret = onSecret ?? (() => undefined);
        this.logScopes = new LogScopes(clients);
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
        // The driver leaves a record of how the run ended beside the notebook: failure details need no logs.
        if (request.outputUri)
            env[RESULT_RECORD_VARIABLE] = RESULT_RECORD_NAME;
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
        let ended = false;
        try {
            await this.clients.use('dataScience', 'logSearch');
            const outcome = await followRun(this.clients, this.logScopes, handle, this.settings, options, () => this.cancel(handle));
            ended = (0,run_result/* isTerminal */.H)(outcome.run.lifecycleState);
            const { logs, run, stop } = outcome;
            const record = ended ? await this.resultRecordOf(handle, logs) : undefined;
            const result = resultOf(handle, run, {
                // The driver's record first: logs may be missing, late, or unreadable.
                failedCell: record?.failedCell ?? logs.failedCell,
                driverError: record?.error ?? logs.driverError,
                stopReason: stop?.reason,
                stopDetail: stop?.detail,
            });
            if (ended)
                await deleteFinishedJob(this.clients, handle.jobId, result.state, this.settings.deleteJob, (message) => logs.note(message));
            return result;
        }
        finally {
            // A run that may still start (a cancel not yet confirmed, or lost track of) keeps its PAR; it expires by itself.
            if (ended)
                await this.deleteParOf(handle);
        }
    }
    async resultRecordOf(handle, logs) {
        if (!handle.outputUri)
            return undefined;
        await this.clients.use('objectStorage');
        const { record, problem } = await readResultRecord(this.clients.objectStorage, handle.outputUri);
        if (problem)
            logs.note(problem);
        return record;
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
    async createPar(output, request) {
        // The run may wait to start, then run: the PAR must outlive both.
        const queue = request.maxQueueMinutes ?? this.settings.maxQueueMinutes;
        const lifetime = queue + (request.maximumRuntimeInMinutes ?? this.settings.defaultParLifetimeMinutes) + PAR_MARGIN_MINUTES;
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
            consoleUrl: consoleUrl(run.id, this.clients.credentials.region),
            ...(runtime ? { maximumRuntimeMinutes: runtime } : {}),
            ...(request.maxQueueMinutes ? { maxQueueMinutes: request.maxQueueMinutes } : {}),
            ...(request.needsAttentionMinutes ? { needsAttentionMinutes: request.needsAttentionMinutes } : {}),
            ...(request.logCompartmentId ? { logCompartmentId: request.logCompartmentId } : {}),
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
function resultOf(handle, run, end) {
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
        failedCell: end.failedCell,
    };
    if (state !== 'SUCCEEDED')
        result.error = (0,driver_messages/* runFailureMessage */.Pg)({ ...result, ...end });
    return result;
}
/** Options given as undefined keep their defaults. */
function withoutUndefined(options) {
    return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}


/***/ })

};
