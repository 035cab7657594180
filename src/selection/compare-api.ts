import type { ChangedFile } from './changed-file.js';

/** Where and as whom to call the GitHub REST API. The token needs `contents: read`. */
export interface GitHubAccess {
  token: string;
  owner: string;
  repo: string;
  /** Defaults to GITHUB_API_URL, then https://api.github.com (GitHub Enterprise Server sets GITHUB_API_URL). */
  apiUrl?: string;
}

export interface Comparison {
  /** `ahead`: base is an ancestor of head; `diverged` / `behind`: it is not. */
  status: 'ahead' | 'behind' | 'diverged' | 'identical';
  mergeBase: string;
  files: ChangedFile[];
}

/** The API may not have listed every changed file; the caller falls back to git rather than run a partial list. */
export class IncompleteComparisonError extends Error {
  override name = 'IncompleteComparisonError';
}

/**
 * GitHub lists at most 300 changed files for a whole comparison, all on the first page; `page` and
 * `per_page` page the commits, never the files (docs.github.com, "Compare two commits").
 */
export const COMPARE_FILE_LIMIT = 300;

interface CompareFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

interface CompareResponse {
  status: Comparison['status'];
  merge_base_commit: { sha: string };
  files?: CompareFile[];
}

/**
 * `GET /repos/{owner}/{repo}/compare/{base}...{head}` (three dots: changes since the merge base), one request.
 * A list of 300 or more files cannot be told apart from one GitHub cut short: that is an
 * IncompleteComparisonError, never a silent cut.
 */
export async function compareCommits(access: GitHubAccess, base: string, head: string): Promise<Comparison> {
  // Loaded on demand: most runs never call the API, and Octokit costs start-up time.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(access.token, access.apiUrl ? { baseUrl: access.apiUrl.replace(/\/+$/, '') } : {});
  const response = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
    owner: access.owner,
    repo: access.repo,
    basehead: `${base}...${head}`,
  });
  const data = response.data as unknown as CompareResponse;
  const listed = data.files ?? [];
  if (listed.length >= COMPARE_FILE_LIMIT) {
    throw new IncompleteComparisonError(
      `${listed.length} changed files listed for ${base}...${head}, the most (${COMPARE_FILE_LIMIT}) GitHub lists for a comparison, so the list may be incomplete`,
    );
  }
  if (!data.merge_base_commit?.sha || !data.status) throw new Error(`the compare API answered ${base}...${head} without a status or merge base`);
  const files = new Map<string, ChangedFile>();
  for (const file of listed) {
    const changed = toChangedFile(file);
    if (changed) files.set(changed.path, changed);
  }
  return { status: data.status, mergeBase: data.merge_base_commit.sha, files: [...files.values()] };
}

/** API statuses as git's: removed is deleted, copied is added, changed (mode only) is modified; unchanged is dropped. */
function toChangedFile(file: CompareFile): ChangedFile | undefined {
  switch (file.status) {
    case 'added':
    case 'copied':
      return { path: file.filename, status: 'added' };
    case 'removed':
      return { path: file.filename, status: 'deleted' };
    case 'renamed':
      return file.previous_filename
        ? { path: file.filename, status: 'renamed', previousPath: file.previous_filename }
        : { path: file.filename, status: 'added' };
    case 'unchanged':
      return undefined;
    default:
      return { path: file.filename, status: 'modified' };
  }
}
