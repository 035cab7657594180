#!/usr/bin/env -S node --
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A command line the CLI cannot act on; exits with status 2. */
class UsageError extends Error {
}


/***/ }),

/***/ 2566:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError)
/* harmony export */ });
/**
 * One line for an error, whatever threw it. OCI service errors carry the service's code: say it,
 * so users can look it up. The SDK throws a plain object, not an Error, when a request never got
 * an answer (refused, reset, timed out): say what failed and which call it was.
 */
function describeError(error) {
    const oci = error;
    if (oci?.serviceCode && oci.statusCode)
        return `${oci.statusCode} ${oci.serviceCode}: ${String(oci.message ?? '')}`.trim();
    if (error instanceof Error)
        return error.message;
    if (typeof oci?.message === 'string')
        return typeof oci.requestEndpoint === 'string' ? `${oci.message} (${oci.requestEndpoint})` : oci.message;
    return String(error);
}


/***/ }),

/***/ 38741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * A value a front door could not read, named as its user wrote it (`--env`, `env`, `noteBook`).
 * Front doors share these parsers so the same input means the same thing everywhere.
 */
class InputError extends Error {
    input;
    problem;
    constructor(input, problem) {
        super(`${input}: ${problem}`);
        this.input = input;
        this.problem = problem;
    }
}


/***/ }),

