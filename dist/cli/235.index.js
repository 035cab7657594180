export const id = 235;
export const ids = [235];
export const modules = {

/***/ 35235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  API_KEY_VARIABLES: () => (/* binding */ API_KEY_VARIABLES),
  CredentialsError: () => (/* reexport */ CredentialsError),
  credentialsFromEnvironment: () => (/* binding */ credentialsFromEnvironment),
  regionFromId: () => (/* binding */ regionFromId)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
;// CONCATENATED MODULE: ./src/oci/credentials-error.ts
/**
 * Credentials that cannot sign: missing, malformed, expired, or refused by the identity domain.
 * Thrown while signing, it tells the SDK not to retry: trying again would not change the answer.
 */
class CredentialsError extends Error {
    shouldBeRetried = false;
}

// EXTERNAL MODULE: ./src/oci/jwt.ts
var jwt = __webpack_require__(9716);
// EXTERNAL MODULE: ./src/oci/transient-retry.ts
var transient_retry = __webpack_require__(13676);
;// CONCATENATED MODULE: ./src/oci/github-id-token.ts



/** Where a GitHub Actions job asks for its ID token; set only with `permissions: id-token: write`. */
const ID_TOKEN_VARIABLES = { url: 'ACTIONS_ID_TOKEN_REQUEST_URL', token: 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' };
/** The step's ID-token request URL and bearer token; a clear error when the job was given none. */
function idTokenRequest(env, requestedBy) {
    const url = env[ID_TOKEN_VARIABLES.url];
    const token = env[ID_TOKEN_VARIABLES.token];
    if (!url || !token) {
        throw new CredentialsError(`${requestedBy} is set, so this step signs in to OCI with the job's GitHub ID token, but GitHub gave this job none ` +
            `(${!url ? ID_TOKEN_VARIABLES.url : ID_TOKEN_VARIABLES.token} is not set). Add \`permissions: id-token: write\` to the workflow or the job ` +
            '(GitHub gives no ID token to workflows run for pull requests from forks); see docs/keyless.md.');
    }
    return { url, token };
}
/**
 * A fresh ID token for `audience` from GitHub's token service, as `@actions/core`'s getIDToken
 * asks for it (`<url>&audience=...`, bearer request token), without loading @actions/core, so the
 * CLI in a workflow step signs in the same way as the action.
 */
async function requestGitHubIdToken(request, audience) {
    const url = new URL(request.url);
    url.searchParams.set('audience', audience);
    return (0,transient_retry/* retryTransient */.jh)(async () => {
        const response = await (0,transient_retry/* fetchOrTransient */.or)(url.href, { headers: { authorization: `Bearer ${request.token}`, accept: 'application/json' } }, "GitHub's ID-token service");
        if (response.status >= 500 || response.status === 429)
            throw new transient_retry/* TransientError */.N_(`GitHub's ID-token service answered HTTP ${response.status}`);
        if (!response.ok) {
            throw new CredentialsError(`GitHub's ID-token service refused an ID token (HTTP ${response.status}): ${await messageOf(response)}`);
        }
        const value = (await response.json().catch(() => ({}))).value;
        if (typeof value !== 'string' || !value)
            throw new CredentialsError("GitHub's ID-token service answered without a token (no `value`).");
        try {
            (0,jwt/* decodeJwt */.iU)(value);
        }
        catch {
            throw new CredentialsError("GitHub's ID-token service answered something that is not a JSON Web Token.");
        }
        return value;
    });
}
async function messageOf(response) {
    const text = await response.text().catch(() => '');
    try {
        return String(JSON.parse(text).message ?? text).slice(0, 300);
    }
    catch {
        return text.slice(0, 300);
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/oci/session-token.ts

class SessionTokenFormatError extends Error {
}
/** Reads a session token as a file or an identity domain holds it; `source` names it in errors. */
function parseSessionToken(text, source) {
    const token = text.trim();
    let claims;
    try {
        claims = (0,jwt/* decodeJwt */.iU)(token).payload;
    }
    catch (error) {
        if (error instanceof jwt/* JwtFormatError */.fz)
            throw new SessionTokenFormatError(`${source} is not an OCI session token: ${error.message}`);
        throw error;
    }
    const expiresAt = (0,jwt/* claimTime */.iZ)(claims, 'exp');
    if (!expiresAt)
        throw new SessionTokenFormatError(`${source} is not an OCI session token: it has no expiry (exp claim)`);
    return { token, expiresAt, issuedAt: (0,jwt/* claimTime */.iZ)(claims, 'iat') };
}
/** "at 2025-07-01T10:00:00Z, 12 minutes ago", or "... from now". */
function describeExpiry(expiresAt, now = Date.now()) {
    const minutes = Math.round(Math.abs(expiresAt.getTime() - now) / 60_000);
    const span = minutes === 0 ? 'less than a minute' : minutes === 1 ? '1 minute' : `${minutes} minutes`;
    const at = expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return expiresAt.getTime() <= now ? `at ${at}, ${span} ago` : `at ${at}, ${span} from now`;
}
const MAX_RENEWAL_MARGIN_MS = 5 * 60_000;
/**
 * When to renew a token: five minutes before it expires, or a quarter of its lifetime for short
 * ones, so that a request signed just before still arrives in time, clock skew included.
 */
function renewalTime(token, now = Date.now()) {
    const expiresAt = token.expiresAt.getTime();
    const lifetime = expiresAt - (token.issuedAt?.getTime() ?? now);
    return expiresAt - Math.min(MAX_RENEWAL_MARGIN_MS, Math.max(0, lifetime) / 4);
}

;// CONCATENATED MODULE: ./src/oci/oidc-exchange.ts







const makeKeyPair = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
/**
 * The key pair a session token is bound to: made in memory for this process, never written
 * anywhere, its private half told to `onSecret` (as PEM, the form a log could show it in).
 */
async function makeSessionKeyPair(onSecret) {
    const keys = await makeKeyPair('rsa', { modulusLength: 2048 });
    onSecret(keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    return keys;
}
/**
 * One keyless sign-in: a fresh ID token from GitHub, and the identity domain's Token Exchange
 * (`<domain>/oauth2/v1/token`), which answers a session token (UPST) bound to the public half of
 * `keys`. Every secret is told to `onSecret` before it is used.
 */
async function exchangeGitHubIdToken(settings, keys, onSecret) {
    const idToken = await requestGitHubIdToken(settings.idTokenRequest, settings.audience);
    onSecret(idToken);
    const { publicKey, privateKey } = await keys;
    const form = new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        requested_token_type: 'urn:oci:token-type:oci-upst',
        subject_token: idToken,
        subject_token_type: 'jwt',
        public_key: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    });
    const endpoint = `${settings.domainUrl}/oauth2/v1/token`;
    const basic = Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64');
    const answer = await (0,transient_retry/* retryTransient */.jh)(async () => {
        const response = await (0,transient_retry/* fetchOrTransient */.or)(endpoint, { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: form }, `the identity domain's token endpoint ${endpoint}`);
        const body = (await response.json().catch(() => ({})));
        if (response.status >= 500 || response.status === 429)
            throw new transient_retry/* TransientError */.N_(`the identity domain's token endpoint ${endpoint} answered HTTP ${response.status}`);
        if (!response.ok)
            throw refusal(settings, response.status, body, idToken);
        return body;
    });
    if (typeof answer.token !== 'string')
        throw new CredentialsError(`The identity domain's token endpoint ${endpoint} answered without a session token (no \`token\`).`);
    onSecret(answer.token);
    try {
        return { token: parseSessionToken(answer.token, `The session token from ${endpoint}`), privateKey };
    }
    catch (error) {
        if (error instanceof SessionTokenFormatError)
            throw new CredentialsError(`${error.message}.`);
        throw error;
    }
}
/** What the domain said, and what to check for that kind of refusal. */
function refusal(settings, status, body, idToken) {
    const { names } = settings;
    const error = String(body.error ?? body.code ?? '');
    const description = String(body.error_description ?? body.message ?? 'no description');
    const said = `The identity domain ${settings.domainUrl} refused to exchange the GitHub ID token for an OCI session token (HTTP ${status}${error ? ` ${error}` : ''}): ${description}`;
    if (status === 404)
        return new CredentialsError(`${said}. Check ${names.domainUrl}: the identity domain's URL, such as https://idcs-0123456789abcdef.identity.oraclecloud.com.`);
    if (error === 'invalid_client' || (status === 401 && !error)) {
        return new CredentialsError(`${said}. Check ${names.clientIdentifier}: client_id:client_secret of the domain's confidential application.`);
    }
    if (error === 'invalid_grant' || error === 'unauthorized_client') {
        const claims = (0,jwt/* decodeJwt */.iU)(idToken).payload;
        return new CredentialsError(`${said}. The domain's identity propagation trust did not accept this job's token: check its issuer (${String(claims.iss)}), ` +
            `its audience (${names.audience}, here "${settings.audience}"), its oauthClients (the application of ${names.clientIdentifier}) ` +
            `and its impersonation rules (this token's sub is "${String(claims.sub)}"); see docs/keyless.md.`);
    }
    return new CredentialsError(`${said}.`);
}

;// CONCATENATED MODULE: ./src/oci/renewing-session.ts

/** Renewals at least this far apart, even when a token looks due at once (a clock ahead of the issuer's), unless it has expired. */
const MIN_RENEWAL_INTERVAL_MS = 1000;
/**
 * A session that renews its token before it expires, so that runs followed for longer than a
 * token lives keep signing. Renewal happens when a request is signed past the token's renewal
 * time (see renewalTime); concurrent requests share one renewal. A renewal that fails while the
 * token is still valid is tried again later; once the token has expired, the failure is thrown.
 */
class RenewingSession {
    obtain;
    value;
    renewAt = 0;
    retryAt = 0;
    renewing;
    now;
    retryAfterFailureMs;
    constructor(obtain, options = {}) {
        this.obtain = obtain;
        this.now = options.now ?? Date.now;
        this.retryAfterFailureMs = options.retryAfterFailureMs ?? 30_000;
    }
    async current() {
        const now = this.now();
        const value = this.value;
        if (value && now < this.renewAt)
            return value;
        const stillValid = value !== undefined && now < value.token.expiresAt.getTime();
        if (stillValid && now < this.retryAt)
            return value;
        try {
            return await this.renew();
        }
        catch (error) {
            if (value && this.now() < value.token.expiresAt.getTime()) {
                this.retryAt = this.now() + this.retryAfterFailureMs;
                return value;
            }
            throw error;
        }
    }
    renew() {
        this.renewing ??= this.obtain()
            .then((fresh) => {
            this.value = fresh;
            const due = Math.max(renewalTime(fresh.token, this.now()), this.now() + MIN_RENEWAL_INTERVAL_MS);
            this.renewAt = Math.min(due, fresh.token.expiresAt.getTime());
            this.retryAt = 0;
            return fresh;
        })
            .finally(() => {
            this.renewing = undefined;
        });
        return this.renewing;
    }
}

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
        await signOciRequest(request, this.apiKey.keyId, this.key, forceExcludeBody);
    }
}
/**
 * Signs `request` in place as `keyId` with `key`: an API key's `<tenancy>/<user>/<fingerprint>`,
 * or a session token's `ST$<token>` with the session's own key.
 */
async function signOciRequest(request, keyId, key, forceExcludeBody = false) {
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
    const signature = (0,external_node_crypto_.sign)('sha256', Buffer.from(signingString), key).toString('base64');
    headers.set('authorization', `Signature version="1",keyId="${keyId}",algorithm="rsa-sha256",headers="${signedHeaders.join(' ')}",signature="${signature}"`);
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

;// CONCATENATED MODULE: ./src/oci/session-token-signer.ts

/**
 * Signs as a session token (`keyId="ST$<token>"`) with the session's key, parsed once; the same
 * signing string as API keys (see signOciRequest), which is what OCI and the emulator verify.
 */
class SessionTokenRequestSigner {
    source;
    constructor(source) {
        this.source = source;
    }
    async signHttpRequest(request, forceExcludeBody = false) {
        const { token, privateKey } = await this.source.current();
        await signOciRequest(request, `ST$${token.token}`, privateKey, forceExcludeBody);
    }
}

;// CONCATENATED MODULE: ./src/oci/keyless-credentials.ts





/** The variables that ask for keyless sign-in; the action's inputs set the same. */
const KEYLESS_VARIABLES = {
    domainUrl: 'OCI_OIDC_DOMAIN_URL',
    clientIdentifier: 'OCI_OIDC_CLIENT_IDENTIFIER',
    audience: 'OCI_OIDC_AUDIENCE',
};
/** The audience Oracle's own token-exchange action asks GitHub for, and trusts expect by default. */
const DEFAULT_OIDC_AUDIENCE = 'https://cloud.oracle.com';
function keylessRequested(env) {
    return Boolean(env[KEYLESS_VARIABLES.domainUrl] || env[KEYLESS_VARIABLES.clientIdentifier]);
}
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** What is wrong with an identity domain URL, or undefined; plain http only on loopback (the emulator). */
function domainUrlProblem(value) {
    const expected = "expected the identity domain's URL, such as https://idcs-0123456789abcdef.identity.oraclecloud.com";
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return `${expected}, got "${value}"`;
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
        return `${expected} (https), got "${value}"`;
    if (url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash)
        return `${expected}, without a path (the token endpoint /oauth2/v1/token is added), got "${value}"`;
    return undefined;
}
/** `client_id:client_secret`, split; undefined when it is not of that form. The value itself never goes into a message. */
function splitClientIdentifier(value) {
    const colon = value.indexOf(':');
    if (colon <= 0 || colon === value.length - 1)
        return undefined;
    return { clientId: value.slice(0, colon), clientSecret: value.slice(colon + 1) };
}
const CLIENT_IDENTIFIER_FORM = "expected client_id:client_secret of the identity domain's confidential application";
/** The keyless settings from the environment, checked; errors name each setting as `names` says the user gave it. */
function keylessSettings(env, names = KEYLESS_VARIABLES) {
    const domainUrl = env[KEYLESS_VARIABLES.domainUrl]?.trim() ?? '';
    const identifier = env[KEYLESS_VARIABLES.clientIdentifier]?.trim() ?? '';
    if (!domainUrl || !identifier) {
        const missing = !domainUrl ? names.domainUrl : names.clientIdentifier;
        const given = !domainUrl ? names.clientIdentifier : names.domainUrl;
        throw new CredentialsError(`${missing}: required for keyless sign-in, as ${given} is set.`);
    }
    const problem = domainUrlProblem(domainUrl);
    if (problem)
        throw new CredentialsError(`${names.domainUrl}: ${problem}.`);
    const client = splitClientIdentifier(identifier);
    if (!client)
        throw new CredentialsError(`${names.clientIdentifier}: ${CLIENT_IDENTIFIER_FORM}.`);
    return {
        domainUrl: domainUrl.replace(/\/+$/, ''),
        ...client,
        audience: env[KEYLESS_VARIABLES.audience]?.trim() || DEFAULT_OIDC_AUDIENCE,
        idTokenRequest: idTokenRequest(env, names.domainUrl),
        names,
    };
}
/**
 * Signs with session tokens from the identity domain, renewed before they expire; each renewal
 * binds a new token to this process's key pair. The first exchange happens now, so that a
 * refusal fails the run before anything is created.
 */
async function keylessSigner(settings, onSecret) {
    // Made while GitHub is asked for the first ID token.
    const keys = makeSessionKeyPair(onSecret);
    keys.catch(() => undefined); // awaited by the exchange; a failure before then must not go unhandled
    const session = new RenewingSession(() => exchangeGitHubIdToken(settings, keys, onSecret));
    await session.current();
    return new SessionTokenRequestSigner(session);
}

;// CONCATENATED MODULE: ./src/oci/credentials.ts











/** The API-key variables Oracle's own GitHub Actions read. */
const API_KEY_VARIABLES = ['OCI_CLI_USER', 'OCI_CLI_TENANCY', 'OCI_CLI_FINGERPRINT', 'OCI_CLI_REGION'];
/** The variables only an API key uses: tenancy and region also say where a keyless sign-in goes. */
const API_KEY_ONLY_VARIABLES = ['OCI_CLI_USER', 'OCI_CLI_FINGERPRINT', 'OCI_CLI_KEY_CONTENT', 'OCI_CLI_KEY_FILE'];
/**
 * Credentials, first found wins: the OCI_CLI_* API-key variables; resource principal (inside OCI
 * Functions and job runs); keyless sign-in with the job's GitHub ID token (OCI_OIDC_DOMAIN_URL and
 * OCI_OIDC_CLIENT_IDENTIFIER); an OCI config file (OCI_CONFIG_FILE or ~/.oci/config), with an API
 * key or a session token.
 */
async function credentialsFromEnvironment(env = process.env, options = {}) {
    const keyless = keylessRequested(env);
    const apiKeyNamed = API_KEY_ONLY_VARIABLES.some((name) => env[name]) || (!keyless && API_KEY_VARIABLES.some((name) => env[name]));
    if (apiKeyNamed)
        return apiKeyCredentials(env, keyless);
    if (env.OCI_RESOURCE_PRINCIPAL_VERSION)
        return resourcePrincipalCredentials();
    if (keyless)
        return keylessCredentials(env, options);
    const configFile = env.OCI_CONFIG_FILE ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.oci', 'config');
    if ((0,external_node_fs_.existsSync)(configFile))
        return configFileCredentials(configFile, env.OCI_CLI_PROFILE ?? 'DEFAULT', env);
    throw new CredentialsError('No OCI credentials found. Set OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_REGION and ' +
        'OCI_CLI_KEY_CONTENT (or OCI_CLI_KEY_FILE), or point OCI_CONFIG_FILE at an OCI config file, ' +
        'or sign in keyless from a GitHub workflow with OCI_OIDC_DOMAIN_URL, OCI_OIDC_CLIENT_IDENTIFIER and OCI_CLI_REGION, ' +
        'or run inside OCI with a resource principal.');
}
function apiKeyCredentials(env, keylessToo) {
    const missing = API_KEY_VARIABLES.filter((name) => !env[name]);
    if (!env.OCI_CLI_KEY_CONTENT && !env.OCI_CLI_KEY_FILE)
        missing.push('OCI_CLI_KEY_CONTENT or OCI_CLI_KEY_FILE');
    if (missing.length > 0) {
        const keylessHint = keylessToo ? ` To sign in keyless with ${KEYLESS_VARIABLES.domainUrl} instead, unset ${API_KEY_ONLY_VARIABLES.filter((name) => env[name]).join(', ')}.` : '';
        throw new CredentialsError(`Incomplete OCI API key credentials: set ${missing.join(', ')}.${keylessHint}`);
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
/** Keyless: GitHub's ID token exchanged at the identity domain for session tokens, renewed as runs go on. */
async function keylessCredentials(env, options) {
    const settings = keylessSettings(env, { ...KEYLESS_VARIABLES, ...options.keylessNames });
    if (!env.OCI_CLI_REGION) {
        throw new CredentialsError(`OCI_CLI_REGION: required for keyless sign-in (${settings.names.domainUrl}): the region of the jobs, such as us-ashburn-1.`);
    }
    const onSecret = options.onSecret ?? (() => undefined);
    onSecret(settings.clientSecret);
    onSecret(Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64'));
    return { source: 'oidc-exchange', region: regionFromId(env.OCI_CLI_REGION), signer: await keylessSigner(settings, onSecret) };
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
    // The SDK would sign such a profile as an API key without a user, which OCI refuses with a bare 401.
    if (provider.sessionToken)
        return sessionTokenProfileCredentials(file, profile, provider, region);
    const signer = apiKeySigner(`the key_file of profile ${profile} in ${file}`, {
        keyId: await provider.getKeyId(),
        privateKey: provider.getPrivateKey(),
        passphrase: provider.getPassphrase(),
    });
    return { source: 'config-file', provider, region, signer };
}
/**
 * A profile written by `oci session authenticate` or Oracle's oci-token-exchange action:
 * `security_token_file` holds the session token, `key_file` the key it is bound to. The token
 * cannot be renewed from here, so one that has expired fails now, saying how to get another.
 */
function sessionTokenProfileCredentials(file, profile, provider, region) {
    const where = `OCI config file ${file}, profile ${profile}`;
    let token;
    try {
        token = parseSessionToken(provider.sessionToken ?? '', `the security_token_file of profile ${profile} in ${file}`);
    }
    catch (error) {
        if (error instanceof SessionTokenFormatError)
            throw new CredentialsError(`${error.message}.`);
        throw error;
    }
    const renew = `Renew it with \`oci session refresh --profile ${profile}\` while it is still valid, or \`oci session authenticate --profile-name ${profile}\`, ` +
        'or run again the step that wrote it; for runs that outlive a session token, sign in keyless (docs/keyless.md), which renews its token itself.';
    const expired = (when) => new CredentialsError(`${where}: its session token (security_token_file) expired ${describeExpiry(token.expiresAt)}${when}. ${renew}`);
    if (token.expiresAt.getTime() <= Date.now())
        throw expired('');
    const privateKey = parsePrivateKey(`the key_file of profile ${profile} in ${file}`, provider.getPrivateKey(), provider.getPassphrase());
    const signer = new SessionTokenRequestSigner({
        async current() {
            if (token.expiresAt.getTime() <= Date.now())
                throw expired(', while runs were being followed');
            return { token, privateKey };
        },
    });
    return { source: 'session-token', provider, region, signer };
}
function apiKeySigner(keyName, apiKey) {
    try {
        return new ApiKeyRequestSigner(apiKey);
    }
    catch (error) {
        throw unusableKey(keyName, error, apiKey.passphrase);
    }
}
function parsePrivateKey(keyName, pem, passphrase) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase: passphrase ?? undefined });
    }
    catch (error) {
        throw unusableKey(keyName, error, passphrase);
    }
}
function unusableKey(keyName, error, passphrase) {
    // Node's message names the problem (bad PEM, wrong or missing passphrase), never the key itself.
    const hint = passphrase ? '' : '; an encrypted key needs its passphrase (OCI_CLI_PASSPHRASE, or pass_phrase in a config file)';
    return new CredentialsError(`${keyName}: not a usable PEM private key (${error.message})${hint}.`);
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


/***/ }),

