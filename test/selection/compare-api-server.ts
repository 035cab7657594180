import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface CompareFileEntry {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

/** What the fake API answers for one `base...head`. */
export interface FakeComparison {
  status: 'ahead' | 'behind' | 'diverged' | 'identical';
  mergeBase: string;
  /** Every file the comparison changes; the API lists at most 300 of them, as GitHub does. */
  files: CompareFileEntry[];
  /** Pages of commits, which drive the Link header; the files are not paged. */
  commitPages?: number;
  httpStatus?: number;
}

/** GitHub lists at most this many changed files for a whole comparison. */
const FILE_LIMIT = 300;

/**
 * A local stand-in for `GET /repos/{owner}/{repo}/compare/{base}...{head}` that behaves as GitHub documents it:
 * `page` / `per_page` page the commits (with Link headers), while the changed files, at most 300 for the whole
 * comparison, are listed on the first page only.
 */
export class FakeCompareApi {
  readonly requests: Array<{ url: string; authorization?: string }> = [];
  readonly comparisons = new Map<string, FakeComparison>();
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => this.answer(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private answer(request: IncomingMessage, response: import('node:http').ServerResponse): void {
    this.requests.push({ url: request.url!, authorization: request.headers.authorization });
    const url = new URL(request.url!, this.url);
    const match = /^\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)$/.exec(url.pathname);
    const comparison = match ? this.comparisons.get(decodeURIComponent(match[3]!)) : undefined;
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    if (!comparison) return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/commits/commits#compare-two-commits' });
    if (comparison.httpStatus) return json(comparison.httpStatus, { message: 'Server Error' });
    const page = Number(url.searchParams.get('page') ?? '1');
    const pages = comparison.commitPages ?? 1;
    const files = page === 1 ? comparison.files.slice(0, FILE_LIMIT) : [];
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    const last = new URL(url);
    last.searchParams.set('page', String(pages));
    const link: Record<string, string> = page < pages ? { link: `<${next}>; rel="next", <${last}>; rel="last"` } : {};
    json(200, { status: comparison.status, merge_base_commit: { sha: comparison.mergeBase }, total_commits: pages * 100, commits: [], files }, link);
  }
}
