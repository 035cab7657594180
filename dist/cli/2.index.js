export const id = 2;
export const ids = [2];
export const modules = {

/***/ 78205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pv: () => (/* binding */ OUTPUT_PAR_KEY_VARIABLE),
/* harmony export */   RL: () => (/* binding */ RESERVED_VARIABLES),
/* harmony export */   gH: () => (/* binding */ BATCH_VARIABLE),
/* harmony export */   jI: () => (/* binding */ OUTPUT_PAR_HANDOVER_VARIABLE),
/* harmony export */   p_: () => (/* binding */ OUTPUT_PAR_VARIABLE),
/* harmony export */   tw: () => (/* binding */ jobEnvironment),
/* harmony export */   vs: () => (/* binding */ expandRunVariables)
/* harmony export */ });
/* unused harmony exports CONTEXT_VARIABLES, OUTPUT_PAR_FD_VARIABLE */
/* harmony import */ var _oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82277);

/** A pre-authenticated request URL (ending in `/o/`) the driver uploads outputs through. A secret. */
const OUTPUT_PAR_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR';
/**
 * Instead of the PAR, when it can be made only once the run exists ($JOB_RUN_OCID in the output
 * URI): where it is handed over (an object URL, through a read-only PAR) and the key it is sealed with. Secrets.
 */
