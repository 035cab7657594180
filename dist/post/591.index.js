export const id = 591;
export const ids = [591,990];
export const modules = {

/***/ 7591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OCI_FOLLOW_DEFAULTS: () => (/* binding */ OCI_FOLLOW_DEFAULTS),
  OciJobBackend: () => (/* binding */ OciJobBackend),
  finishSubmission: () => (/* binding */ finishSubmission),
  handleFor: () => (/* binding */ handleFor),
  resultOf: () => (/* binding */ resultOf),
  submissionOf: () => (/* binding */ submissionOf)
});

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
// EXTERNAL MODULE: ./src/engine/clock.ts
var engine_clock = __webpack_require__(43124);
// EXTERNAL MODULE: ./src/oci/object-storage-uri.ts
var object_storage_uri = __webpack_require__(82277);
;// CONCATENATED MODULE: ./src/artifact/batch-artifact.ts


/** The batch driver: runs each notebook of the manifest with the notebook driver, some at once (docs/driver.md, "Batch runs"). */
const BATCH_ENTRYPOINT = 'driver_batch.py';
/** The manifest's name at the artifact's root, for `NOTEBOOK_BATCH`. */
const BATCH_MANIFEST_NAME = 'oci-run-notebook-batch.json';
/**
 * One zip for the whole batch: the driver, the shared context once, and each notebook in its
 * place inside it, as its single run would have it; the manifest says what to run.
 */
function buildBatchArtifact(notebooks, parallel, jobName, context) {
    const files = new Map([...(0,driver_files/* driverFiles */.yp)(), ...context.files]);
    // The context lists the batch's other notebooks as plain files: each is replaced by its prepared copy.
    for (const notebook of notebooks)
        files.set(notebook.entry.notebook, notebook.content);
    const manifest = { parallel, notebooks: notebooks.map((notebook) => notebook.entry) };
    files.set(BATCH_MANIFEST_NAME, new TextEncoder().encode(JSON.stringify(manifest, null, 1)));
    const artifact = {
        zip: zipFiles([...files]),
        fileName: `${safeFileName(jobName)}.zip`,
        entrypoint: BATCH_ENTRYPOINT,
        notebookPath: notebooks[0].entry.notebook,
        manifestPath: BATCH_MANIFEST_NAME,
    };
    if (context.layout.contextRoot)
        artifact.contextRoot = context.layout.contextRoot;
    if (context.layout.requirementsPath)
        artifact.requirementsPath = context.layout.requirementsPath;
    return artifact;
}

// EXTERNAL MODULE: ./src/engine/run-request-error.ts
var run_request_error = __webpack_require__(14848);
;// CONCATENATED MODULE: ./src/engine/batches.ts


/**
 * The settings a job run is made of: notebooks that agree on all of them can share one run. What
 * may differ is only what the driver sets per notebook (the notebook, its parameters, exclude tags,
 * output folder and job name).
 */
