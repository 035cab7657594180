import type { RunResult } from '../engine/run-result.js';
import { resultsTable } from './results-table.js';

/** Finds our own comment again, so it is edited rather than added on every push. */
export const COMMENT_MARKER = '<!-- oci-run-notebook -->';

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

export function commentBody(results: RunResult[], commit: string): string {
  return `${COMMENT_MARKER}\n### Notebook runs for ${commit.slice(0, 7)}\n\n${resultsTable(results)}\n`;
}

/** Creates the comment once, then keeps editing it. */
export async function upsertComment(issues: IssuesApi, target: CommentTarget, body: string): Promise<'created' | 'updated'> {
  const { owner, repo, issueNumber } = target;
  for (let page = 1; ; page++) {
    const { data } = await issues.listComments({ owner, repo, issue_number: issueNumber, per_page: 100, page });
    const ours = data.find((comment) => comment.body?.includes(COMMENT_MARKER));
    if (ours) {
      await issues.updateComment({ owner, repo, comment_id: ours.id, body });
      return 'updated';
    }
    if (data.length < 100) break;
  }
  await issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return 'created';
}