const OUTPUT_PAR_HANDOVER_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR_HANDOVER';
const OUTPUT_PAR_KEY_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR_KEY';
/** The notebook's context root, its requirements file, and whether to install it (docs/driver.md). */
const CONTEXT_VARIABLES = ['NOTEBOOK_CONTEXT', 'NOTEBOOK_REQUIREMENTS', 'NOTEBOOK_INSTALL_REQUIREMENTS'];
/** Where the driver, restarted without the variables above in its environment, reads them from (a pipe's descriptor). */
const OUTPUT_PAR_FD_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR_FD';
/** A batch run's manifest in the artifact: what the batch driver runs (docs/driver.md, "Batch runs"). */
const BATCH_VARIABLE = 'NOTEBOOK_BATCH';
/** Variables the engine sets for the driver; a user's `env` may not replace them. */
const RESERVED_VARIABLES = [
    ...CONTEXT_VARIABLES,
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
    OUTPUT_PAR_KEY_VARIABLE,
    // The driver's result record, beside the executed notebook (docs/driver.md).
    'OCI_RUN_NOTEBOOK_RESULT',
    OUTPUT_PAR_FD_VARIABLE,
    BATCH_VARIABLE,
    // Set by the batch driver for its notebooks, once it has installed their requirements.
    'NOTEBOOK_REQUIREMENTS_INSTALLED',
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
    if (artifact.contextRoot)
        env.NOTEBOOK_CONTEXT = artifact.contextRoot;
    if (artifact.requirementsPath)
        env.NOTEBOOK_REQUIREMENTS = artifact.requirementsPath;
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

/***/ 13002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/engine/batches.ts
var batches = __webpack_require__(67250);
// EXTERNAL MODULE: ./src/engine/distinct-outputs.ts
var distinct_outputs = __webpack_require__(71491);
// EXTERNAL MODULE: ./src/engine/run-request-error.ts
var run_request_error = __webpack_require__(14848);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/engine/run-request.ts
var run_request = __webpack_require__(25707);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/engine/input-error.ts
var input_error = __webpack_require__(38741);
;// CONCATENATED MODULE: ./src/engine/input-values.ts



/** `KEY=VALUE` entries; the value may hold `=` and may be empty. */
function parseKeyValues(entries, input) {
    const values = {};
    for (const entry of entries) {
        if (!entry.trim())
            continue;
        const equals = entry.indexOf('=');
        if (equals <= 0)
            throw new input_error/* InputError */.d(input, `expected KEY=VALUE, got "${entry}"`);
        values[entry.slice(0, equals).trim()] = entry.slice(equals + 1);
    }
    return values;
}
/**
 * A JSON or YAML map of notebook parameters, read as papermill reads them (parameter-text.ts).
 * The parser loads only when there is a map to read: most runs pass no parameters, and start-up
 * time counts.
 */
async function parseParameterMap(text, input) {
    if (text === undefined || text.trim() === '')
        return {};
    const { parseParameterText } = await __webpack_require__.e(/* import() */ 841).then(__webpack_require__.bind(__webpack_require__, 61841));
    return parseParameterText(text, input);
}
/** A YAML or JSON file of parameters, as papermill's `--parameters_file`; the error names `input` and the file. */
async function readParameterFile(path, input) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new input_error/* InputError */.d(input, `cannot read the parameters file ${path}: ${error.code ?? error.message}`);
    }
    return parseParameterMap(text, `${input} (${path})`);
}
function parseNumber(text, input) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const number = Number(text);
    if (!Number.isFinite(number))
        throw new input_error/* InputError */.d(input, `expected a number, got "${text}"`);
    return number;
}
function parseWholeNumber(text, input, minimum) {
    const number = parseNumber(text, input);
    if (number !== undefined && (!Number.isInteger(number) || number < minimum)) {
        throw new InputError(input, `expected a whole number of at least ${minimum}, got "${text}"`);
    }
    return number;
}
function parseBoolean(text, input) {
    const value = text.trim().toLowerCase();
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0', ''].includes(value))
        return false;
    throw new InputError(input, `expected true or false, got "${text}"`);
}
function parseChoice(text, input, choices) {
    const value = text.trim().toLowerCase();
    if (!choices.includes(value))
        throw new input_error/* InputError */.d(input, `expected one of ${choices.join(', ')}, got "${text}"`);
    return value;
}
/** Entries separated by commas or new lines, trimmed, empty ones dropped. */
function splitList(text) {
    return (text ?? '')
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
function splitLines(text) {
    return (text ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/backends/local/isolation-settings.ts
/**
 * How far a local run is kept from the process that started it (kernel-isolation.ts,
 * docs/local-backend.md): `auto` (the strongest that works here), `user`, `namespace` or `none`.
 * A module of its own so that front doors read the setting without loading the backend.
 */
const ISOLATION_SETTINGS = ['auto', 'user', 'namespace', 'none'];

// EXTERNAL MODULE: ./src/engine/job-tags.ts
var job_tags = __webpack_require__(77087);
;// CONCATENATED MODULE: ./src/sources/notebook-source.ts
/** A fetch that failed; the message starts with the reference (credentials removed) and says why. */
class NotebookSourceError extends Error {
    reference;
    failure;
    constructor(reference, failure, detail) {
        super(`${reference}: ${detail}`);
        this.reference = reference;
        this.failure = failure;
        this.name = 'NotebookSourceError';
    }
}

// EXTERNAL MODULE: ./src/notebook/notebook.ts
var notebook = __webpack_require__(86796);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sources/azure-shared-key.ts

/** The standard headers in the order Shared Key signs them (Blob service, version 2015-02-21 and later). */
const SIGNED_HEADERS = [
    'content-encoding',
    'content-language',
    'content-length',
    'content-md5',
    'content-type',
    'date',
    'if-modified-since',
    'if-match',
    'if-none-match',
    'if-unmodified-since',
    'range',
];
/**
 * The `Authorization: SharedKey ACCOUNT:SIGNATURE` header value: an HMAC-SHA256, keyed with the
 * account key, of the verb, standard headers, `x-ms-*` headers and the canonicalized resource.
 */
function sharedKeyAuthorization(request, account, accountKey) {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
    const standard = SIGNED_HEADERS.map((name) => {
        const value = headers[name] ?? '';
        return name === 'content-length' && value === '0' ? '' : value;
    });
    const stringToSign = [request.method.toUpperCase(), ...standard].join('\n') + '\n' + canonicalizedHeaders(headers) + canonicalizedResource(request.url, account);
    const signature = (0,external_node_crypto_.createHmac)('sha256', Buffer.from(accountKey, 'base64')).update(stringToSign, 'utf8').digest('base64');
    return `SharedKey ${account}:${signature}`;
}
function canonicalizedHeaders(headers) {
    return Object.keys(headers)
        .filter((name) => name.startsWith('x-ms-'))
        .sort()
        .map((name) => `${name}:${headers[name].trim()}\n`)
        .join('');
}
/** `/ACCOUNT/PATH` as sent (still URL-encoded), then each query parameter as `\nname:value[,value]`, sorted. */
function canonicalizedResource(rawUrl, account) {
    const url = new URL(rawUrl);
    const parameters = new Map();
    for (const [name, value] of url.searchParams) {
        const key = name.toLowerCase();
        parameters.set(key, [...(parameters.get(key) ?? []), value]);
    }
    const query = [...parameters.keys()]
        .sort()
        .map((name) => `\n${name}:${parameters.get(name).sort().join(',')}`)
        .join('');
    return `/${account}${url.pathname}${query}`;
}

;// CONCATENATED MODULE: ./src/sources/bounded-read.ts


const MIB = 1024 * 1024;
/** The limit in words, as every "too large" message states it. */
function notebookLimitText(limit = notebook/* MAX_NOTEBOOK_BYTES */.V5) {
    return `the ${limit}-byte${limit % MIB === 0 ? ` (${limit / MIB} MiB)` : ''} limit for a notebook`;
}
const NOTEBOOK_LIMIT_TEXT = notebookLimitText();
/** Fails before reading when a declared size (Content-Length, an object's size) is over the limit. */
function checkDeclaredSize(reference, declared, limit = notebook/* MAX_NOTEBOOK_BYTES */.V5) {
    const bytes = typeof declared === 'string' ? Number(declared) : declared;
    if (typeof bytes === 'number' && Number.isFinite(bytes) && bytes > limit) {
        throw new NotebookSourceError(reference, 'too-large', `too large: ${bytes} bytes, over ${notebookLimitText(limit)}`);
    }
}
/**
 * Reads a body to its end, but stops (and cancels the stream) as soon as it passes the limit,
 * so a huge file is never held whole; the declared size may be absent or wrong.
 */
async function readWithinLimit(reference, body, limit = notebook/* MAX_NOTEBOOK_BYTES */.V5) {
    const chunks = [];
    let total = 0;
    if (body) {
        // Throwing inside for-await calls the iterator's return(), which cancels the download.
        for await (const chunk of body) {
            total += chunk.byteLength;
            if (total > limit) {
                throw new NotebookSourceError(reference, 'too-large', `too large: over ${notebookLimitText(limit)} (stopped reading after ${total} bytes)`);
            }
            chunks.push(chunk);
        }
    }
    const content = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        content.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return content;
}
/** The first `limit` bytes of a body as text (error bodies), the rest discarded unread. */
async function readTextPrefix(body, limit = 16 * 1024) {
    const chunks = [];
    let total = 0;
    try {
        if (body) {
            for await (const chunk of body) {
                chunks.push(chunk);
                total += chunk.byteLength;
                if (total >= limit)
                    break;
            }
        }
    }
    catch {
        // An error body that breaks off still says what it said so far.
    }
    return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

;// CONCATENATED MODULE: ./src/sources/http-download.ts


const USER_AGENT = 'oci-run-notebook';
/** A request that a fetch refused to make (an address the caller may not reach); its message says why. */
class RefusedRequestError extends Error {
}
/**
 * GETs `url`, following redirects (fetch drops Authorization when a redirect leaves the origin),
 * and returns the body read within the notebook size limit.
 */
async function download(request) {
    let response;
    try {
        response = await (request.fetch ?? fetch)(request.url, {
            redirect: 'follow',
            headers: { 'user-agent': USER_AGENT, ...request.headers },
            signal: request.signal,
        });
    }
    catch (error) {
        if (request.signal?.aborted)
            throw new NotebookSourceError(request.reference, 'failed', 'cancelled');
        if (error instanceof RefusedRequestError)
            throw new NotebookSourceError(request.reference, 'access-denied', `refused: ${error.message}`);
        throw new NotebookSourceError(request.reference, 'unreachable', `could not connect to ${new URL(request.url).origin} (${causeOf(error)})`);
    }
    if (!response.ok)
        throw await failureOf(request, response);
    try {
        checkDeclaredSize(request.reference, response.headers.get('content-length'), request.maxBytes);
    }
    catch (error) {
        await response.body?.cancel().catch(() => undefined);
        throw error;
    }
    try {
        return await readWithinLimit(request.reference, response.body, request.maxBytes);
    }
    catch (error) {
        if (error instanceof NotebookSourceError)
            throw error;
        if (request.signal?.aborted)
            throw new NotebookSourceError(request.reference, 'failed', 'cancelled');
        throw new NotebookSourceError(request.reference, 'unreachable', `the download broke off (${causeOf(error)})`);
    }
}
async function failureOf(request, response) {
    const said = request.serviceMessage?.(await readTextPrefix(response.body), response);
    const status = `HTTP ${response.status}${said ? `: ${said}` : ''}`;
    const using = request.credential ? `using ${request.credential}` : 'anonymously, with no credentials';
    const hint = (text) => (text ? `; ${text}` : '');
    if (response.status === 404 || response.status === 410) {
        return new NotebookSourceError(request.reference, 'not-found', `not found (${status}), asked ${using}${hint(request.hints?.notFound)}`);
    }
    if (response.status === 401 || response.status === 403) {
        return new NotebookSourceError(request.reference, 'access-denied', `access denied (${status}) ${using}${hint(request.hints?.accessDenied)}`);
    }
    return new NotebookSourceError(request.reference, 'failed', `the server answered ${status}`);
}
function causeOf(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}

// EXTERNAL MODULE: ./src/sources/redaction.ts
var redaction = __webpack_require__(55427);
;// CONCATENATED MODULE: ./src/sources/url-path.ts
/** A path's segments URL-encoded one by one, its slashes kept: blob names, repository paths. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** A URL path segment decoded, or as written when its percent-encoding is malformed. */
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

;// CONCATENATED MODULE: ./src/sources/azure-blob-source.ts





/** The variables the Azure CLI reads for Blob Storage, and the endpoint override for Azurite and private endpoints. */
const AZURE_VARIABLES = {
    account: 'AZURE_STORAGE_ACCOUNT',
    key: 'AZURE_STORAGE_KEY',
    sasToken: 'AZURE_STORAGE_SAS_TOKEN',
    blobEndpoint: 'AZURE_STORAGE_BLOB_ENDPOINT',
};
/** The Blob service REST version we speak; Azurite and Azure both answer it. */
const AZURE_STORAGE_VERSION = '2023-11-03';
const AZURE_BLOB_HOST = /^([a-z0-9]{3,24})\.blob\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)$/i;
const AZ_URI = /^az:\/\/([^/]+)\/(.+)$/;
function parseAzureBlobReference(reference, env) {
    const az = AZ_URI.exec(reference);
    if (az) {
        const account = env[AZURE_VARIABLES.account] || undefined;
        return { account, container: az[1], blob: az[2], defaultEndpoint: account && `https://${account}.blob.core.windows.net` };
    }
    if (!/^https:\/\//i.test(reference) || !URL.canParse(reference))
        return undefined;
    const url = new URL(reference);
    // The host decides first: any other https URL goes on to the next source, whatever its path holds.
    const host = AZURE_BLOB_HOST.exec(url.hostname);
    if (!host)
        return undefined;
    const [container, ...blob] = url.pathname.split('/').filter(Boolean).map(decodeSegment);
    if (!container || blob.length === 0)
        return undefined;
    const sasInUrl = url.searchParams.has('sig') ? url.search.slice(1) : undefined;
    return { account: host[1].toLowerCase(), container, blob: blob.join('/'), sasInUrl, defaultEndpoint: url.origin };
}
/**
 * A SAS token in the URL; else, for AZURE_STORAGE_ACCOUNT's blobs (or any account when it is
 * unset), AZURE_STORAGE_SAS_TOKEN, then AZURE_STORAGE_KEY; else anonymous, for public containers.
 */
function authorizationFor(target, env) {
    if (target.sasInUrl)
        return { kind: 'sas', token: target.sasInUrl, name: 'the SAS token in the URL' };
    const configured = env[AZURE_VARIABLES.account];
    if (configured && configured.toLowerCase() !== target.account)
        return { kind: 'anonymous' };
    const sas = env[AZURE_VARIABLES.sasToken]?.trim().replace(/^\?/, '');
    if (sas)
        return { kind: 'sas', token: sas, name: AZURE_VARIABLES.sasToken };
    const key = env[AZURE_VARIABLES.key]?.trim();
    if (key)
        return { kind: 'shared-key', key, name: AZURE_VARIABLES.key };
    return { kind: 'anonymous' };
}
/** AZURE_STORAGE_BLOB_ENDPOINT is AZURE_STORAGE_ACCOUNT's endpoint: it serves `az://` and that account's https links. */
function endpointFor(target, reference, env) {
    const override = env[AZURE_VARIABLES.blobEndpoint]?.trim().replace(/\/+$/, '');
    const configured = env[AZURE_VARIABLES.account]?.toLowerCase();
    if (override && (reference.startsWith('az://') || configured === target.account))
        return override;
    return target.defaultEndpoint;
}
/** Azure's XML error body: `<Error><Code>BlobNotFound</Code><Message>...</Message></Error>`. */
function azureMessage(body, response) {
    const code = response.headers.get('x-ms-error-code') ?? /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
    const message = /<Message>([^<\n]*)/.exec(body)?.[1]?.trim();
    return [code, message].filter(Boolean).join(', ') || undefined;
}
function hintsFor(target, authorization) {
    const where = `check the container ${target.container} and the blob ${target.blob} in the account ${target.account}`;
    const ask = `set ${AZURE_VARIABLES.sasToken} or ${AZURE_VARIABLES.key} (with ${AZURE_VARIABLES.account}=${target.account})`;
    switch (authorization.kind) {
        case 'anonymous':
            return { notFound: `${where}; Azure answers 404 to anonymous requests for a private container: ${ask}`, accessDenied: ask };
        case 'sas':
            return { notFound: where, accessDenied: `check that the SAS token is for this account, has not expired (se=) and grants read (sp= with r)` };
        case 'shared-key':
            return { notFound: where, accessDenied: `check that ${AZURE_VARIABLES.key} is a key of the account ${target.account}` };
    }
}
/**
 * Azure Blob Storage over its REST API: GET Blob with a SAS token or a Shared Key signature made
 * with node:crypto, so no Azure SDK is loaded or bundled.
 */
const azureBlobSource = {
    accepts: (reference, context) => parseAzureBlobReference(reference, context.env) !== undefined,
    async fetch(reference, context) {
        const shown = (0,redaction/* redactReference */.Rw)(reference);
        const target = parseAzureBlobReference(reference, context.env);
        const endpoint = endpointFor(target, reference, context.env);
        if (!target.account || !endpoint) {
            throw new NotebookSourceError(shown, 'unsupported-reference', `az://CONTAINER/PATH needs ${AZURE_VARIABLES.account} set to the storage account's name`);
        }
        const authorization = authorizationFor(target, context.env);
        const blobUrl = `${endpoint}/${encodeURIComponent(target.container)}/${encodePath(target.blob)}`;
        const url = authorization.kind === 'sas' ? `${blobUrl}?${authorization.token}` : blobUrl;
        const headers = { 'x-ms-version': AZURE_STORAGE_VERSION, 'x-ms-date': new Date().toUTCString() };
        if (authorization.kind === 'shared-key') {
            headers.authorization = sharedKeyAuthorization({ method: 'GET', url, headers }, target.account, authorization.key);
        }
        const content = await download({
            reference: shown,
            url,
            headers,
            credential: authorization.kind === 'anonymous' ? undefined : authorization.name,
            hints: hintsFor(target, authorization),
            serviceMessage: azureMessage,
            signal: context.signal,
            maxBytes: context.maxBytes,
            fetch: context.fetch,
        });
        return { path: shown, content };
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/sources/regular-file.ts






/** Read this much at a time, so that a file which grew after its size was checked is never held whole. */
const CHUNK_BYTES = 1024 * 1024;
// Not blocking on a FIFO with no writer; not following a link swapped in after the checks. Absent on Windows.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
function isInside(folder, path) {
    const fromFolder = (0,external_node_path_.relative)(folder, path);
    return fromFolder === '' || (!fromFolder.startsWith('..') && !(0,external_node_path_.isAbsolute)(fromFolder));
}
function kindOf(stats) {
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a file';
}
function openFailure(reference, path, error) {
    const code = error.code;
    if (code === 'ENOENT')
        return new NotebookSourceError(reference, 'not-found', `not found (looked at ${path})`);
    if (code === 'EACCES' || code === 'EPERM')
        return new NotebookSourceError(reference, 'access-denied', `access denied reading ${path} (${code})`);
    if (code === 'ELOOP')
        return new NotebookSourceError(reference, 'access-denied', `${path} changed into a symbolic link while it was being read`);
    return new NotebookSourceError(reference, 'failed', `cannot read ${path} (${code ?? error.message})`);
}
/**
 * The bytes of `path`, read only if it is a regular file, within `limit`. A path inside the
 * workspace must stay inside once its symbolic links are followed (a pull request's link to
 * /dev/zero or /etc/passwd is refused); FIFOs, devices and sockets are refused without being
 * opened for a blocking read; and the file is read in chunks, stopping as soon as it passes the
 * limit, whatever its size said (files under /proc say 0).
 */
async function readRegularFile(reference, path, workspace, limit = notebook/* MAX_NOTEBOOK_BYTES */.V5) {
    let real;
    try {
        real = await (0,promises_.realpath)(path);
    }
    catch (error) {
        throw openFailure(reference, path, error);
    }
    const realWorkspace = await (0,promises_.realpath)(workspace).catch(() => workspace);
    if (isInside(workspace, path) && !isInside(realWorkspace, real)) {
        throw new NotebookSourceError(reference, 'access-denied', `${path} is a symbolic link to ${real}, outside the workspace ${workspace}; only files inside it are read`);
    }
    let file;
    try {
        file = await (0,promises_.open)(real, OPEN_FLAGS);
    }
    catch (error) {
        throw openFailure(reference, path, error);
    }
    try {
        const stats = await file.stat();
        if (stats.isDirectory())
            throw new NotebookSourceError(reference, 'not-a-notebook', `${path} is a folder, not a notebook file`);
        if (!stats.isFile())
            throw new NotebookSourceError(reference, 'not-a-notebook', `${path} is ${kindOf(stats)}, not a regular file`);
        // The size on disk decides before anything is read.
        checkDeclaredSize(reference, stats.size, limit);
        return await readChunks(reference, file, limit);
    }
    finally {
        await file.close();
    }
}
async function readChunks(reference, file, limit) {
    const chunks = [];
    let total = 0;
    for (;;) {
        const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, limit + 1 - total));
        const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0)
            break;
        total += bytesRead;
        if (total > limit) {
            throw new NotebookSourceError(reference, 'too-large', `too large: over ${notebookLimitText(limit)} (stopped reading after ${total} bytes)`);
        }
        chunks.push(chunk.subarray(0, bytesRead));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
}

;// CONCATENATED MODULE: ./src/sources/file-source.ts



/** A path on this machine, relative to the workspace, or a `file://` URL. */
const fileSource = {
    accepts: (reference) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(reference) || reference.startsWith('file://'),
    async fetch(reference, context) {
        const path = reference.startsWith('file://') ? (0,external_node_url_.fileURLToPath)(reference) : (0,external_node_path_.resolve)(context.workspace, reference);
        return { path: reference, content: await readRegularFile(reference, path, context.workspace, context.maxBytes) };
    },
};

;// CONCATENATED MODULE: ./src/sources/gcs-source.ts


const GCS_TOKEN_VARIABLE = 'GOOGLE_OAUTH_ACCESS_TOKEN';
/** The endpoint override Google's own client libraries read: `host:port` or a base URL. */
const GCS_ENDPOINT_VARIABLE = 'STORAGE_EMULATOR_HOST';
const DEFAULT_BASE = 'https://storage.googleapis.com';
const GCS_URI = /^gs:\/\/([^/]+)\/(.+)$/;
const BUCKET_NAME = /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/;
function parseGcsUri(reference) {
    const match = GCS_URI.exec(reference);
    if (!match || !BUCKET_NAME.test(match[1]))
        return undefined;
    return { bucket: match[1], object: match[2] };
}
/** Cloud Storage's base URL: STORAGE_EMULATOR_HOST (`http://` assumed without a scheme), else Google's. */
function gcsBaseUrl(env) {
    const override = env[GCS_ENDPOINT_VARIABLE]?.trim();
    if (!override)
        return DEFAULT_BASE;
    return (/^https?:\/\//i.test(override) ? override : `http://${override}`).replace(/\/+$/, '');
}
/** The JSON API's media download; the object name is one path segment, its slashes encoded. */
function mediaDownloadUrlOf(location, base = DEFAULT_BASE) {
    return `${base}/storage/v1/b/${encodeURIComponent(location.bucket)}/o/${encodeURIComponent(location.object)}?alt=media`;
}
/** Google's JSON error body: `{"error": {"code": 404, "message": "No such object: ..."}}`. */
function googleMessage(body) {
    try {
        const message = JSON.parse(body).error?.message;
        return typeof message === 'string' ? message.slice(0, 300) : undefined;
    }
    catch {
        return undefined;
    }
}
/** Google Cloud Storage through its JSON API: a bearer token from the environment, or anonymous for public objects. */
const gcsSource = {
    accepts: (reference) => reference.startsWith('gs://'),
    async fetch(reference, context) {
        const location = parseGcsUri(reference);
        if (!location) {
            throw new NotebookSourceError(reference, 'unsupported-reference', 'expected gs://BUCKET/PATH/TO/NOTEBOOK.ipynb with a valid bucket name');
        }
        const token = context.env[GCS_TOKEN_VARIABLE];
        const content = await download({
            reference,
            url: mediaDownloadUrlOf(location, gcsBaseUrl(context.env)),
            headers: token ? { authorization: `Bearer ${token}` } : {},
            credential: token ? GCS_TOKEN_VARIABLE : undefined,
            hints: {
                notFound: `check the bucket ${location.bucket} and the object ${location.object}`,
                accessDenied: token
                    ? `the token may have expired (access tokens last an hour), or its identity lacks storage.objects.get (roles/storage.objectViewer) on gs://${location.bucket}`
                    : `the object is not public: set ${GCS_TOKEN_VARIABLE} (google-github-actions/auth with token_format: access_token)`,
            },
            serviceMessage: googleMessage,
            signal: context.signal,
            maxBytes: context.maxBytes,
            fetch: context.fetch,
        });
        return { path: reference, content };
    },
};

;// CONCATENATED MODULE: ./src/sources/github-source.ts



const GITHUB_COM = 'https://github.com';
const RAW_HOST = 'raw.githubusercontent.com';
const DEFAULT_API_URL = 'https://api.github.com';
/** GitHub's web server: GITHUB_SERVER_URL (set by Actions, GitHub Enterprise Server too), else github.com. */
function serverUrlOf(env) {
    return (env.GITHUB_SERVER_URL || GITHUB_COM).replace(/\/+$/, '');
}
/**
 * `https://github.com/OWNER/REPO/blob/REF/PATH` (or `/raw/`), the same on GITHUB_SERVER_URL, and
 * `https://raw.githubusercontent.com/OWNER/REPO/REF/PATH`; undefined for any other URL.
 */
function parseGitHubLink(reference, serverUrl = GITHUB_COM) {
    let url;
    try {
        url = new URL(reference);
    }
    catch {
        return undefined;
    }
    const segments = url.pathname.split('/').filter(Boolean).map(decodeSegment);
    if (url.hostname === RAW_HOST) {
        const [owner, repo, ...rest] = segments;
        // raw links may spell the ref in full: refs/heads/NAME or refs/tags/NAME.
        const refLength = rest[0] === 'refs' && (rest[1] === 'heads' || rest[1] === 'tags') ? 3 : 1;
        return fileOf(owner, repo, rest.slice(0, refLength).join('/'), rest.slice(refLength));
    }
    if (url.origin === new URL(serverUrl).origin) {
        const [owner, repo, kind, ref, ...path] = segments;
        if (kind !== 'blob' && kind !== 'raw')
            return undefined;
        return fileOf(owner, repo, ref, path);
    }
    return undefined;
}
function fileOf(owner, repo, ref, path) {
    if (!owner || !repo || !ref || path.length === 0)
        return undefined;
    return { owner, repo, ref, path: path.join('/') };
}
/** The file's bytes without the GitHub page around them: raw.githubusercontent.com, or `/raw/` on another server. */
function rawUrlOf(file, serverUrl = GITHUB_COM) {
    const tail = `${encodeURIComponent(file.owner)}/${encodeURIComponent(file.repo)}`;
    if (serverUrl.replace(/\/+$/, '') === GITHUB_COM)
        return `https://${RAW_HOST}/${tail}/${encodePath(file.ref)}/${encodePath(file.path)}`;
    return `${serverUrl.replace(/\/+$/, '')}/${tail}/raw/${encodePath(file.ref)}/${encodePath(file.path)}`;
}
/** `GET /repos/{owner}/{repo}/contents/{path}?ref=REF`, which reads private repositories with a token. */
function contentsApiUrlOf(file, apiUrl = DEFAULT_API_URL) {
    const repo = `${encodeURIComponent(file.owner)}/${encodeURIComponent(file.repo)}`;
    return `${apiUrl.replace(/\/+$/, '')}/repos/${repo}/contents/${encodePath(file.path)}?ref=${encodeURIComponent(file.ref)}`;
}
/** The token to send and the name it goes by in messages: the front door's, else GITHUB_TOKEN, else GH_TOKEN. */
function githubTokenOf(context) {
    if (context.githubToken)
        return { token: context.githubToken, name: context.githubTokenName ?? 'github-token' };
    for (const name of ['GITHUB_TOKEN', 'GH_TOKEN']) {
        const token = context.env[name];
        if (token)
            return { token, name };
    }
    return undefined;
}
/** GitHub's JSON error body: `{"message": "Not Found", ...}`, and a hint when the rate limit ran out. */
function githubMessage(body, response) {
    if (response.headers.get('x-ratelimit-remaining') === '0')
        return 'API rate limit exhausted';
    try {
        const message = JSON.parse(body).message;
        return typeof message === 'string' ? message.slice(0, 200) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Links to files on GitHub. With a token, through the contents API (private repositories too,
 * and GitHub Enterprise Server via GITHUB_API_URL); without one, the raw file, anonymously.
 */
const githubSource = {
    accepts: (reference, context) => parseGitHubLink(reference, serverUrlOf(context.env)) !== undefined,
    async fetch(reference, context) {
        const file = parseGitHubLink(reference, serverUrlOf(context.env));
        const shown = (0,redaction/* redactReference */.Rw)(reference);
        const token = githubTokenOf(context);
        // A raw link is already the file (and may carry its own ?token=); a blob link is the page around it.
        const isRaw = new URL(reference).hostname === RAW_HOST;
        const where = `${file.owner}/${file.repo} at ${file.ref}, path ${file.path}`;
        const content = token
            ? await download({
                reference: shown,
                url: contentsApiUrlOf(file, context.env.GITHUB_API_URL || DEFAULT_API_URL),
                headers: {
                    accept: 'application/vnd.github.raw',
                    authorization: `Bearer ${token.token}`,
                    'x-github-api-version': '2022-11-28',
                },
                credential: token.name,
                hints: {
                    notFound: `GitHub answers 404 also for a private repository the token may not read: check ${where}, and that ${token.name} has contents: read on it`,
                    accessDenied: `check that ${token.name} is valid and has contents: read on ${file.owner}/${file.repo}`,
                },
                serviceMessage: githubMessage,
                signal: context.signal,
                maxBytes: context.maxBytes,
                fetch: context.fetch,
            })
            : await download({
                reference: shown,
                url: isRaw ? reference : rawUrlOf(file, serverUrlOf(context.env)),
                credential: shown === reference ? undefined : 'the token written in the URL',
                hints: {
                    notFound: `check ${where}; for a private repository, pass a GitHub token (the action's github-token, or GITHUB_TOKEN) so the contents API is used`,
                },
                signal: context.signal,
                maxBytes: context.maxBytes,
                fetch: context.fetch,
            });
        return { path: shown, content };
    },
};

;// CONCATENATED MODULE: ./src/sources/https-source.ts


/** Any http(s) URL, read with a plain GET and no credentials but those written in the URL itself. */
const httpsSource = {
    accepts: (reference) => /^https?:\/\//i.test(reference),
    async fetch(reference, context) {
        const shown = (0,redaction/* redactReference */.Rw)(reference);
        const url = new URL(reference);
        const headers = {};
        // fetch refuses URLs with user:password@; send them as HTTP Basic, as browsers and curl do.
        if (url.username || url.password) {
            const user = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
            headers.authorization = `Basic ${Buffer.from(user).toString('base64')}`;
            url.username = '';
            url.password = '';
        }
        const credential = shown === reference ? undefined : 'the credentials written in the URL';
        const content = await download({ reference: shown, url: url.toString(), headers, credential, signal: context.signal, maxBytes: context.maxBytes, fetch: context.fetch });
        return { path: shown, content };
    },
};

// EXTERNAL MODULE: ./src/oci/object-storage-uri.ts
var object_storage_uri = __webpack_require__(82277);
;// CONCATENATED MODULE: ./src/sources/oci-object-source.ts



/** The OCI credentials in use, by the variables or file that gave them. */
function credentialName(credentials, env) {
    switch (credentials.source) {
        case 'api-key':
            return `the OCI API key of OCI_CLI_USER (${env.OCI_CLI_KEY_CONTENT ? 'OCI_CLI_KEY_CONTENT' : 'OCI_CLI_KEY_FILE'}, OCI_CLI_FINGERPRINT)`;
        case 'config-file':
        case 'session-token':
            return `the OCI config file ${env.OCI_CONFIG_FILE ?? '~/.oci/config'} (profile ${env.OCI_CLI_PROFILE ?? 'DEFAULT'})`;
        case 'resource-principal':
            return 'the resource principal (OCI_RESOURCE_PRINCIPAL_VERSION)';
        case 'oidc-exchange':
            return 'the keyless session token (OCI_OIDC_DOMAIN_URL)';
    }
}
function oci_object_source_failureOf(reference, error, using) {
    if (error instanceof NotebookSourceError)
        return error;
    const { statusCode, serviceCode, message } = error;
    const status = `${statusCode} ${serviceCode ?? ''}`.trim();
    if (statusCode === 404) {
        return new NotebookSourceError(reference, 'not-found', `not found (${status}), asked using ${using}. Object Storage answers 404 also when the credentials may not read the bucket: check the bucket, namespace and object name, and a policy granting read on objects in the bucket's compartment`);
    }
    if (statusCode === 401 || statusCode === 403) {
        return new NotebookSourceError(reference, 'access-denied', `access denied (${status}) using ${using}: check the key, fingerprint, user, tenancy and region`);
    }
    if (typeof statusCode === 'number' && statusCode > 0)
        return new NotebookSourceError(reference, 'failed', `Object Storage answered ${status}: ${message ?? ''}`.trim());
    return new NotebookSourceError(reference, 'unreachable', `could not read from Object Storage (${message ?? String(error)})`);
}
/** `oci://bucket@namespace/path` through the Object Storage SDK, loaded only when such a reference comes. */
const ociObjectSource = {
    accepts: (reference) => reference.startsWith('oci://'),
    async fetch(reference, context) {
        const location = (0,object_storage_uri/* parseObjectStorageUri */.iT)(reference);
        if (!location || !location.prefix) {
            const problem = (0,object_storage_uri/* objectStorageUriProblem */.Gp)(reference) ?? 'expected oci://bucket@namespace/prefix';
            throw new NotebookSourceError(reference, 'unsupported-reference', problem.replace('prefix', 'path/to/notebook.ipynb'));
        }
        let clients = context.ociClients;
        let ownClients;
        try {
            if (!clients) {
                const { createOciClients } = await Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(235), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 44085));
                clients = ownClients = await createOciClients(context.env, undefined, { lazy: true });
            }
        }
        catch (error) {
            throw new NotebookSourceError(reference, 'access-denied', `no usable OCI credentials: ${error.message}`);
        }
        const using = credentialName(clients.credentials, context.env);
        try {
            await clients.use('objectStorage');
            const response = await clients.objectStorage.getObject({
                namespaceName: location.namespace,
                bucketName: location.bucket,
                objectName: location.prefix,
            });
            const body = response.value;
            try {
                checkDeclaredSize(reference, response.contentLength, context.maxBytes);
            }
            catch (error) {
                body.destroy?.();
                await body.cancel?.().catch(() => undefined);
                throw error;
            }
            return { path: reference, content: await readWithinLimit(reference, body, context.maxBytes) };
        }
        catch (error) {
            throw oci_object_source_failureOf(reference, error, using);
        }
        finally {
            ownClients?.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/sources/resolve-notebook.ts









/**
 * Every source, most specific first; the first that accepts a reference reads it. None loads
 * a cloud's client library until a reference needs it.
 */
const SOURCES = [ociObjectSource, gcsSource, azureBlobSource, githubSource, httpsSource, fileSource];
/**
 * Fetches the notebook a reference points at and checks it is nbformat 4 JSON. Fails with a
 * NotebookSourceError naming the reference and why: not found, access denied (and with which
 * credential), too large, not a notebook. No credential is ever part of its message.
 */
async function resolveNotebook(reference, context) {
    return resolveReference(reference, context, (fetched) => {
        try {
            (0,notebook/* checkNotebook */.Ak)(fetched.content, fetched.path);
        }
        catch (error) {
            if (!(error instanceof notebook/* NotebookFormatError */.Zv))
                throw error;
            throw new NotebookSourceError(fetched.path, 'not-a-notebook', error.message.replace(`${fetched.path}: `, ''));
        }
    });
}
/** Any other file a reference points at (a notebook's requirements file), fetched the same way and with the same errors. */
async function resolveFile(reference, context) {
    return resolveReference(reference, context, () => undefined);
}
async function resolveReference(reference, context, check) {
    const shown = (0,redaction/* redactReference */.Rw)(reference);
    const secrets = (0,redaction/* secretsOf */.Fj)(context);
    try {
        const source = SOURCES.find((candidate) => candidate.accepts(reference, context));
        if (!source) {
            throw new NotebookSourceError(shown, 'unsupported-reference', 'no notebook source reads references of this form (a workspace path, https://, oci://, gs://, az://)');
        }
        const fetched = await source.fetch(reference, context);
        check(fetched);
        return fetched;
    }
    catch (error) {
        throw scrubbed(error, shown, secrets);
    }
}
/** Any failure as a NotebookSourceError whose message went through the secret scrubber. */
function scrubbed(error, shown, secrets) {
    if (error instanceof NotebookSourceError) {
        const message = (0,redaction/* scrubSecrets */.Zg)(error.message, secrets);
        const detail = message.startsWith(`${error.reference}: `) ? message.slice(error.reference.length + 2) : message;
        return new NotebookSourceError((0,redaction/* scrubSecrets */.Zg)(error.reference, secrets), error.failure, detail);
    }
    return new NotebookSourceError(shown, 'failed', (0,redaction/* scrubSecrets */.Zg)(error?.message ?? String(error), secrets));
}

// EXTERNAL MODULE: ./src/notebook/notebook-name.ts
var notebook_name = __webpack_require__(29986);
// EXTERNAL MODULE: ./src/notebook/parameters.ts + 1 modules
var parameters = __webpack_require__(25705);
// EXTERNAL MODULE: ./src/notebook/parameter-values.ts
var parameter_values = __webpack_require__(84585);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/parameter-flags.ts




/** `-p NAME VALUE` (also `--parameter NAME VALUE`), as papermill's `-p`. */
const PAIR_FLAGS = ['-p', '--parameter'];
/**
 * Takes out every `-p NAME VALUE`: it has two arguments, which parseArgs cannot read. The value
 * is taken as it stands even when it starts with a dash (`-p shift -0.5`), as papermill takes it.
 * `takesValue` says which other flags have a value of their own, which is never scanned.
 */
function takeParameterPairs(argv, takesValue) {
    const rest = [];
    const pairs = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            rest.push(...argv.slice(i));
            break;
        }
        if (PAIR_FLAGS.includes(arg)) {
            const [name, value] = [argv[i + 1], argv[i + 2]];
            if (name === undefined || value === undefined)
                throw new usage_error/* UsageError */.e(`${arg}: expected a name and a value, as in ${arg} alpha 0.5`);
            if (!(0,parameters/* isPythonIdentifier */.G_)(name))
                throw new usage_error/* UsageError */.e(`${arg}: "${name}" is not a variable name (letters, digits, _; not starting with a digit)`);
            pairs.push([name, value]);
            i += 2;
            continue;
        }
        rest.push(arg);
        if (takesValue(arg) && i + 1 < argv.length)
            rest.push(argv[++i]);
    }
    return { rest, pairs };
}
/**
 * The parameters of a run, merged as papermill merges them: the file's, then the map's, then
 * each `-p` (read as papermill reads it: `True`, `None`, `3`, `0.5`, else text), later ones winning.
 */
async function parametersFromFlags(file, map, pairs) {
    const parameters = {};
    const merge = (values) => {
        for (const [name, value] of Object.entries(values))
            Object.defineProperty(parameters, name, { value, enumerable: true, writable: true, configurable: true });
    };
    if (file !== undefined) {
        if (!file.trim())
            throw new usage_error/* UsageError */.e('--parameters-file: expected the path of a YAML or JSON file, got an empty value.');
        merge(await readParameterFile(file, '--parameters-file'));
    }
    merge(await parseParameterMap(map, '--parameters'));
    merge(Object.fromEntries(pairs.map(([name, value]) => [name, (0,parameter_values/* resolveFlagValue */.Yo)(value)])));
    return parameters;
}

;// CONCATENATED MODULE: ./src/context/context-files.ts


/** A listed entry that cannot be shipped; its message names it. */
class UnshippableEntry extends Error {
    path;
    constructor(path, message) {
        super(message);
        this.path = path;
    }
}
/** Whether `path` is `root` or under it. */
function context_files_isInside(root, path) {
    const fromRoot = (0,external_node_path_.relative)(root, path);
    return fromRoot === '' || (!fromRoot.startsWith(`..${external_node_path_.sep}`) && fromRoot !== '..' && !(0,external_node_path_.isAbsolute)(fromRoot));
}
/**
 * The files to ship for the listed entries: regular files as they are; a symbolic link as a copy
 * of what it points to, a file or a folder of listed files, provided that stays inside the
 * context. A link that leaves it, or points nowhere, is refused by its name.
 */
async function shippedFiles(entries, realRoot) {
    const shipped = { files: [], missing: [], submodules: [] };
    const links = [];
    for (const entry of entries) {
        if (!entry.stats)
            shipped.missing.push(entry.path);
        else if (entry.stats.isSymbolicLink())
            links.push(entry);
        else if (entry.stats.isDirectory())
            shipped.submodules.push(entry.path);
        else if (entry.stats.isFile())
            shipped.files.push({ path: entry.path, source: entry.absolute, size: entry.stats.size });
    }
    const regular = [...shipped.files];
    for (const link of links)
        shipped.files.push(...(await linkedFiles(link, realRoot, regular)));
    return shipped;
}
async function linkedFiles(link, realRoot, regular) {
    let target;
    try {
        target = await (0,promises_.realpath)(link.absolute);
    }
    catch {
        throw new UnshippableEntry(link.path, `${link.path} is a symbolic link that points to nothing`);
    }
    if (!context_files_isInside(realRoot, target))
        throw new UnshippableEntry(link.path, `${link.path} is a symbolic link to ${target}, outside the context`);
    const stats = await (0,promises_.stat)(target);
    if (stats.isFile())
        return [{ path: link.path, source: target, size: stats.size }];
    // A linked folder inside the context: the listed files under it, again under the link's name.
    const under = (0,external_node_path_.relative)(realRoot, target).split(external_node_path_.sep).join('/');
    return regular
        .filter((file) => file.path.startsWith(`${under}/`))
        .map((file) => ({ path: `${link.path}${file.path.slice(under.length)}`, source: file.source, size: file.size }));
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/context/context-exclude.ts

/**
 * `context-exclude` as one test: a path is left out when a pattern matches it or one of its
 * folders, so `data`, `data/raw/` and `*.parquet` all mean what they say (a pattern without a
 * slash matches in any folder, as in .gitignore). Each candidate is tried: the path under the
 * context root, and the same file's workspace path.
 */
function excludeMatcher(patterns) {
    const compiled = patterns
        .map((pattern) => pattern.trim().replace(/^(\.\/)+/, '').replace(/\/+$/, ''))
        .filter(Boolean)
        .map((pattern) => ({ pattern, test: picomatch_default()(pattern, { dot: true, basename: true }) }));
    if (compiled.length === 0)
        return () => undefined;
    return (candidates) => {
        for (const candidate of candidates) {
            if (!candidate)
                continue;
            for (const path of withFolders(candidate)) {
                const match = compiled.find((entry) => entry.test(path));
                if (match)
                    return match.pattern;
            }
        }
        return undefined;
    };
}
/** `a/b/c.csv`, `a/b`, `a`. */
function withFolders(path) {
    const parts = path.split('/');
    return parts.map((_, index) => parts.slice(0, parts.length - index).join('/'));
}

// EXTERNAL MODULE: ./src/context/notebook-context.ts
var notebook_context = __webpack_require__(20192);
;// CONCATENATED MODULE: ./src/context/sizes.ts
const UNITS = ['bytes', 'KiB', 'MiB', 'GiB'];
/** Bytes as people read them: `812 bytes`, `3.4 MiB`, `1.2 GiB`. */
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit += 1;
    }
    if (unit === 0)
        return `${bytes} bytes`;
    return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${UNITS[unit]}`;
}

;// CONCATENATED MODULE: ./src/context/context-limits.ts


const LARGEST_SHOWN = 5;
/** Why the context cannot be shipped (too many bytes or files), with what to do about it; undefined when it fits. */
function contextLimitProblem(size, names) {
    const bytes = size.files.reduce((total, file) => total + file.size, size.notebookBytes);
    const count = size.files.length + 1;
    const overBytes = bytes > size.maxBytes;
    if (!overBytes && count <= notebook_context/* MAX_CONTEXT_FILES */.X$)
        return undefined;
    const largest = [...size.files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, LARGEST_SHOWN);
    const amount = `${size.incomplete ? 'at least ' : ''}${formatBytes(bytes)} in ${count.toLocaleString('en-US')}${size.incomplete ? '+' : ''} files`;
    const over = overBytes
        ? `over the ${formatBytes(size.maxBytes)} limit`
        : `more files than a job artifact holds (${notebook_context/* MAX_CONTEXT_FILES */.X$.toLocaleString('en-US')})`;
    const raise = overBytes && size.maxBytes < notebook_context/* MAX_CONTEXT_BYTES */.dg ? `, or raise ${names.maxSize} (at most 4 GB, OCI's limit for a job artifact)` : '';
    return (`${size.described} holds ${amount}, ${over}. The largest: ${largest.map((file) => `${file.path} (${formatBytes(file.size)})`).join(', ')}. ` +
        `Leave files out with ${names.exclude} (glob patterns, e.g. ${largest[0]?.path ?? 'data/**'}), or name a smaller folder in ${names.context}${raise}.`);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/selection/git.ts

/** A git command that failed: the command line, its exit code and what git printed. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim() || 'no message'}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** Runs git in one work tree. No shell: arguments go to git as they are. */
class Git {
    workTree;
    constructor(workTree) {
        this.workTree = workTree;
    }
    /** Runs and returns whatever the exit code; callers that care about "no" (exit 1) read it. */
    exec(args, stdin) {
        return new Promise((resolve, reject) => {
            // GIT_TERMINAL_PROMPT=0: a fetch that needs credentials fails instead of waiting for a person.
            const child = (0,external_node_child_process_.spawn)('git', args, {
                cwd: this.workTree,
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
                stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            const out = [];
            const err = [];
            child.stdout.on('data', (chunk) => out.push(chunk));
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.once('error', (error) => reject(new Error(`cannot run git in ${this.workTree}: ${error.message}`)));
            child.once('close', (code) => resolve({ exitCode: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
            if (stdin !== undefined) {
                child.stdin.on('error', () => { }); // git may exit before reading it all; its exit code tells why
                child.stdin.end(stdin);
            }
        });
    }
    /** Runs and returns stdout as text; any non-zero exit is a GitError. */
    async run(args, stdin) {
        return (await this.runBytes(args, stdin)).toString('utf8');
    }
    async runBytes(args, stdin) {
        const result = await this.exec(args, stdin);
        if (result.exitCode !== 0)
            throw new GitError(args, result.exitCode, result.stderr);
        return result.stdout;
    }
}
const ZERO_SHA = /^0+$/;
function shortSha(sha) {
    return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

;// CONCATENATED MODULE: ./src/context/context-listing.ts




/** Folders never worth shipping when there is no git to say what is tracked. */
const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.ipynb_checkpoints', '.venv', 'venv', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache']);
/** Marks of a Python virtual environment or a conda environment, whatever the folder's name. */
const ENVIRONMENT_MARKS = ['pyvenv.cfg', 'conda-meta'];
/**
 * The top of the git work tree holding `folder`, or undefined when there is none (or no git).
 * Asks git only when a `.git` is found above: a process start costs the CLI's start-up time.
 */
async function gitTopLevel(folder) {
    if (!(await hasGitAbove(folder)))
        return undefined;
    const result = await new Git(folder).exec(['rev-parse', '--show-toplevel']).catch(() => undefined);
    return result?.exitCode === 0 ? result.stdout.toString('utf8').trim() : undefined;
}
async function hasGitAbove(folder) {
    for (let current = (0,external_node_path_.resolve)(folder);; current = (0,external_node_path_.dirname)(current)) {
        if (await (0,promises_.lstat)((0,external_node_path_.join)(current, '.git')).then(() => true, () => false))
            return true;
        if ((0,external_node_path_.dirname)(current) === current)
            return false;
    }
}
/** What git tracks under `root` (a folder inside the work tree at `topLevel`), and what it does not. */
async function listTracked(root, topLevel) {
    const git = new Git(topLevel);
    const under = (0,external_node_path_.relative)(topLevel, root).split(external_node_path_.sep).join('/');
    const pathspec = under ? [`:(literal)${under}`] : [];
    const [tracked, untracked] = await Promise.all([
        git.run(['ls-files', '-z', '--cached', '--full-name', '--', ...pathspec]),
        git.run(['ls-files', '-z', '--others', '--exclude-standard', '--directory', '--no-empty-directory', '--full-name', '--', ...pathspec]),
    ]);
    const strip = (path) => (under ? path.slice(under.length + 1) : path);
    const paths = [...new Set(tracked.split('\0').filter(Boolean))].map(strip).filter(Boolean);
    const entries = await Promise.all(paths.map(async (path) => {
        const absolute = (0,external_node_path_.join)(root, ...path.split('/'));
        return { path, absolute, stats: await (0,promises_.lstat)(absolute).catch(() => undefined) };
    }));
    return { how: 'git', entries, untracked: untracked.split('\0').filter(Boolean).map(strip) };
}
/**
 * Every file and link under `root`, but for version control, caches and environments, and what
 * `isExcluded` leaves out (its folders are not even read). Stops once the files found pass
 * `stopAfterBytes` or the most files an artifact holds: the context is too large anyway, and a
 * home folder can hold millions of files.
 */
async function listFolder(root, isExcluded, stopAfterBytes) {
    const entries = [];
    let bytes = 0;
    const walk = async (folder, prefix) => {
        const children = await (0,promises_.readdir)(folder, { withFileTypes: true });
        if (prefix && children.some((child) => ENVIRONMENT_MARKS.includes(child.name)))
            return true;
        children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const child of children) {
            const path = prefix ? `${prefix}/${child.name}` : child.name;
            if (isExcluded(path))
                continue;
            const absolute = (0,external_node_path_.join)(folder, child.name);
            if (child.isDirectory()) {
                if (SKIPPED_FOLDERS.has(child.name))
                    continue;
                if (!(await walk(absolute, path)))
                    return false;
            }
            else if (child.isFile() || child.isSymbolicLink()) {
                const stats = await (0,promises_.lstat)(absolute).catch(() => undefined);
                if (!stats)
                    continue; // gone since it was listed
                entries.push({ path, absolute, stats });
                bytes += stats.isFile() ? stats.size : 0;
                if (bytes > stopAfterBytes || entries.length > notebook_context/* MAX_CONTEXT_FILES */.X$)
                    return false;
            }
        }
        return true;
    };
    const complete = await walk(root, '');
    return { how: 'folder', entries, untracked: [], ...(complete ? {} : { stoppedEarly: true }) };
}

;// CONCATENATED MODULE: ./src/context/find-requirements.ts




const REQUIREMENTS_FILE = 'requirements.txt';
/**
 * The requirements file to install, as a path under the context root: `auto` takes
 * requirements.txt in the notebook's folder, else at the root; a path must name a shipped file.
 */
async function findRequirements(settings, search) {
    const choice = settings.requirements;
    const input = settings.names.requirements;
    const shipped = new Set(search.files.map((file) => file.path));
    if (choice.kind === 'none')
        return undefined;
    if (choice.kind === 'auto') {
        const folder = external_node_path_.posix.dirname(search.notebookPath);
        const beside = folder === '.' ? REQUIREMENTS_FILE : `${folder}/${REQUIREMENTS_FILE}`;
        return [beside, REQUIREMENTS_FILE].find((path) => shipped.has(path));
    }
    if (choice.kind === 'url') {
        throw new input_error/* InputError */.d(input, `a URL names the requirements of notebooks given by URL, and ${search.reference} is a path; name a file inside its context, or auto`);
    }
    const file = (0,external_node_path_.resolve)(search.workspace, choice.path);
    const real = (0,external_node_path_.join)(await (0,promises_.realpath)((0,external_node_path_.dirname)(file)).catch(() => (0,external_node_path_.dirname)(file)), (0,external_node_path_.basename)(file));
    if (!context_files_isInside(search.realRoot, real)) {
        throw new input_error/* InputError */.d(input, `${choice.path} is outside the context of ${search.reference} (${search.realRoot}); name a file inside it, or widen ${settings.names.context}`);
    }
    const path = (0,external_node_path_.relative)(search.realRoot, real).split(external_node_path_.sep).join('/');
    if (shipped.has(path))
        return path;
    const pattern = search.excluded(path);
    const onDisk = await (0,promises_.stat)(real).then((stats) => stats.isFile(), () => false);
    const why = !onDisk ? 'there is no such file' : pattern ? `${settings.names.exclude} leaves it out ("${pattern}")` : 'git does not track it (git add it)';
    throw new input_error/* InputError */.d(input, `${choice.path} is not shipped with ${search.reference}: ${why}`);
}

;// CONCATENATED MODULE: ./src/context/build-context.ts











const toPosix = (path) => path.split(external_node_path_.sep).join('/');
/**
 * Builds each notebook's context from the context inputs, reading the disk and git only: no
 * cloud call. Contexts shared by several notebooks (`context: repo`) are listed once.
 */
class ContextBuilder {
    settings;
    workspace;
    listings = new Map();
    notedRoots = new Set();
    excluded;
    realWorkspace;
    constructor(settings, workspace) {
        this.settings = settings;
        this.workspace = workspace;
        this.excluded = excludeMatcher(settings.exclude);
    }
    /** The context of the notebook at `reference` (a path relative to the workspace, absolute, or file://). */
    async forNotebook(reference, notebookBytes) {
        const { names } = this.settings;
        const notebookFile = reference.startsWith('file://') ? (0,external_node_url_.fileURLToPath)(reference) : (0,external_node_path_.resolve)(this.workspace, reference);
        const realNotebook = (0,external_node_path_.join)(await (0,promises_.realpath)((0,external_node_path_.dirname)(notebookFile)), (0,external_node_path_.basename)(notebookFile));
        const { realRoot, why } = await this.rootOf(notebookFile, reference);
        if (!context_files_isInside(realRoot, realNotebook)) {
            throw new input_error/* InputError */.d(names.context, `${reference} is not inside ${await this.shown(realRoot)}; name a folder that contains every notebook, or repo`);
        }
        const notebookPath = toPosix((0,external_node_path_.relative)(realRoot, realNotebook));
        const { listing, shipped } = await this.listingOf(realRoot);
        const files = shipped.files.filter((file) => file.path !== notebookPath);
        const shownRoot = await this.shown(realRoot);
        const chosen = `${why}${listing.how === 'git' ? ', as git tracks it' : ''}`;
        const described = `The context of ${reference}, ${shownRoot} (${chosen}),`;
        const problem = contextLimitProblem({ described, files, notebookBytes, maxBytes: this.settings.maxBytes, incomplete: listing.stoppedEarly === true }, names);
        if (problem)
            throw new input_error/* InputError */.d(names.context, problem);
        const requirements = await findRequirements(this.settings, { reference, notebookPath, files, realRoot, workspace: this.workspace, excluded: (path) => this.isExcluded(realRoot, path) });
        const context = { rootName: (0,external_node_path_.basename)(realRoot), notebookPath, files, shownRoot, ...(requirements ? { requirements } : {}) };
        const installs = requirements ? `; installs ${requirements} before the first cell` : '';
        const notes = [`${reference}: runs in ${shownRoot} (${chosen}): ${files.length + 1} files, ${formatBytes((0,notebook_context/* contextBytes */.jo)(context, notebookBytes))}${installs}`];
        if (!this.notedRoots.has(realRoot)) {
            this.notedRoots.add(realRoot);
            notes.push(...rootNotes(shownRoot, listing, shipped));
        }
        return { context, notes };
    }
    async rootOf(notebookFile, reference) {
        const { scope, names } = this.settings;
        const folder = (0,external_node_path_.dirname)(notebookFile);
        if (scope.kind === 'folder')
            return { realRoot: await (0,promises_.realpath)(folder), why: "the notebook's folder" };
        if (scope.kind === 'repo') {
            const topLevel = await gitTopLevel(folder);
            if (topLevel)
                return { realRoot: await (0,promises_.realpath)(topLevel), why: 'its git repository' };
            if (context_files_isInside((0,external_node_path_.resolve)(this.workspace), notebookFile))
                return { realRoot: await this.workspaceRoot(), why: 'the working directory; no git repository' };
            throw new input_error/* InputError */.d(names.context, `repo: ${reference} is in no git repository, nor under ${this.workspace}`);
        }
        const root = (0,external_node_path_.resolve)(this.workspace, scope.path);
        const stats = await (0,promises_.stat)(root).catch(() => undefined);
        if (!stats?.isDirectory())
            throw new input_error/* InputError */.d(names.context, `expected repo or a folder that contains the notebooks, got "${scope.path}" (${stats ? 'a file' : 'no such folder'}: ${root})`);
        return { realRoot: await (0,promises_.realpath)(root), why: `${names.context}: ${scope.path}` };
    }
    listingOf(realRoot) {
        let listed = this.listings.get(realRoot);
        if (!listed) {
            listed = this.list(realRoot);
            this.listings.set(realRoot, listed);
        }
        return listed;
    }
    async list(realRoot) {
        const topLevel = await gitTopLevel(realRoot);
        const isExcluded = (path) => this.isExcluded(realRoot, path) !== undefined;
        const listing = topLevel ? await listTracked(realRoot, await (0,promises_.realpath)(topLevel)) : await listFolder(realRoot, isExcluded, this.settings.maxBytes);
        const kept = listing.entries.filter((entry) => !isExcluded(entry.path));
        try {
            return { listing, shipped: await shippedFiles(kept, realRoot) };
        }
        catch (error) {
            if (!(error instanceof UnshippableEntry))
                throw error;
            const { names } = this.settings;
            throw new input_error/* InputError */.d(names.context, `${error.message} (${await this.shown(realRoot)}), so it cannot be shipped; leave it out with ${names.exclude}: ${error.path}, or name a wider folder in ${names.context}`);
        }
    }
    /** The `context-exclude` pattern that leaves out the file at `path` under the root, if any. */
    isExcluded(realRoot, path) {
        const fromWorkspace = toPosix((0,external_node_path_.relative)((0,external_node_path_.resolve)(this.workspace), (0,external_node_path_.join)(realRoot, path)));
        return this.excluded([path, fromWorkspace.startsWith('..') ? undefined : fromWorkspace]);
    }
    workspaceRoot() {
        this.realWorkspace ??= (0,promises_.realpath)((0,external_node_path_.resolve)(this.workspace));
        return this.realWorkspace;
    }
    /** A folder as the user knows it: `notebooks/`, `./` for the workspace, absolute when outside it. */
    async shown(realFolder) {
        const fromWorkspace = (0,external_node_path_.relative)(await this.workspaceRoot(), realFolder);
        if (fromWorkspace === '')
            return './';
        return fromWorkspace.startsWith('..') ? `${realFolder}/` : `${toPosix(fromWorkspace)}/`;
    }
}
const SHOWN_NAMES = 3;
function rootNotes(shownRoot, listing, shipped) {
    const some = (paths) => `${paths.slice(0, SHOWN_NAMES).join(', ')}${paths.length > SHOWN_NAMES ? `, and ${paths.length - SHOWN_NAMES} more` : ''}`;
    const notes = [];
    if (listing.untracked.length)
        notes.push(`${shownRoot}: untracked files are not shipped (git add them to ship them): ${some(listing.untracked)}`);
    if (shipped.missing.length)
        notes.push(`${shownRoot}: tracked files not on disk are not shipped (a sparse checkout?): ${some(shipped.missing)}`);
    if (shipped.submodules.length)
        notes.push(`${shownRoot}: submodules are not shipped: ${some(shipped.submodules)}`);
    return notes;
}

;// CONCATENATED MODULE: ./src/context/remote-requirements.ts






/** A requirements file is a few lines; anything larger is not one. */
const MAX_REQUIREMENTS_BYTES = 1024 * 1024;
/** The requirements file a URL points at, fetched by the notebook sources (same credentials, same errors). */
async function fetchRequirements(url, sources, input) {
    let content;
    try {
        content = (await resolveFile(url, { ...sources, maxBytes: Math.min(sources.maxBytes ?? MAX_REQUIREMENTS_BYTES, MAX_REQUIREMENTS_BYTES) })).content;
    }
    catch (error) {
        if (error instanceof NotebookSourceError)
            throw new input_error/* InputError */.d(input, error.message);
        throw error;
    }
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(content);
    }
    catch {
        throw new input_error/* InputError */.d(input, `${(0,redaction/* redactReference */.Rw)(url)} is not a requirements file (not UTF-8 text)`);
    }
    return content;
}
/** A notebook given by URL, with a requirements file beside it: both straight in the artifact's `code/`. */
function contextWithRequirements(notebookReference, requirements) {
    return {
        rootName: '',
        notebookPath: (0,notebook_name/* notebookFileName */.h)(notebookReference),
        files: [{ path: REQUIREMENTS_FILE, content: requirements, size: requirements.byteLength }],
        requirements: REQUIREMENTS_FILE,
    };
}

;// CONCATENATED MODULE: ./src/context/attach-contexts.ts




/**
 * Gives each request its context: a workspace notebook runs among the files of its context; a
 * notebook given by URL runs alone (with its requirements file when `requirements` is a URL).
 * Reads the disk and git, and fetches a requirements URL; no cloud call. `say` gets what ships.
 */
async function attachContexts(requests, plan, say) {
    const builder = new ContextBuilder(plan.settings, plan.workspace);
    const choice = plan.settings.requirements;
    let remote;
    const built = await Promise.all(requests.map(async (request) => {
        const reference = request.notebook.path;
        if (!(0,notebook_name/* isReference */.A)(reference) || /^file:\/\//i.test(reference))
            return builder.forNotebook(reference, request.notebook.content.byteLength);
        if (choice.kind !== 'url') {
            const ignored = choice.kind === 'path' ? `; ${plan.settings.names.requirements} (a path) does not apply to it` : '';
            return { notes: [`${reference}: given by URL, it runs alone: no files beside it are shipped${ignored}`] };
        }
        remote ??= fetchRequirements(choice.url, plan.sources, plan.settings.names.requirements);
        return {
            context: contextWithRequirements(reference, await remote),
            notes: [`${reference}: given by URL, it runs alone, with ${(0,redaction/* redactReference */.Rw)(choice.url)} as its requirements file`],
        };
    }));
    built.forEach(({ context, notes }, index) => {
        if (context)
            requests[index].context = context;
        notes.forEach(say);
    });
}

;// CONCATENATED MODULE: ./src/context/context-settings.ts


const ACTION_CONTEXT_INPUTS = { context: 'context', exclude: 'context-exclude', maxSize: 'context-max-size', requirements: 'requirements' };
const CLI_CONTEXT_FLAGS = { context: '--context', exclude: '--context-exclude', maxSize: '--context-max-size', requirements: '--requirements' };
const context_settings_UNITS = { '': 1024 ** 2, b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
const SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;
const URL_FORM = /^[a-z][a-z0-9+.-]*:\/\//i;
function parseContextSettings(inputs, names) {
    return {
        scope: parseScope(inputs.context, names.context),
        exclude: (inputs.exclude ?? []).map((line) => line.trim()).filter((line) => line && !line.startsWith('#')),
        maxBytes: parseMaxSize(inputs.maxSize, names.maxSize),
        requirements: parseRequirements(inputs.requirements, names.requirements),
        names,
    };
}
function parseScope(text, input) {
    const value = (text ?? '').trim();
    if (!value)
        return { kind: 'folder' };
    if (value === 'repo')
        return { kind: 'repo' };
    if (URL_FORM.test(value))
        throw new input_error/* InputError */.d(input, `expected repo or a folder that contains the notebooks, got the URL "${value}"`);
    return { kind: 'path', path: value };
}
/** A size such as `250MiB`, `2GB` or `500` (MiB), at most OCI's limit for a job artifact. */
function parseMaxSize(text, input) {
    const value = (text ?? '').trim();
    if (!value)
        return notebook_context/* DEFAULT_CONTEXT_MAX_BYTES */.n6;
    const match = SIZE.exec(value);
    const unit = match ? context_settings_UNITS[match[2].toLowerCase()] : undefined;
    if (!match || unit === undefined)
        throw new input_error/* InputError */.d(input, `expected a size such as 250MiB or 2GB (a bare number is MiB), got "${value}"`);
    const bytes = Math.floor(Number(match[1]) * unit);
    if (bytes <= 0)
        throw new input_error/* InputError */.d(input, `expected a size above 0, got "${value}"`);
    if (bytes > notebook_context/* MAX_CONTEXT_BYTES */.dg) {
        throw new input_error/* InputError */.d(input, `"${value}" is over 4 GB (${notebook_context/* MAX_CONTEXT_BYTES */.dg.toLocaleString('en-US')} bytes), the most OCI takes for a job artifact`);
    }
    return bytes;
}
function parseRequirements(text, input) {
    const value = (text ?? '').trim();
    if (!value || value === 'auto')
        return { kind: 'auto' };
    if (value === 'none')
        return { kind: 'none' };
    if (URL_FORM.test(value) && !/^file:/i.test(value))
        return { kind: 'url', url: value };
    if (value.endsWith('/'))
        throw new input_error/* InputError */.d(input, `expected auto, none or the path of a requirements file, got the folder "${value}"`);
    return { kind: 'path', path: value };
}

;// CONCATENATED MODULE: ./src/cli/output-layout.ts



/**
 * Where a notebook's outputs go under `--output-uri`: in a folder named by its path relative to
 * the working directory without `.ipynb` (`<uri>/reports/a/report/`), as the action lays them
 * out, so two notebooks with the same name never share one; by its file name when it is a URL
 * or lies outside the working directory.
 */
function outputUriFor(base, reference, cwd) {
    return `${base.replace(/\/+$/, '')}/${outputFolderName(reference, cwd)}`;
}
function outputFolderName(reference, cwd) {
    const file = !(0,notebook_name/* isReference */.A)(reference) ? (0,external_node_path_.resolve)(cwd, reference) : /^file:\/\//i.test(reference) ? (0,external_node_url_.fileURLToPath)(reference) : undefined;
    const inside = file === undefined ? undefined : (0,external_node_path_.relative)(cwd, file);
    const path = inside && !inside.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(inside) ? inside.split(external_node_path_.sep).join('/') : (0,notebook_name/* notebookFileName */.h)(reference);
    return path.replace(/\.ipynb$/i, '');
}

;// CONCATENATED MODULE: ./src/cli/negative-values.ts
/**
 * `--ocpus -1` read as `--ocpus=-1`. Node's parseArgs refuses a value that starts with a dash
 * ("argument is ambiguous"), so a negative number would never reach the check that says what is
 * wrong with it ("expected a number above 0"). Only a flag that takes a value, followed by
 * something shaped like a negative number, is joined; `--` ends the flags.
 */
function attachNegativeNumbers(argv, flagsWithValues) {
    const joined = [];
    for (let index = 0; index < argv.length; index++) {
        const arg = argv[index];
        if (arg === '--')
            return [...joined, ...argv.slice(index)];
        const next = argv[index + 1];
        if (next !== undefined && /^-(\d|\.\d)/.test(next) && arg.startsWith('--') && flagsWithValues.has(arg.slice(2))) {
            joined.push(`${arg}=${next}`);
            index++;
        }
        else {
            joined.push(arg);
        }
    }
    return joined;
}

;// CONCATENATED MODULE: ./src/cli/run-flags.ts















const RUN_USAGE = `Usage: oci-run-notebook run [flags] NOTEBOOK...

Runs each notebook as an OCI Data Science job run (or on this machine, with --backend local)
and follows it to its end. A NOTEBOOK is a path, or an https:// URL (GitHub links too),
oci://bucket@namespace/path, gs://bucket/path, https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH
or az://CONTAINER/PATH (docs/notebook-sources.md).

Flags (named like the GitHub Action's inputs):
  --backend oci|local       where notebooks run: OCI Data Science, or this machine's Python
                            and Jupyter (default: oci)
  --compartment-id OCID     compartment of the jobs (default: $OCI_COMPARTMENT_ID)
  --project-id OCID         Data Science project (default: $OCI_PROJECT_ID)
  --log-group-id OCID       log group for the runs' logs (default: $OCI_LOG_GROUP_ID)
  --log-id OCID             log in that group (default: one is created per job)
  --log-compartment-id OCID the log group's compartment, searched for its lines
                            (default: read from the log group)
  --subnet-id OCID          run in this subnet (default: managed networking)
  --output-uri URI          oci://bucket@namespace/prefix for the executed notebook and
                            the files it writes, each notebook under its path relative to
                            this folder; $JOB_RUN_OCID in it is expanded
                            (default: $OCI_OUTPUT_URI); with --backend local, a folder
  --job-name NAME           job name (default: the notebook's file name without .ipynb)
  --shape NAME              compute shape (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.shape})
  --ocpus N                 OCPUs for Flex shapes (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.ocpus})
  --memory-in-gbs N         memory for Flex shapes (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.memoryInGBs})
  --block-storage-size N    block storage in GB, 50 to 10240 (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.blockStorageSizeInGBs})
  --conda SLUG|URI          service conda slug, or a published conda oci://bucket@namespace/path,
                            with nbclient and ipykernel (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.conda})
  --env KEY=VALUE           environment variable for the notebook (repeatable)
  --exclude-tags a,b        drop cells with any of these tags
  --parameters MAP          papermill-style parameters, a JSON or YAML map
  -p NAME VALUE             one parameter, read as papermill's -p reads it: True, False,
                            None, a number, else text (repeatable; wins over the map)
  --parameters-file FILE    parameters from a YAML or JSON file (the map and -p win over it)
  --timeout-minutes N       cancel a run still going N minutes after it started
  --cell-timeout SECONDS    fail a run whose cell runs longer than this
  --max-queue-minutes N     cancel a run not started N minutes after it was accepted (default: 60)
  --needs-attention-minutes N
                            cancel a run in NEEDS_ATTENTION for N minutes without moving
                            (default: 30)
  --context repo|FOLDER     the files a notebook runs among (default: its own folder, as git
                            tracks it): repo for its whole git repository, or a folder
                            that contains it; notebooks given by URL run alone
  --context-exclude GLOB    leave these files out of the context (repeatable)
  --context-max-size SIZE   largest context to ship, such as 500MiB (default: 100MiB)
  --requirements auto|none|PATH
                            requirements file installed before the first cell (default
                            auto: requirements.txt beside the notebook, else at the
                            context root); a URL, for notebooks given by URL
  --max-parallel N          runs at once (default: 10; with --backend local, the CPU count)
  --batch                   notebooks that share their job settings run together in one
                            job run, each with its own result and outputs (docs/engine.md)
  --batch-parallel N        with --batch, notebooks at once inside a batch's run (default:
                            the shape's OCPUs)
  --batch-timeout-minutes N with --batch, the limit for a whole batch (default: the
                            --timeout-minutes of each round of notebooks)
  --delete-job WHEN         delete a finished run's job, its runs and the log OCI created:
                            never, succeeded or always (default: never)
  --no-wait                 submit and return; do not follow the runs
  --json                    print the results as a JSON array on stdout (logs go to stderr)
  -h, --help                this help

Only with --backend local (compartment and project are then not needed):
  --python PATH             interpreter with nbclient and ipykernel (default: the first
                            python3 that has them)
  --kernel NAME             Jupyter kernel for every notebook (default: each notebook's own)
  --install-requirements    install the requirements into that Python (off: this
                            machine's Python is not a throwaway job run's)
  --isolation MODE          how runs are kept from this process: auto, user (another user and
                            namespaces of their own), namespace, none (default: auto, the
                            strongest that works here; docs/local-backend.md)

Exit status: 0 when every run succeeded, 1 when one did not, 2 for bad usage.
Credentials: OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT or
OCI_CLI_KEY_FILE, OCI_CLI_REGION; or resource principal; or, in a GitHub workflow with
id-token: write, keyless: OCI_OIDC_DOMAIN_URL, OCI_OIDC_CLIENT_IDENTIFIER (client_id:secret),
OCI_CLI_REGION; or OCI_CONFIG_FILE and OCI_CLI_PROFILE (an API key or a session token).`;
/** RunRequest fields as the flags that set them, so errors name what the user typed. */
const FLAG_OF_FIELD = {
    notebook: 'NOTEBOOK',
    jobName: '--job-name',
    batchParallel: '--batch-parallel',
    batchTimeoutMinutes: '--batch-timeout-minutes',
    compartmentId: '--compartment-id',
    projectId: '--project-id',
    logGroupId: '--log-group-id',
    logId: '--log-id',
    logCompartmentId: '--log-compartment-id',
    subnetId: '--subnet-id',
    shape: '--shape',
    ocpus: '--ocpus',
    memoryInGBs: '--memory-in-gbs',
    blockStorageSizeInGBs: '--block-storage-size',
    conda: '--conda',
    environmentVariables: '--env',
    excludeTags: '--exclude-tags',
    parameters: '--parameters',
    outputUri: '--output-uri',
    maximumRuntimeInMinutes: '--timeout-minutes',
    cellTimeoutSeconds: '--cell-timeout',
    maxQueueMinutes: '--max-queue-minutes',
    needsAttentionMinutes: '--needs-attention-minutes',
    context: '--context',
};
const OPTIONS = {
    'compartment-id': { type: 'string' },
    'project-id': { type: 'string' },
    'log-group-id': { type: 'string' },
    'log-id': { type: 'string' },
    'log-compartment-id': { type: 'string' },
    'subnet-id': { type: 'string' },
    'output-uri': { type: 'string' },
    'job-name': { type: 'string' },
    shape: { type: 'string' },
    ocpus: { type: 'string' },
    'memory-in-gbs': { type: 'string' },
    'block-storage-size': { type: 'string' },
    conda: { type: 'string' },
    env: { type: 'string', multiple: true },
    'exclude-tags': { type: 'string' },
    parameters: { type: 'string' },
    'parameters-file': { type: 'string' },
    'timeout-minutes': { type: 'string' },
    'max-queue-minutes': { type: 'string' },
    'needs-attention-minutes': { type: 'string' },
    'max-parallel': { type: 'string' },
    batch: { type: 'boolean', default: false },
    'batch-parallel': { type: 'string' },
    'batch-timeout-minutes': { type: 'string' },
    'delete-job': { type: 'string' },
    backend: { type: 'string' },
    python: { type: 'string' },
    kernel: { type: 'string' },
    isolation: { type: 'string' },
    'cell-timeout': { type: 'string' },
    'install-requirements': { type: 'boolean' },
    context: { type: 'string' },
    'context-exclude': { type: 'string', multiple: true },
    'context-max-size': { type: 'string' },
    requirements: { type: 'string' },
    wait: { type: 'boolean', default: true },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
async function parseRunFlags(argv, env) {
    const { rest, pairs } = takeParameterPairs(argv, takesValue);
    let parsed;
    try {
        const flagsWithValues = new Set(Object.entries(OPTIONS).filter(([, option]) => option.type === 'string').map(([name]) => name));
        parsed = (0,external_node_util_.parseArgs)({ args: attachNegativeNumbers(rest, flagsWithValues), options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(error.message);
    }
    const { values, positionals } = parsed;
    const backend = backendFlag(values.backend);
    const local = localFlags(values, backend);
    const maxParallel = backend === 'local' ? (0,external_node_os_.availableParallelism)() : 10;
    const deleteJob = deleteJobFlag(values['delete-job'], backend);
    const command = { backend, local, deleteJob, maxParallel, wait: values.wait, json: values.json, help: values.help, requests: [], notes: [] };
    if (values.help)
        return command;
    if (positionals.length === 0)
        throw new usage_error/* UsageError */.e('NOTEBOOK: give at least one .ipynb file to run.');
    if (backend === 'local' && !values.wait)
        throw new usage_error/* UsageError */.e('--no-wait: local runs end with this command, so they cannot be left running; drop it, or use --backend oci.');
    // A local run needs no compartment or project; OCI runs do.
    const ociId = (value, flag, variable) => (backend === 'local' ? (value ?? '') : required(value, flag, variable));
    const compartmentId = ociId(values['compartment-id'] ?? env.OCI_COMPARTMENT_ID, '--compartment-id', 'OCI_COMPARTMENT_ID');
    const projectId = ociId(values['project-id'] ?? env.OCI_PROJECT_ID, '--project-id', 'OCI_PROJECT_ID');
    const shared = {
        compartmentId,
        projectId,
        logGroupId: values['log-group-id'] ?? env.OCI_LOG_GROUP_ID ?? undefined,
        logId: values['log-id'],
        logCompartmentId: values['log-compartment-id'],
        subnetId: values['subnet-id'],
        shape: values.shape ?? run_request/* RUN_REQUEST_DEFAULTS */.L.shape,
        ocpus: numberFlag(values.ocpus, '--ocpus') ?? run_request/* RUN_REQUEST_DEFAULTS */.L.ocpus,
        memoryInGBs: numberFlag(values['memory-in-gbs'], '--memory-in-gbs') ?? run_request/* RUN_REQUEST_DEFAULTS */.L.memoryInGBs,
        blockStorageSizeInGBs: numberFlag(values['block-storage-size'], '--block-storage-size') ?? run_request/* RUN_REQUEST_DEFAULTS */.L.blockStorageSizeInGBs,
        conda: values.conda ?? run_request/* RUN_REQUEST_DEFAULTS */.L.conda,
        environmentVariables: parseKeyValues(values.env ?? [], '--env'),
        excludeTags: (values['exclude-tags'] ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
        parameters: await parametersFromFlags(values['parameters-file'], values.parameters, pairs),
        outputUri: values['output-uri'] ?? env.OCI_OUTPUT_URI ?? undefined,
        maximumRuntimeInMinutes: numberFlag(values['timeout-minutes'], '--timeout-minutes'),
        cellTimeoutSeconds: cellTimeoutFlag(values['cell-timeout']),
        maxQueueMinutes: numberFlag(values['max-queue-minutes'], '--max-queue-minutes'),
        needsAttentionMinutes: numberFlag(values['needs-attention-minutes'], '--needs-attention-minutes'),
        // In a workflow's run step, the repository too, so that cleanup --repository finds the jobs.
        freeformTags: (0,job_tags/* jobTags */.p)(env.GITHUB_REPOSITORY || undefined),
    };
    command.maxParallel = numberFlag(values['max-parallel'], '--max-parallel') ?? command.maxParallel;
    if (!Number.isInteger(command.maxParallel) || command.maxParallel < 1) {
        throw new usage_error/* UsageError */.e(`--max-parallel: expected a whole number of at least 1, got ${command.maxParallel}`);
    }
    if (values.batch) {
        if (backend === 'local')
            throw new usage_error/* UsageError */.e('--batch: only used with --backend oci (local runs need no machine of their own to share); drop it, or use --backend oci.');
        command.batch = { parallel: wholeNumberFlag(values['batch-parallel'], '--batch-parallel'), timeoutMinutes: wholeNumberFlag(values['batch-timeout-minutes'], '--batch-timeout-minutes') };
    }
    else {
        for (const flag of ['batch-parallel', 'batch-timeout-minutes']) {
            if (values[flag] !== undefined)
                throw new usage_error/* UsageError */.e(`--${flag}: only used with --batch; drop it, or add --batch.`);
        }
    }
    const contexts = parseContextSettings({ context: values.context, exclude: values['context-exclude'], maxSize: values['context-max-size'], requirements: values.requirements }, CLI_CONTEXT_FLAGS);
    for (const path of positionals) {
        command.requests.push({
            ...shared,
            notebook: await readNotebook(path, env),
            jobName: values['job-name'] ?? (0,notebook_name/* notebookFileName */.h)(path).replace(/\.ipynb$/, ''),
            outputUri: shared.outputUri === undefined ? undefined : outputUriFor(shared.outputUri, path, process.cwd()),
        });
    }
    await attachContexts(command.requests, { settings: contexts, workspace: process.cwd(), sources: { workspace: process.cwd(), env } }, (note) => command.notes.push(note));
    return command;
}
/** A flag written `--flag VALUE`, whose VALUE is never a flag of its own. */
function takesValue(arg) {
    const option = arg.startsWith('--') && !arg.includes('=') ? OPTIONS[arg.slice(2)] : undefined;
    return option?.type === 'string';
}
function deleteJobFlag(value, backend) {
    if (value === undefined)
        return 'never';
    if (backend === 'local')
        throw new usage_error/* UsageError */.e('--delete-job: only used with --backend oci.');
    if (value === 'never' || value === 'succeeded' || value === 'always')
        return value;
    throw new usage_error/* UsageError */.e(`--delete-job: expected never, succeeded or always, got "${value}".`);
}
function backendFlag(value) {
    if (value === undefined || value === 'oci' || value === 'local')
        return value ?? 'oci';
    throw new usage_error/* UsageError */.e(`--backend: expected oci or local, got "${value}".`);
}
function localFlags(values, backend) {
    for (const flag of ['python', 'kernel', 'isolation']) {
        if (values[flag] !== undefined && backend !== 'local')
            throw new usage_error/* UsageError */.e(`--${flag}: only used with --backend local.`);
        if (values[flag] !== undefined && !values[flag].trim())
            throw new usage_error/* UsageError */.e(`--${flag}: expected a value, got an empty one.`);
    }
    // A job run is a throwaway machine: its requirements are always installed.
    if (values['install-requirements'] !== undefined && backend !== 'local')
        throw new usage_error/* UsageError */.e('--install-requirements: only used with --backend local (a job run always installs the requirements).');
    const isolation = values.isolation === undefined ? undefined : parseChoice(values.isolation, '--isolation', ISOLATION_SETTINGS);
    return { python: values.python, kernel: values.kernel, installRequirements: values['install-requirements'], ...(isolation ? { isolation } : {}) };
}
function cellTimeoutFlag(value) {
    const seconds = numberFlag(value, '--cell-timeout');
    if (seconds !== undefined && !(seconds > 0))
        throw new usage_error/* UsageError */.e(`--cell-timeout: expected a number of seconds above 0, got ${seconds}.`);
    return seconds;
}
function required(value, flag, variable) {
    if (!value)
        throw new usage_error/* UsageError */.e(`${flag}: required; give the flag or set ${variable}.`);
    return value;
}
function numberFlag(value, flag) {
    if (value !== undefined && value.trim() === '')
        throw new usage_error/* UsageError */.e(`${flag}: expected a number, got an empty value.`);
    return parseNumber(value, flag);
}
/** Any reference a notebook source reads: a path, an https:// or GitHub URL, oci://, gs://, Azure Blob. */
async function readNotebook(reference, env) {
    try {
        return await resolveNotebook(reference, { workspace: process.cwd(), env });
    }
    catch (error) {
        if (error instanceof NotebookSourceError)
            throw new usage_error/* UsageError */.e(`NOTEBOOK: ${error.message}`);
        throw error;
    }
}
/** A flag that takes a whole number of at least 1. */
function wholeNumberFlag(value, flag) {
    const number = numberFlag(value, flag);
    if (number !== undefined && (!Number.isInteger(number) || number < 1))
        throw new usage_error/* UsageError */.e(`${flag}: expected a whole number of at least 1, got ${value}`);
    return number;
}

// EXTERNAL MODULE: ./src/engine/describe-error.ts
var describe_error = __webpack_require__(2566);
;// CONCATENATED MODULE: ./src/cli/stop-at-once.ts

/** A second Ctrl-C gets this long to cancel and remove what is left; a third exits at once. */
const STOP_AT_ONCE_MS = 20_000;
/** Which runs are in flight and which have ended, so that results can be told at any moment. */
class RunProgress {
    inFlight = new Map();
    ended = new Map();
    // A batch's notebooks share one run: each is kept by its run and its path.
    submitted(handle) {
        this.inFlight.set(`${handle.runId} ${handle.notebook}`, handle);
    }
    finished(result) {
        if (result.runId)
            this.inFlight.delete(`${result.runId} ${result.notebook}`);
        this.ended.set(result.notebook, [...(this.ended.get(result.notebook) ?? []), result]);
    }
    runsInFlight() {
        return [...this.inFlight.values()];
    }
    /** One result per request, in their order: how it ended, or where it was when stopped. */
    resultsNow(requests) {
        const ended = new Map([...this.ended].map(([notebook, results]) => [notebook, [...results]]));
        const live = new Map(this.runsInFlight().map((handle) => [handle.notebook, handle]));
        return requests.map((request) => {
            const notebook = request.notebook.path;
            const result = ended.get(notebook)?.shift();
            if (result)
                return result;
            const handle = live.get(notebook);
            if (!handle)
                return { notebook, state: 'NOT_SUBMITTED', error: 'stopped before it was submitted' };
            live.delete(notebook);
            const { jobId, runId, outputUri, consoleUrl } = handle;
            return { notebook, jobId, runId, outputUri, consoleUrl, state: 'CANCELING', error: 'stopped at once: the run was cancelled and not followed to its end' };
        });
    }
}
/** A backend whose submissions in progress can be waited for: after Ctrl-C each stops at its next step and removes what it made. */
class TrackedBackend {
    inner;
    submitting = new Set();
    submitBatch;
    followBatch;
    constructor(inner) {
        this.inner = inner;
        // Only a backend that runs batches offers them, as the engine asks.
        if (inner.submitBatch && inner.followBatch) {
            this.submitBatch = (requests, settings, signal) => this.tracked(inner.submitBatch(requests, settings, signal));
            this.followBatch = (handle, options) => inner.followBatch(handle, options);
        }
    }
    validate(request) {
        this.inner.validate(request);
    }
    submit(request, signal) {
        return this.tracked(this.inner.submit(request, signal));
    }
    tracked(submission) {
        this.submitting.add(submission);
        const settled = () => void this.submitting.delete(submission);
        submission.then(settled, settled);
        return submission;
    }
    follow(handle, options) {
        return this.inner.follow(handle, options);
    }
    cancel(handle) {
        return this.inner.cancel(handle);
    }
    async submissionsSettled() {
        await Promise.allSettled([...this.submitting]);
    }
}
/**
 * A second Ctrl-C: submissions in progress stop (they were told by the first) and remove what
 * they made, every run in flight is cancelled without waiting for it to end, and what the
 * submissions left is removed (PARs, jobs whose run never came), all within STOP_AT_ONCE_MS.
 */
async function stopAtOnce(backend, progress, io, oci) {
    const say = (line) => io.stderr.write(`${line}\n`);
    const work = (async () => {
        await backend.submissionsSettled();
        await Promise.all(progress.runsInFlight().map((handle) => backend.cancel(handle).catch((error) => say(`${handle.notebook}: could not cancel run ${handle.runId}: ${(0,describe_error/* describeError */.U)(error)}`))));
        if (oci)
            await removeLeftovers(oci.clients, oci.ledger, oci.ledger.list(), io, true);
    })();
    let timer;
    const late = new Promise((resolve) => (timer = setTimeout(() => resolve('late'), STOP_AT_ONCE_MS)));
    try {
        if ((await Promise.race([work, late])) === 'late')
            say(`oci-run-notebook: not everything could be cancelled or removed within ${STOP_AT_ONCE_MS / 1000} s; \`oci-run-notebook cleanup\` can remove what is left`);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * After every run was followed: what the submissions left that nothing uses (a job whose run never
 * came, PARs whose delete failed). A run given up on in an outage keeps its PAR: it may still be
 * writing its outputs, and the PAR expires by itself.
 */
async function removeUnused(clients, ledger, io) {
    const unused = ledger.list().filter((submission) => !submission.runId || submission.ended);
    await removeLeftovers(clients, ledger, unused, io, false);
}
async function removeLeftovers(clients, ledger, submissions, io, thorough) {
    if (submissions.length === 0)
        return;
    const { cleanUpSubmission } = await Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(990)]).then(__webpack_require__.bind(__webpack_require__, 1990));
    await Promise.all(submissions.map(async (submission) => {
        const { removed, problems } = await cleanUpSubmission(clients, submission, { thorough });
        if (removed.length)
            io.stderr.write(`${submission.notebook}: removed what its submission left: ${removed.join(', ')}\n`);
        for (const problem of problems)
            io.stderr.write(`${submission.notebook}: could not remove ${problem}; \`oci-run-notebook cleanup\` can later\n`);
        if (problems.length === 0)
            ledger.forget(submission.id);
    }));
}

;// CONCATENATED MODULE: ./src/cli/run-command.ts






/** `oci-run-notebook run`: every notebook on OCI Data Science (or this machine), followed to its end. */
async function runCommand(argv, io, backendOptions) {
    const command = await parseRunFlags(argv, io.env);
    if (command.help) {
        io.stdout.write(`${RUN_USAGE}\n`);
        return 0;
    }
    const [{ runNotebooks }, opened] = await Promise.all([
        __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 7312)),
        command.backend === 'local' ? openLocalBackend(command, io) : openOciBackend(io, { ...backendOptions, deleteJob: command.deleteJob }),
    ]);
    const backend = new TrackedBackend(opened.backend);
    try {
        try {
            for (const request of command.requests)
                backend.validate(request);
            (0,distinct_outputs/* checkDistinctOutputs */.T)(command.requests);
            if (command.batch)
                (0,batches/* validateBatchSettings */.qq)(command.requests, command.batch);
        }
        catch (error) {
            if (error instanceof run_request_error/* RunRequestError */.T)
                throw new usage_error/* UsageError */.e(error.renamed((field) => FLAG_OF_FIELD[field] ?? field).message);
            throw error;
        }
        for (const note of command.notes)
            io.stderr.write(`${note}\n`);
        await opened.ready?.();
        const logStream = command.json ? io.stderr : io.stdout;
        const submitted = command.backend === 'local' ? 'started local run' : 'submitted job run';
        const progress = new RunProgress();
        const running = runNotebooks(command.requests, backend, {
            maxParallel: command.maxParallel,
            wait: command.wait,
            batch: command.batch,
            signal: io.signal,
            onSubmitted: (handle) => {
                // Not followed: the run is meant to go on, with its PAR.
                if (!command.wait)
                    opened.ledger?.forgetRun(handle.runId);
                progress.submitted(handle);
                io.stderr.write(`${handle.notebook}: ${submitted} ${handle.runId}\n`);
            },
            onFinished: (result) => progress.finished(result),
            onLog: (line) => logStream.write(`[${line.notebook}] ${line.message}\n`),
            onWarning: (notebook, message) => io.stderr.write(`${notebook}: warning: ${message}\n`),
        });
        const oci = opened.clients && opened.ledger ? { clients: opened.clients, ledger: opened.ledger } : undefined;
        const results = await Promise.race([running, stopped(io.stopNow)]);
        if (!results) {
            // A second Ctrl-C: the results as they are now, whatever is still under way.
            await stopAtOnce(backend, progress, io, oci);
            printResults(io, command, progress.resultsNow(command.requests));
            return 130;
        }
        if (oci)
            await removeUnused(oci.clients, oci.ledger, io);
        printResults(io, command, results);
        const expected = command.wait ? 'SUCCEEDED' : 'SUBMITTED';
        return results.every((result) => result.state === expected) ? 0 : 1;
    }
    finally {
        opened.close();
    }
}
async function openOciBackend(io, backendOptions) {
    // Loaded only now: the SDK is most of the start-up time, and --help and local runs need none of it.
    const [{ createOciClients }, { CredentialsError }, { OciJobBackend }, { MemoryLedger }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(235), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 44085)),
        Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(235)]).then(__webpack_require__.bind(__webpack_require__, 35235)),
        Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(388), __webpack_require__.e(306), __webpack_require__.e(443)]).then(__webpack_require__.bind(__webpack_require__, 93443)),
        __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 53001)),
    ]);
    let clients;
    try {
        clients = await createOciClients(io.env, io.retryPolicy, { lazy: true });
    }
    catch (error) {
        if (error instanceof CredentialsError)
            throw new usage_error/* UsageError */.e(error.message);
        throw error;
    }
    const onSecret = (value) => {
        io.onSecret?.(value);
        backendOptions?.onSecret?.(value);
    };
    const ledger = new MemoryLedger();
    return { backend: new OciJobBackend(clients, { ...backendOptions, onSecret, ledger }), clients, ledger, close: () => clients.close() };
}
async function openLocalBackend(command, io) {
    const { LocalJupyterBackend, LocalJupyterError } = await __webpack_require__.e(/* import() */ 879).then(__webpack_require__.bind(__webpack_require__, 88879));
    const backend = new LocalJupyterBackend({ ...command.local, env: io.env });
    const ready = async () => {
        try {
            await backend.check();
        }
        catch (error) {
            if (error instanceof LocalJupyterError)
                throw new usage_error/* UsageError */.e(`--${error.option}: ${error.message}`);
            throw error;
        }
    };
    return { backend, ready, close: () => undefined };
}
/** Resolves (to nothing) when `signal` aborts; never without one. */
function stopped(signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            resolve(undefined);
        signal?.addEventListener('abort', () => resolve(undefined), { once: true });
    });
}
function printResults(io, command, results) {
    io.stdout.write(command.json ? `${JSON.stringify(results, null, 2)}\n` : summary(results));
}
function summary(results) {
    const lines = results.map((result) => {
        const duration = result.durationSeconds === undefined ? '' : ` in ${result.durationSeconds}s`;
        const details = [result.runId, result.outputUri, result.error].filter(Boolean).join('\n    ');
        return `${result.state.padEnd(10)} ${result.notebook}${duration}${details ? `\n    ${details}` : ''}`;
    });
    return `\n${lines.join('\n')}\n`;
}


/***/ }),