function jobSettingsOf(request) {
    const context = request.context;
    return [
        request.compartmentId,
        request.projectId,
        request.logGroupId,
        request.logId,
        request.logCompartmentId,
        request.subnetId,
        request.shape,
        request.ocpus,
        request.memoryInGBs,
        request.blockStorageSizeInGBs,
        request.conda,
        sortedEntries(request.environmentVariables),
        request.maximumRuntimeInMinutes,
        request.cellTimeoutSeconds,
        request.maxQueueMinutes,
        request.needsAttentionMinutes,
        sortedEntries(request.freeformTags),
        // One context root per run, and one requirements file installed once for all of it.
        context ? [context.rootName, context.shownRoot ?? '', context.requirements ?? ''] : null,
        outputPlace(request.outputUri),
    ];
}
function sortedEntries(values) {
    return Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** One PAR covers a batch's outputs: one bucket, and every output URI or none. */
function outputPlace(uri) {
    return uri ? (/^oci:\/\/([^/]+)/.exec(uri)?.[1] ?? uri) : '';
}
/**
 * The requests in groups that can each run as one job run, in the order of their first request.
 * Notebooks without a context (given by URL) run alone, as they do without `batch`.
 */
function groupIntoBatches(requests) {
    const groups = new Map();
    const order = [];
    for (const request of requests) {
        if (!request.context) {
            order.push([request]);
            continue;
        }
        const key = JSON.stringify(jobSettingsOf(request));
        let group = groups.get(key);
        if (!group) {
            groups.set(key, (group = []));
            order.push(group);
        }
        group.push(request);
    }
    return order;
}
/** How a batch is named in logs and the job's name: `batch of 5 notebooks`. */
function batchLabel(requests) {
    return `batch of ${requests.length} notebooks`;
}
/** Notebooks a batch executes at once: as asked, else one per OCPU, never more than it holds. */
function batchParallelism(requests, settings) {
    const wanted = settings.parallel ?? Math.max(1, Math.floor(requests[0].ocpus));
    return Math.max(1, Math.min(wanted, requests.length));
}
/**
 * The batch's limit: as asked, else enough for each wave of notebooks to take its own limit
 * (requirements are installed within the first), else none.
 */
function batchTimeoutMinutes(requests, settings) {
    if (settings.timeoutMinutes !== undefined)
        return settings.timeoutMinutes;
    const perNotebook = requests[0].maximumRuntimeInMinutes;
    if (perNotebook === undefined)
        return undefined;
    return Math.ceil(requests.length / batchParallelism(requests, settings)) * perNotebook;
}
/** The most notebooks one batch executes at once: far past any shape's cores. */
const MAXIMUM_BATCH_PARALLEL = 256;
/** Checks the settings before any call; a batch whose derived limit passes a year is refused too. */
function validateBatchSettings(requests, settings) {
    const { parallel, timeoutMinutes } = settings;
    if (parallel !== undefined && (!Number.isInteger(parallel) || parallel < 1 || parallel > MAXIMUM_BATCH_PARALLEL)) {
        throw new RunRequestError('batchParallel', `expected a whole number from 1 to ${MAXIMUM_BATCH_PARALLEL}, got ${parallel}`);
    }
    if (timeoutMinutes !== undefined && (!Number.isInteger(timeoutMinutes) || timeoutMinutes < 1 || timeoutMinutes > MAXIMUM_RUNTIME_MINUTES)) {
        throw new RunRequestError('batchTimeoutMinutes', `expected a whole number of minutes from 1 to ${MAXIMUM_RUNTIME_MINUTES} (a year), got ${timeoutMinutes}`);
    }
    for (const batch of groupIntoBatches([...requests])) {
        const limit = batch.length > 1 ? batchTimeoutMinutes(batch, settings) : undefined;
        if (limit !== undefined && limit > MAXIMUM_RUNTIME_MINUTES) {
            throw new RunRequestError('batchTimeoutMinutes', `the ${batchLabel(batch)} would be given ${limit} minutes (each notebook's limit for each round of notebooks), past a year; set it lower`);
        }
    }
}

;// CONCATENATED MODULE: ./src/backends/oci/batch-logs.ts

/**
 * A batch run's log, split back into each notebook's lines: the batch driver prefixes every line
 * of a notebook with `[<its path>] `. Lines of the batch itself go under the batch's label.
 */
class BatchLogs {
    label;
    onLog;
    notebooks = new Map();
    // Longest first: `[a/b.ipynb] ` must not be taken for a notebook named `a`.
    prefixes;
    constructor(names, label, onLog) {
        this.label = label;
        this.onLog = onLog;
        for (const name of names)
            this.notebooks.set(name, {});
        this.prefixes = names.map((name) => [`[${name}] `, name]).sort(([a], [b]) => b.length - a.length);
    }
    /** Takes one line of the run's log (as the follower emits it) and passes it on as its notebook's. */
    line = (line) => {
        const found = this.prefixes.find(([prefix]) => line.message.startsWith(prefix));
        if (!found) {
            this.onLog?.({ ...line, notebook: this.label });
            return;
        }
        const [prefix, name] = found;
        const message = line.message.slice(prefix.length);
        const log = this.notebooks.get(name);
        log.failedCell ??= (0,driver_messages/* parseCellFailure */.eZ)(message);
        log.driverError ??= (0,driver_messages/* parseDriverError */.Qd)(message);
        log.end ??= (0,driver_messages/* parseNotebookEnd */.iD)(message);
        this.onLog?.({ ...line, notebook: name, message });
    };
    of(name) {
        return this.notebooks.get(name) ?? {};
    }
}

// EXTERNAL MODULE: ./src/engine/describe-error.ts
var describe_error = __webpack_require__(2566);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/oci/retry-policy.ts
var retry_policy = __webpack_require__(31726);
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

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
// EXTERNAL MODULE: ./node_modules/oci-objectstorage/index.js
var oci_objectstorage = __webpack_require__(22284);
// EXTERNAL MODULE: ./src/backends/oci/through-outages.ts
var through_outages = __webpack_require__(90663);
;// CONCATENATED MODULE: ./src/backends/oci/output-par.ts





/**
 * Lets the run upload its outputs over plain HTTPS, with no `oci` package in the job and no IAM
 * policy for job-run resource principals. Only writes, only under the prefix, only until it expires.
 *
 * CreatePreauthenticatedRequest takes no retry token, so the SDK's own retries could leave a spare
 * PAR for each lost answer. Instead each attempt is sent once, and after a failed one the PARs of
 * this name are looked for and deleted before the next: whatever the faults, one PAR stays.
 */
async function createPar(client, endpoint, spec, options = {}) {
    const policy = options.policy ?? retry_policy/* DEFAULT_RETRY_POLICY */.cO;
    // As many attempts as the SDK would make in three rounds of its retries, as the other creates get.
    const attempts = policy.maxAttempts * 3;
    for (let attempt = 1;; attempt++) {
        try {
            const response = await client.createPreauthenticatedRequest({
                namespaceName: spec.namespace,
                bucketName: spec.bucket,
                createPreauthenticatedRequestDetails: {
                    name: spec.name,
                    accessType: oci_objectstorage.models.CreatePreauthenticatedRequestDetails.AccessType[spec.accessType],
                    ...(spec.objectName ? { objectName: spec.objectName } : {}),
                    timeExpires: spec.expires,
                },
                retryConfiguration: oci_common.NoRetryConfigurationDetails,
            });
            const par = response.preauthenticatedRequest;
            return { id: par.id, namespace: spec.namespace, bucket: spec.bucket, url: par.fullPath ?? `${endpoint}${par.accessUri}` };
        }
        catch (error) {
            if (!(0,through_outages/* isOutage */.uD)(error) || attempt >= attempts)
                throw error;
            options.onUncertain?.();
            // Best effort: what this misses, the submission's cleanup finds by the same name.
            await deleteParsNamed(client, spec).catch(() => undefined);
            await (0,external_node_timers_promises_.setTimeout)((0,retry_policy/* retryDelaySeconds */.jN)(policy, Math.min(attempt - 1, policy.maxAttempts)) * 1000);
        }
    }
}
/** Deletes every PAR of the bucket, under the spec's object name, that carries the spec's name. */
async function deleteParsNamed(client, spec) {
    let page;
    do {
        const response = await client.listPreauthenticatedRequests({
            namespaceName: spec.namespace,
            bucketName: spec.bucket,
            ...(spec.objectName ? { objectNamePrefix: spec.objectName } : {}),
            page,
        });
        for (const par of response.items.filter((found) => found.name === spec.name)) {
            await client.deletePreauthenticatedRequest({ namespaceName: spec.namespace, bucketName: spec.bucket, parId: par.id }).catch((error) => {
                if (error.statusCode !== 404)
                    throw error;
            });
        }
        page = response.opcNextPage || undefined;
    } while (page);
}
/**
 * The object name prefix a run's PAR allows: the output prefix as a folder, so that `runs` does
 * not also open `runs-other/`. Variables ($JOB_RUN_OCID) are expanded in the run, so only what
 * comes before the first one is known before the run exists.
 */
function parPrefix(outputPrefix) {
    const variable = outputPrefix.indexOf('$');
    if (variable >= 0)
        return outputPrefix.slice(0, variable);
    return outputPrefix === '' || outputPrefix.endsWith('/') ? outputPrefix : `${outputPrefix}/`;
}

;// CONCATENATED MODULE: ./src/backends/oci/par-handover.ts

/**
 * A run's environment is fixed when the run is created (UpdateJobRun changes only its name and
 * tags), but a PAR scoped to `.../$JOB_RUN_OCID/` can only be made once the run's OCID is known.
 * So the run gets, at creation, a read-only PAR for one object and a key; once the run exists,
 * the engine makes the scoped write PAR and leaves its URL in that object, sealed with the key
 * (bucket readers see only ciphertext). The driver reads and unseals it before the notebook runs
 * (driver_handover.py does the same steps in Python).
 */
const VERSION = 'v1';
/** A fresh 256-bit key, hex: the run's environment holds it, a secret like the PAR it unseals. */
function handoverKey() {
    return (0,external_node_crypto_.randomBytes)(32).toString('hex');
}
/** What the names of handover objects start with, after the outputs' common prefix. */
const HANDOVER_OBJECT_MARK = '.oci-run-notebook-handover-';
/** The object a submission's PAR is handed over in: beside the outputs' common prefix, named for the submission. */
function handoverObjectName(parScope, submissionId) {
    return `${parScope}${HANDOVER_OBJECT_MARK}${submissionId}`;
}
/**
 * `v1.<base64url ciphertext>.<hex tag>`: the text XORed with an HMAC-SHA256 keystream, then
 * authenticated with HMAC-SHA256 (encrypt-then-MAC, keys derived from the one key).
 */
function sealHandover(text, keyHex) {
    const { encryption, authentication } = derivedKeys(keyHex);
    const plain = Buffer.from(text, 'utf8');
    const cipher = xor(plain, keystream(encryption, plain.length));
    const tag = (0,external_node_crypto_.createHmac)('sha256', authentication).update(cipher).digest('hex');
    return `${VERSION}.${cipher.toString('base64url')}.${tag}`;
}
/** The inverse, for tests and for symmetry with the driver; throws on a wrong key or a changed text. */
function unsealHandover(sealed, keyHex) {
    const [version, body, tag] = sealed.trim().split('.');
    if (version !== VERSION || body === undefined || tag === undefined)
        throw new Error('not a sealed handover');
    const { encryption, authentication } = derivedKeys(keyHex);
    const cipher = Buffer.from(body, 'base64url');
    const expected = createHmac('sha256', authentication).update(cipher).digest();
    const given = Buffer.from(tag, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new Error('the handover does not match its key');
    return xor(cipher, keystream(encryption, cipher.length)).toString('utf8');
}
function derivedKeys(keyHex) {
    const key = Buffer.from(keyHex, 'hex');
    return {
        encryption: (0,external_node_crypto_.createHmac)('sha256', key).update('oci-run-notebook handover encryption').digest(),
        authentication: (0,external_node_crypto_.createHmac)('sha256', key).update('oci-run-notebook handover authentication').digest(),
    };
}
/** Blocks of HMAC-SHA256(key, counter as 4 big-endian bytes), counter from 0. */
function keystream(key, length) {
    const blocks = [];
    for (let counter = 0; blocks.length * 32 < length; counter++) {
        const index = Buffer.alloc(4);
        index.writeUInt32BE(counter);
        blocks.push((0,external_node_crypto_.createHmac)('sha256', key).update(index).digest());
    }
    return Buffer.concat(blocks).subarray(0, length);
}
function xor(data, stream) {
    return Buffer.from(data.map((byte, i) => byte ^ stream[i]));
}

;// CONCATENATED MODULE: ./src/backends/oci/run-limits.ts
const MINUTE_MS = 60_000;
/** Headroom past a run's latest end for the driver's last uploads and a cancel that takes a while. */
const END_MARGIN_MINUTES = 15;
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
    /**
     * The latest `run` can still be going (epoch ms), margin included: its runtime from its start, or,
     * while it has not started, its time queued plus its runtime; `unlimitedRuntimeMinutes` stands in
     * for no runtime limit. Its output PAR expires then too, so nothing waits on the run past it.
     */
    latestEnd(run, unlimitedRuntimeMinutes) {
        const { deadline, maximumRuntimeMinutes, maxQueueMinutes } = this.limits;
        const runtime = (maximumRuntimeMinutes ?? unlimitedRuntimeMinutes) * MINUTE_MS;
        const end = run.timeStarted
            ? new Date(run.timeStarted).getTime() + runtime
            : new Date(run.timeAccepted).getTime() + maxQueueMinutes * MINUTE_MS + runtime;
        return Math.min(end, deadline ? Date.parse(deadline) : Infinity) + END_MARGIN_MINUTES * MINUTE_MS;
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

// EXTERNAL MODULE: ./src/backends/oci/submission-cleanup.ts
var submission_cleanup = __webpack_require__(1990);
// EXTERNAL MODULE: ./src/backends/oci/submission-ledger.ts
var submission_ledger = __webpack_require__(53001);
;// CONCATENATED MODULE: ./src/backends/oci/job-submission.ts











/** A Ctrl-C between two creates: what was made is removed again, and the run is never created. */
class SubmissionCancelledError extends Error {
    constructor() {
        super('cancelled before it was submitted');
    }
}
/**
 * Creates the run's PAR, its job, the job's artifact and the run, writing each down in the ledger
 * before it is created (so a killed process leaves nothing that cannot be found again) and once it
 * exists. Every create is retried in rounds with the same retry token, so an outage of a minute
 * does not fail a submission and a retried create never makes a second job or run. On any
 * failure, or a Ctrl-C between two creates, what was made is removed again.
 */
async function submitJobRun(clients, request, env, artifact, settings, signal) {
    const policy = clients.retryPolicy ?? retry_policy/* DEFAULT_RETRY_POLICY */.cO;
    const rounds = (call) => (0,through_outages/* inRounds */.T)(call, 3, settings.clock, policy.maxDelaySeconds * 1000);
    const output = request.outputUri ? (0,object_storage_uri/* parseObjectStorageUri */.iT)(request.outputUri) : undefined;
    const submission = {
        id: (0,external_node_crypto_.randomUUID)().replace(/-/g, ''),
        notebook: request.notebook.path,
        compartmentId: request.compartmentId,
        projectId: request.projectId,
        time: new Date(settings.clock.now()).toISOString(),
        ...(output ? { output: { namespace: output.namespace, bucket: output.bucket, parScope: parPrefix(output.prefix) } } : {}),
        parIds: [],
    };
    const record = (change) => {
        Object.assign(submission, change);
        settings.ledger.save(submission);
    };
    const checkNotCancelled = () => {
        if (signal?.aborted)
            throw new SubmissionCancelledError();
    };
    const tag = { [submission_ledger/* SUBMISSION_TAG_KEY */.Sb]: submission.id };
    // With $JOB_RUN_OCID in the output URI, the PAR that allows only the run's prefix comes after the run: it is handed over.
    const handover = output && RUN_VARIABLE.test(output.prefix) ? { key: handoverKey(), objectName: handoverObjectName(parPrefix(output.prefix), submission.id) } : undefined;
    if (handover) {
        settings.onSecret(handover.key);
        submission.output.handoverObject = handover.objectName;
    }
    record({});
    try {
        const expires = parExpiry(request, settings);
        const makePar = async (spec) => {
            await clients.use('objectStorage');
            const par = await createPar(clients.objectStorage, clients.objectStorageEndpoint, { ...spec, namespace: output.namespace, bucket: output.bucket, expires }, { policy, onUncertain: () => submission.parsUncertain || record({ parsUncertain: true }) });
            settings.onSecret(par.url);
            const token = /\/p\/([^/]+)\//.exec(par.url)?.[1];
            if (token)
                settings.onSecret(token);
            record({ parIds: [...submission.parIds, par.id] });
            return par;
        };
        // The PAR's request can go out while Data Science's larger package is still loading.
        const [par, job] = await Promise.allSettled([
            !output
                ? Promise.resolve(undefined)
                : handover
                    ? makePar({ name: (0,submission_ledger/* parName */.hN)(submission.id, 'handover'), objectName: handover.objectName, accessType: 'AnyObjectRead' })
                    : makePar({ name: (0,submission_ledger/* parName */.hN)(submission.id, 'output'), objectName: parPrefix(output.prefix), accessType: 'AnyObjectWrite' }),
            clients.use('dataScience').then(async () => {
                const details = createJobDetails(request, env);
                details.freeformTags = { ...details.freeformTags, ...tag };
                const created = await rounds(() => clients.dataScience.createJob({ createJobDetails: details, opcRetryToken: `${submission.id}job` }));
                record({ jobId: created.job.id });
                return created.job;
            }),
        ]);
        if (job.status === 'rejected')
            throw job.reason;
        if (par.status === 'rejected')
            throw par.reason;
        checkNotCancelled();
        await rounds(() => clients.dataScience.createJobArtifact({
            jobId: job.value.id,
            jobArtifact: Buffer.from(artifact.zip),
            // No contentLength: the SDK backs the body up for retries and sets the length itself, so a
            // given one is sent twice ("N, N"), which the fetch of Node 24 (the action's runtime) refuses.
            contentDisposition: `attachment; filename=${artifact.fileName}`,
            opcRetryToken: `${submission.id}artifact`,
        }));
        checkNotCancelled();
        const runEnv = !par.value
            ? env
            : handover
                ? { ...env, [job_environment/* OUTPUT_PAR_HANDOVER_VARIABLE */.jI]: `${par.value.url}${objectPath(handover.objectName)}`, [job_environment/* OUTPUT_PAR_KEY_VARIABLE */.Pv]: handover.key }
                : { ...env, [job_environment/* OUTPUT_PAR_VARIABLE */.p_]: par.value.url };
        const runDetails = createJobRunDetails(request, job.value.id, runEnv);
        runDetails.freeformTags = { ...runDetails.freeformTags, ...tag };
        const { jobRun } = await rounds(() => clients.dataScience.createJobRun({ createJobRunDetails: runDetails, opcRetryToken: `${submission.id}run` }));
        record({ runId: jobRun.id });
        if (handover) {
            // Now the run's own prefix is known: a PAR for it alone, left sealed where the run reads it.
            const runPrefix = parPrefix((0,job_environment/* expandRunVariables */.vs)(output.prefix, jobRun.id, jobRun.jobId));
            const writer = await makePar({ name: (0,submission_ledger/* parName */.hN)(submission.id, 'output'), objectName: runPrefix, accessType: 'AnyObjectWrite' });
            const sealed = Buffer.from(sealHandover(writer.url, handover.key));
            await rounds(() => clients.objectStorage.putObject({ namespaceName: output.namespace, bucketName: output.bucket, objectName: handover.objectName, putObjectBody: sealed, contentType: 'text/plain' }));
        }
        return { run: jobRun, submission: { ...submission } };
    }
    catch (error) {
        // Nothing half-created: the job (with any run it got), and every PAR of the submission, go again.
        const rollback = await (0,submission_cleanup.cleanUpSubmission)(clients, { ...submission, runId: undefined }, { pauseMs: policy.maxDelaySeconds * 1000 });
        if (rollback.problems.length === 0)
            settings.ledger.forget(submission.id);
        throw error;
    }
}
/** `$JOB_RUN_OCID` or `$JOB_OCID` (also `${...}`): expanded in the run, so the PAR's prefix is known only once the run exists. */
const RUN_VARIABLE = /\$\{?JOB_(RUN_)?OCID\}?/;
/** An object name as a URL path: each segment percent-encoded, the slashes kept (as the driver encodes them). */
function objectPath(objectName) {
    return objectName.split('/').map(encodeURIComponent).join('/');
}
/** The run may wait to start, then run: the PAR must outlive both, with a margin for the last uploads. */
function parExpiry(request, settings) {
    const queue = request.maxQueueMinutes ?? settings.maxQueueMinutes;
    const lifetime = queue + (request.maximumRuntimeInMinutes ?? settings.defaultParLifetimeMinutes) + END_MARGIN_MINUTES;
    return new Date(Date.now() + lifetime * 60_000);
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
    constructor(client, scope, runId, since, clock = engine_clock/* SYSTEM_CLOCK */.V) {
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
    const reads = new RunReads(clients, handle.runId, settings, logs, limits);
    // An outage is sat out (the run goes on without us); on Ctrl-C meanwhile, the run as last seen is cancelled.
    const poll = () => reads.get(undefined, options.signal).catch((error) => {
        if (options.signal?.aborted && reads.lastSeen && (0,through_outages/* isOutage */.uD)(error))
            return reads.lastSeen;
        throw error;
    });
    let run = await poll();
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
        run = await poll();
    }
    if (stop) {
        run = await cancelAndWait(reads, cancel, settings);
        // A cancelled driver never prints its last line: read once more rather than wait for it.
        await logs.read(run);
    }
    else {
        await settleLogs(run, logs, settings);
    }
    return { run, stop, logs };
}
/**
 * GetJobRun through outages: a run goes on while OCI's API does not answer, so 503s and lost
 * connections are sat out (and said once) until the run must have ended by its limits. Giving
 * up earlier would report a live run as lost, and have its outputs' PAR deleted under it.
 */
class RunReads {
    clients;
    runId;
    settings;
    logs;
    limits;
    lastSeen;
    firstAsked;
    constructor(clients, runId, settings, logs, limits) {
        this.clients = clients;
        this.runId = runId;
        this.settings = settings;
        this.logs = logs;
        this.limits = limits;
        this.firstAsked = settings.clock.now();
    }
    /** The run now, waiting out an outage until `giveUpAt` (default: the latest the run can end) or until `signal` aborts. */
    get(giveUpAt = () => this.latestEnd(), signal) {
        const { clock, pollSchedule } = this.settings;
        return (0,through_outages/* throughOutages */.Oh)(async () => (this.lastSeen = (await this.clients.dataScience.getJobRun({ jobRunId: this.runId })).jobRun), {
            clock,
            giveUpAt,
            pauseMs: pollSchedule.maxMs,
            onOutage: (error, until) => this.logs.note(`OCI does not answer about the run (${(0,describe_error/* describeError */.U)(error)}); the run is left to go on, and asked about again until ${new Date(until).toISOString()}`),
            onRecovery: (downMs) => this.logs.note(`OCI answers again, after ${Math.round(downMs / 1000)} s`),
            signal,
        });
    }
    latestEnd() {
        const seen = this.lastSeen ?? { lifecycleState: 'ACCEPTED', timeAccepted: new Date(this.firstAsked) };
        return this.limits.latestEnd(seen, this.settings.defaultParLifetimeMinutes);
    }
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
/**
 * Cancels, then polls until the run ends or `cancelWaitMs` passes; an outage meanwhile is sat out
 * as long. A cancel that never got through is thrown: the run may still be going.
 */
async function cancelAndWait(reads, cancel, settings) {
    const { clock } = settings;
    const giveUp = clock.now() + settings.cancelWaitMs;
    await (0,through_outages/* throughOutages */.Oh)(cancel, { clock, giveUpAt: () => giveUp, pauseMs: settings.pollSchedule.maxMs });
    const delays = pollDelays(settings.pollSchedule);
    for (;;) {
        const run = await reads.get(() => giveUp).catch((error) => {
            if (reads.lastSeen && (0,through_outages/* isOutage */.uD)(error))
                return reads.lastSeen;
            throw error;
        });
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

;// CONCATENATED MODULE: ./src/backends/oci/batch-runs.ts

















/**
 * Submits the requests (which share their job settings) as one job run: one artifact with every
 * notebook in the shared context, the batch driver as its entrypoint, and one output PAR over the
 * folder that holds every notebook's outputs.
 */
async function submitBatchRun(runner, requests, settings, signal) {
    for (const request of requests)
        (0,validate_run_request/* validateRunRequest */.xS)(request);
    const first = requests[0];
    const parallel = batchParallelism(requests, settings);
    const timeoutMinutes = batchTimeoutMinutes(requests, settings);
    const label = batchLabel(requests);
    const batchRequest = {
        ...first,
        notebook: { path: label, content: new Uint8Array() },
        jobName: `${first.jobName} (+${requests.length - 1} in a batch)`.slice(0, 255),
        parameters: {},
        excludeTags: [],
        outputUri: sharedOutputUri(requests),
        maximumRuntimeInMinutes: timeoutMinutes,
    };
    const notebooks = requests.map((request) => {
        const prepared = (0,parameters/* injectParameters */.EN)((0,notebook/* parseNotebook */.fJ)(request.notebook.content, request.notebook.path), request.parameters);
        return {
            content: (0,notebook/* serializeNotebook */.aM)(prepared),
            entry: {
                name: request.notebook.path,
                notebook: (0,artifact_layout/* artifactLayout */.N)(request.notebook.path, request.context).notebookPath,
                ...(request.outputUri ? { outputUri: request.outputUri } : {}),
                excludeTags: request.excludeTags,
                ...(request.maximumRuntimeInMinutes ? { timeoutSeconds: request.maximumRuntimeInMinutes * 60 } : {}),
            },
        };
    });
    const artifact = buildBatchArtifact(notebooks, parallel, batchRequest.jobName, (await packContext(first)));
    const env = (0,job_environment/* jobEnvironment */.tw)(batchRequest, artifact, runner.clients.credentials.region.regionId);
    env[job_environment/* BATCH_VARIABLE */.gH] = artifact.manifestPath;
    if (batchRequest.outputUri)
        env[RESULT_RECORD_VARIABLE] = RESULT_RECORD_NAME;
    const { run, submission } = await submitJobRun(runner.clients, batchRequest, env, artifact, { ...runner.settings, ...runner.submission }, signal);
    const region = runner.clients.credentials.region;
    return {
        run: handleFor(batchRequest, run, region, submission),
        notebooks: requests.map((request) => withoutLimits(handleFor(request, run, region))),
    };
}
/** A notebook's handle in a batch: its limits are the driver's to keep, the run's are the batch's. */
function withoutLimits(handle) {
    const { maximumRuntimeMinutes: _runtime, ...rest } = handle;
    return rest;
}
/**
 * Where the batch's outputs all lie: the folder its notebooks' output URIs share (`$JOB_RUN_OCID`
 * kept, so the PAR can still be scoped to the run). Undefined when they go nowhere.
 */
function sharedOutputUri(requests) {
    const places = requests.map((request) => (request.outputUri ? (0,object_storage_uri/* parseObjectStorageUri */.iT)(request.outputUri) : undefined));
    if (places.some((place) => !place))
        return undefined;
    const folders = places.map((place) => place.prefix.split('/'));
    // Each notebook's own folder is below the shared one, never the shared one itself.
    const shortest = Math.min(...folders.map((segments) => segments.length - 1));
    let depth = 0;
    while (depth < shortest && folders.every((segments) => segments[depth] === folders[0][depth]))
        depth++;
    return (0,object_storage_uri/* formatObjectStorageUri */.uu)({ ...places[0], prefix: folders[0].slice(0, depth).join('/') });
}
/**
 * Follows the batch's run to its end, its lines passed on as each notebook's, then tells each
 * notebook's outcome: from its own result record, else its own last line, else the run's end.
 */
async function followBatchRun(runner, handle, options = {}) {
    const { clients, settings } = runner;
    const names = handle.notebooks.map((notebook) => notebook.notebook);
    const logs = new BatchLogs(names, handle.run.notebook, options.onLog);
    let ended = false;
    try {
        await clients.use('dataScience', 'logSearch');
        const outcome = await followRun(clients, runner.logScopes, handle.run, settings, { signal: options.signal, onLog: logs.line }, () => runner.cancel(handle.run));
        ended = (0,run_result/* isTerminal */.H)(outcome.run.lifecycleState);
        const runEnd = { failedCell: undefined, driverError: outcome.logs.driverError, stopReason: outcome.stop?.reason, stopDetail: outcome.stop?.detail };
        const records = ended ? await readRecords(runner, handle.notebooks, (message) => outcome.logs.note(message)) : [];
        const results = handle.notebooks.map((notebook, index) => {
            const asRun = resultOf(notebook, outcome.run, runEnd);
            return { ...notebookOutcome(asRun, records[index], logs.of(notebook.notebook), outcome.run), batch: names };
        });
        if (ended)
            await deleteFinishedJob(clients, handle.run.jobId, outcome.run.lifecycleState, settings.deleteJob, (message) => outcome.logs.note(message));
        return results;
    }
    finally {
        if (ended)
            await finishSubmission(clients, runner.submission.ledger, handle.run);
    }
}
async function readRecords(runner, notebooks, note) {
    if (notebooks.every((notebook) => !notebook.outputUri))
        return [];
    await runner.clients.use('objectStorage');
    return Promise.all(notebooks.map(async (notebook) => {
        if (!notebook.outputUri)
            return undefined;
        const { record, problem } = await readResultRecord(runner.clients.objectStorage, notebook.outputUri);
        if (problem)
            note(`${notebook.notebook}: ${problem}`);
        return record;
    }));
}
/** One notebook's result, from the run's as a start: the notebook's own word wins where it has one. */
function notebookOutcome(asRun, record, log, run) {
    const end = record ? (record.state === 'succeeded' ? 'succeeded' : 'failed') : log.end;
    if (!end) {
        // It never ended by itself: the batch was stopped, or failed, before it finished.
        if (asRun.state === 'SUCCEEDED')
            return asRun;
        return { ...asRun, error: notFinished(asRun, run) };
    }
    const result = { ...asRun, state: end === 'succeeded' ? 'SUCCEEDED' : 'FAILED' };
    if (record?.timeStarted)
        result.timeStarted = record.timeStarted;
    if (record?.timeFinished)
        result.timeFinished = record.timeFinished;
    if (result.timeStarted && result.timeFinished) {
        result.durationSeconds = Math.round((Date.parse(result.timeFinished) - Date.parse(result.timeStarted)) / 1000);
    }
    const failedCell = record?.failedCell ?? log.failedCell;
    delete result.error;
    delete result.failedCell;
    if (failedCell)
        result.failedCell = failedCell;
    if (result.state !== 'SUCCEEDED')
        result.error = (0,driver_messages/* runFailureMessage */.Pg)({ state: 'FAILED', failedCell, driverError: record?.error ?? log.driverError });
    return result;
}
function notFinished(asRun, run) {
    const why = asRun.error ?? (0,driver_messages/* runFailureMessage */.Pg)({ state: run.lifecycleState, lifecycleDetails: run.lifecycleDetails });
    return `did not finish in its batch: ${why}`;
}

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
    clock: engine_clock/* SYSTEM_CLOCK */.V,
    deleteJob: 'never',
};
const NO_LEDGER = { save: () => undefined, forget: () => undefined };
/** Runs notebooks as OCI Data Science job runs. */
class OciJobBackend {
    clients;
    settings;
    onSecret;
    ledger;
    logScopes;
    constructor(clients, options = {}) {
        this.clients = clients;
        const { onSecret, ledger, ...settings } = options;
        this.settings = { ...OCI_FOLLOW_DEFAULTS, ...withoutUndefined(settings) };
        this.onSecret = onSecret ?? (() => undefined);
        this.ledger = ledger ?? NO_LEDGER;
        this.logScopes = new LogScopes(clients);
    }
    validate(request) {
        (0,validate_run_request/* validateRunRequest */.xS)(request);
    }
    async submit(request, signal) {
        this.validate(request);
        const prepared = (0,parameters/* injectParameters */.EN)((0,notebook/* parseNotebook */.fJ)(request.notebook.content, request.notebook.path), request.parameters);
        const notebookName = (0,notebook_name/* notebookFileName */.h)(request.notebook.path);
        const artifact = buildJobArtifact(notebookName, (0,notebook/* serializeNotebook */.aM)(prepared), request.jobName, await packContext(request));
        const env = (0,job_environment/* jobEnvironment */.tw)(request, artifact, this.clients.credentials.region.regionId);
        // The driver leaves a record of how the run ended beside the notebook: failure details need no logs.
        if (request.outputUri)
            env[RESULT_RECORD_VARIABLE] = RESULT_RECORD_NAME;
        const { run, submission } = await submitJobRun(this.clients, request, env, artifact, { ...this.settings, ledger: this.ledger, onSecret: this.onSecret }, signal);
        return handleFor(request, run, this.clients.credentials.region, submission);
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
            // A run that may still start (a cancel not yet confirmed, or lost track of) keeps its PAR: the post step or its expiry removes it.
            if (ended)
                await finishSubmission(this.clients, this.ledger, handle);
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
    submitBatch(requests, settings, signal) {
        return submitBatchRun(this.batchRunner(), requests, settings, signal);
    }
    followBatch(handle, options) {
        return followBatchRun(this.batchRunner(), handle, options);
    }
    batchRunner() {
        return {
            clients: this.clients,
            logScopes: this.logScopes,
            settings: this.settings,
            submission: { ledger: this.ledger, onSecret: this.onSecret },
            cancel: (handle) => this.cancel(handle),
        };
    }
    /** Where a run is now, for pollers that did not start it (the OCI Function's status operation). */
    async status(runId) {
        await this.clients.use('dataScience');
        return jobRunStatus(this.clients, runId);
    }
    async cancel(handle) {
        await this.clients.use('dataScience');
        try {
            await this.clients.dataScience.cancelJobRun({ jobRunId: handle.runId, retryConfiguration: (0,retry_policy/* sdkRetryConfigurationWithoutConflicts */.uu)(this.clients.retryPolicy) });
        }
        catch (error) {
            // Already ending or ended: nothing to cancel.
            if (error.statusCode !== 409)
                throw error;
        }
    }
}
/** A run's handle: its ids, limits, where its executed notebook lands, and what to tidy up once it ends. */
function handleFor(request, run, region, submission) {
    const runtime = request.maximumRuntimeInMinutes;
    const handle = {
        notebook: request.notebook.path,
        jobId: run.jobId,
        runId: run.id,
        consoleUrl: consoleUrl(run.id, region),
        ...(runtime ? { maximumRuntimeMinutes: runtime } : {}),
        ...(request.maxQueueMinutes ? { maxQueueMinutes: request.maxQueueMinutes } : {}),
        ...(request.needsAttentionMinutes ? { needsAttentionMinutes: request.needsAttentionMinutes } : {}),
        ...(request.logCompartmentId ? { logCompartmentId: request.logCompartmentId } : {}),
        ...(submission ? { cleanup: { submission: JSON.stringify(submission) } } : {}),
    };
    if (request.outputUri) {
        const expanded = (0,job_environment/* expandRunVariables */.vs)(request.outputUri, run.id, run.jobId);
        handle.outputUri = (0,object_storage_uri/* objectUri */.WE)((0,object_storage_uri/* parseObjectStorageUri */.iT)(expanded), (0,notebook_name/* notebookFileName */.h)(request.notebook.path));
    }
    return handle;
}
/** The run has ended: its PARs (and handover object) go, and the submission is forgotten once nothing of it is left. */
async function finishSubmission(clients, ledger, handle) {
    const submission = submissionOf(handle);
    if (!submission)
        return;
    const { problems } = await (0,submission_cleanup.cleanUpSubmission)(clients, submission).catch((error) => ({ problems: [error] }));
    if (problems.length === 0)
        ledger.forget(submission.id);
    else
        ledger.save({ ...submission, ended: true });
}
/** The submission a handle came from (ids and names only), as `handleFor` stored it. */
function submissionOf(handle) {
    const text = handle.cleanup?.submission;
    return text ? JSON.parse(text) : undefined;
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


/***/ }),

/***/ 1990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanUpSubmission: () => (/* binding */ cleanUpSubmission)
/* harmony export */ });
/* unused harmony export deleteJobWithRuns */
/* harmony import */ var _engine_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43124);
/* harmony import */ var _engine_describe_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2566);
/* harmony import */ var _oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31726);
/* harmony import */ var _submission_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53001);
/* harmony import */ var _through_outages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90663);





