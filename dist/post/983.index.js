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
/* harmony export */   RL: () => (/* binding */ RESERVED_VARIABLES),
/* harmony export */   p_: () => (/* binding */ OUTPUT_PAR_VARIABLE),
/* harmony export */   tw: () => (/* binding */ jobEnvironment),
/* harmony export */   vs: () => (/* binding */ expandRunVariables)
/* harmony export */ });
/* unused harmony export CONTEXT_VARIABLES */
/* harmony import */ var _oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82277);

/** A pre-authenticated request URL (ending in `/o/`) the driver uploads outputs through. A secret. */
const OUTPUT_PAR_VARIABLE = 'OCI_RUN_NOTEBOOK_OUTPUT_PAR';
/** The notebook's context root, its requirements file, and whether to install it (docs/driver.md). */
const CONTEXT_VARIABLES = ['NOTEBOOK_CONTEXT', 'NOTEBOOK_REQUIREMENTS', 'NOTEBOOK_INSTALL_REQUIREMENTS'];
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
    if (failure.stopReason === 'timed out')
        return `timed out; the run was cancelled (${failure.state})`;
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
// EXTERNAL MODULE: ./src/notebook/parameters.ts
var parameters = __webpack_require__(27481);
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
};
const SHAPE = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$/;
const CONDA_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const validate_run_request_fail = (field, problem) => {
    throw new run_request_error/* RunRequestError */.T(field, problem);
};
/**
 * What every backend checks, as its driver sees it: the notebook, variable names (none of those
 * the engine sets itself), exclude tags, parameter names and the runtime.
 */
function validateNotebookInputs(request, reservedVariables = job_environment/* RESERVED_VARIABLES */.RL) {
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
    const runtime = request.maximumRuntimeInMinutes;
    if (runtime !== undefined && (!Number.isInteger(runtime) || runtime <= 0)) {
        validate_run_request_fail('maximumRuntimeInMinutes', `expected a whole number of minutes above 0, got ${runtime}`);
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
    if (request.conda !== undefined && !CONDA_SLUG.test(request.conda) && !(0,object_storage_uri/* parseObjectStorageUri */.iT)(request.conda)?.prefix) {
        validate_run_request_fail('conda', `expected a service conda slug (tensorflow28_p38_cpu_v1) or a published conda oci://bucket@namespace/path, got "${request.conda}"`);
    }
    if (request.outputUri !== undefined && !(0,object_storage_uri/* parseObjectStorageUri */.iT)(request.outputUri)) {
        validate_run_request_fail('outputUri', `expected ${object_storage_uri/* OCI_URI_FORM */._P}, got "${request.outputUri}"`);
    }
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

/***/ 27481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ injectParameters),
/* harmony export */   G_: () => (/* binding */ isPythonIdentifier)
/* harmony export */ });
/* unused harmony exports PARAMETERS_TAG, INJECTED_PARAMETERS_TAG, toPythonLiteral */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _notebook_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86796);


const PARAMETERS_TAG = 'parameters';
const INJECTED_PARAMETERS_TAG = 'injected-parameters';
/**
 * Papermill's convention: a code cell tagged `injected-parameters` goes right after the cell
 * tagged `parameters` (at the top when there is none) and replaces one injected earlier.
 */
function injectParameters(notebook, parameters) {
    if (Object.keys(parameters).length === 0)
        return notebook;
    const cells = notebook.cells.filter((cell) => !(0,_notebook_js__WEBPACK_IMPORTED_MODULE_1__/* .cellTags */ .Gq)(cell).includes(INJECTED_PARAMETERS_TAG));
    const anchor = cells.findIndex((cell) => (0,_notebook_js__WEBPACK_IMPORTED_MODULE_1__/* .cellTags */ .Gq)(cell).includes(PARAMETERS_TAG));
    const lines = Object.entries(parameters).map(([name, value]) => `${name} = ${toPythonLiteral(value)}\n`);
    const injected = {
        cell_type: 'code',
        execution_count: null,
        metadata: { tags: [INJECTED_PARAMETERS_TAG] },
        outputs: [],
        source: ['# Parameters\n', ...lines],
    };
    if (notebook.nbformat_minor >= 5)
        injected.id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8);
    cells.splice(anchor + 1, 0, injected);
    return { ...notebook, cells };
}
const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isPythonIdentifier(name) {
    return PYTHON_IDENTIFIER.test(name);
}
/** JSON values as Python source; JSON string escapes are valid Python string escapes. */
function toPythonLiteral(value) {
    if (value === null || value === undefined)
        return 'None';
    if (value === true)
        return 'True';
    if (value === false)
        return 'False';
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            return "float('nan')";
        if (!Number.isFinite(value))
            return value > 0 ? "float('inf')" : "float('-inf')";
        return String(value);
    }
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(toPythonLiteral).join(', ')}]`;
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    if (typeof value === 'object') {
        const entries = Object.entries(value);
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${toPythonLiteral(item)}`).join(', ')}}`;
    }
    throw new TypeError(`cannot express ${typeof value} as a Python literal`);
}


/***/ }),

/***/ 82277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ objectUri),
/* harmony export */   _P: () => (/* binding */ OCI_URI_FORM),
/* harmony export */   iT: () => (/* binding */ parseObjectStorageUri),
/* harmony export */   uu: () => (/* binding */ formatObjectStorageUri)
/* harmony export */ });
/* unused harmony export joinObjectName */
const OCI_URI = /^oci:\/\/([A-Za-z0-9._-]+)@([A-Za-z0-9_-]+)(?:\/(.*))?$/;
const OCI_URI_FORM = 'oci://bucket@namespace/prefix';
function parseObjectStorageUri(uri) {
    const match = OCI_URI.exec(uri.trim());
    if (!match)
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