/***/ 20192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X$: () => (/* binding */ MAX_CONTEXT_FILES),
/* harmony export */   dg: () => (/* binding */ MAX_CONTEXT_BYTES),
/* harmony export */   jo: () => (/* binding */ contextBytes),
/* harmony export */   n6: () => (/* binding */ DEFAULT_CONTEXT_MAX_BYTES)
/* harmony export */ });
/** The most a context may hold unless `context-max-size` says otherwise. */
const DEFAULT_CONTEXT_MAX_BYTES = 100 * 1024 * 1024;
/**
 * The most `context-max-size` may allow: OCI takes job artifacts of at most 4 GB
 * (docs.oracle.com/iaas/data-science/using/jobs-artifact.htm), and the artifact is a zip without
 * ZIP64 extensions, whose offsets stop at 4 GiB.
 */
const MAX_CONTEXT_BYTES = 4_000_000_000;
/** A zip without ZIP64 holds at most 65,535 entries; the driver's files take a few. */
const MAX_CONTEXT_FILES = 65_000;
/** A context's size in bytes: its files plus the notebook. */
function contextBytes(context, notebookBytes) {
    return context.files.reduce((total, file) => total + file.size, notebookBytes);
}


/***/ }),

/***/ 67250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ batchLabel),
/* harmony export */   ZP: () => (/* binding */ batchParallelism),
/* harmony export */   mR: () => (/* binding */ groupIntoBatches),
/* harmony export */   qq: () => (/* binding */ validateBatchSettings),
/* harmony export */   zq: () => (/* binding */ batchTimeoutMinutes)
/* harmony export */ });
/* unused harmony export MAXIMUM_BATCH_PARALLEL */
/* harmony import */ var _run_request_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14848);
/* harmony import */ var _validate_run_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44281);


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
        throw new _run_request_error_js__WEBPACK_IMPORTED_MODULE_0__/* .RunRequestError */ .T('batchParallel', `expected a whole number from 1 to ${MAXIMUM_BATCH_PARALLEL}, got ${parallel}`);
    }
    if (timeoutMinutes !== undefined && (!Number.isInteger(timeoutMinutes) || timeoutMinutes < 1 || timeoutMinutes > _validate_run_request_js__WEBPACK_IMPORTED_MODULE_1__/* .MAXIMUM_RUNTIME_MINUTES */ .ao)) {
        throw new _run_request_error_js__WEBPACK_IMPORTED_MODULE_0__/* .RunRequestError */ .T('batchTimeoutMinutes', `expected a whole number of minutes from 1 to ${_validate_run_request_js__WEBPACK_IMPORTED_MODULE_1__/* .MAXIMUM_RUNTIME_MINUTES */ .ao} (a year), got ${timeoutMinutes}`);
    }
    for (const batch of groupIntoBatches([...requests])) {
        const limit = batch.length > 1 ? batchTimeoutMinutes(batch, settings) : undefined;
        if (limit !== undefined && limit > _validate_run_request_js__WEBPACK_IMPORTED_MODULE_1__/* .MAXIMUM_RUNTIME_MINUTES */ .ao) {
            throw new _run_request_error_js__WEBPACK_IMPORTED_MODULE_0__/* .RunRequestError */ .T('batchTimeoutMinutes', `the ${batchLabel(batch)} would be given ${limit} minutes (each notebook's limit for each round of notebooks), past a year; set it lower`);
        }
    }
}