/**
 * Removes what a submission made that nothing will use any more: its PARs (those it knows, and
 * those found by their name), the object a PAR was handed over in, and, when its run never came to
 * be known, its job with any run it has. A known run is left alone: cancelling it is the caller's
 * call. Every step is tried whatever the others did; 404s count as done.
 */
async function cleanUpSubmission(clients, submission, options = {}) {
    const done = { removed: [], problems: [] };
    const persist = (call) => (0,_through_outages_js__WEBPACK_IMPORTED_MODULE_2__/* .inRounds */ .T)(call, options.rounds ?? 3, _engine_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .SYSTEM_CLOCK */ .V, options.pauseMs ?? 1000);
    const attempt = async (what, work) => {
        try {
            if (await work())
                done.removed.push(what);
        }
        catch (error) {
            done.problems.push(`${what}: ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .U)(error)}`);
        }
    };
    const retryConfiguration = (0,_oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .sdkRetryConfigurationWithoutConflicts */ .uu)(clients.retryPolicy);
    const output = submission.output;
    if (output) {
        await clients.use('objectStorage');
        const where = { namespaceName: output.namespace, bucketName: output.bucket };
        const parIds = new Set(submission.parIds);
        if (options.thorough || submission.parsUncertain) {
            await attempt('listing its PARs by name', async () => {
                for (const id of await parsNamedFor(clients, submission, persist))
                    parIds.add(id);
                return false;
            });
        }
        for (const parId of parIds) {
            await attempt(`PAR ${parId}`, () => gone(persist(() => clients.objectStorage.deletePreauthenticatedRequest({ ...where, parId, retryConfiguration }))));
        }
        if (output.handoverObject) {
            const objectName = output.handoverObject;
            await attempt(`object ${objectName}`, () => gone(persist(() => clients.objectStorage.deleteObject({ ...where, objectName, retryConfiguration }))));
        }
    }
    if (!submission.runId) {
        await clients.use('dataScience');
        const jobIds = submission.jobId ? [submission.jobId] : [];
        if (!submission.jobId)
            await attempt('looking for its job by its tag', async () => (jobIds.push(...(await jobsTaggedWith(clients, submission, persist))), false));
        for (const jobId of jobIds)
            await attempt(`job ${jobId}`, () => deleteJobWithRuns(clients, jobId, persist, retryConfiguration));
    }
    return done;
}
/** PARs of the bucket under the submission's scope whose name is the submission's. */
async function parsNamedFor(clients, submission, persist) {
    const output = submission.output;
    const ids = [];
    let page;
    do {
        const response = await persist(() => clients.objectStorage.listPreauthenticatedRequests({
            namespaceName: output.namespace,
            bucketName: output.bucket,
            ...(output.parScope ? { objectNamePrefix: output.parScope } : {}),
            page,
        }));
        ids.push(...response.items.filter((par) => (0,_submission_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .isParOf */ .Zm)(submission.id, par.name)).map((par) => par.id));
        page = response.opcNextPage || undefined;
    } while (page);
    return ids;
}
/** Jobs carrying the submission's tag, newest first, no older than the submission (less a minute of clock skew). */
async function jobsTaggedWith(clients, submission, persist) {
    const since = Date.parse(submission.time) - 60_000;
    const ids = [];
    let page;
    do {
        const response = await persist(() => clients.dataScience.listJobs({ compartmentId: submission.compartmentId, projectId: submission.projectId, sortBy: 'timeCreated', sortOrder: 'DESC', limit: 100, page }));
        for (const job of response.items) {
            if (new Date(job.timeCreated).getTime() < since)
                return ids;
            if (job.freeformTags?.[_submission_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .SUBMISSION_TAG_KEY */ .Sb] === submission.id && job.lifecycleState !== 'DELETED' && job.lifecycleState !== 'DELETING')
                ids.push(job.id);
        }
        page = response.opcNextPage || undefined;
    } while (page);
    return ids;
}
/** Deletes a job with its runs (live ones are cancelled first); already gone or going counts as done. */
async function deleteJobWithRuns(clients, jobId, persist, retryConfiguration) {
    try {
        await persist(() => clients.dataScience.deleteJob({ jobId, deleteRelatedJobRuns: true, retryConfiguration }));
        return true;
    }
    catch (error) {
        const status = error.statusCode;
        if (status === 404)
            return false;
        if (status === 409) {
            const { job } = await persist(() => clients.dataScience.getJob({ jobId }));
            if (job.lifecycleState === 'DELETING' || job.lifecycleState === 'DELETED')
                return false;
        }
        throw error;
    }
}
/** True when the delete went through, false when there was nothing to delete (404). */
async function gone(deletion) {
    try {
        await deletion;
        return true;
    }
    catch (error) {
        if (error.statusCode === 404)
            return false;
        throw error;
    }
}