/***/ 55427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   Rw: () => (/* binding */ redactReference),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets)
/* harmony export */ });
/* unused harmony exports MASK, SECRET_VARIABLES */
/** What every redacted value becomes, in references, messages, answers and logs. */
const MASK = '***';
/** Query parameters that carry a secret: SAS and signed-URL signatures, tokens, keys. */
const SECRET_PARAMETERS = [
    'sig',
    'signature',
    'x-goog-signature',
    'x-amz-signature',
    'x-amz-security-token',
    'token',
    'access_token',
    'api_key',
    'apikey',
    'key',
    'code',
    'password',
    'secret',
];
const SECRET_PARAMETER = new RegExp(`^(?:${SECRET_PARAMETERS.join('|')})$`, 'i');
const SECRET_PARAMETER_IN_TEXT = new RegExp(`([?&](?:${SECRET_PARAMETERS.join('|')})=)[^&\\s"'<>#]+`, 'gi');
/** An OCI pre-authenticated request carries its token in the path: `/p/<token>/n/<namespace>/b/...`. */
const PAR_TOKEN = /\/p\/[^/\s"'?#]+\/(?=n\/)/g;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g;
/**
 * Environment variables whose values are credentials, for every front door: the sources scrub
 * them from messages, the action registers them with the runner, the function redacts its answers.
 */
const SECRET_VARIABLES = [
    'OCI_CLI_KEY_CONTENT',
    'OCI_CLI_PASSPHRASE',
    'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM',
    'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE',
    'OCI_RESOURCE_PRINCIPAL_RPST',
    'OCI_OIDC_CLIENT_IDENTIFIER',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'GOOGLE_OAUTH_ACCESS_TOKEN',
    'AZURE_STORAGE_KEY',
    'AZURE_STORAGE_SAS_TOKEN',
    'AZURE_STORAGE_CONNECTION_STRING',
    'GITHUB_TOKEN',
    'GH_TOKEN',
];
/** The query with secret parameters' values masked; every other byte as written. */
function maskQuery(query) {
    return query
        .split('&')
        .map((part) => {
        const equals = part.indexOf('=');
        if (equals < 0)
            return part;
        const name = part.slice(0, equals);
        let decoded = name;
        try {
            decoded = decodeURIComponent(name.replaceAll('+', ' '));
        }
        catch {
            // A malformed name is compared as written.
        }
        return SECRET_PARAMETER.test(decoded) ? `${name}=${MASK}` : part;
    })
        .join('&');
}
/**
 * The reference fit to show: an http(s) URL loses its user name and password, its
 * pre-authenticated request token and its secret query values; the rest stays as written.
 * Other references are returned as written.
 */
function redactReference(reference) {
    if (!/^https?:\/\//i.test(reference))
        return reference;
    if (!URL.canParse(reference))
        return reference.replace(/[?#].*$/s, '').replace(PAR_TOKEN, `/p/${MASK}/`);
    const parts = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(?:\?([^#]*))?(#.*)?$/is.exec(reference);
    if (!parts)
        return reference.replace(/[?#].*$/s, '').replace(PAR_TOKEN, `/p/${MASK}/`);
    const [, scheme, authority = '', path = '', query, fragment = ''] = parts;
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    return `${scheme}${host}${path.replace(PAR_TOKEN, `/p/${MASK}/`)}${query === undefined ? '' : `?${maskQuery(query)}`}${fragment}`;
}
/** The secret parts of an Azure connection string: its account key and its SAS, not its account name or endpoints. */
function connectionStringSecrets(connection) {
    return connection
        .split(';')
        .map((part) => /^\s*(AccountKey|SharedAccessSignature)\s*=(.*)$/is.exec(part)?.[2]?.trim())
        .filter((value) => Boolean(value));
}
/** Every credential value the environment (and the context's GitHub token) could put on the wire. */
function secretsOf(context) {
    const values = [context.githubToken, ...SECRET_VARIABLES.map((name) => context.env[name])];
    // client_id:client_secret: the secret alone is one too.
    values.push(context.env.OCI_OIDC_CLIENT_IDENTIFIER?.split(':').slice(1).join(':'));
    const connection = context.env.AZURE_STORAGE_CONNECTION_STRING;
    const sasTokens = [context.env.AZURE_STORAGE_SAS_TOKEN];
    if (connection) {
        for (const value of connectionStringSecrets(connection)) {
            values.push(value);
            if (value.includes('sig='))
                sasTokens.push(value);
        }
    }
    for (const sas of sasTokens) {
        if (sas)
            values.push(new URLSearchParams(sas.replace(/^\?/, '')).get('sig') ?? undefined);
    }
    return values.filter((value) => typeof value === 'string' && value.length >= 6);
}
/**
 * `text` with every known secret (and its URL-encoded form) masked, and anything shaped like a
 * credential too: pre-authenticated request tokens, secret query values, Bearer and SharedKey
 * authorizations, private keys.
 */
function scrubSecrets(text, secrets = []) {
    let scrubbed = text;
    // Longest first, so a secret inside another (a SAS's sig) does not leave the rest of the longer one.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        for (const form of new Set([secret, encodeURIComponent(secret), secret.trim()])) {
            if (form.length >= 6)
                scrubbed = scrubbed.split(form).join(MASK);
        }
    }
    return scrubbed
        .replace(PRIVATE_KEY, MASK)
        .replace(PAR_TOKEN, `/p/${MASK}/`)
        .replace(SECRET_PARAMETER_IN_TEXT, `$1${MASK}`)
        .replace(/\b(Bearer|SharedKey)\s+[^\s"',]+/g, `$1 ${MASK}`);
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 38321:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/oci/sdk-warnings.ts
/**
 * What oci-common prints with `console.warn` each time an attempt fails: before each retry
 * ("Request failed with Exception : ...\nRetrying request -> ..."), a line per attempt that
 * says nothing once the retry succeeds, and when a call fails for good, just before it throws
 * the error that we report ourselves (with the notebook it concerns).
 */
const SDK_FAILURE_WARNING = /^(Request cannot be retried\. Not Retrying\.|All retry attempts have exhausted\.|Request failed with Exception : [\s\S]*\nRetrying request -> )/;
/**
 * Sends the SDK's failure and retry warnings to `sink` instead of the console, so a failed call
 * is told once and in our words, and a retried one not at all; every other warning still
 * reaches the console.
 */
function routeSdkFailureWarnings(sink) {
    const warn = console.warn.bind(console);
    console.warn = (...args) => {
        if (typeof args[0] === 'string' && SDK_FAILURE_WARNING.test(args[0]))
            sink(args[0]);
        else
            warn(...args);
    };
}
/**
 * oci-common loads node-fetch, whose URL library requires node's own `punycode` module, which
 * Node 21 and later deprecate (DEP0040) with a warning at every start: noise in every step log
 * about code no user of ours can change. Only that deprecation is dropped.
 */
function ignoreSdkPunycodeDeprecation() {
    const emitWarning = process.emitWarning.bind(process);
    process.emitWarning = ((warning, ...rest) => {
        const [typeOrOptions, code] = rest;
        const warningCode = typeof typeOrOptions === 'object' && typeOrOptions !== null ? typeOrOptions.code : code;
        if (warningCode === 'DEP0040')
            return;
        emitWarning(warning, ...rest);
    });
}

;// CONCATENATED MODULE: ./src/oci/quiet-sdk-deprecations.ts
// Imported first by each entry point: ES modules run in import order, so this runs before any
// module that loads the SDK.

ignoreSdkPunycodeDeprecation();

// EXTERNAL MODULE: ./src/engine/describe-error.ts
var describe_error = __nccwpck_require__(2566);
// EXTERNAL MODULE: ./src/engine/input-error.ts
var input_error = __nccwpck_require__(38741);
// EXTERNAL MODULE: ./src/sources/redaction.ts
var redaction = __nccwpck_require__(55427);
;// CONCATENATED MODULE: ./src/cli/redacted-output.ts

/**
 * The CLI's output with every secret masked, as the action's runner masks it: the credentials
 * in the environment, every secret a backend makes (an output PAR's URL and token, through
 * `onSecret`), and anything shaped like a credential (PAR paths, signatures, private keys). A
 * run's log lines are the notebook's own output, which may print any of these.
 */
function redactedOutput(io) {
    const secrets = (0,redaction/* secretsOf */.Fj)({ env: io.env });
    const scrub = (text) => (0,redaction/* scrubSecrets */.Zg)(text, secrets);
    return {
        ...io,
        stdout: { write: (text) => io.stdout.write(scrub(text)) },
        stderr: { write: (text) => io.stderr.write(scrub(text)) },
        onSecret(value) {
            if (value.length >= 6 && !secrets.includes(value))
                secrets.push(value);
            io.onSecret?.(value);
        },
    };
}

// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __nccwpck_require__(14226);
;// CONCATENATED MODULE: ./src/cli/main.ts




const USAGE = `Usage: oci-run-notebook <command> [flags]

Commands:
  run NOTEBOOK...    run notebooks as OCI Data Science job runs and follow them
  cleanup            delete the jobs it created (older than a given age), their runs and logs
  emulator           serve a local emulator of the OCI APIs used, for offline runs and tests

Run \`oci-run-notebook <command> --help\` for a command's flags.`;
/** The CLI as a function: argv in, exit status out (0 ok, 1 a run failed, 2 bad usage). */
async function main(argv, rawIo, backendOptions) {
    const [command, ...rest] = argv;
    // Everything written goes through the redaction: log lines are notebooks' output, which may print a secret.
    const io = redactedOutput(rawIo);
    try {
        switch (command) {
            case 'run':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(2)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13002))).runCommand(rest, io, backendOptions);
            case 'emulator':
                return await (await __nccwpck_require__.e(/* import() */ 495).then(__nccwpck_require__.bind(__nccwpck_require__, 42495))).emulatorCommand(rest, io);
            case 'cleanup':
                return await (await __nccwpck_require__.e(/* import() */ 654).then(__nccwpck_require__.bind(__nccwpck_require__, 78654))).cleanupCommand(rest, io);
            case '-h':
            case '--help':
            case 'help':
                io.stdout.write(`${USAGE}\n`);
                return 0;
            default:
                throw new usage_error/* UsageError */.e(command ? `unknown command "${command}".` : 'no command given.');
        }
    }
    catch (error) {
        if (error instanceof usage_error/* UsageError */.e || error instanceof input_error/* InputError */.d) {
            io.stderr.write(`oci-run-notebook: ${error.message}\n${['run', 'emulator', 'cleanup'].includes(command) ? '' : `\n${USAGE}\n`}`);
            return 2;
        }
        io.stderr.write(`oci-run-notebook: ${(0,describe_error/* describeError */.U)(error)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// `node --` ends node's own options: Node 20 would otherwise take our `--env-file FILE` for its own.



// A failed call is reported once, in the run's summary line; the SDK's own warning would repeat it.
routeSdkFailureWarnings(() => undefined);
// First Ctrl-C or SIGTERM stops gracefully (`run` cancels the runs in flight and waits for them to end);
// a second one stops `run` at once (runs cancelled without waiting, their PARs removed, results
// printed); a third, or a second for other commands, exits there and then.
const argv = process.argv.slice(2);
const running = argv[0] === 'run';
const controller = new AbortController();
const stopNow = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        if (!controller.signal.aborted) {
            process.stderr.write(`\n${signal}: stopping; ${running ? 'runs in flight are cancelled first' : 'shutting down'} (again to ${running ? 'stop at once' : 'exit at once'})\n`);
            controller.abort();
        }
        else if (running && !stopNow.signal.aborted) {
            process.stderr.write(`\n${signal}: stopping at once: runs are cancelled without waiting and what they made is removed (again to exit now)\n`);
            stopNow.abort();
        }
        else {
            process.exit(130);
        }
    });
}
void main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: controller.signal,
    stopNow: stopNow.signal,
}).then((status) => {
    // Stopped at once: followers may still be waiting on their runs; nothing of theirs is wanted now.
    if (stopNow.signal.aborted)
        process.exit(status);
    process.exitCode = status;
});