/***/ }),

/***/ 71491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ checkDistinctOutputs)
/* harmony export */ });
/* harmony import */ var _run_request_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14848);

const RUN_VARIABLE = /\$\{?JOB_RUN_OCID\}?/;
/**
 * Refuses two runs whose outputs would land in the same place, before any run starts: the
 * second would overwrite the first's executed notebook, or a file both write. Each run needs an
 * output place of its own, unless `$JOB_RUN_OCID` in it gives every run one.
 */
function checkDistinctOutputs(requests) {
    const owners = new Map();
    for (const request of requests) {
        if (request.outputUri === undefined || RUN_VARIABLE.test(request.outputUri))
            continue;
        const place = request.outputUri.replace(/\/+$/, '');
        const owner = owners.get(place);
        if (owner !== undefined) {
            const same = owner === request.notebook.path ? `${owner} is given twice, and both runs` : `${owner} and ${request.notebook.path}`;
            throw new _run_request_error_js__WEBPACK_IMPORTED_MODULE_0__/* .RunRequestError */ .T('outputUri', `${same} would write their outputs to ${place}; give each run a place of its own ($JOB_RUN_OCID in the output URI does)`);
        }
        owners.set(place, request.notebook.path);
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

/***/ 14848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ RunRequestError)
/* harmony export */ });
/** Bad input, found before any cloud call; `field` is the RunRequest field it came from. */
class RunRequestError extends Error {
    field;
    problem;
    constructor(field, problem) {
        super(`${field}: ${problem}`);
        this.field = field;
        this.problem = problem;
    }
    /** The same error in the words of a front door (`--compartment-id`, `compartment-id`, `compartmentId`). */
    renamed(inputName) {
        const renamed = new RunRequestError(inputName(this.field), this.problem);
        return Object.assign(renamed, { field: this.field });
    }
}


