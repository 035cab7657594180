import { download } from './http-download.js';
import type { FetchedNotebook, NotebookSource, SourceContext } from './notebook-source.js';
import { redactReference } from './redaction.js';
import { decodeSegment, encodePath } from './url-path.js';

/** A file in a GitHub repository at a ref, as a link to it names it. */
export interface GitHubFile {
  owner: string;
  repo: string;
  /** A branch, tag or commit; a branch with slashes in a `blob` link is read as its first segment. */
  ref: string;
  path: string;
}

const GITHUB_COM = 'https://github.com';
const RAW_HOST = 'raw.githubusercontent.com';
const DEFAULT_API_URL = 'https://api.github.com';

/** GitHub's web server: GITHUB_SERVER_URL (set by Actions, GitHub Enterprise Server too), else github.com. */
function serverUrlOf(env: SourceContext['env']): string {
  return (env.GITHUB_SERVER_URL || GITHUB_COM).replace(/\/+$/, '');
}

/**
 * `https://github.com/OWNER/REPO/blob/REF/PATH` (or `/raw/`), the same on GITHUB_SERVER_URL, and
 * `https://raw.githubusercontent.com/OWNER/REPO/REF/PATH`; undefined for any other URL.
 */
export function parseGitHubLink(reference: string, serverUrl = GITHUB_COM): GitHubFile | undefined {
  let url: URL;
  try {
    url = new URL(reference);
  } catch {
    return undefined;
  }
  const segments = url.pathname.split('/').filter(Boolean).map(decodeSegment);
  if (url.hostname === RAW_HOST) {
    const [owner, repo, ...rest] = segments;
    // raw links may spell the ref in full: refs/heads/NAME or refs/tags/NAME.
    const refLength = rest[0] === 'refs' && (rest[1] === 'heads' || rest[1] === 'tags') ? 3 : 1;
    return fileOf(owner, repo, rest.slice(0, refLength).join('/'), rest.slice(refLength));
  }
  if (url.origin === new URL(serverUrl).origin) {
    const [owner, repo, kind, ref, ...path] = segments;
    if (kind !== 'blob' && kind !== 'raw') return undefined;
    return fileOf(owner, repo, ref, path);
  }
  return undefined;
}

function fileOf(owner: string | undefined, repo: string | undefined, ref: string | undefined, path: string[]): GitHubFile | undefined {
  if (!owner || !repo || !ref || path.length === 0) return undefined;
  return { owner, repo, ref, path: path.join('/') };
}

/** The file's bytes without the GitHub page around them: raw.githubusercontent.com, or `/raw/` on another server. */
export function rawUrlOf(file: GitHubFile, serverUrl = GITHUB_COM): string {
  const tail = `${encodeURIComponent(file.owner)}/${encodeURIComponent(file.repo)}`;
  if (serverUrl.replace(/\/+$/, '') === GITHUB_COM) return `https://${RAW_HOST}/${tail}/${encodePath(file.ref)}/${encodePath(file.path)}`;
  return `${serverUrl.replace(/\/+$/, '')}/${tail}/raw/${encodePath(file.ref)}/${encodePath(file.path)}`;
}

/** `GET /repos/{owner}/{repo}/contents/{path}?ref=REF`, which reads private repositories with a token. */
export function contentsApiUrlOf(file: GitHubFile, apiUrl = DEFAULT_API_URL): string {
  const repo = `${encodeURIComponent(file.owner)}/${encodeURIComponent(file.repo)}`;
  return `${apiUrl.replace(/\/+$/, '')}/repos/${repo}/contents/${encodePath(file.path)}?ref=${encodeURIComponent(file.ref)}`;
}

/** The token to send and the name it goes by in messages: the front door's, else GITHUB_TOKEN, else GH_TOKEN. */
function githubTokenOf(context: SourceContext): { token: string; name: string } | undefined {
  if (context.githubToken) return { token: context.githubToken, name: context.githubTokenName ?? 'github-token' };
  for (const name of ['GITHUB_TOKEN', 'GH_TOKEN']) {
    const token = context.env[name];
    if (token) return { token, name };
  }
  return undefined;
}

/** GitHub's JSON error body: `{"message": "Not Found", ...}`, and a hint when the rate limit ran out. */
function githubMessage(body: string, response: Response): string | undefined {
  if (response.headers.get('x-ratelimit-remaining') === '0') return 'API rate limit exhausted';
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    return typeof message === 'string' ? message.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Links to files on GitHub. With a token, through the contents API (private repositories too,
 * and GitHub Enterprise Server via GITHUB_API_URL); without one, the raw file, anonymously.
 */
export const githubSource: NotebookSource = {
  accepts: (reference, context) => parseGitHubLink(reference, serverUrlOf(context.env)) !== undefined,
  async fetch(reference: string, context: SourceContext): Promise<FetchedNotebook> {
    const file = parseGitHubLink(reference, serverUrlOf(context.env))!;
    const shown = redactReference(reference);
    const token = githubTokenOf(context);
    // A raw link is already the file (and may carry its own ?token=); a blob link is the page around it.
    const isRaw = new URL(reference).hostname === RAW_HOST;
    const where = `${file.owner}/${file.repo} at ${file.ref}, path ${file.path}`;
    const content = token
      ? await download({
          reference: shown,
          url: contentsApiUrlOf(file, context.env.GITHUB_API_URL || DEFAULT_API_URL),
          headers: {
            accept: 'application/vnd.github.raw',
            authorization: `Bearer ${token.token}`,
            'x-github-api-version': '2022-11-28',
          },
          credential: token.name,
          hints: {
            notFound: `GitHub answers 404 also for a private repository the token may not read: check ${where}, and that ${token.name} has contents: read on it`,
            accessDenied: `check that ${token.name} is valid and has contents: read on ${file.owner}/${file.repo}`,
          },
          serviceMessage: githubMessage,
          signal: context.signal,
          maxBytes: context.maxBytes,
          fetch: context.fetch,
        })
      : await download({
          reference: shown,
          url: isRaw ? reference : rawUrlOf(file, serverUrlOf(context.env)),
          credential: shown === reference ? undefined : 'the token written in the URL',
          hints: {
            notFound: `check ${where}; for a private repository, pass a GitHub token (the action's github-token, or GITHUB_TOKEN) so the contents API is used`,
          },
          signal: context.signal,
          maxBytes: context.maxBytes,
          fetch: context.fetch,
        });
    return { path: shown, content };
  },
};
