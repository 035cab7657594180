export const id = 559;
export const ids = [559];
export const modules = {

/***/ 22559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_KEY_VARIABLES: () => (/* binding */ API_KEY_VARIABLES),
/* harmony export */   CredentialsError: () => (/* reexport safe */ _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__.l),
/* harmony export */   credentialsFromEnvironment: () => (/* binding */ credentialsFromEnvironment),
/* harmony export */   regionFromId: () => (/* binding */ regionFromId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48473);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(oci_common__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55628);
/* harmony import */ var _keyless_credentials_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25936);
/* harmony import */ var _request_signer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18087);
/* harmony import */ var _session_token_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92721);
/* harmony import */ var _session_token_signer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89100);











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
    const keyless = (0,_keyless_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .keylessRequested */ .R1)(env);
    const apiKeyNamed = API_KEY_ONLY_VARIABLES.some((name) => env[name]) || (!keyless && API_KEY_VARIABLES.some((name) => env[name]));
    if (apiKeyNamed)
        return apiKeyCredentials(env, keyless);
    if (env.OCI_RESOURCE_PRINCIPAL_VERSION)
        return resourcePrincipalCredentials();
    if (keyless)
        return keylessCredentials(env, options);
    const configFile = env.OCI_CONFIG_FILE ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.oci', 'config');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile))
        return configFileCredentials(configFile, env.OCI_CLI_PROFILE ?? 'DEFAULT', env);
    throw new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l('No OCI credentials found. Set OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_REGION and ' +
        'OCI_CLI_KEY_CONTENT (or OCI_CLI_KEY_FILE), or point OCI_CONFIG_FILE at an OCI config file, ' +
        'or sign in keyless from a GitHub workflow with OCI_OIDC_DOMAIN_URL, OCI_OIDC_CLIENT_IDENTIFIER and OCI_CLI_REGION, ' +
        'or run inside OCI with a resource principal.');
}
function apiKeyCredentials(env, keylessToo) {
    const missing = API_KEY_VARIABLES.filter((name) => !env[name]);
    if (!env.OCI_CLI_KEY_CONTENT && !env.OCI_CLI_KEY_FILE)
        missing.push('OCI_CLI_KEY_CONTENT or OCI_CLI_KEY_FILE');
    if (missing.length > 0) {
        const keylessHint = keylessToo ? ` To sign in keyless with ${_keyless_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .KEYLESS_VARIABLES */ .N$.domainUrl} instead, unset ${API_KEY_ONLY_VARIABLES.filter((name) => env[name]).join(', ')}.` : '';
        throw new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l(`Incomplete OCI API key credentials: set ${missing.join(', ')}.${keylessHint}`);
    }
    const privateKey = env.OCI_CLI_KEY_CONTENT ?? readKeyFile(env.OCI_CLI_KEY_FILE);
    const region = regionFromId(env.OCI_CLI_REGION);
    const provider = new oci_common__WEBPACK_IMPORTED_MODULE_4__.SimpleAuthenticationDetailsProvider(env.OCI_CLI_TENANCY, env.OCI_CLI_USER, env.OCI_CLI_FINGERPRINT, privateKey, env.OCI_CLI_PASSPHRASE ?? null, region);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l(`OCI_CLI_KEY_FILE: cannot read ${path} (${error.code}).`);
    }
}
/** Keyless: GitHub's ID token exchanged at the identity domain for session tokens, renewed as runs go on. */
async function keylessCredentials(env, options) {
    const settings = (0,_keyless_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .keylessSettings */ .op)(env, { ..._keyless_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .KEYLESS_VARIABLES */ .N$, ...options.keylessNames });
    if (!env.OCI_CLI_REGION) {
        throw new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l(`OCI_CLI_REGION: required for keyless sign-in (${settings.names.domainUrl}): the region of the jobs, such as us-ashburn-1.`);
    }
    const onSecret = options.onSecret ?? (() => undefined);
    onSecret(settings.clientSecret);
    onSecret(Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64'));
    return { source: 'oidc-exchange', region: regionFromId(env.OCI_CLI_REGION), signer: await (0,_keyless_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .keylessSigner */ .ln)(settings, onSecret) };
}
async function resourcePrincipalCredentials() {
    const provider = await oci_common__WEBPACK_IMPORTED_MODULE_4__.ResourcePrincipalAuthenticationDetailsProvider.builder();
    return { source: 'resource-principal', provider, region: provider.getRegion() };
}
async function configFileCredentials(file, profile, env) {
    let provider;
    try {
        provider = new oci_common__WEBPACK_IMPORTED_MODULE_4__.ConfigFileAuthenticationDetailsProvider(file, profile);
    }
    catch (error) {
        throw new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l(`OCI config file ${file}, profile ${profile}: ${error.message}`);
    }
    const region = env.OCI_CLI_REGION ? regionFromId(env.OCI_CLI_REGION) : provider.getRegion();
    if (!region)
        throw new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l(`OCI config file ${file}, profile ${profile}: no region; set region there or OCI_CLI_REGION.`);
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
        token = (0,_session_token_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSessionToken */ .BQ)(provider.sessionToken ?? '', `the security_token_file of profile ${profile} in ${file}`);
    }
    catch (error) {
        if (error instanceof _session_token_js__WEBPACK_IMPORTED_MODULE_7__/* .SessionTokenFormatError */ .xr)
            throw new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l(`${error.message}.`);
        throw error;
    }
    const renew = `Renew it with \`oci session refresh --profile ${profile}\` while it is still valid, or \`oci session authenticate --profile-name ${profile}\`, ` +
        'or run again the step that wrote it; for runs that outlive a session token, sign in keyless (docs/keyless.md), which renews its token itself.';
    const expired = (when) => new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l(`${where}: its session token (security_token_file) expired ${(0,_session_token_js__WEBPACK_IMPORTED_MODULE_7__/* .describeExpiry */ .Ts)(token.expiresAt)}${when}. ${renew}`);
    if (token.expiresAt.getTime() <= Date.now())
        throw expired('');
    const privateKey = parsePrivateKey(`the key_file of profile ${profile} in ${file}`, provider.getPrivateKey(), provider.getPassphrase());
    const signer = new _session_token_signer_js__WEBPACK_IMPORTED_MODULE_8__/* .SessionTokenRequestSigner */ .b({
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
        return new _request_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .ApiKeyRequestSigner */ .p(apiKey);
    }
    catch (error) {
        throw unusableKey(keyName, error, apiKey.passphrase);
    }
}
function parsePrivateKey(keyName, pem, passphrase) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase: passphrase ?? undefined });
    }
    catch (error) {
        throw unusableKey(keyName, error, passphrase);
    }
}
function unusableKey(keyName, error, passphrase) {
    // Node's message names the problem (bad PEM, wrong or missing passphrase), never the key itself.
    const hint = passphrase ? '' : '; an encrypted key needs its passphrase (OCI_CLI_PASSPHRASE, or pass_phrase in a config file)';
    return new _credentials_error_js__WEBPACK_IMPORTED_MODULE_9__/* .CredentialsError */ .l(`${keyName}: not a usable PEM private key (${error.message})${hint}.`);
}
/** A region the SDK knows, or one registered on the fly (new regions, other realms, the emulator). */
function regionFromId(regionId) {
    try {
        const known = oci_common__WEBPACK_IMPORTED_MODULE_4__.Region.fromRegionId(regionId);
        if (known)
            return known;
    }
    catch {
        // Unknown to this SDK version: register it below.
    }
    return oci_common__WEBPACK_IMPORTED_MODULE_4__.Region.register(regionId, oci_common__WEBPACK_IMPORTED_MODULE_4__.Realm.OC1);
}


/***/ })

};
