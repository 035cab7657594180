export const id = 201;
export const ids = [201,85];
export const modules = {

/***/ 4037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ deleteJobAndLogs),
/* harmony export */   a_: () => (/* binding */ findToolJobs),
/* harmony export */   dp: () => (/* binding */ deleteFinishedJob),
/* harmony export */   jM: () => (/* binding */ runsAndCreatedLogs)
/* harmony export */ });
/* unused harmony export DELETE_JOB_CHOICES */
/* harmony import */ var _engine_describe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2566);
/* harmony import */ var _engine_job_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77087);


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
            if (!(0,_engine_job_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .isToolJob */ .Sv)(tags) || new Date(job.timeCreated).getTime() >= search.createdBefore)
                continue;
            if (search.repository !== undefined && tags[_engine_job_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_TAG_KEY */ .YQ] !== search.repository)
                continue;
            found.push({
                id: job.id,
                displayName: job.displayName ?? job.id,
                timeCreated: new Date(job.timeCreated).toISOString(),
                ...(tags[_engine_job_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_TAG_KEY */ .YQ] ? { repository: tags[_engine_job_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_TAG_KEY */ .YQ] } : {}),
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
                failures.push(`log ${log.logId}: ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .U)(error)}`);
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
        note(`could not delete the job (delete-job: ${choice}): ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .U)(error)}; \`oci-run-notebook cleanup\` can later`);
    }
}


/***/ }),

/***/ 32582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCleanup: () => (/* binding */ runCleanup)
/* harmony export */ });
/* harmony import */ var _backends_oci_job_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4037);
/* harmony import */ var _engine_describe_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2566);
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35235);
/* harmony import */ var _oci_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44085);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14226);





/** Finds the tool's jobs and deletes (or, dry, lists) each with its runs and created logs. */
async function runCleanup(io, search) {
    let clients;
    try {
        clients = await (0,_oci_clients_js__WEBPACK_IMPORTED_MODULE_1__.createOciClients)(io.env, undefined, { lazy: true });
    }
    catch (error) {
        if (error instanceof _oci_credentials_js__WEBPACK_IMPORTED_MODULE_0__.CredentialsError)
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(error.message);
        throw error;
    }
    try {
        await clients.use('dataScience');
        const jobs = await (0,_backends_oci_job_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .findToolJobs */ .a_)(clients, search);
        const verb = search.dryRun ? 'would delete' : 'deleted';
        let failed = 0;
        let logCount = 0;
        for (const job of jobs) {
            const about = `job ${job.displayName} (${job.id}), created ${job.timeCreated}${job.repository ? ` for ${job.repository}` : ''}`;
            try {
                const { runs, logs } = await (0,_backends_oci_job_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .runsAndCreatedLogs */ .jM)(clients, job.id);
                if (!search.dryRun)
                    await (0,_backends_oci_job_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteJobAndLogs */ .Pr)(clients, job.id, logs);
                logCount += logs.length;
                io.stdout.write(`${verb} ${about}: ${runs} run(s), ${logs.length} log(s)\n`);
            }
            catch (error) {
                failed += 1;
                io.stderr.write(`oci-run-notebook: could not delete ${about}: ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .U)(error)}\n`);
            }
        }
        const done = jobs.length - failed;
        io.stdout.write(`${search.dryRun ? 'dry run: ' : ''}${done} job(s) ${verb}, with ${logCount} log(s)${failed ? `; ${failed} could not be` : ''}\n`);
        const parsFailed = search.output ? await (await Promise.all(/* import() */[__webpack_require__.e(388), __webpack_require__.e(277)]).then(__webpack_require__.bind(__webpack_require__, 1277))).cleanUpPars(clients, io, search.output, search.createdBefore, search.dryRun) : 0;
        return failed || parsFailed ? 1 : 0;
    }
    finally {
        clients.close();
    }
}


/***/ }),

/***/ 77087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ isToolJob),
/* harmony export */   YQ: () => (/* binding */ REPOSITORY_TAG_KEY),
/* harmony export */   p: () => (/* binding */ jobTags)
/* harmony export */ });
/* unused harmony exports TOOL_TAG_KEY, TOOL_TAG_VALUE */
/**
 * Freeform tags on every job and run the engine creates: how `cleanup` tells this tool's jobs
 * from anyone else's, and one repository's from another's.
 */
const TOOL_TAG_KEY = 'created-by';
const TOOL_TAG_VALUE = 'oci-run-notebook';
const REPOSITORY_TAG_KEY = 'github-repository';
/** The tool's tag, and the repository's when there is one (`owner/name`). */
function jobTags(repository) {
    return { [TOOL_TAG_KEY]: TOOL_TAG_VALUE, ...(repository ? { [REPOSITORY_TAG_KEY]: repository } : {}) };
}
function isToolJob(tags) {
    return tags?.[TOOL_TAG_KEY] === TOOL_TAG_VALUE;
}