/***/ }),

/***/ 25707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ RUN_REQUEST_DEFAULTS),
/* harmony export */   Z: () => (/* binding */ MINIMUM_BLOCK_STORAGE_GB)
/* harmony export */ });
const RUN_REQUEST_DEFAULTS = {
    shape: 'VM.Standard.E3.Flex',
    ocpus: 1,
    memoryInGBs: 16,
    blockStorageSizeInGBs: 50,
    /** A service conda with nbclient, nbformat and ipykernel: without a conda, OCI runs the bare system Python. */
    conda: 'tensorflow28_p38_cpu_v1',
    excludeTags: [],
};
const MINIMUM_BLOCK_STORAGE_GB = 50;


/***/ }),

/***/ 44281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ao: () => (/* binding */ MAXIMUM_RUNTIME_MINUTES),
  hX: () => (/* binding */ isFlexShape),
  vA: () => (/* binding */ validateNotebookInputs),
  xS: () => (/* binding */ validateRunRequest)
});

// UNUSED EXPORTS: MAXIMUM_BLOCK_STORAGE_GB

// EXTERNAL MODULE: ./src/artifact/job-environment.ts
var job_environment = __webpack_require__(78205);
// EXTERNAL MODULE: ./src/engine/run-request-error.ts
var run_request_error = __webpack_require__(14848);
// EXTERNAL MODULE: ./src/context/notebook-context.ts
var notebook_context = __webpack_require__(20192);
;// CONCATENATED MODULE: ./src/context/validate-context.ts


