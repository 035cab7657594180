export const id = 80;
export const ids = [80];
export const modules = {

/***/ 6080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/engine/run-request-error.ts
var run_request_error = __webpack_require__(14848);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/engine/run-request.ts
var run_request = __webpack_require__(25707);
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
 * A JSON or YAML map (JSON is YAML, so one parser reads both). The parser loads only when there
 * is a map to read: most runs pass no parameters, and start-up time counts.
 */
async function parseParameterMap(text, input) {
    if (text === undefined || text.trim() === '')
        return {};
    const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let value;
    try {
        value = parseYaml(text);
    }
    catch (error) {
        throw new input_error/* InputError */.d(input, `expected a JSON or YAML map, could not parse it (${error.message.split('\n')[0]})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new input_error/* InputError */.d(input, `expected a JSON or YAML map such as {"alpha": 0.5}, got ${JSON.stringify(value)}`);
    }
    return value;
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
            return `the OCI config file ${env.OCI_CONFIG_FILE ?? '~/.oci/config'} (profile ${env.OCI_CLI_PROFILE ?? 'DEFAULT'})`;
        case 'resource-principal':
            return 'the resource principal (OCI_RESOURCE_PRINCIPAL_VERSION)';
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
                const { createOciClients } = await Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 56665));
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
    const shown = (0,redaction/* redactReference */.Rw)(reference);
    const secrets = (0,redaction/* secretsOf */.Fj)(context);
    try {
        const source = SOURCES.find((candidate) => candidate.accepts(reference, context));
        if (!source) {
            throw new NotebookSourceError(shown, 'unsupported-reference', 'no notebook source reads references of this form (a workspace path, https://, oci://, gs://, az://)');
        }
        const fetched = await source.fetch(reference, context);
        try {
            (0,notebook/* checkNotebook */.Ak)(fetched.content, fetched.path);
        }
        catch (error) {
            if (!(error instanceof notebook/* NotebookFormatError */.Zv))
                throw error;
            throw new NotebookSourceError(fetched.path, 'not-a-notebook', error.message.replace(`${fetched.path}: `, ''));
        }
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

// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
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
  --subnet-id OCID          run in this subnet (default: managed networking)
  --output-uri URI          oci://bucket@namespace/prefix for the executed notebook and
                            the files it writes; $JOB_RUN_OCID in it is expanded
                            (default: $OCI_OUTPUT_URI); with --backend local, a folder
  --job-name NAME           job name (default: the notebook's file name without .ipynb)
  --shape NAME              compute shape (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.shape})
  --ocpus N                 OCPUs for Flex shapes (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.ocpus})
  --memory-in-gbs N         memory for Flex shapes (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.memoryInGBs})
  --block-storage-size N    block storage in GB, 50 to 10240 (default: ${run_request/* RUN_REQUEST_DEFAULTS */.L.blockStorageSizeInGBs})
  --conda SLUG|URI          service conda slug, or a published conda oci://bucket@namespace/path
  --env KEY=VALUE           environment variable for the notebook (repeatable)
  --exclude-tags a,b        drop cells with any of these tags
  --parameters MAP          papermill-style parameters, a JSON or YAML map
  --timeout-minutes N       cancel a run still going after N minutes
  --cell-timeout SECONDS    fail a run whose cell runs longer than this
  --max-parallel N          runs at once (default: 10; with --backend local, the CPU count)
  --no-wait                 submit and return; do not follow the runs
  --json                    print the results as a JSON array on stdout (logs go to stderr)
  -h, --help                this help

Only with --backend local (compartment and project are then not needed):
  --python PATH             interpreter with nbclient and ipykernel (default: the first
                            python3 that has them)
  --kernel NAME             Jupyter kernel for every notebook (default: each notebook's own)
  --isolation MODE          how runs are kept from this process: auto, user (another user and
                            namespaces of their own), namespace, none (default: auto, the
                            strongest that works here; docs/local-backend.md)

Exit status: 0 when every run succeeded, 1 when one did not, 2 for bad usage.
Credentials: OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT or
OCI_CLI_KEY_FILE, OCI_CLI_REGION; or OCI_CONFIG_FILE and OCI_CLI_PROFILE; or resource principal.`;
/** RunRequest fields as the flags that set them, so errors name what the user typed. */
const FLAG_OF_FIELD = {
    notebook: 'NOTEBOOK',
    jobName: '--job-name',
    compartmentId: '--compartment-id',
    projectId: '--project-id',
    logGroupId: '--log-group-id',
    logId: '--log-id',
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
};
const OPTIONS = {
    'compartment-id': { type: 'string' },
    'project-id': { type: 'string' },
    'log-group-id': { type: 'string' },
    'log-id': { type: 'string' },
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
    'timeout-minutes': { type: 'string' },
    'max-parallel': { type: 'string' },
    backend: { type: 'string' },
    python: { type: 'string' },
    kernel: { type: 'string' },
    isolation: { type: 'string' },
    'cell-timeout': { type: 'string' },
    wait: { type: 'boolean', default: true },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
async function parseRunFlags(argv, env) {
    let parsed;
    try {
        const flagsWithValues = new Set(Object.entries(OPTIONS).filter(([, option]) => option.type === 'string').map(([name]) => name));
        parsed = (0,external_node_util_.parseArgs)({ args: attachNegativeNumbers(argv, flagsWithValues), options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(error.message);
    }
    const { values, positionals } = parsed;
    const backend = backendFlag(values.backend);
    const local = localFlags(values, backend);
    const maxParallel = backend === 'local' ? (0,external_node_os_.availableParallelism)() : 10;
    const command = { backend, local, maxParallel, wait: values.wait, json: values.json, help: values.help, requests: [] };
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
        subnetId: values['subnet-id'],
        shape: values.shape ?? run_request/* RUN_REQUEST_DEFAULTS */.L.shape,
        ocpus: numberFlag(values.ocpus, '--ocpus') ?? run_request/* RUN_REQUEST_DEFAULTS */.L.ocpus,
        memoryInGBs: numberFlag(values['memory-in-gbs'], '--memory-in-gbs') ?? run_request/* RUN_REQUEST_DEFAULTS */.L.memoryInGBs,
        blockStorageSizeInGBs: numberFlag(values['block-storage-size'], '--block-storage-size') ?? run_request/* RUN_REQUEST_DEFAULTS */.L.blockStorageSizeInGBs,
        conda: values.conda,
        environmentVariables: parseKeyValues(values.env ?? [], '--env'),
        excludeTags: (values['exclude-tags'] ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
        parameters: await parseParameterMap(values.parameters, '--parameters'),
        outputUri: values['output-uri'] ?? env.OCI_OUTPUT_URI ?? undefined,
        maximumRuntimeInMinutes: numberFlag(values['timeout-minutes'], '--timeout-minutes'),
        cellTimeoutSeconds: cellTimeoutFlag(values['cell-timeout']),
        freeformTags: { 'created-by': 'oci-run-notebook' },
    };
    command.maxParallel = numberFlag(values['max-parallel'], '--max-parallel') ?? command.maxParallel;
    if (!Number.isInteger(command.maxParallel) || command.maxParallel < 1) {
        throw new usage_error/* UsageError */.e(`--max-parallel: expected a whole number of at least 1, got ${command.maxParallel}`);
    }
    for (const path of positionals) {
        command.requests.push({
            ...shared,
            notebook: await readNotebook(path, env),
            jobName: values['job-name'] ?? (0,notebook_name/* notebookFileName */.h)(path).replace(/\.ipynb$/, ''),
        });
    }
    return command;
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
    const isolation = values.isolation === undefined ? undefined : parseChoice(values.isolation, '--isolation', ISOLATION_SETTINGS);
    return { python: values.python, kernel: values.kernel, ...(isolation ? { isolation } : {}) };
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

;// CONCATENATED MODULE: ./src/cli/run-command.ts



/** `oci-run-notebook run`: every notebook on OCI Data Science (or this machine), followed to its end. */
async function runCommand(argv, io, backendOptions) {
    const command = await parseRunFlags(argv, io.env);
    if (command.help) {
        io.stdout.write(`${RUN_USAGE}\n`);
        return 0;
    }
    const [{ runNotebooks }, opened] = await Promise.all([
        __webpack_require__.e(/* import() */ 827).then(__webpack_require__.bind(__webpack_require__, 81827)),
        command.backend === 'local' ? openLocalBackend(command, io) : openOciBackend(io, backendOptions),
    ]);
    const { backend } = opened;
    try {
        for (const request of command.requests) {
            try {
                backend.validate(request);
            }
            catch (error) {
                if (error instanceof run_request_error/* RunRequestError */.T)
                    throw new usage_error/* UsageError */.e(error.renamed((field) => FLAG_OF_FIELD[field] ?? field).message);
                throw error;
            }
        }
        await opened.ready?.();
        const logStream = command.json ? io.stderr : io.stdout;
        const submitted = command.backend === 'local' ? 'started local run' : 'submitted job run';
        const results = await runNotebooks(command.requests, backend, {
            maxParallel: command.maxParallel,
            wait: command.wait,
            signal: io.signal,
            onSubmitted: (handle) => io.stderr.write(`${handle.notebook}: ${submitted} ${handle.runId}\n`),
            onLog: (line) => logStream.write(`[${line.notebook}] ${line.message}\n`),
        });
        io.stdout.write(command.json ? `${JSON.stringify(results, null, 2)}\n` : summary(results));
        const expected = command.wait ? 'SUCCEEDED' : 'SUBMITTED';
        return results.every((result) => result.state === expected) ? 0 : 1;
    }
    finally {
        opened.close();
    }
}
async function openOciBackend(io, backendOptions) {
    // Loaded only now: the SDK is most of the start-up time, and --help and local runs need none of it.
    const [{ createOciClients }, { CredentialsError }, { OciJobBackend }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 56665)),
        Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 66567)),
        Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(388), __webpack_require__.e(306), __webpack_require__.e(283)]).then(__webpack_require__.bind(__webpack_require__, 64283)),
    ]);
    let clients;
    try {
        clients = await createOciClients(io.env, undefined, { lazy: true });
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
    return { backend: new OciJobBackend(clients, { ...backendOptions, onSecret }), close: () => clients.close() };
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
function summary(results) {
    const lines = results.map((result) => {
        const duration = result.durationSeconds === undefined ? '' : ` in ${result.durationSeconds}s`;
        const details = [result.runId, result.outputUri, result.error].filter(Boolean).join('\n    ');
        return `${result.state.padEnd(10)} ${result.notebook}${duration}${details ? `\n    ${details}` : ''}`;
    });
    return `\n${lines.join('\n')}\n`;
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
    excludeTags: [],
};
const MINIMUM_BLOCK_STORAGE_GB = 50;


/***/ }),

/***/ 29986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ notebookFileName)
/* harmony export */ });
/* unused harmony export isReference */
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

/***/ 82277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ objectStorageUriProblem),
/* harmony export */   WE: () => (/* binding */ objectUri),
/* harmony export */   iT: () => (/* binding */ parseObjectStorageUri),
/* harmony export */   uu: () => (/* binding */ formatObjectStorageUri)
/* harmony export */ });
/* unused harmony exports OCI_URI_FORM, joinObjectName */
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


/***/ })

};
