export const id = 201;
export const ids = [201,665,567];
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
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66567);
/* harmony import */ var _oci_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56665);
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
        return failed ? 1 : 0;
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

/***/ 56665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENDPOINT_VARIABLES: () => (/* binding */ ENDPOINT_VARIABLES),
  createOciClients: () => (/* binding */ createOciClients)
});

// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
// EXTERNAL MODULE: ./src/oci/credentials.ts + 1 modules
var oci_credentials = __webpack_require__(66567);
;// CONCATENATED MODULE: ./src/oci/retry-policy.ts

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
class JitteredBackoff {
    policy;
    constructor(policy) {
        this.policy = policy;
    }
    delay(context) {
        const ceiling = Math.min(this.policy.maxDelaySeconds, this.policy.baseDelaySeconds * 2 ** context.attemptCount);
        return ceiling / 2 + (Math.random() * ceiling) / 2;
    }
}
function sdkRetryConfiguration(policy = DEFAULT_RETRY_POLICY) {
    return {
        terminationStrategy: new oci_common.MaxAttemptsTerminationStrategy(policy.maxAttempts),
        delayStrategy: new JitteredBackoff(policy),
        retryCondition: isRetryable,
        // Artifacts are Buffers, so a retry can resend them.
        backupBinaryBody: true,
    };
}

