export const id = 559;
export const ids = [559];
export const modules = {

/***/ 22559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_KEY_VARIABLES: () => (/* binding */ API_KEY_VARIABLES),
/* harmony export */   CredentialsError: () => (/* binding */ CredentialsError),
/* harmony export */   credentialsFromEnvironment: () => (/* binding */ credentialsFromEnvironment),
/* harmony export */   regionFromId: () => (/* binding */ regionFromId)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48473);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(oci_common__WEBPACK_IMPORTED_MODULE_3__);




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
    const configFile = env.OCI_CONFIG_FILE ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.oci', 'config');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(configFile))
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
    const provider = new oci_common__WEBPACK_IMPORTED_MODULE_3__.SimpleAuthenticationDetailsProvider(env.OCI_CLI_TENANCY, env.OCI_CLI_USER, env.OCI_CLI_FINGERPRINT, privateKey, env.OCI_CLI_PASSPHRASE ?? null, region);
    return { source: 'api-key', provider, region };
}
function readKeyFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new CredentialsError(`OCI_CLI_KEY_FILE: cannot read ${path} (${error.code}).`);
    }
}
async function resourcePrincipalCredentials() {
    const provider = await oci_common__WEBPACK_IMPORTED_MODULE_3__.ResourcePrincipalAuthenticationDetailsProvider.builder();
    return { source: 'resource-principal', provider, region: provider.getRegion() };
}
function configFileCredentials(file, profile, env) {
    let provider;
    try {
        provider = new oci_common__WEBPACK_IMPORTED_MODULE_3__.ConfigFileAuthenticationDetailsProvider(file, profile);
    }
    catch (error) {
        throw new CredentialsError(`OCI config file ${file}, profile ${profile}: ${error.message}`);
    }
    const region = env.OCI_CLI_REGION ? regionFromId(env.OCI_CLI_REGION) : provider.getRegion();
    if (!region)
        throw new CredentialsError(`OCI config file ${file}, profile ${profile}: no region; set region there or OCI_CLI_REGION.`);
    return { source: 'config-file', provider, region };
}
/** A region the SDK knows, or one registered on the fly (new regions, other realms, the emulator). */
function regionFromId(regionId) {
    try {
        const known = oci_common__WEBPACK_IMPORTED_MODULE_3__.Region.fromRegionId(regionId);
        if (known)
            return known;
    }
    catch {
        // Unknown to this SDK version: register it below.
    }
    return oci_common__WEBPACK_IMPORTED_MODULE_3__.Region.register(regionId, oci_common__WEBPACK_IMPORTED_MODULE_3__.Realm.OC1);
}


/***/ })

};