const fail = (problem) => {
    throw new run_request_error/* RunRequestError */.T('context', problem);
};
/** A relative, `/`-separated path with no empty, `.` or `..` part, as the artifact and the run folder place it. */
function isPlainPath(path) {
    return path.length > 0 && !path.includes('\\') && !path.includes('\0') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
/**
 * Checks a request's context as backends place it: plain relative paths, each once, the notebook
 * not among the other files, the requirements among them. Whatever built it (a front door, a
 * caller of the engine), nothing can land outside the run's folder.
 */
function validateContext(context) {
    if (context === undefined)
        return;
    if (context.rootName !== '' && (!isPlainPath(context.rootName) || context.rootName.includes('/'))) {
        fail(`the root's name must be one folder name, got "${context.rootName}"`);
    }
    if (!isPlainPath(context.notebookPath) || !context.notebookPath.endsWith('.ipynb')) {
        fail(`the notebook's path must be a relative path ending in .ipynb, got "${context.notebookPath}"`);
    }
    if (context.files.length + 1 > notebook_context/* MAX_CONTEXT_FILES */.X$)
        fail(`${context.files.length + 1} files, more than a job artifact holds (${notebook_context/* MAX_CONTEXT_FILES */.X$})`);
    const seen = new Set([context.notebookPath]);
    for (const file of context.files) {
        if (!isPlainPath(file.path))
            fail(`a file's path must be relative, without . or .. parts, got "${file.path}"`);
        if (seen.has(file.path))
            fail(`${file.path} is listed twice (or is the notebook itself)`);
        // A file and a folder of the same name cannot both be placed.
        seen.add(file.path);
        if (!Number.isInteger(file.size) || file.size < 0)
            fail(`${file.path} has no size in bytes`);
        if ((file.source === undefined) === (file.content === undefined))
            fail(`${file.path} needs either a source path or its content`);
    }
    for (const path of seen) {
        const parts = path.split('/');
        for (let end = 1; end < parts.length; end++) {
            if (seen.has(parts.slice(0, end).join('/')))
                fail(`${parts.slice(0, end).join('/')} is both a file and a folder`);
        }
    }
    if (context.requirements !== undefined && (!seen.has(context.requirements) || context.requirements === context.notebookPath)) {
        fail(`the requirements file ${context.requirements} is not one of the context's files`);
    }
}

// EXTERNAL MODULE: ./src/notebook/notebook.ts
var notebook = __webpack_require__(86796);
// EXTERNAL MODULE: ./src/notebook/parameters.ts + 1 modules
var parameters = __webpack_require__(25705);
// EXTERNAL MODULE: ./src/oci/ocid.ts
var ocid = __webpack_require__(26606);
// EXTERNAL MODULE: ./src/oci/object-storage-uri.ts
var object_storage_uri = __webpack_require__(82277);
// EXTERNAL MODULE: ./src/engine/run-request.ts
var run_request = __webpack_require__(25707);
;// CONCATENATED MODULE: ./src/engine/validate-run-request.ts








const OCID_TYPES = {
    compartmentId: ['compartment', 'tenancy'],
    projectId: ['datascienceproject'],
    logGroupId: ['loggroup'],
    logId: ['log'],
    subnetId: ['subnet'],
    logCompartmentId: ['compartment', 'tenancy'],
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
const validate_run_request_fail = (field, problem) => {
    throw new run_request_error/* RunRequestError */.T(field, problem);
};
/**
 * What every backend checks, as its driver sees it: the notebook, variable names (none of those
 * the engine sets itself), exclude tags, parameters (names, and values the notebook's kernel, or
 * `kernel` when the backend overrides it, can be given) and the runtime.
 */
function validateNotebookInputs(request, reservedVariables = job_environment/* RESERVED_VARIABLES */.RL, kernel) {
    try {
        (0,notebook/* checkNotebook */.Ak)(request.notebook.content, request.notebook.path);
    }
    catch (error) {
        if (error instanceof notebook/* NotebookFormatError */.Zv)
            validate_run_request_fail('notebook', error.message);
        throw error;
    }
    validateContext(request.context);
    for (const name of Object.keys(request.environmentVariables)) {
        if (!ENV_NAME.test(name))
            validate_run_request_fail('environmentVariables', `"${name}" is not a variable name (letters, digits, _; not starting with a digit)`);
        if (reservedVariables.includes(name))
            validate_run_request_fail('environmentVariables', `${name} is set by oci-run-notebook itself and cannot be given`);
    }
    for (const tag of request.excludeTags) {
        if (!tag.trim())
            validate_run_request_fail('excludeTags', 'tags must not be empty');
    }
    for (const name of Object.keys(request.parameters)) {
        if (!(0,parameters/* isPythonIdentifier */.G_)(name))
            validate_run_request_fail('parameters', `"${name}" is not a Python variable name`);
    }
    if (Object.keys(request.parameters).length > 0) {
        try {
            (0,parameters/* checkParameters */.Dy)((0,notebook/* parseNotebook */.fJ)(request.notebook.content, request.notebook.path), request.parameters, kernel);
        }
        catch (error) {
            if (error instanceof parameters/* ParameterTranslationError */.j0)
                validate_run_request_fail('parameters', error.message);
            throw error;
        }
    }
    const cellTimeout = request.cellTimeoutSeconds;
    if (cellTimeout !== undefined && !(Number.isFinite(cellTimeout) && cellTimeout > 0)) {
        validate_run_request_fail('cellTimeoutSeconds', `expected a number of seconds above 0, got ${cellTimeout}`);
    }
    if (cellTimeout !== undefined && cellTimeout > MAXIMUM_RUNTIME_MINUTES * 60) {
        validate_run_request_fail('cellTimeoutSeconds', `expected at most ${MAXIMUM_RUNTIME_MINUTES * 60} seconds (a year), got ${cellTimeout}`);
    }
    const runtime = request.maximumRuntimeInMinutes;
    if (runtime !== undefined && (!Number.isInteger(runtime) || runtime <= 0)) {
        validate_run_request_fail('maximumRuntimeInMinutes', `expected a whole number of minutes above 0, got ${runtime}`);
    }
    if (runtime !== undefined && runtime > MAXIMUM_RUNTIME_MINUTES) {
        validate_run_request_fail('maximumRuntimeInMinutes', `expected at most ${MAXIMUM_RUNTIME_MINUTES} minutes (a year), got ${runtime}`);
    }
}
/** Checks every field, so that no bad request reaches OCI and nothing is half-created. */
function validateRunRequest(request) {
    validateNotebookInputs(request);
    if (!request.jobName.trim() || request.jobName.length > 255)
        validate_run_request_fail('jobName', `expected 1 to 255 characters, got "${request.jobName}"`);
    for (const [field, types] of Object.entries(OCID_TYPES)) {
        const value = request[field];
        if (value === undefined)
            continue;
        if (!(0,ocid/* isOcid */.e)(value, ...types))
            validate_run_request_fail(field, `expected an OCID of a ${types.join(' or ')} (ocid1.${types[0]}.oc1..<unique id>), got "${value}"`);
    }
    if (request.logId && !request.logGroupId)
        validate_run_request_fail('logId', 'a log needs its log group: give the log group OCID too');
    if (!SHAPE.test(request.shape))
        validate_run_request_fail('shape', `expected a shape name such as VM.Standard.E3.Flex, got "${request.shape}"`);
    if (isFlexShape(request.shape)) {
        if (!(request.ocpus > 0))
            validate_run_request_fail('ocpus', `expected a number above 0, got ${request.ocpus}`);
        if (!(request.memoryInGBs > 0))
            validate_run_request_fail('memoryInGBs', `expected a number above 0, got ${request.memoryInGBs}`);
    }
    if (!Number.isInteger(request.blockStorageSizeInGBs) || request.blockStorageSizeInGBs < run_request/* MINIMUM_BLOCK_STORAGE_GB */.Z) {
        validate_run_request_fail('blockStorageSizeInGBs', `expected a whole number of GB, at least ${run_request/* MINIMUM_BLOCK_STORAGE_GB */.Z}, got ${request.blockStorageSizeInGBs}`);
    }
    if (request.logCompartmentId && !request.logGroupId)
        validate_run_request_fail('logCompartmentId', 'names the log group\'s compartment: give the log group OCID too');
    for (const field of ['maxQueueMinutes', 'needsAttentionMinutes']) {
        const minutes = request[field];
        if (minutes !== undefined && !(Number.isInteger(minutes) && minutes > 0))
            validate_run_request_fail(field, `expected a whole number of minutes above 0, got ${minutes}`);
    }
    if (request.blockStorageSizeInGBs > MAXIMUM_BLOCK_STORAGE_GB) {
        validate_run_request_fail('blockStorageSizeInGBs', `expected at most ${MAXIMUM_BLOCK_STORAGE_GB} GB, OCI's largest block volume for a job, got ${request.blockStorageSizeInGBs}`);
    }
    // Without a conda OCI runs the driver with the bare system Python, which has no Jupyter: it could only fail.
    const conda = request.conda ?? '';
    if (!conda) {
        validate_run_request_fail('conda', `required on OCI: a service conda slug with nbclient and ipykernel (${run_request/* RUN_REQUEST_DEFAULTS */.L.conda}) or a published conda oci://bucket@namespace/path`);
    }
    else if (!CONDA_SLUG.test(conda) && !(0,object_storage_uri/* parseObjectStorageUri */.iT)(conda)?.prefix) {
        validate_run_request_fail('conda', `expected a service conda slug (tensorflow28_p38_cpu_v1) or a published conda oci://bucket@namespace/path, got "${request.conda}"`);
    }
    const outputProblem = request.outputUri === undefined ? undefined : (0,object_storage_uri/* objectStorageUriProblem */.Gp)(request.outputUri);
    if (outputProblem)
        validate_run_request_fail('outputUri', `${outputProblem}, got "${request.outputUri}"`);
}
function isFlexShape(shape) {
    return shape.endsWith('.Flex');
}


/***/ }),