/***/ }),

/***/ 44085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENDPOINT_VARIABLES: () => (/* binding */ ENDPOINT_VARIABLES),
/* harmony export */   createOciClients: () => (/* binding */ createOciClients)
/* harmony export */ });
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48473);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(oci_common__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35235);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31726);



/** Base URLs (`http(s)://host:port`) for private endpoints, other realms and the emulator. */
const ENDPOINT_VARIABLES = {
    dataScience: 'OCI_DATA_SCIENCE_ENDPOINT',
    objectStorage: 'OCI_OBJECT_STORAGE_ENDPOINT',
    logSearch: 'OCI_LOGGING_SEARCH_ENDPOINT',
    logging: 'OCI_LOGGING_ENDPOINT',
};
/** Each service's package is large; a front door in a hurry loads only what its next call needs. */
const CLIENT_CLASSES = {
    dataScience: async () => (await __webpack_require__.e(/* import() */ 582).then(__webpack_require__.t.bind(__webpack_require__, 1582, 23))).DataScienceClient,
    objectStorage: async () => (await __webpack_require__.e(/* import() */ 388).then(__webpack_require__.t.bind(__webpack_require__, 22284, 23))).ObjectStorageClient,
    logSearch: async () => (await __webpack_require__.e(/* import() */ 189).then(__webpack_require__.t.bind(__webpack_require__, 99189, 23))).LogSearchClient,
    logging: async () => (await __webpack_require__.e(/* import() */ 313).then(__webpack_require__.t.bind(__webpack_require__, 96313, 23))).LoggingManagementClient,
};
async function createOciClients(env = process.env, retryPolicy = _retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO, options = {}) {
    const credentials = await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__.credentialsFromEnvironment)(env, options.credentials);
    for (const service of Object.keys(ENDPOINT_VARIABLES))
        checkEndpoint(env, service);
    const configuration = {
        retryConfiguration: (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .sdkRetryConfiguration */ .Dw)(retryPolicy),
        // Our retries already back off; a breaker shared by parallel runs would fail them all after a blip.
        circuitBreaker: new oci_common__WEBPACK_IMPORTED_MODULE_0__.CircuitBreaker({ disableClientCircuitBreaker: true }),
    };
    // One signer for every service; the SDK would make (and parse the key for) one per client.
    const params = credentials.signer
        ? { httpClient: new oci_common__WEBPACK_IMPORTED_MODULE_0__.FetchHttpClient(credentials.signer, null) }
        : { authenticationDetailsProvider: credentials.provider };
    const made = new Map();
    const loading = new Map();
    const load = (service) => {
        let promise = loading.get(service);
        if (!promise) {
            promise = CLIENT_CLASSES[service]().then((ClientClass) => {
                const client = new ClientClass(params, configuration);
                client.region = credentials.region;
                // Endpoints last: setting a region rewrites them.
                const base = env[ENDPOINT_VARIABLES[service]];
                if (base)
                    client.endpoint = base.replace(/\/+$/, '');
                made.set(service, client);
            });
            loading.set(service, promise);
        }
        return promise;
    };
    const client = (service) => {
        const found = made.get(service);
        if (!found)
            throw new Error(`OCI ${service} client used before \`use('${service}')\` loaded it`);
        return found;
    };
    const clients = {
        credentials,
        retryPolicy,
        get dataScience() {
            return client('dataScience');
        },
        get objectStorage() {
            return client('objectStorage');
        },
        get logSearch() {
            return client('logSearch');
        },
        get logging() {
            return client('logging');
        },
        get objectStorageEndpoint() {
            return (env[ENDPOINT_VARIABLES.objectStorage] ?? client('objectStorage').endpoint).replace(/\/+$/, '');
        },
        async use(...services) {
            await Promise.all(services.map(load));
        },
        close() {
            for (const sdkClient of made.values())
                sdkClient.close();
        },
    };
    if (!options.lazy)
        await clients.use('dataScience', 'objectStorage', 'logSearch');
    return clients;
}
/** An override is a base URL; the SDK adds the API version itself. */
function checkEndpoint(env, service) {
    const variable = ENDPOINT_VARIABLES[service];
    const base = env[variable];
    if (base && !/^https?:\/\/[^/\s]+\/?$/.test(base)) {
        throw new Error(`${variable}: expected a base URL such as https://host:port (the SDK adds the API version), got "${base}".`);
    }
}


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
