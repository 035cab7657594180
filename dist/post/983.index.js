export const id = 983;
export const ids = [983];
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

/***/ 83499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ describeDriverExit),
/* harmony export */   Pg: () => (/* binding */ runFailureMessage),
/* harmony export */   Qd: () => (/* binding */ parseDriverError),
/* harmony export */   eZ: () => (/* binding */ parseCellFailure),
/* harmony export */   iD: () => (/* binding */ parseNotebookEnd),
/* harmony export */   r$: () => (/* binding */ isDriverFinished)
/* harmony export */ });
/** Lines the notebook driver prints for machines (see docs/driver.md). */
const CELL_FAILED = /^oci-run-notebook: cell (\d+) failed: (.*)$/;
const FINISHED = /^oci-run-notebook: (notebook (succeeded|failed|not run)|batch (succeeded|failed))/;
const NOTEBOOK_END = /^oci-run-notebook: notebook (succeeded(, but)?|failed|not run)/;
function parseCellFailure(line) {
    const match = CELL_FAILED.exec(line.trim());
    return match ? { cell: Number(match[1]), message: match[2] } : undefined;
}
/** The driver's last line: once seen, no more log lines will come for the run. */
function isDriverFinished(line) {
    return FINISHED.test(line.trim());
}
/** How a notebook ended by its driver's last line: outputs not all uploaded count as a failure, as the run's exit does. */
function parseNotebookEnd(line) {
    const match = NOTEBOOK_END.exec(line.trim());
    if (!match)
        return undefined;
    return match[1] === 'succeeded' ? 'succeeded' : 'failed';
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

/***/ 95740:
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
;// CONCATENATED MODULE: ./src/context/notebook-context.ts
/** The most a context may hold unless `context-max-size` says otherwise. */
const DEFAULT_CONTEXT_MAX_BYTES = (/* unused pure expression or super */ null && (100 * 1024 * 1024));
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
    if (context.files.length + 1 > MAX_CONTEXT_FILES)
        fail(`${context.files.length + 1} files, more than a job artifact holds (${MAX_CONTEXT_FILES})`);
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
// EXTERNAL MODULE: ./src/notebook/parameters.ts + 2 modules
var parameters = __webpack_require__(83854);
;// CONCATENATED MODULE: ./src/oci/ocid.ts
/** OCI resource identifiers: `ocid1.<type>.<realm>.[region][.future].<unique>`. */
const OCID_PATTERN = /^ocid1\.([a-z0-9_]+)\.([a-z0-9_-]+)\.([a-z0-9_-]*)(\.[a-z0-9_-]*)?\.([a-z0-9]+)$/i;
function ocidResourceType(value) {
    return OCID_PATTERN.exec(value)?.[1]?.toLowerCase();
}
function isOcid(value, ...types) {
    const type = ocidResourceType(value);
    return type !== undefined && (types.length === 0 || types.includes(type));
}

// EXTERNAL MODULE: ./src/oci/object-storage-uri.ts
var object_storage_uri = __webpack_require__(82277);
;// CONCATENATED MODULE: ./src/engine/run-request.ts
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
        if (!isOcid(value, ...types))
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
    if (!Number.isInteger(request.blockStorageSizeInGBs) || request.blockStorageSizeInGBs < MINIMUM_BLOCK_STORAGE_GB) {
        validate_run_request_fail('blockStorageSizeInGBs', `expected a whole number of GB, at least ${MINIMUM_BLOCK_STORAGE_GB}, got ${request.blockStorageSizeInGBs}`);
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
        validate_run_request_fail('conda', `required on OCI: a service conda slug with nbclient and ipykernel (${RUN_REQUEST_DEFAULTS.conda}) or a published conda oci://bucket@namespace/path`);
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
/* harmony export */   Zv: () => (/* binding */ NotebookFormatError),
/* harmony export */   aM: () => (/* binding */ serializeNotebook),
/* harmony export */   fJ: () => (/* binding */ parseNotebook)
/* harmony export */ });
/* unused harmony export MAX_NOTEBOOK_BYTES */
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

/***/ 83854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j0: () => (/* reexport */ ParameterTranslationError),
  Dy: () => (/* binding */ checkParameters),
  EN: () => (/* binding */ injectParameters),
  G_: () => (/* binding */ isPythonIdentifier)
});

// UNUSED EXPORTS: INJECTED_PARAMETERS_TAG, PARAMETERS_TAG, parameterLanguage, parameterWarnings, toPythonLiteral

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/notebook/notebook.ts
var notebook_notebook = __webpack_require__(86796);
;// CONCATENATED MODULE: ./src/notebook/parameter-values.ts
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
    if (value instanceof WholeFloat)
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
    const cell = notebook.cells.find((candidate) => cellTags(candidate).includes(PARAMETERS_TAG));
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
