export const id = 277;
export const ids = [277,1];
export const modules = {

/***/ 33748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ createPar),
/* harmony export */   e: () => (/* binding */ parPrefix)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48473);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(oci_common__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var oci_objectstorage__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22284);
/* harmony import */ var oci_objectstorage__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(oci_objectstorage__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31726);
/* harmony import */ var _through_outages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90663);





/**
 * Lets the run upload its outputs over plain HTTPS, with no `oci` package in the job and no IAM
 * policy for job-run resource principals. Only writes, only under the prefix, only until it expires.
 *
 * CreatePreauthenticatedRequest takes no retry token, so the SDK's own retries could leave a spare
 * PAR for each lost answer. Instead each attempt is sent once, and after a failed one the PARs of
 * this name are looked for and deleted before the next: whatever the faults, one PAR stays.
 */
async function createPar(client, endpoint, spec, options = {}) {
    const policy = options.policy ?? _oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY_POLICY */ .cO;
    // As many attempts as the SDK would make in three rounds of its retries, as the other creates get.
    const attempts = policy.maxAttempts * 3;
    for (let attempt = 1;; attempt++) {
        try {
            const response = await client.createPreauthenticatedRequest({
                namespaceName: spec.namespace,
                bucketName: spec.bucket,
                createPreauthenticatedRequestDetails: {
                    name: spec.name,
                    accessType: oci_objectstorage__WEBPACK_IMPORTED_MODULE_2__.models.CreatePreauthenticatedRequestDetails.AccessType[spec.accessType],
                    ...(spec.objectName ? { objectName: spec.objectName } : {}),
                    timeExpires: spec.expires,
                },
                retryConfiguration: oci_common__WEBPACK_IMPORTED_MODULE_1__.NoRetryConfigurationDetails,
            });
            const par = response.preauthenticatedRequest;
            return { id: par.id, namespace: spec.namespace, bucket: spec.bucket, url: par.fullPath ?? `${endpoint}${par.accessUri}` };
        }
        catch (error) {
            if (!(0,_through_outages_js__WEBPACK_IMPORTED_MODULE_4__/* .isOutage */ .uD)(error) || attempt >= attempts)
                throw error;
            options.onUncertain?.();
            // Best effort: what this misses, the submission's cleanup finds by the same name.
            await deleteParsNamed(client, spec).catch(() => undefined);
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)((0,_oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .retryDelaySeconds */ .jN)(policy, Math.min(attempt - 1, policy.maxAttempts)) * 1000);
        }
    }
}
/** Deletes every PAR of the bucket, under the spec's object name, that carries the spec's name. */
async function deleteParsNamed(client, spec) {
    let page;
    do {
        const response = await client.listPreauthenticatedRequests({
            namespaceName: spec.namespace,
            bucketName: spec.bucket,
            ...(spec.objectName ? { objectNamePrefix: spec.objectName } : {}),
            page,
        });
        for (const par of response.items.filter((found) => found.name === spec.name)) {
            await client.deletePreauthenticatedRequest({ namespaceName: spec.namespace, bucketName: spec.bucket, parId: par.id }).catch((error) => {
                if (error.statusCode !== 404)
                    throw error;
            });
        }
        page = response.opcNextPage || undefined;
    } while (page);
}
/**
 * The object name prefix a run's PAR allows: the output prefix as a folder, so that `runs` does
 * not also open `runs-other/`. Variables ($JOB_RUN_OCID) are expanded in the run, so only what
 * comes before the first one is known before the run exists.
 */
function parPrefix(outputPrefix) {
    const variable = outputPrefix.indexOf('$');
    if (variable >= 0)
        return outputPrefix.slice(0, variable);
    return outputPrefix === '' || outputPrefix.endsWith('/') ? outputPrefix : `${outputPrefix}/`;
}


/***/ }),

