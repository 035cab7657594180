import type { RunResult } from '../engine/run-result.js';
import { resultsTable } from './results-table.js';

/** Finds our own comment again, so it is edited rather than added on every push. */
export const COMMENT_MARKER = '<!-- oci-run-notebook -->';

/** One comment per workflow job, so two jobs running notebooks do not overwrite each other's. */
export function commentMarker(job: string): string {
  return job ? `<!-- oci-run-notebook ${job.replace(/--+>?/g, '-')} -->` : COMMENT_MARKER;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

interface IssuesApi {
  listComments(params: { owner: string; repo: string; issue_number: number; per_page: number; page: number }): Promise<{ data: Array<{ id: number; body?: string | null }> }>;
  createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<unknown>;
  updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<unknown>;
}

export function commentBody(results: RunResult[], commit: string, marker = COMMENT_MARKER): string {
  return `${marker}\n### Notebook runs for ${commit.slice(0, 7)}\n\n${resultsTable(results)}\n`;
}

/** Creates the comment once, then keeps editing it. */
export async function upsertComment(issues: IssuesApi, target: CommentTarget, body: string, marker = COMMENT_MARKER): Promise<'created' | 'updated'> {
  const { owner, repo, issueNumber } = target;
  for (let page = 1; ; page++) {
    const { data } = await issues.listComments({ owner, repo, issue_number: issueNumber, per_page: 100, page });
    const ours = data.find((comment) => comment.body?.startsWith(marker));
    if (ours) {
      await issues.updateComment({ owner, repo, comment_id: ours.id, body });
      return 'updated';
    }
    if (data.length < 100) break;
  }
  await issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return 'created';
}
