export const id = 87;
export const ids = [87];
export const modules = {

/***/ 66309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ artifactLayout)
/* harmony export */ });
/* unused harmony export CODE_FOLDER */
/* harmony import */ var _notebook_notebook_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29986);

/** The artifact's folder for the user's files, as ADS's NotebookRuntime names it. */
const CODE_FOLDER = 'code';
function artifactLayout(notebookReference, context) {
    if (!context)
        return { notebookPath: `${CODE_FOLDER}/${(0,_notebook_notebook_name_js__WEBPACK_IMPORTED_MODULE_0__/* .notebookFileName */ .h)(notebookReference)}`, files: [] };
    const root = context.rootName ? `${CODE_FOLDER}/${context.rootName}` : CODE_FOLDER;
    return {
        notebookPath: `${root}/${context.notebookPath}`,
        contextRoot: root,
        ...(context.requirements ? { requirementsPath: `${root}/${context.requirements}` } : {}),
        files: context.files.map((file) => ({ path: `${root}/${file.path}`, file })),
    };
}


/***/ }),

/***/ 35232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yH: () => (/* binding */ DRIVER_ENTRYPOINT),
/* harmony export */   yp: () => (/* binding */ driverFiles)
/* harmony export */ });
/* unused harmony export driverDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/** The Python file OCI runs as `JOB_RUN_ENTRYPOINT`, as in ADS's notebook jobs. */
const DRIVER_ENTRYPOINT = 'driver_notebook.py';
/**
 * The driver's folder: beside this module in the sources, and copied beside each bundle in
 * `dist/` by the build, so one relative path serves both.
 */
function driverDirectory() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), 'driver');
}
let cached;
/** Every driver file by name; read once, as every artifact carries the same driver. */
function driverFiles() {
    if (!cached) {
        const folder = driverDirectory();
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder).filter((name) => name.endsWith('.py'));
        if (!names.includes(DRIVER_ENTRYPOINT))
            throw new Error(`The notebook driver is missing: ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, DRIVER_ENTRYPOINT)}`);
        cached = new Map(names.map((name) => [name, new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, name)))]));
    }
    return cached;
}


/***/ }),

/***/ 78205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pv: () => (/* binding */ OUTPUT_PAR_KEY_VARIABLE),
/* harmony export */   RL: () => (/* binding */ RESERVED_VARIABLES),
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

/***/ 83499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ describeDriverExit),
/* harmony export */   Pg: () => (/* binding */ runFailureMessage),
/* harmony export */   Qd: () => (/* binding */ parseDriverError),
/* harmony export */   eZ: () => (/* binding */ parseCellFailure),
/* harmony export */   r$: () => (/* binding */ isDriverFinished)
/* harmony export */ });
/** Lines the notebook driver prints for machines (see docs/driver.md). */
const CELL_FAILED = /^oci-run-notebook: cell (\d+) failed: (.*)$/;
const FINISHED = /^oci-run-notebook: notebook (succeeded|failed|not run)/;
function parseCellFailure(line) {
    const match = CELL_FAILED.exec(line.trim());
    return match ? { cell: Number(match[1]), message: match[2] } : undefined;
}
/** The driver's last line: once seen, no more log lines will come for the run. */
function isDriverFinished(line) {
    return FINISHED.test(line.trim());
}
const DRIVER_ERROR = /^oci-run-notebook: error: (.*)$/;
/** The message of an `oci-run-notebook: error: ...` line: bad setup, or outputs not saved. */
function parseDriverError(line) {
    return DRIVER_ERROR.exec(line.trim())?.[1];
}
/** What the driver's exit code means, as docs/driver.md lists them. */
const DRIVER_EXIT_MEANINGS = { 1: 'a cell failed', 2: 'bad setup', 3: 'outputs not saved' };
/** A driver process's end in words, for `lifecycleDetails`: its signal, or its exit code and what that means. */
function describeDriverExit(code, signal) {
    if (signal)
        return `the notebook driver was ended by ${signal}`;
    const meaning = code === null ? undefined : DRIVER_EXIT_MEANINGS[code];
    return `the notebook driver exited with code ${code}${meaning ? ` (${meaning})` : ''}`;
}
/** A failed or cancelled run's `error`: the stop, else the failing cell, else the driver's error, else the state and its details. */
function runFailureMessage(failure) {
    const detail = failure.stopDetail ? `: ${failure.stopDetail}` : '';
    if (failure.stopReason === 'timed out')
        return `timed out${detail}; the run was cancelled (${failure.state})`;
    if (failure.stopReason === 'not started' || failure.stopReason === 'needs attention') {
        return `${failure.stopReason}${detail}; the run was cancelled (${failure.state})`;
    }
    if (failure.stopReason)
        return `cancelled before it finished (${failure.state})`;
    if (failure.failedCell)
        return `cell ${failure.failedCell.cell} failed: ${failure.failedCell.message}`;
    if (failure.driverError)
        return failure.driverError;
    return `${failure.state}${failure.lifecycleDetails ? `: ${failure.lifecycleDetails}` : ''}`;
}


/***/ }),

/***/ 44281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hX: () => (/* binding */ isFlexShape),
  vA: () => (/* binding */ validateNotebookInputs),
  xS: () => (/* binding */ validateRunRequest)
});

// UNUSED EXPORTS: MAXIMUM_BLOCK_STORAGE_GB, MAXIMUM_RUNTIME_MINUTES

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


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