/***/ }),

/***/ 53001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sb: () => (/* binding */ SUBMISSION_TAG_KEY),
/* harmony export */   Zm: () => (/* binding */ isParOf),
/* harmony export */   hN: () => (/* binding */ parName)
/* harmony export */ });
/* unused harmony exports PAR_NAME_PREFIX, MemoryLedger */
/** Every PAR the engine makes is named after its submission, so that one whose answer was lost can still be found. */
const PAR_NAME_PREFIX = 'oci-run-notebook-';
function parName(submissionId, purpose) {
    return `${PAR_NAME_PREFIX}${submissionId}-${purpose}`;
}
function isParOf(submissionId, name) {
    return name?.startsWith(`${PAR_NAME_PREFIX}${submissionId}-`) ?? false;
}
/** The job's freeform tag naming its submission: a job whose CreateJob answer was lost is found by it. */
const SUBMISSION_TAG_KEY = 'oci-run-notebook-submission';
/** A ledger in memory, telling `onChange` the whole list after every change (the action saves it as step state). */
class MemoryLedger {
    onChange;
    entries = new Map();
    constructor(onChange = () => undefined) {
        this.onChange = onChange;
    }
    save(submission) {
        this.entries.set(submission.id, structuredClone(submission));
        this.onChange(this.list());
    }
    forget(id) {
        if (this.entries.delete(id))
            this.onChange(this.list());
    }
    /** Forgets the submission that made this run: a run submitted without waiting is left to go on. */
    forgetRun(runId) {
        const found = this.list().find((submission) => submission.runId === runId);
        if (found)
            this.forget(found.id);
    }
    list() {
        return [...this.entries.values()].map((submission) => structuredClone(submission));
    }
}


