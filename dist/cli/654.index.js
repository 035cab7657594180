export const id = 654;
export const ids = [654];
export const modules = {

/***/ 78654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLEANUP_USAGE: () => (/* binding */ CLEANUP_USAGE),
/* harmony export */   cleanupCommand: () => (/* binding */ cleanupCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82277);
/* harmony import */ var _oci_ocid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26606);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14226);




const CLEANUP_USAGE = `Usage: oci-run-notebook cleanup --older-than AGE [--repository OWNER/NAME] [--dry-run] [flags]

Deletes the jobs oci-run-notebook created (tagged created-by: oci-run-notebook) that are older
than AGE, with their job runs and the logs OCI created for those runs. Jobs without that tag are
never touched, nor logs the jobs did not create. With --output-uri, also the output PARs it made
there (named oci-run-notebook-...) that have expired or are older than AGE, and the objects
such PARs were handed over in.

Flags:
  --older-than AGE          how old a job must be: 30d, 12h or 90m (required)
  --repository OWNER/NAME   only jobs tagged with this GitHub repository (github-repository)
  --compartment-id OCID     compartment of the jobs (default: $OCI_COMPARTMENT_ID)
  --project-id OCID         only jobs of this Data Science project
  --output-uri URI          oci://bucket@namespace/prefix: also its left-over PARs (as given to run)
  --dry-run                 list what would be deleted, delete nothing
  -h, --help                this help

Exit status: 0 when everything found was deleted (or listed), 1 when a deletion failed, 2 for
bad usage. Credentials as for \`run\`.`;
const AGE = /^(\d+)([dhm])$/;
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 };
/** `oci-run-notebook cleanup`: the tool's old jobs, their runs and the logs they created, deleted. */
async function cleanupCommand(argv, io) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: {
                'older-than': { type: 'string' },
                repository: { type: 'string' },
                'compartment-id': { type: 'string' },
                'project-id': { type: 'string' },
                'output-uri': { type: 'string' },
                'dry-run': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
        }));
    }
    catch (error) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(error.message);
    }
    if (values.help) {
        io.stdout.write(`${CLEANUP_USAGE}\n`);
        return 0;
    }
    const age = values['older-than'];
    if (age === undefined)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e('--older-than: required, such as 30d, so that recent jobs are never deleted by accident.');
    const match = AGE.exec(age.trim());
    if (!match)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--older-than: expected a whole number of days, hours or minutes such as 30d, 12h or 90m, got "${age}".`);
    const olderThanMs = Number(match[1]) * UNIT_MS[match[2]];
    const repository = values.repository;
    if (repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--repository: expected OWNER/NAME as GitHub spells it, got "${repository}".`);
    }
    const compartmentId = values['compartment-id'] ?? io.env.OCI_COMPARTMENT_ID;
    if (!compartmentId)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e('--compartment-id: required; give the flag or set OCI_COMPARTMENT_ID.');
    if (!(0,_oci_ocid_js__WEBPACK_IMPORTED_MODULE_2__/* .isOcid */ .e)(compartmentId, 'compartment', 'tenancy'))
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--compartment-id: expected an OCID of a compartment, got "${compartmentId}".`);
    const projectId = values['project-id'];
    if (projectId !== undefined && !(0,_oci_ocid_js__WEBPACK_IMPORTED_MODULE_2__/* .isOcid */ .e)(projectId, 'datascienceproject'))
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--project-id: expected an OCID of a datascienceproject, got "${projectId}".`);
    const outputUri = values['output-uri'];
    const output = outputUri === undefined ? undefined : (0,_oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_3__/* .parseObjectStorageUri */ .iT)(outputUri);
    if (outputUri !== undefined && !output)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--output-uri: expected ${_oci_object_storage_uri_js__WEBPACK_IMPORTED_MODULE_3__/* .OCI_URI_FORM */ ._P}, got "${outputUri}".`);
    const { runCleanup } = await Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(235), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 32582));
    return runCleanup(io, { compartmentId, projectId, repository, createdBefore: Date.now() - olderThanMs, dryRun: values['dry-run'], output });
}


/***/ }),

/***/ 82277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ objectStorageUriProblem),
/* harmony export */   WE: () => (/* binding */ objectUri),
/* harmony export */   _P: () => (/* binding */ OCI_URI_FORM),
/* harmony export */   iT: () => (/* binding */ parseObjectStorageUri),
/* harmony export */   uu: () => (/* binding */ formatObjectStorageUri)
/* harmony export */ });
/* unused harmony export joinObjectName */
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


/***/ })

};