/***/ 29986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ isReference),
/* harmony export */   h: () => (/* binding */ notebookFileName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** A URL or cloud reference (`https://`, `oci://`, `gs://`, `az://`, `file://`) rather than a path. */
function isReference(notebook) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(notebook);
}
/**
 * The file name a notebook is saved and reported under: its reference's last part, without a
 * URL's query or fragment, decoded, and ending in `.ipynb` as the driver requires.
 */
function notebookFileName(reference) {
    let last = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(reference.replace(/[?#].*$/, ''));
    try {
        last = decodeURIComponent(last);
    }
    catch {
        // Not percent-encoded after all: keep it as it is.
    }
    const name = last.replace(/[/\\]/g, '-') || 'notebook';
    return name.endsWith('.ipynb') ? name : `${name}.ipynb`;
}


/***/ }),

/***/ 86796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ checkNotebook),
/* harmony export */   Gq: () => (/* binding */ cellTags),
/* harmony export */   V5: () => (/* binding */ MAX_NOTEBOOK_BYTES),
/* harmony export */   Zv: () => (/* binding */ NotebookFormatError),
/* harmony export */   aM: () => (/* binding */ serializeNotebook),
/* harmony export */   fJ: () => (/* binding */ parseNotebook)
/* harmony export */ });
class NotebookFormatError extends Error {
}
/** The largest notebook we read; service limits on job artifacts are far above it. */
const MAX_NOTEBOOK_BYTES = 100 * 1024 * 1024;
/** Parses bytes as nbformat 4 JSON, or says which notebook is not one and why. */
function parseNotebook(content, path) {
    if (content.byteLength > MAX_NOTEBOOK_BYTES) {
        throw new NotebookFormatError(`${path}: ${content.byteLength} bytes is over the ${MAX_NOTEBOOK_BYTES}-byte limit for a notebook.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content));
    }
    catch {
        throw new NotebookFormatError(`${path}: not a Jupyter notebook (expected nbformat 4 JSON, the file is not valid UTF-8 JSON).`);
    }
    const notebook = parsed;
    if (typeof notebook !== 'object' || notebook === null || Array.isArray(notebook)) {
        throw new NotebookFormatError(`${path}: not a Jupyter notebook (expected an nbformat 4 JSON object).`);
    }
    if (notebook.nbformat !== 4) {
        throw new NotebookFormatError(`${path}: nbformat ${String(notebook.nbformat)} is not supported; expected nbformat 4 (convert with \`jupyter nbconvert --to notebook\`).`);
    }
    if (!Array.isArray(notebook.cells) || typeof notebook.metadata !== 'object' || notebook.metadata === null) {
        throw new NotebookFormatError(`${path}: not a valid nbformat 4 notebook (needs "cells" and "metadata").`);
    }
    notebook.cells.forEach((cell, index) => {
        if (typeof cell !== 'object' || cell === null || !['code', 'markdown', 'raw'].includes(cell.cell_type)) {
            throw new NotebookFormatError(`${path}: cell ${index + 1} is not an nbformat 4 cell (cell_type must be code, markdown or raw).`);
        }
    });
    return notebook;
}
/** Buffers known to hold a valid notebook: a run's notebook is checked by its source, by the engine and by its backend. */
const checkedNotebooks = new WeakSet();
/**
 * Throws NotebookFormatError unless `content` is an nbformat 4 notebook. A buffer that passed
 * once is not parsed again (notebooks with outputs can be megabytes); buffers are not changed
 * in place after they are read.
 */
function checkNotebook(content, path) {
    if (checkedNotebooks.has(content))
        return;
    parseNotebook(content, path);
    checkedNotebooks.add(content);
}
function serializeNotebook(notebook) {
    return new TextEncoder().encode(JSON.stringify(notebook, null, 1) + '\n');
}
function cellTags(cell) {
    const tags = cell.metadata?.tags;
    return Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : [];
}


/***/ }),

/***/ 84585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ resolveFlagValue),
/* harmony export */   bn: () => (/* binding */ integerFrom),
/* harmony export */   wI: () => (/* binding */ WholeFloat),
/* harmony export */   xC: () => (/* binding */ floatFrom)
/* harmony export */ });
/**
 * Parameter values as papermill's loaders give them to its translators: null, booleans, strings,
 * integers, floats, lists and maps. A JavaScript number cannot say whether `1.0` was a float, nor
 * hold 2^53 + 1, so:
 * - integers are numbers, or bigints beyond Number.MAX_SAFE_INTEGER (exact at any size);
 * - floats are numbers, except a float whose value is whole (`1.0`, `1e3` read as a float), which
 *   is a WholeFloat, so that it is written `1.0` and the notebook gets a float.
 * A plain number that is whole (from JSON.parse, or code) is an integer.
 */