/***/ 64642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ HANDOVER_OBJECT_MARK),
/* harmony export */   bK: () => (/* binding */ sealHandover),
/* harmony export */   sc: () => (/* binding */ handoverObjectName),
/* harmony export */   zV: () => (/* binding */ handoverKey)
/* harmony export */ });
/* unused harmony export unsealHandover */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A run's environment is fixed when the run is created (UpdateJobRun changes only its name and
 * tags), but a PAR scoped to `.../$JOB_RUN_OCID/` can only be made once the run's OCID is known.
 * So the run gets, at creation, a read-only PAR for one object and a key; once the run exists,
 * the engine makes the scoped write PAR and leaves its URL in that object, sealed with the key
 * (bucket readers see only ciphertext). The driver reads and unseals it before the notebook runs
 * (driver_handover.py does the same steps in Python).
 */
const VERSION = 'v1';
/** A fresh 256-bit key, hex: the run's environment holds it, a secret like the PAR it unseals. */
function handoverKey() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('hex');
}
/** What the names of handover objects start with, after the outputs' common prefix. */
const HANDOVER_OBJECT_MARK = '.oci-run-notebook-handover-';
/** The object a submission's PAR is handed over in: beside the outputs' common prefix, named for the submission. */
function handoverObjectName(parScope, submissionId) {
    return `${parScope}${HANDOVER_OBJECT_MARK}${submissionId}`;
}
/**
 * `v1.<base64url ciphertext>.<hex tag>`: the text XORed with an HMAC-SHA256 keystream, then
 * authenticated with HMAC-SHA256 (encrypt-then-MAC, keys derived from the one key).
 */
function sealHandover(text, keyHex) {
    const { encryption, authentication } = derivedKeys(keyHex);
    const plain = Buffer.from(text, 'utf8');
    const cipher = xor(plain, keystream(encryption, plain.length));
    const tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', authentication).update(cipher).digest('hex');
    return `${VERSION}.${cipher.toString('base64url')}.${tag}`;
}
/** The inverse, for tests and for symmetry with the driver; throws on a wrong key or a changed text. */
function unsealHandover(sealed, keyHex) {
    const [version, body, tag] = sealed.trim().split('.');
    if (version !== VERSION || body === undefined || tag === undefined)
        throw new Error('not a sealed handover');
    const { encryption, authentication } = derivedKeys(keyHex);
    const cipher = Buffer.from(body, 'base64url');
    const expected = createHmac('sha256', authentication).update(cipher).digest();
    const given = Buffer.from(tag, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new Error('the handover does not match its key');
    return xor(cipher, keystream(encryption, cipher.length)).toString('utf8');
}
function derivedKeys(keyHex) {
    const key = Buffer.from(keyHex, 'hex');
    return {
        encryption: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update('oci-run-notebook handover encryption').digest(),
        authentication: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update('oci-run-notebook handover authentication').digest(),
    };
}
/** Blocks of HMAC-SHA256(key, counter as 4 big-endian bytes), counter from 0. */
function keystream(key, length) {
    const blocks = [];
    for (let counter = 0; blocks.length * 32 < length; counter++) {
        const index = Buffer.alloc(4);
        index.writeUInt32BE(counter);
        blocks.push((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(index).digest());
    }
    return Buffer.concat(blocks).subarray(0, length);
}
function xor(data, stream) {
    return Buffer.from(data.map((byte, i) => byte ^ stream[i]));
}


/***/ }),

/***/ 53001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MemoryLedger: () => (/* binding */ MemoryLedger),
/* harmony export */   PAR_NAME_PREFIX: () => (/* binding */ PAR_NAME_PREFIX),
/* harmony export */   SUBMISSION_TAG_KEY: () => (/* binding */ SUBMISSION_TAG_KEY),
/* harmony export */   isParOf: () => (/* binding */ isParOf),
/* harmony export */   parName: () => (/* binding */ parName)
/* harmony export */ });
/** Every PAR the engine makes is named after its submission, so that one whose answer was lost can still be found. */
const PAR_NAME_PREFIX = 'oci-run-notebook-';
function parName(submissionId, purpose) {
    return `${PAR_NAME_PREFIX}${submissionId}-${purpose}`;
}
function isParOf(submissionId, name) {
    return name?.startsWith(`${PAR_NAME_PREFIX}${submissionId}-`) ?? false;
}
/** The job's freeform tag naming its submission: a job whose CreateJob answer was lost is found by it. */
const SUBMISSION_TAG_KEY = 'oci-run-notebook-submission';
/** A ledger in memory, telling `onChange` the whole list after every change (the action saves it as step state). */
class MemoryLedger {
    onChange;
    entries = new Map();
    constructor(onChange = () => undefined) {
        this.onChange = onChange;
    }
    save(submission) {
        this.entries.set(submission.id, structuredClone(submission));
        this.onChange(this.list());
    }
    forget(id) {
        if (this.entries.delete(id))
            this.onChange(this.list());
    }
    /** Forgets the submission that made this run: a run submitted without waiting is left to go on. */
    forgetRun(runId) {
        const found = this.list().find((submission) => submission.runId === runId);
        if (found)
            this.forget(found.id);
    }
    list() {
        return [...this.entries.values()].map((submission) => structuredClone(submission));
    }
}


