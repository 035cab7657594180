export const id = 1;
export const ids = [1];
export const modules = {

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


/***/ })

};