/***/ 9716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: () => (/* binding */ signJwt),
/* harmony export */   fz: () => (/* binding */ JwtFormatError),
/* harmony export */   iU: () => (/* binding */ decodeJwt),
/* harmony export */   iZ: () => (/* binding */ claimTime),
/* harmony export */   nk: () => (/* binding */ hasValidSignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

class JwtFormatError extends Error {
}
function decodePart(part, what) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw new JwtFormatError(`its ${what} is not base64url-encoded JSON`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new JwtFormatError(`its ${what} is not a JSON object`);
    return parsed;
}
/** The token's parts, unverified. Throws JwtFormatError (never quoting the token) when it is not a JWT. */
function decodeJwt(token) {
    const parts = token.trim().split('.');
    if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) {
        throw new JwtFormatError('it is not a JSON Web Token (three base64url parts separated by dots)');
    }
    const [header, payload, signature] = parts;
    return {
        header: decodePart(header, 'header'),
        payload: decodePart(payload, 'payload'),
        signedPart: `${header}.${payload}`,
        signature: Buffer.from(signature, 'base64url'),
    };
}
/** A compact RS256 JWT of `claims`, signed with `privateKey`. */
function signJwt(claims, privateKey, keyId) {
    const header = { alg: 'RS256', typ: 'JWT', ...(keyId ? { kid: keyId } : {}) };
    const signedPart = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return `${signedPart}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(signedPart), privateKey).toString('base64url')}`;
}
/** Whether `jwt` is RS256 and signed by `publicKey`. */
function hasValidSignature(jwt, publicKey) {
    return jwt.header.alg === 'RS256' && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', Buffer.from(jwt.signedPart), publicKey, jwt.signature);
}
/** A claim in seconds since the epoch, as a Date; undefined when absent or not a number. */
function claimTime(claims, name) {
    const value = claims[name];
    return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined;
}


/***/ }),

/***/ 13676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   jh: () => (/* binding */ retryTransient),
/* harmony export */   or: () => (/* binding */ fetchOrTransient)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

/** A failure worth trying again: a 5xx or 429 answer, or no answer at all. */
class TransientError extends Error {
    /** Thrown while signing, it lets the SDK retry the call (and with it the sign-in). */
    shouldBeRetried = true;
}
/**
 * Runs `operation` until it succeeds, throws something other than a TransientError, or has
 * been tried `attempts` times, waiting a jittered, doubling delay in between.
 */
async function retryTransient(operation, { attempts = 3, baseDelayMs = 500 } = {}) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (!(error instanceof TransientError) || attempt >= attempts)
                throw error;
            const ceiling = baseDelayMs * 2 ** (attempt - 1);
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ceiling / 2 + (Math.random() * ceiling) / 2);
        }
    }
}
/** fetch, with a network failure or timeout turned into a TransientError that says what was asked. */
async function fetchOrTransient(url, init, what, timeoutMs = 30_000) {
    try {
        return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (error) {
        const cause = error.cause;
        throw new TransientError(`${what}: no answer (${cause?.code ?? cause?.message ?? error.message})`);
    }
}


/***/ })

};