/***/ }),

/***/ 90663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ throughOutages),
/* harmony export */   T: () => (/* binding */ inRounds),
/* harmony export */   uD: () => (/* binding */ isOutage)
/* harmony export */ });
/* harmony import */ var _oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31726);
/* harmony import */ var _oci_transient_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13676);


/**
 * Calls `call` until it answers, treating throttling, server faults and lost connections as an
 * outage to sit out (the SDK has already retried each round 8 times), up to `giveUpAt`. Any
 * other error (404, 401, a bad request) is thrown at once: waiting would not change it.
 */
async function throughOutages(call, patience) {
    const { clock } = patience;
    let downSince;
    for (;;) {
        try {
            const answer = await call();
            if (downSince !== undefined)
                patience.onRecovery?.(clock.now() - downSince);
            return answer;
        }
        catch (error) {
            const giveUpAt = patience.giveUpAt();
            if (!isOutage(error) || clock.now() >= giveUpAt || patience.signal?.aborted)
                throw error;
            if (downSince === undefined) {
                downSince = clock.now();
                patience.onOutage?.(error, giveUpAt);
            }
            try {
                await clock.sleep(Math.min(patience.pauseMs, giveUpAt - clock.now()), patience.signal);
            }
            catch {
                throw error;
            }
        }
    }
}
/** The same for calls that must go through but have no deadline of their own: `rounds` rounds of the SDK's retries. */
async function inRounds(call, rounds, clock, pauseMs) {
    for (let round = 1;; round++) {
        try {
            return await call();
        }
        catch (error) {
            if (round >= rounds || !isOutage(error))
                throw error;
            await clock.sleep(pauseMs);
        }
    }
}
/**
 * Throttling, a server fault, or no answer at all: the SDK's error for a request that got none is a
 * plain object naming the request, not an Error. A bug of ours (a TypeError) is none of these.
 */
function isOutage(error) {
    const failure = error;
    if (typeof failure?.statusCode === 'number' && failure.statusCode > 0)
        return (0,_oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3)(failure);
    if (error instanceof _oci_transient_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_)
        return true;
    return !(error instanceof Error) && typeof failure?.requestEndpoint === 'string';
}


/***/ }),

/***/ 1277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanUpPars: () => (/* binding */ cleanUpPars)
});

// EXTERNAL MODULE: ./src/backends/oci/output-par.ts
var output_par = __webpack_require__(33748);
// EXTERNAL MODULE: ./src/backends/oci/par-handover.ts
var par_handover = __webpack_require__(64642);
// EXTERNAL MODULE: ./src/backends/oci/submission-ledger.ts
var submission_ledger = __webpack_require__(53001);
;// CONCATENATED MODULE: ./src/backends/oci/par-cleanup.ts



/**
 * The tool's PARs (named `oci-run-notebook-...`) under the output prefix that have expired, or
 * were made before `createdBefore`: PARs of runs that ended while nobody was there to delete them.
 * Any other PAR of the bucket is never returned.
 */