;// CONCATENATED MODULE: ./src/oci/clients.ts



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
async function createOciClients(env = process.env, retryPolicy = DEFAULT_RETRY_POLICY, options = {}) {
    const credentials = await (0,oci_credentials.credentialsFromEnvironment)(env);
    for (const service of Object.keys(ENDPOINT_VARIABLES))
        checkEndpoint(env, service);
    const configuration = {
        retryConfiguration: sdkRetryConfiguration(retryPolicy),
        // Our retries already back off; a breaker shared by parallel runs would fail them all after a blip.
        circuitBreaker: new oci_common.CircuitBreaker({ disableClientCircuitBreaker: true }),
    };
    // One signer for every service; the SDK would make (and parse the key for) one per client.
    const params = credentials.signer
        ? { httpClient: new oci_common.FetchHttpClient(credentials.signer, null) }
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

/***/ 66567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  API_KEY_VARIABLES: () => (/* binding */ API_KEY_VARIABLES),
  CredentialsError: () => (/* binding */ CredentialsError),
  credentialsFromEnvironment: () => (/* binding */ credentialsFromEnvironment),
  regionFromId: () => (/* binding */ regionFromId)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(38321);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/oci/request-signer.ts



const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
/**
 * OCI's HTTP signature (version 1, rsa-sha256) with the key parsed once. oci-common's own signer
 * hands the PEM to http-signature, which parses it again for every request: that parse is most of
 * a submission's CPU when dozens of runs start at once. Headers and signing string follow
 * oci-common's `DefaultRequestSigner`; the emulator verifies them the way OCI does.
 */
class ApiKeyRequestSigner {
    apiKey;
    key;
    constructor(apiKey) {
        this.apiKey = apiKey;
        this.key = (0,external_node_crypto_.createPrivateKey)({ key: apiKey.privateKey, format: 'pem', passphrase: apiKey.passphrase ?? undefined });
    }
    async signHttpRequest(request, forceExcludeBody = false) {
        const url = new URL(request.uri);
        const headers = request.headers;
        headers.set('host', url.host);
        // Fresh on every attempt: a retry after a long backoff must not carry a stale date.
        headers.set('x-date', new Date().toUTCString());
        const signedHeaders = ['x-date', '(request-target)', 'host'];
        if (!forceExcludeBody && METHODS_WITH_BODY.has(request.method.toUpperCase())) {
            const body = await bodyText(request.body);
            if (!headers.has('content-type'))
                headers.set('content-type', 'application/json');
            headers.set('x-content-sha256', (0,external_node_crypto_.createHash)('sha256').update(body).digest('base64'));
            if (!headers.has('content-length'))
                headers.set('content-length', String(Buffer.byteLength(body)));
            // Cased as oci-common lists them; the signing string itself uses lower case.
            signedHeaders.push('Content-Type', 'Content-Length', 'x-content-sha256');
        }
        const signingString = signedHeaders
            .map((name) => name === '(request-target)'
            ? `(request-target): ${request.method.toLowerCase()} ${url.pathname}${url.search}`
            : `${name.toLowerCase()}: ${headers.get(name)}`)
            .join('\n');
        const signature = (0,external_node_crypto_.sign)('sha256', Buffer.from(signingString), this.key).toString('base64');
        headers.set('authorization', `Signature version="1",keyId="${this.apiKey.keyId}",algorithm="rsa-sha256",` +
            `headers="${signedHeaders.join(' ')}",signature="${signature}"`);
    }
}
/** The SDK hands the signer the body as a string, or a copy of a stream it reads itself. */
async function bodyText(body) {
    if (body === undefined || body === null)
        return '';
    if (typeof body === 'string')
        return body;
    if (body instanceof external_node_stream_.Readable)
        return (0,consumers_.text)(body);
    throw new TypeError(`cannot sign a request body of type ${typeof body}`);
}

;// CONCATENATED MODULE: ./src/oci/credentials.ts





/** The API-key variables Oracle's own GitHub Actions read. */
const API_KEY_VARIABLES = ['OCI_CLI_USER', 'OCI_CLI_TENANCY', 'OCI_CLI_FINGERPRINT', 'OCI_CLI_REGION'];
class CredentialsError extends Error {
}
/**
 * Credentials, first found wins: the OCI_CLI_* API-key variables; resource principal
 * (inside OCI Functions and job runs); an OCI config file (OCI_CONFIG_FILE or ~/.oci/config).
 */
async function credentialsFromEnvironment(env = process.env) {
    if (API_KEY_VARIABLES.some((name) => env[name]) || env.OCI_CLI_KEY_CONTENT || env.OCI_CLI_KEY_FILE) {
        return apiKeyCredentials(env);
    }
    if (env.OCI_RESOURCE_PRINCIPAL_VERSION)
        return resourcePrincipalCredentials();
    const configFile = env.OCI_CONFIG_FILE ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.oci', 'config');
    if ((0,external_node_fs_.existsSync)(configFile))
        return configFileCredentials(configFile, env.OCI_CLI_PROFILE ?? 'DEFAULT', env);
    throw new CredentialsError('No OCI credentials found. Set OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_REGION and ' +
        'OCI_CLI_KEY_CONTENT (or OCI_CLI_KEY_FILE), or point OCI_CONFIG_FILE at an OCI config file, ' +
        'or run inside OCI with a resource principal.');
}
function apiKeyCredentials(env) {
    const missing = API_KEY_VARIABLES.filter((name) => !env[name]);
    if (!env.OCI_CLI_KEY_CONTENT && !env.OCI_CLI_KEY_FILE)
        missing.push('OCI_CLI_KEY_CONTENT or OCI_CLI_KEY_FILE');
    if (missing.length > 0) {
        throw new CredentialsError(`Incomplete OCI API key credentials: set ${missing.join(', ')}.`);
    }
    const privateKey = env.OCI_CLI_KEY_CONTENT ?? readKeyFile(env.OCI_CLI_KEY_FILE);
    const region = regionFromId(env.OCI_CLI_REGION);
    const provider = new oci_common.SimpleAuthenticationDetailsProvider(env.OCI_CLI_TENANCY, env.OCI_CLI_USER, env.OCI_CLI_FINGERPRINT, privateKey, env.OCI_CLI_PASSPHRASE ?? null, region);
    const keyVariable = env.OCI_CLI_KEY_CONTENT ? 'OCI_CLI_KEY_CONTENT' : `OCI_CLI_KEY_FILE (${env.OCI_CLI_KEY_FILE})`;
    const signer = apiKeySigner(keyVariable, {
        keyId: `${env.OCI_CLI_TENANCY}/${env.OCI_CLI_USER}/${env.OCI_CLI_FINGERPRINT}`,
        privateKey,
        passphrase: env.OCI_CLI_PASSPHRASE,
    });
    return { source: 'api-key', provider, region, signer };
}
function readKeyFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new CredentialsError(`OCI_CLI_KEY_FILE: cannot read ${path} (${error.code}).`);
    }
}
async function resourcePrincipalCredentials() {
    const provider = await oci_common.ResourcePrincipalAuthenticationDetailsProvider.builder();
    return { source: 'resource-principal', provider, region: provider.getRegion() };
}
async function configFileCredentials(file, profile, env) {
    let provider;
    try {
        provider = new oci_common.ConfigFileAuthenticationDetailsProvider(file, profile);
    }
    catch (error) {
        throw new CredentialsError(`OCI config file ${file}, profile ${profile}: ${error.message}`);
    }
    const region = env.OCI_CLI_REGION ? regionFromId(env.OCI_CLI_REGION) : provider.getRegion();
    if (!region)
        throw new CredentialsError(`OCI config file ${file}, profile ${profile}: no region; set region there or OCI_CLI_REGION.`);
    // Profiles with an authentication_type (instance principal, delegation tokens) keep the SDK's signer.
    if (provider.getAuthType())
        return { source: 'config-file', provider, region };
    // The SDK signs such a profile as an API key without a user, which OCI refuses with a bare 401.
    if (provider.sessionToken) {
        throw new CredentialsError(`OCI config file ${file}, profile ${profile}: session tokens (security_token_file, from \`oci session authenticate\`) are not supported; ` +
            'use a profile with an API key (user, fingerprint, key_file), or the OCI_CLI_* variables.');
    }
    const signer = apiKeySigner(`the key_file of profile ${profile} in ${file}`, {
        keyId: await provider.getKeyId(),
        privateKey: provider.getPrivateKey(),
        passphrase: provider.getPassphrase(),
    });
    return { source: 'config-file', provider, region, signer };
}
function apiKeySigner(keyName, apiKey) {
    try {
        return new ApiKeyRequestSigner(apiKey);
    }
    catch (error) {
        // Node's message names the problem (bad PEM, wrong or missing passphrase), never the key itself.
        const hint = apiKey.passphrase ? '' : '; an encrypted key needs its passphrase (OCI_CLI_PASSPHRASE, or pass_phrase in a config file)';
        throw new CredentialsError(`${keyName}: not a usable PEM private key (${error.message})${hint}.`);
    }
}
/** A region the SDK knows, or one registered on the fly (new regions, other realms, the emulator). */
function regionFromId(regionId) {
    try {
        const known = oci_common.Region.fromRegionId(regionId);
        if (known)
            return known;
    }
    catch {
        // Unknown to this SDK version: register it below.
    }
    return oci_common.Region.register(regionId, oci_common.Realm.OC1);
}


/***/ })

};
