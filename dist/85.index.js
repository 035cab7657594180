export const id = 85;
export const ids = [85];
export const modules = {

/***/ 83085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadExecutedNotebooks: () => (/* binding */ uploadExecutedNotebooks)
/* harmony export */ });
/* unused harmony export artifactNameFor */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _backends_local_validate_local_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71057);
/* harmony import */ var _engine_describe_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2566);
/* harmony import */ var _run_requests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5618);






/** Artifact names are unique per workflow run; other jobs, matrix legs or steps may take ours first. */
const MAX_NAME_ATTEMPTS = 5;
/** How the results service says a name is taken (`Failed request: (409) Conflict: ...already exists`). */
const NAME_TAKEN = /\(409\)|already exists/i;
/**
 * `executed-notebooks-<run id>-<attempt>-<job>`: a re-run attempt or another job of the same run
 * never takes the name of an earlier one.
 */
function artifactNameFor(context, job = process.env.GITHUB_JOB ?? '') {
    const parts = ['executed-notebooks', context.runId, context.runAttempt, job].filter(Boolean);
    // The service refuses " : < > | * ? \ / and line breaks in names.
    return parts.join('-').replace(/[":<>|*?\\/\r\n]+/g, '_');
}
/**
 * Uploads the executed notebooks of the local runs (and the files they wrote) as one workflow
 * artifact and sets the `artifact-name` and `artifact-id` outputs. Best effort: without the
 * artifact service (a laptop, `act`, GHES) or when the upload fails it warns and returns
 * undefined; it never throws, so the runs' results are reported whatever happens here.
 */
async function uploadExecutedNotebooks(results, outputUri, context) {
    let rootDirectory = '';
    try {
        const folders = await existingFolders(results);
        if (folders.length === 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('No executed notebooks to upload as an artifact: no run wrote its output folder.');
            return undefined;
        }
        rootDirectory = artifactRoot(outputUri, context, folders);
        const files = (await Promise.all(folders.map(filesUnder))).flat();
        const missing = missingArtifactService(process.env);
        if (missing) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The executed notebooks were not uploaded as a workflow artifact: ${missing} is not set, as on a runner without the ` +
                `GitHub artifact service (a laptop, @github/local-action, act). They are in ${rootDirectory}.`);
            return undefined;
        }
        const uploadArtifact = await defaultUpload();
        const artifact = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Uploading the executed notebooks as a workflow artifact', () => uploadUnderFreeName(artifactNameFor(context), files, rootDirectory, uploadArtifact));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifact-name', artifact.name);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifact-id', String(artifact.id));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Executed notebooks: artifact ${artifact.name} (id ${artifact.id}), ${files.length} file(s) from ${rootDirectory}`);
        // The artifact is there whatever happens to the summary.
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
            .addRaw(summaryLine(artifact, context), true)
            .write()
            .catch((error) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`summary: ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error)}`));
        return artifact;
    }
    catch (error) {
        const where = rootDirectory ? ` They are in ${rootDirectory} on the runner.` : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The executed notebooks could not be uploaded as a workflow artifact: ${(0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error).replace(/\.$/, '')}.${where}`);
        return undefined;
    }
}
/** What `@actions/artifact` needs from the runner, named when missing. */
function missingArtifactService(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return 'ACTIONS_RUNTIME_TOKEN';
    if (!env.ACTIONS_RESULTS_URL)
        return 'ACTIONS_RESULTS_URL';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(env.ACTIONS_RUNTIME_TOKEN);
    return undefined;
}
/** Loaded only when there is something to upload: the OCI path and a cold start never pay for it. */
async function defaultUpload() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 56656));
    const client = new DefaultArtifactClient();
    return (name, files, rootDirectory) => client.uploadArtifact(name, files, rootDirectory);
}
async function uploadUnderFreeName(name, files, rootDirectory, upload) {
    for (let attempt = 1;; attempt++) {
        const candidate = attempt === 1 ? name : `${name}-${attempt}`;
        try {
            const { id } = await upload(candidate, files, rootDirectory);
            if (id === undefined)
                throw new Error('the artifact service returned no artifact id');
            return { name: candidate, id, rootDirectory, files };
        }
        catch (error) {
            if (attempt >= MAX_NAME_ATTEMPTS || !NAME_TAKEN.test((0,_engine_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error)))
                throw error;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`An artifact named ${candidate} already exists in this workflow run; trying ${name}-${attempt + 1}.`);
        }
    }
}
/** Each run's output folder (where its executed notebook and the files it wrote are), once, if it exists. */
async function existingFolders(results) {
    const folders = [...new Set(results.flatMap((result) => (result.outputUri ? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(result.outputUri)] : [])))];
    const found = await Promise.all(folders.map(async (folder) => ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined))?.isDirectory() ? folder : undefined)));
    return found.filter((folder) => folder !== undefined);
}
/**
 * The folder the zip starts at: this run's `<output>/<sha>/<run>-<attempt>`, so the artifact holds
 * `<notebook path>/<name>.ipynb`. Only this step's runs' folders are uploaded, not whatever else
 * an output folder shared with earlier steps holds. A `$JOB_RUN_OCID` in the output folder makes
 * each run's folder only known after the run: then the root is where the runs' folders meet.
 */
function artifactRoot(outputUri, context, folders) {
    const runFolder = (0,_backends_local_validate_local_request_js__WEBPACK_IMPORTED_MODULE_3__/* .outputFolderPath */ .$)((0,_run_requests_js__WEBPACK_IMPORTED_MODULE_4__/* .outputUriFor */ .h0)(outputUri, '', context));
    return commonAncestor([runFolder, ...folders]);
}
function commonAncestor(paths) {
    const split = paths.map((path) => path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep));
    const first = split[0];
    let length = 0;
    while (length < first.length && split.every((parts) => parts[length] === first[length]))
        length++;
    return first.slice(0, length).join(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) || node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
}
async function filesUnder(folder) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(entry.parentPath, entry.name));
}
function summaryLine(artifact, context) {
    const where = context.owner && context.repo ? `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}/artifacts/${artifact.id}` : '';
    const name = where ? `[\`${artifact.name}\`](${where})` : `\`${artifact.name}\``;
    return `\nExecuted notebooks: artifact ${name} (${artifact.files.length} file(s)).\n`;
}


/***/ })

};