async function findToolPars(clients, output, createdBefore, now = Date.now()) {
    await clients.use('objectStorage');
    const scope = (0,output_par/* parPrefix */.e)(output.prefix);
    const found = [];
    let page;
    do {
        const response = await clients.objectStorage.listPreauthenticatedRequests({
            namespaceName: output.namespace,
            bucketName: output.bucket,
            ...(scope ? { objectNamePrefix: scope } : {}),
            page,
        });
        for (const par of response.items) {
            if (!par.name.startsWith(submission_ledger.PAR_NAME_PREFIX))
                continue;
            const expired = new Date(par.timeExpires).getTime() <= now;
            if (!expired && new Date(par.timeCreated).getTime() >= createdBefore)
                continue;
            found.push({
                id: par.id,
                name: par.name,
                ...(par.objectName ? { objectName: par.objectName } : {}),
                timeCreated: new Date(par.timeCreated).toISOString(),
                timeExpires: new Date(par.timeExpires).toISOString(),
                expired,
            });
        }
        page = response.opcNextPage || undefined;
    } while (page);
    return found;
}
async function deleteToolPar(clients, output, parId) {
    try {
        await clients.objectStorage.deletePreauthenticatedRequest({ namespaceName: output.namespace, bucketName: output.bucket, parId });
    }
    catch (error) {
        if (error.statusCode !== 404)
            throw error;
    }
}
/** Objects PARs were handed over in (`<prefix>.oci-run-notebook-handover-<submission>`) made before `createdBefore`. */
async function findHandoverObjects(clients, output, createdBefore) {
    await clients.use('objectStorage');
    const prefix = `${(0,output_par/* parPrefix */.e)(output.prefix)}${par_handover/* HANDOVER_OBJECT_MARK */.AV}`;
    const found = [];
    let start;
    do {
        const { listObjects } = await clients.objectStorage.listObjects({ namespaceName: output.namespace, bucketName: output.bucket, prefix, fields: 'timeCreated', start });
        for (const object of listObjects.objects) {
            if (object.timeCreated && new Date(object.timeCreated).getTime() < createdBefore)
                found.push(object.name);
        }
        start = listObjects.nextStartWith || undefined;
    } while (start);
    return found;
}
async function deleteHandoverObject(clients, output, objectName) {
    try {
        await clients.objectStorage.deleteObject({ namespaceName: output.namespace, bucketName: output.bucket, objectName });
    }
    catch (error) {
        if (error.statusCode !== 404)
            throw error;
    }
}

// EXTERNAL MODULE: ./src/engine/describe-error.ts
var describe_error = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/oci/object-storage-uri.ts
var object_storage_uri = __webpack_require__(82277);
;// CONCATENATED MODULE: ./src/cli/cleanup-pars.ts



/** `cleanup --output-uri`: the tool's PARs there that expired or are older than the age, and old handover objects. Returns how many could not be deleted. */
async function cleanUpPars(clients, io, output, createdBefore, dryRun) {
    const verb = dryRun ? 'would delete' : 'deleted';
    let failed = 0;
    const pars = await findToolPars(clients, output, createdBefore);
    for (const par of pars) {
        const about = `PAR ${par.name} (${par.id}) for ${par.objectName ?? 'the whole bucket'}, ${par.expired ? `expired ${par.timeExpires}` : `created ${par.timeCreated}`}`;
        try {
            if (!dryRun)
                await deleteToolPar(clients, output, par.id);
            io.stdout.write(`${verb} ${about}\n`);
        }
        catch (error) {
            failed += 1;
            io.stderr.write(`oci-run-notebook: could not delete ${about}: ${(0,describe_error/* describeError */.U)(error)}\n`);
        }
    }
    const objects = await findHandoverObjects(clients, output, createdBefore);
    for (const objectName of objects) {
        try {
            if (!dryRun)
                await deleteHandoverObject(clients, output, objectName);
            io.stdout.write(`${verb} handover object ${objectName}\n`);
        }
        catch (error) {
            failed += 1;
            io.stderr.write(`oci-run-notebook: could not delete handover object ${objectName}: ${(0,describe_error/* describeError */.U)(error)}\n`);
        }
    }
    const where = (0,object_storage_uri/* formatObjectStorageUri */.uu)(output);
    io.stdout.write(`${dryRun ? 'dry run: ' : ''}${pars.length + objects.length - failed} PAR(s) and handover object(s) ${verb} under ${where}${failed ? `; ${failed} could not be` : ''}\n`);
    return failed;
}


/***/ })

};
