export const id = 990;
export const ids = [990,1];
export const modules = {

/***/ 1990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanUpSubmission: () => (/* binding */ cleanUpSubmission)
/* harmony export */ });
/* unused harmony export deleteJobWithRuns */
/* harmony import */ var _engine_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43124);
/* harmony import */ var _engine_describe_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2566);
/* harmony import */ var _oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31726);
/* harmony import */ var _submission_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53001);
/* harmony import */ var _through_outages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90663);





/**
 * Removes what a submission made that nothing will use any more: its PARs (those it knows, and
 * those found by their name), the object a PAR was handed over in, and, when its run never came to
 * be known, its job with any run it has. A known run is left alone: cancelling it is the caller's
 * call. Every step is tried whatever the others did; 404s count as done.
 */
async function cleanUpSubmission(clients, submission, options = {}) {
    const done = { removed: [], problems: [] };
    const persist = (call) => (0,_through_outages_js__WEBPACK_IMPORTED_MODULE_2__/* .inRounds */ .T)(call, options.rounds ?? 3, _engine_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .SYSTEM_CLOCK */ .V, options.pauseMs ?? 1000);
    const attempt = async (what, work) => {
        try {
            if (await work())
                done.removed.push(what);
        }
        catch (error) {
            done.problems.push(`${what}: ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .U)(error)}`);
        }
    };
    const retryConfiguration = (0,_oci_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .sdkRetryConfigurationWithoutConflicts */ .uu)(clients.retryPolicy);
    const output = submission.output;
    if (output) {
        await clients.use('objectStorage');
        const where = { namespaceName: output.namespace, bucketName: output.bucket };
        const parIds = new Set(submission.parIds);
        if (options.thorough || submission.parsUncertain) {
            await attempt('listing its PARs by name', async () => {
                for (const id of await parsNamedFor(clients, submission, persist))
                    parIds.add(id);
                return false;
            });
        }
        for (const parId of parIds) {
            await attempt(`PAR ${parId}`, () => gone(persist(() => clients.objectStorage.deletePreauthenticatedRequest({ ...where, parId, retryConfiguration }))));
        }
        if (output.handoverObject) {
            const objectName = output.handoverObject;
            await attempt(`object ${objectName}`, () => gone(persist(() => clients.objectStorage.deleteObject({ ...where, objectName, retryConfiguration }))));
        }
    }
    if (!submission.runId) {
        await clients.use('dataScience');
        const jobIds = submission.jobId ? [submission.jobId] : [];
        if (!submission.jobId)
            await attempt('looking for its job by its tag', async () => (jobIds.push(...(await jobsTaggedWith(clients, submission, persist))), false));
        for (const jobId of jobIds)
            await attempt(`job ${jobId}`, () => deleteJobWithRuns(clients, jobId, persist, retryConfiguration));
    }
    return done;
}
/** PARs of the bucket under the submission's scope whose name is the submission's. */
async function parsNamedFor(clients, submission, persist) {
    const output = submission.output;
    const ids = [];
    let page;
    do {
        const response = await persist(() => clients.objectStorage.listPreauthenticatedRequests({
            namespaceName: output.namespace,
            bucketName: output.bucket,
            ...(output.parScope ? { objectNamePrefix: output.parScope } : {}),
            page,
        }));
        ids.push(...response.items.filter((par) => (0,_submission_ledger_js__WEBPACK_IMPORTED_MODULE_4__.isParOf)(submission.id, par.name)).map((par) => par.id));
        page = response.opcNextPage || undefined;
    } while (page);
    return ids;
}
/** Jobs carrying the submission's tag, newest first, no older than the submission (less a minute of clock skew). */
async function jobsTaggedWith(clients, submission, persist) {
    const since = Date.parse(submission.time) - 60_000;
    const ids = [];
    let page;
    do {
        const response = await persist(() => clients.dataScience.listJobs({ compartmentId: submission.compartmentId, projectId: submission.projectId, sortBy: 'timeCreated', sortOrder: 'DESC', limit: 100, page }));
        for (const job of response.items) {
            if (new Date(job.timeCreated).getTime() < since)
                return ids;
            if (job.freeformTags?.[_submission_ledger_js__WEBPACK_IMPORTED_MODULE_4__.SUBMISSION_TAG_KEY] === submission.id && job.lifecycleState !== 'DELETED' && job.lifecycleState !== 'DELETING')
                ids.push(job.id);
        }
        page = response.opcNextPage || undefined;
    } while (page);
    return ids;
}
/** Deletes a job with its runs (live ones are cancelled first); already gone or going counts as done. */
async function deleteJobWithRuns(clients, jobId, persist, retryConfiguration) {
    try {
        await persist(() => clients.dataScience.deleteJob({ jobId, deleteRelatedJobRuns: true, retryConfiguration }));
        return true;
    }
    catch (error) {
        const status = error.statusCode;
        if (status === 404)
            return false;
        if (status === 409) {
            const { job } = await persist(() => clients.dataScience.getJob({ jobId }));
            if (job.lifecycleState === 'DELETING' || job.lifecycleState === 'DELETED')
                return false;
        }
        throw error;
    }
}
/** True when the delete went through, false when there was nothing to delete (404). */
async function gone(deletion) {
    try {
        await deletion;
        return true;
    }
    catch (error) {
        if (error.statusCode === 404)
            return false;
        throw error;
    }
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

/***/ 43124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ SYSTEM_CLOCK)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

const SYSTEM_CLOCK = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, signal ? { signal } : undefined),
};


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