class WholeFloat {
    value;
    constructor(value) {
        this.value = value;
    }
    /** As JSON (debug output, reports), the number. */
    toJSON() {
        return this.value;
    }
}
/** An integer from its decimal text (sign and digits only), exact at any size. */
function integerFrom(digits) {
    const value = BigInt(digits);
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
/** A float, kept a float even when its value is whole. */
function floatFrom(value) {
    return Number.isInteger(value) || Object.is(value, -0) ? new WholeFloat(value) : value;
}
// What Python's int() and float() accept (PEP 515 underscores between digits included), which
// papermill's `-p NAME VALUE` tries in turn.
const DIGITS = '\\d(?:_?\\d)*';
const PYTHON_INT = new RegExp(`^[+-]?${DIGITS}$`);
const PYTHON_FLOAT = new RegExp(`^[+-]?(?:${DIGITS}\\.(?:${DIGITS})?|\\.${DIGITS}|${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const PYTHON_FLOAT_WORDS = /^([+-]?)(inf|infinity|nan)$/i;
/**
 * A `-p NAME VALUE` value as papermill reads it: `True`, `False` and `None` as such, then
 * whatever Python's int() takes as an integer, then whatever float() takes as a float, else the
 * text itself.
 */
function resolveFlagValue(text) {
    if (text === 'True')
        return true;
    if (text === 'False')
        return false;
    if (text === 'None')
        return null;
    const trimmed = text.trim();
    if (PYTHON_INT.test(trimmed))
        return integerFrom(trimmed.replace(/_/g, '').replace(/^\+/, ''));
    if (PYTHON_FLOAT.test(trimmed))
        return floatFrom(Number(trimmed.replace(/_/g, '')));
    const word = PYTHON_FLOAT_WORDS.exec(trimmed);
    if (word)
        return word[2].toLowerCase() === 'nan' ? NaN : word[1] === '-' ? -Infinity : Infinity;
    return text;
}


/***/ }),

/***/ 25705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j0: () => (/* reexport */ ParameterTranslationError),
  Dy: () => (/* binding */ checkParameters),
  EN: () => (/* binding */ injectParameters),
  G_: () => (/* binding */ isPythonIdentifier),
  jf: () => (/* binding */ parameterWarnings)
});

// UNUSED EXPORTS: INJECTED_PARAMETERS_TAG, PARAMETERS_TAG, parameterLanguage, toPythonLiteral

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/notebook/notebook.ts
var notebook_notebook = __webpack_require__(86796);
// EXTERNAL MODULE: ./src/notebook/parameter-values.ts
var parameter_values = __webpack_require__(84585);
;// CONCATENATED MODULE: ./src/notebook/parameter-languages.ts

/** The value cannot be written in the kernel's language (papermill refuses the same ones). */
class ParameterTranslationError extends Error {
}
const refuse = (message) => () => {
    throw new ParameterTranslationError(message);
};
const hashComment = (text) => `# ${text}`.trim();
/** JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) mean the same in Python, R, Julia, Scala, C# and F# strings. */
const quoted = (text) => JSON.stringify(text);
const rawFloat = (nan, infinity, negativeInfinity) => (value) => Number.isNaN(value) ? nan : value === Infinity ? infinity : value === -Infinity ? negativeInfinity : pythonFloatRepr(value);
/** Scala, C# and F#: integers beyond 32 bits are longs (papermill's rule). */
const longSuffix = (decimal, value) => (value > 2147483647n || value < -2147483648n ? `${decimal}L` : decimal);
const PYTHON = {
    name: 'python',
    comment: hashComment,
    assign: (name, literal) => `${name} = ${literal}`,
    none: () => 'None',
    bool: (value) => (value ? 'True' : 'False'),
    int: (decimal) => decimal,
    float: rawFloat("float('nan')", "float('inf')", "float('-inf')"),
    str: quoted,
    list: (items) => `[${items.join(', ')}]`,
    dict: (entries) => `{${entries.map(([key, value]) => `${quoted(key)}: ${value}`).join(', ')}}`,
};
const R = {
    name: 'R',
    comment: hashComment,
    // A leading _ is not allowed in R names; papermill drops it.
    assign: (name, literal) => `${name.replace(/^_+/, '')} = ${literal}`,
    none: () => 'NULL',
    bool: (value) => (value ? 'TRUE' : 'FALSE'),
    int: (decimal) => decimal,
    float: rawFloat('NaN', 'Inf', '-Inf'),
    str: quoted,
    list: (items) => `list(${items.join(', ')})`,
    dict: (entries) => `list(${entries.map(([key, value]) => `${quoted(key)} = ${value}`).join(', ')})`,
};
const SCALA = {
    name: 'scala',
    comment: (text) => `// ${text}`.trim(),
    assign: (name, literal) => `val ${name} = ${literal}`,
    none: () => 'None',
    bool: (value) => String(value),
    int: longSuffix,
    float: rawFloat('Double.NaN', 'Double.PositiveInfinity', 'Double.NegativeInfinity'),
    str: quoted,
    list: (items) => `Seq(${items.join(', ')})`,
    dict: (entries) => `Map(${entries.map(([key, value]) => `${quoted(key)} -> ${value}`).join(', ')})`,
};
const JULIA = {
    name: 'julia',
    comment: hashComment,
    assign: (name, literal) => `${name} = ${literal}`,
    none: () => 'nothing',
    bool: (value) => String(value),
    int: (decimal) => decimal,
    float: rawFloat('NaN', 'Inf', '-Inf'),
    str: (text) => quoted(text).replace(/\$/g, '\\$'), // `$` interpolates in Julia strings
    list: (items) => `[${items.join(', ')}]`,
    dict: (entries) => `Dict(${entries.map(([key, value]) => `${JULIA.str(key)} => ${value}`).join(', ')})`,
};
const MATLAB = {
    name: 'matlab',
    comment: (text) => `% ${text}`.trim(),
    assign: (name, literal) => `${name} = ${literal};`,
    none: () => 'NaN',
    bool: (value) => String(value),
    int: (decimal) => decimal,
    float: rawFloat('NaN', 'Inf', '-Inf'),
    str: matlabString,
    list: (items) => `{${items.join(', ')}}`,
    // Keys as char arrays, as papermill writes them.
    dict: (entries) => `containers.Map({${entries.map(([key]) => `'${key.replace(/'/g, "''")}'`).join(', ')}}, {${entries.map(([, value]) => value).join(', ')}})`,
};
const CSHARP = {
    name: '.net-csharp',
    comment: (text) => `// ${text}`.trim(),
    assign: (name, literal) => `var ${name} = ${literal};`,
    none: refuse('C# has no untyped null to give a parameter (papermill refuses it too); leave the parameter out instead'),
    bool: (value) => String(value),
    int: longSuffix,
    float: rawFloat('double.NaN', 'double.PositiveInfinity', 'double.NegativeInfinity'),
    str: quoted,
    list: (items) => `new [] { ${items.join(', ')} }`,
    dict: (entries) => `new Dictionary<string,Object>{ ${entries.map(([key, value]) => `{ ${quoted(key)} , ${value} }`).join(', ')} }`,
};
const FSHARP = {
    name: '.net-fsharp',
    comment: (text) => `(* ${text} *)`.trim(),
    assign: (name, literal) => `let ${name} = ${literal}`,
    none: () => 'None',
    bool: (value) => String(value),
    int: longSuffix,
    float: rawFloat('nan', 'infinity', '-infinity'),
    str: quoted,
    list: (items) => `[ ${items.join('; ')} ]`,
    dict: (entries) => `[ ${entries.map(([key, value]) => `(${quoted(key)}, ${value} :> IComparable)`).join('; ')} ] |> Map.ofList`,
};
const POWERSHELL = {
    name: '.net-powershell',
    comment: hashComment,
    assign: (name, literal) => `$${name} = ${literal}`,
    none: () => '$Null',
    bool: (value) => (value ? '$True' : '$False'),
    int: (decimal) => decimal,
    float: rawFloat('[double]::NaN', '[double]::PositiveInfinity', '[double]::NegativeInfinity'),
    // Single-quoted: no escapes, no `$` expansion; PowerShell also takes the typographic single quotes as quotes.
    str: (text) => `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`,
    list: (items) => `@(${items.join(', ')})`,
    dict: (entries) => `@{${entries.map(([key, value]) => `${POWERSHELL.str(key)} = ${value}`).join('\n ')}}`,
};
const BASH = {
    name: 'bash',
    comment: hashComment,
    assign: (name, literal) => `${name}=${literal}`,
    none: () => '',
    bool: (value) => String(value),
    int: (decimal) => decimal,
    float: rawFloat('nan', 'inf', '-inf'),
    str: shellQuote,
    list: (items) => `(${items.join(' ')})`,
    dict: refuse('bash has no maps to give a parameter (papermill refuses them too)'),
};
/** papermill's registry: a kernel name first, then the notebook's language. */
const parameter_languages_PARAMETER_LANGUAGES = {
    python: PYTHON,
    R,
    scala: SCALA,
    julia: JULIA,
    matlab: MATLAB,
    '.net-csharp': CSHARP,
    '.net-fsharp': FSHARP,
    '.net-powershell': POWERSHELL,
    pysparkkernel: PYTHON,
    sparkkernel: SCALA,
    sparkrkernel: R,
    bash: BASH,
};
/** One value as source in `language`; throws ParameterTranslationError for what it cannot write. */
function parameter_languages_literal(language, value) {
    if (value === null || value === undefined)
        return language.none();
    if (typeof value === 'boolean')
        return language.bool(value);
    if (typeof value === 'string')
        return language.str(value);
    if (typeof value === 'bigint')
        return language.int(value.toString(), value);
    if (value instanceof parameter_values/* WholeFloat */.wI)
        return language.float(value.value);
    if (typeof value === 'number') {
        return Number.isInteger(value) && !Object.is(value, -0) ? language.int(BigInt(value).toString(), BigInt(value)) : language.float(value);
    }
    if (Array.isArray(value))
        return language.list(value.map((item) => parameter_languages_literal(language, item)));
    if (value instanceof Date)
        return language.str(value.toISOString());
    if (typeof value === 'object') {
        return language.dict(Object.entries(value).map(([key, item]) => [key, parameter_languages_literal(language, item)]));
    }
    throw new ParameterTranslationError(`cannot write a ${typeof value} as a parameter`);
}
/** The injected cell's source, one line a parameter: papermill's `codify`. */
function codify(language, parameters) {
    return [
        `${language.comment('Parameters')}\n`,
        ...Object.entries(parameters).map(([name, value]) => `${language.assign(name, parameter_languages_literal(language, value))}\n`),
    ];
}
/** Python's repr() of a finite float: the shortest digits that read back the same, fixed from 1e-4 to 1e16. */
function pythonFloatRepr(value) {
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exponent = Number(exponentText);
    const sign = value < 0 ? '-' : '';
    if (exponent < -4 || exponent >= 16) {
        const significand = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${significand}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    return `${sign}${whole}.${digits.slice(exponent + 1) || '0'}`;
}
/** A MATLAB string: `"` doubled; control characters, which a literal cannot hold, joined in as char(N). */
function matlabString(text) {
    const parts = text.split(/([\u0000-\u001f\u007f])/);
    const pieces = parts
        .map((part, index) => (index % 2 === 1 ? `char(${part.charCodeAt(0)})` : part ? `"${part.replace(/"/g, '""')}"` : ''))
        .filter(Boolean);
    return pieces.length === 0 ? '""' : pieces[0].startsWith('char(') ? `"" + ${pieces.join(' + ')}` : pieces.join(' + ');
}
/** Python's shlex.quote, which papermill's bash translator uses. */
function shellQuote(text) {
    if (text === '')
        return "''";
    if (!/[^\w@%+=:,./-]/.test(text))
        return text;
    return `'${text.replace(/'/g, `'"'"'`)}'`;
}

;// CONCATENATED MODULE: ./src/notebook/parameters.ts




const PARAMETERS_TAG = 'parameters';
const INJECTED_PARAMETERS_TAG = 'injected-parameters';
/**
 * Papermill's convention: a code cell tagged `injected-parameters` goes right after the cell
 * tagged `parameters` (at the top when there is none) and replaces one injected earlier. The
 * values are written in the kernel's language (`kernel` overrides the notebook's own kernel).
 */
function injectParameters(notebook, parameters, kernel) {
    if (Object.keys(parameters).length === 0)
        return notebook;
    const source = codify(parameterLanguage(notebook, kernel), parameters);
    const cells = notebook.cells.filter((cell) => !(0,notebook_notebook/* cellTags */.Gq)(cell).includes(INJECTED_PARAMETERS_TAG));
    const anchor = cells.findIndex((cell) => (0,notebook_notebook/* cellTags */.Gq)(cell).includes(PARAMETERS_TAG));
    const injected = {
        cell_type: 'code',
        execution_count: null,
        metadata: { tags: [INJECTED_PARAMETERS_TAG] },
        outputs: [],
        source,
    };
    if (notebook.nbformat_minor >= 5)
        injected.id = (0,external_node_crypto_.randomUUID)().slice(0, 8);
    cells.splice(anchor + 1, 0, injected);
    return { ...notebook, cells };
}
/**
 * The translator papermill would pick: by kernel name, else by the notebook's language. A
 * notebook that names neither is taken for Python, the kernel it then runs with.
 */
function parameterLanguage(notebook, kernel) {
    const metadata = notebook.metadata;
    const kernelName = kernel ?? stringOrUndefined(metadata.kernelspec?.name);
    const language = stringOrUndefined(metadata.language_info?.name) ?? stringOrUndefined(metadata.kernelspec?.language);
    const found = (kernelName && parameter_languages_PARAMETER_LANGUAGES[kernelName]) || (language && parameter_languages_PARAMETER_LANGUAGES[language]);
    if (found)
        return found;
    if (!kernelName && !language)
        return parameter_languages_PARAMETER_LANGUAGES.python;
    throw new ParameterTranslationError(`cannot write parameters for the kernel "${kernelName ?? ''}" (language "${language ?? ''}"): papermill translates parameters only for ` +
        `${Object.keys(parameter_languages_PARAMETER_LANGUAGES).join(', ')}`);
}
/** Throws ParameterTranslationError for parameters the notebook's kernel cannot be given; makes nothing. */
function checkParameters(notebook, parameters, kernel) {
    if (Object.keys(parameters).length === 0)
        return;
    const language = parameterLanguage(notebook, kernel);
    for (const [name, value] of Object.entries(parameters)) {
        try {
            parameter_languages_literal(language, value);
        }
        catch (error) {
            if (error instanceof ParameterTranslationError)
                throw new ParameterTranslationError(`${name}: ${error.message}`);
            throw error;
        }
    }
}
/**
 * What papermill warns about before it runs: no cell tagged `parameters`, or parameters given
 * that the `parameters` cell does not assign (likely a typo: they are injected anyway).
 */
function parameterWarnings(notebook, parameters) {
    const names = Object.keys(parameters);
    if (names.length === 0)
        return [];
    const cell = notebook.cells.find((candidate) => (0,notebook_notebook/* cellTags */.Gq)(candidate).includes(PARAMETERS_TAG));
    if (!cell)
        return [`no cell is tagged "${PARAMETERS_TAG}", so the parameters go in a cell at the top, as papermill puts them`];
    let language;
    try {
        language = parameterLanguage(notebook);
    }
    catch {
        return []; // refused by the check before; nothing to warn about
    }
    const defined = assignedNames(language, Array.isArray(cell.source) ? cell.source.join('') : cell.source);
    const unknown = names.filter((name) => !defined.has(name) && !(language.name === 'R' && defined.has(name.replace(/^_+/, ''))));
    if (unknown.length === 0)
        return [];
    return [`the "${PARAMETERS_TAG}" cell does not define ${unknown.join(', ')}; injected anyway, as papermill does (a typo?)`];
}
/** Names a line of the cell assigns at its top level, by the language's own assignment forms. */
const ASSIGNMENT = {
    python: /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::[^=]*)?=(?!=)/,
    R: /^\s*([A-Za-z.][\w.]*)\s*(?:=(?!=)|<<?-)/,
    scala: /^\s*(?:(?:private|final|lazy|implicit)\s+)*(?:val|var)\s+(\w+)/,
    julia: /^\s*(?:const\s+|global\s+)?([A-Za-z_]\w*!?)\s*(?:::[^=]+)?=(?!=)/,
    matlab: /^\s*([A-Za-z]\w*)\s*=(?!=)/,
    '.net-csharp': /^\s*(?:var|[\w<>[\],?.]+)\s+(\w+)\s*=(?!=)/,
    '.net-fsharp': /^\s*let\s+(?:mutable\s+)?(\w+)/,
    '.net-powershell': /^\s*\$(\w+)\s*=(?!=)/,
    bash: /^\s*(?:export\s+|local\s+|readonly\s+|declare(?:\s+-\w+)*\s+)?(\w+)=/,
};
function assignedNames(language, source) {
    const pattern = ASSIGNMENT[language.name];
    const names = new Set();
    for (const line of source.split('\n')) {
        const match = pattern.exec(line);
        for (const name of match?.[1]?.split(',') ?? [])
            names.add(name.trim());
    }
    return names;
}
const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isPythonIdentifier(name) {
    return PYTHON_IDENTIFIER.test(name);
}
/** A value as Python source, as papermill writes it. */
function toPythonLiteral(value) {
    return literal(PARAMETER_LANGUAGES.python, value);
}
function stringOrUndefined(value) {
    return typeof value === 'string' && value ? value : undefined;
}


/***/ }),

/***/ 82277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ objectStorageUriProblem),
/* harmony export */   WE: () => (/* binding */ objectUri),
/* harmony export */   _P: () => (/* binding */ OCI_URI_FORM),
/* harmony export */   iT: () => (/* binding */ parseObjectStorageUri),
/* harmony export */   uu: () => (/* binding */ formatObjectStorageUri)
/* harmony export */ });
/* unused harmony export joinObjectName */
const OCI_URI = /^oci:\/\/([A-Za-z0-9._-]+)@([A-Za-z0-9_-]+)(?:\/(.*))?$/;
const OCI_URI_FORM = 'oci://bucket@namespace/prefix';
/** A `.` or `..` segment: object names are not file paths, so `oci://b@ns/../../etc` does not point where it seems. */
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;
/** Why `uri` is not an oci:// place, in words for a message; undefined when it is one. */
function objectStorageUriProblem(uri) {
    const match = OCI_URI.exec(uri.trim());
    if (!match)
        return `expected ${OCI_URI_FORM}`;
    if (DOT_SEGMENT.test(match[3] ?? '')) {
        return `a "." or ".." segment is not allowed in the path: object names are not file paths, so it would not point where it seems; expected ${OCI_URI_FORM}`;
    }
    return undefined;
}
function parseObjectStorageUri(uri) {
    const match = OCI_URI.exec(uri.trim());
    if (!match || DOT_SEGMENT.test(match[3] ?? ''))
        return undefined;
    const prefix = (match[3] ?? '').replace(/^\/+|\/+$/g, '');
    return { bucket: match[1], namespace: match[2], prefix };
}
function formatObjectStorageUri(location) {
    const base = `oci://${location.bucket}@${location.namespace}`;
    return location.prefix ? `${base}/${location.prefix}` : base;
}
/** The URI of one object under a location's prefix. */
function objectUri(location, name) {
    return formatObjectStorageUri({ ...location, prefix: joinObjectName(location.prefix, name) });
}
function joinObjectName(...parts) {
    return parts
        .map((part) => part.replace(/^\/+|\/+$/g, ''))
        .filter((part) => part.length > 0)
        .join('/');
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
