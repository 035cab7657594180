export const id = 628;
export const ids = [628];
export const modules = {

/***/ 90628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./src/report/results-table.ts
var results_table = __webpack_require__(34317);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts

/** Finds our own comment again, so it is edited rather than added on every push. */
const COMMENT_MARKER = '<!-- oci-run-notebook -->';
/** One comment per workflow job, so two jobs running notebooks do not overwrite each other's. */
function commentMarker(job) {
    return job ? `<!-- oci-run-notebook ${job.replace(/--+>?/g, '-')} -->` : COMMENT_MARKER;
}
function commentBody(results, commit, marker = COMMENT_MARKER) {
    return `${marker}\n### Notebook runs for ${commit.slice(0, 7)}\n\n${(0,results_table/* resultsTable */.r)(results)}\n`;
}
/** Creates the comment once, then keeps editing it. */
async function upsertComment(issues, target, body, marker = COMMENT_MARKER) {
    const { owner, repo, issueNumber } = target;
    for (let page = 1;; page++) {
        const { data } = await issues.listComments({ owner, repo, issue_number: issueNumber, per_page: 100, page });
        const ours = data.find((comment) => comment.body?.startsWith(marker));
        if (ours) {
            await issues.updateComment({ owner, repo, comment_id: ours.id, body });
            return 'updated';
        }
        if (data.length < 100)
            break;
    }
    await issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return 'created';
}

// EXTERNAL MODULE: ./src/sources/redaction.ts
var redaction = __webpack_require__(55427);
;// CONCATENATED MODULE: ./src/action/pull-request-comment.ts




/** Keeps one comment on the pull request up to date; a failure here warns, it never fails the runs. */
async function commentOnPullRequest(results, settings, context) {
    if (!context.pullRequestNumber) {
        core/* info */.pq('comment: not a pull request event, so no comment.');
        return;
    }
    try {
        const octokit = (0,github.getOctokit)(settings.githubToken, { baseUrl: context.apiUrl });
        const marker = commentMarker(context.job);
        const outcome = await upsertComment(octokit.rest.issues, { owner: context.owner, repo: context.repo, issueNumber: context.pullRequestNumber }, 
        // The runner masks the step log, not what goes through the API: scrub the body ourselves.
        (0,redaction/* scrubSecrets */.Zg)(commentBody(results, context.sha, marker), (0,redaction/* secretsOf */.Fj)({ env: process.env, githubToken: settings.githubToken })), marker);
        core/* info */.pq(`comment: ${outcome} the results comment on #${context.pullRequestNumber}.`);
    }
    catch (error) {
        core/* warning */.$e(`comment: could not comment on #${context.pullRequestNumber} (${error.message}); the job needs pull-requests: write.`);
    }
}


/***/ })

};
