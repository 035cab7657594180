export const id = 665;
export const ids = [665];
export const modules = {

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
// EXTERNAL MODULE: ./src/oci/credentials.ts + 9 modules
var oci_credentials = __webpack_require__(40186);
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
    const credentials = await (0,oci_credentials.credentialsFromEnvironment)(env, options.credentials);
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


/***/ })

};