/***/ }),

/***/ 90663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ throughOutages),
/* harmony export */   T: () => (/* binding */ inRounds),
/* harmony export */   uD: () => (/* binding */ isOutage)
/* harmony export */ });
/* harmony import */ var _oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31726);
/* harmony import */ var _oci_transient_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13676);


/**
 * Calls `call` until it answers, treating throttling, server faults and lost connections as an
 * outage to sit out (the SDK has already retried each round 8 times), up to `giveUpAt`. Any
 * other error (404, 401, a bad request) is thrown at once: waiting would not change it.
 */
async function throughOutages(call, patience) {
    const { clock } = patience;
    let downSince;
    for (;;) {
        try {
            const answer = await call();
            if (downSince !== undefined)
                patience.onRecovery?.(clock.now() - downSince);
            return answer;
        }
        catch (error) {
            const giveUpAt = patience.giveUpAt();
            if (!isOutage(error) || clock.now() >= giveUpAt || patience.signal?.aborted)
                throw error;
            if (downSince === undefined) {
                downSince = clock.now();
                patience.onOutage?.(error, giveUpAt);
            }
            try {
                await clock.sleep(Math.min(patience.pauseMs, giveUpAt - clock.now()), patience.signal);
            }
            catch {
                throw error;
            }
        }
    }
}
/** The same for calls that must go through but have no deadline of their own: `rounds` rounds of the SDK's retries. */
async function inRounds(call, rounds, clock, pauseMs) {
    for (let round = 1;; round++) {
        try {
            return await call();
        }
        catch (error) {
            if (round >= rounds || !isOutage(error))
                throw error;
            await clock.sleep(pauseMs);
        }
    }
}
/**
 * Throttling, a server fault, or no answer at all: the SDK's error for a request that got none is a
 * plain object naming the request, not an Error. A bug of ours (a TypeError) is none of these.
 */
