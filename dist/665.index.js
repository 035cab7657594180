export const id = 665;
export const ids = [665,567];
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
