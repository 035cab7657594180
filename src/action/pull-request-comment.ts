import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { RunResult } from '../engine/run-result.js';
import { commentBody, commentMarker, upsertComment } from '../report/pr-comment.js';
import { scrubSecrets, secretsOf } from '../sources/redaction.js';
import type { ActionSettings } from './inputs.js';
import type { RunContext } from './run-context.js';

/** Keeps one comment on the pull request up to date; a failure here warns, it never fails the runs. */
export async function commentOnPullRequest(results: RunResult[], settings: ActionSettings, context: RunContext): Promise<void> {
  if (!context.pullRequestNumber) {
    core.info('comment: not a pull request event, so no comment.');
    return;
  }
  try {
    const octokit = getOctokit(settings.githubToken, { baseUrl: context.apiUrl });
    const marker = commentMarker(context.job);
    const outcome = await upsertComment(
      octokit.rest.issues,
      { owner: context.owner, repo: context.repo, issueNumber: context.pullRequestNumber },
      // The runner masks the step log, not what goes through the API: scrub the body ourselves.
      scrubSecrets(commentBody(results, context.sha, marker), secretsOf({ env: process.env, githubToken: settings.githubToken })),
      marker,
    );
    core.info(`comment: ${outcome} the results comment on #${context.pullRequestNumber}.`);
  } catch (error) {
    core.warning(`comment: could not comment on #${context.pullRequestNumber} (${(error as Error).message}); the job needs pull-requests: write.`);
  }
}