function isOutage(error) {
    const failure = error;
    if (typeof failure?.statusCode === 'number' && failure.statusCode > 0)
        return (0,_oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3)(failure);
    if (error instanceof _oci_transient_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_)
        return true;
    return !(error instanceof Error) && typeof failure?.requestEndpoint === 'string';
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

/***/ 31726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ sdkRetryConfiguration),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   jN: () => (/* binding */ retryDelaySeconds),
/* harmony export */   r3: () => (/* binding */ isRetryable),
/* harmony export */   uu: () => (/* binding */ sdkRetryConfigurationWithoutConflicts)
/* harmony export */ });
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48473);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(oci_common__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_RETRY_POLICY = { maxAttempts: 8, baseDelaySeconds: 0.5, maxDelaySeconds: 30 };
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const RETRYABLE_CODES = new Map([
    [409, 'IncorrectState'],
    [429, 'TooManyRequests'],
]);
/** Throttling, server faults, and errors with no status (connection reset, refused, timed out). */
function isRetryable(error) {
    const status = error.statusCode;
    if (status === undefined || status === -1 || Number.isNaN(status))
        return true;
    return RETRYABLE_STATUS.has(status) || RETRYABLE_CODES.get(status) === error.serviceCode;
}
/** Seconds to wait before the next attempt, after `retries` retries (0 before the first): half to all of a doubling ceiling. */
function retryDelaySeconds(policy, retries) {
    const ceiling = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** retries);
    return ceiling / 2 + (Math.random() * ceiling) / 2;
}
class JitteredBackoff {
    policy;
    constructor(policy) {
        this.policy = policy;
    }
    delay(context) {
        return retryDelaySeconds(this.policy, context.attemptCount);
    }
}
function sdkRetryConfiguration(policy = DEFAULT_RETRY_POLICY) {
    return {
        terminationStrategy: new oci_common__WEBPACK_IMPORTED_MODULE_0__.MaxAttemptsTerminationStrategy(policy.maxAttempts),
        delayStrategy: new JitteredBackoff(policy),
        retryCondition: isRetryable,
        // Artifacts are Buffers, so a retry can resend them.
        backupBinaryBody: true,
    };
}
/**
 * For cancels and deletes: a 409 IncorrectState there means "already cancelling or deleting", often
 * because an earlier attempt went through and its answer was lost. Retrying cannot change it.
 */
function sdkRetryConfigurationWithoutConflicts(policy = DEFAULT_RETRY_POLICY) {
    return { ...sdkRetryConfiguration(policy), retryCondition: (error) => error.statusCode !== 409 && isRetryable(error) };
}


/***/ })

};
