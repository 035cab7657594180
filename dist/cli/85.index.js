export const id = 85;
export const ids = [85];
export const modules = {

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
