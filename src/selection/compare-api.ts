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
  pages: number;
}

/** The API could not list every changed file; the caller falls back to git rather than run a partial list. */
export class IncompleteComparisonError extends Error {
  override name = 'IncompleteComparisonError';
}

/** The compare API stops listing files at 300 for a whole comparison (docs.github.com, "Compare two commits"). */
export const COMPARE_FILE_LIMIT = 300;
const PER_PAGE = 100;
const MAX_PAGES = 30;

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
 * `GET /repos/{owner}/{repo}/compare/{base}...{head}` (three dots: changes since the merge base), page by page
 * while the Link header names a next page. Files are gathered from every page. Because GitHub caps the file
 * list at 300, a last file-bearing page that holds 300 or more files cannot be told apart from a truncated
 * list: that, or running out of pages, is an IncompleteComparisonError, never a silent cut.
 */
export async function compareCommits(access: GitHubAccess, base: string, head: string, maxPages = MAX_PAGES): Promise<Comparison> {
  // Loaded on demand: most runs never call the API, and Octokit costs start-up time.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(access.token, access.apiUrl ? { baseUrl: access.apiUrl.replace(/\/+$/, '') } : {});
  const files = new Map<string, ChangedFile>();
  let first: CompareResponse | undefined;
  let filesOnLastPage = 0;
  let page = 1;
  for (; ; page++) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: access.owner,
      repo: access.repo,
      basehead: `${base}...${head}`,
      per_page: PER_PAGE,
      page,
    });
    const data = response.data as unknown as CompareResponse;
    first ??= data;
    const pageFiles = data.files ?? [];
    if (pageFiles.length) filesOnLastPage = pageFiles.length;
    for (const file of pageFiles) {
      const changed = toChangedFile(file);
      if (changed) files.set(changed.path, changed);
    }
    if (!/<[^>]*>\s*;\s*rel="next"/.test(String(response.headers.link ?? ''))) break;
    if (page >= maxPages) {
      throw new IncompleteComparisonError(`the comparison ${base}...${head} has more than ${maxPages} pages of ${PER_PAGE} commits`);
    }
  }
  if (filesOnLastPage >= COMPARE_FILE_LIMIT) {
    throw new IncompleteComparisonError(
      `the compare API listed ${files.size} files for ${base}...${head}, and its page of ${filesOnLastPage} reached the API's ${COMPARE_FILE_LIMIT}-file limit, so the list may be cut short`,
    );
  }
  if (!first?.merge_base_commit?.sha || !first.status) throw new Error(`the compare API answered ${base}...${head} without a status or merge base`);
  return { status: first.status, mergeBase: first.merge_base_commit.sha, files: [...files.values()], pages: page };
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
