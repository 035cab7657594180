import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { selectNotebooks, type SelectionInput } from '../../src/selection/index.js';
import { codeCell, markdownCell } from '../support/notebooks.js';
import { FakeCompareApi, type CompareFileEntry } from './compare-api-server.js';
import { git, GitFixture, OWNER, pullRequestEvent, pushEvent, REPO } from './git-fixture.js';

let repo: GitFixture;
let api: FakeCompareApi;
beforeEach(async () => {
  repo = new GitFixture();
  for (const name of ['a', 'b', 'c']) repo.notebook(`notebooks/${name}.ipynb`, markdownCell(`# ${name}`), codeCell(`print("${name}")`));
  repo.commit('three notebooks');
  repo.filler(20);
  repo.push();
  api = await new FakeCompareApi().start();
});
afterEach(async () => {
  try {
    await api?.stop();
  } finally {
    repo?.remove();
  }
});

function input(workspace: string, eventName: string, event: Record<string, unknown>, lines: string[], extra: Partial<SelectionInput> = {}): SelectionInput {
  return {
    eventName,
    event,
    workspace,
    patterns: ['**/*.ipynb'],
    exclude: [],
    changedOnly: 'auto',
    codeChangesOnly: false,
    github: { token: 'ghs_test', owner: OWNER, repo: REPO, apiUrl: api.url },
    log: (line) => lines.push(line),
    ...extra,
  };
}

const paths = (notebooks: Array<{ path: string }>) => notebooks.map((notebook) => notebook.path);
const commitCount = (workspace: string) => Number(git(workspace, 'rev-list', '--count', 'HEAD'));

/** `count` changed files, one in three a notebook, as a big push would list them. */
function manyFiles(count: number): CompareFileEntry[] {
  const files: CompareFileEntry[] = Array.from({ length: count }, (_, i) => ({
    filename: i % 3 === 0 ? `notebooks/n${String(i).padStart(3, '0')}.ipynb` : `data/f${i}.csv`,
    status: i === 3 ? 'removed' : 'modified',
  }));
  files[6] = { filename: 'notebooks/n006.py', previous_filename: 'notebooks/n006.ipynb', status: 'renamed' };
  files[9] = { filename: 'notebooks/n009-renamed.ipynb', previous_filename: 'notebooks/n009.ipynb', status: 'renamed' };
  return files;
}

const pageParameters = () => api.requests.map((request) => new URL(request.url, api.url).searchParams.get('page'));

describe('the GitHub compare API on a shallow clone', () => {
  it('selects the notebooks from one request, without paging through the commits or deepening', async () => {
    const before = repo.head();
    repo.notebook('notebooks/a.ipynb', codeCell('print("a2")')).commit('a');
    repo.push();
    const after = repo.head();
    api.comparisons.set(`${before}...${after}`, { status: 'ahead', mergeBase: before, files: manyFiles(299), commitPages: 3 });
    const workspace = repo.checkout({ depth: 1 });
    const lines: string[] = [];
    const selection = await selectNotebooks(input(workspace, 'push', pushEvent({ before, after }), lines));
    expect(pageParameters()).toEqual([null]);
    expect(api.requests[0]!.authorization).toBe('token ghs_test');
    expect(selection.selected).toHaveLength(98);
    expect(paths(selection.selected)).toContain('notebooks/n297.ipynb');
    expect(selection.selected).toContainEqual({ path: 'notebooks/n009-renamed.ipynb', reason: expect.stringMatching(/^renamed from notebooks\/n009\.ipynb in push /) });
    expect(selection.skipped).toEqual([
      { path: 'notebooks/n003.ipynb', reason: expect.stringMatching(/^deleted in push /) },
      { path: 'notebooks/n006.ipynb', reason: expect.stringMatching(/^deleted in push /) },
    ]);
    expect(lines).toContain('GitHub compare API listed 299 changed files');
    expect(lines.some((line) => line.startsWith('fetching') || line.startsWith('deepening'))).toBe(false);
    expect(commitCount(workspace)).toBe(1);
  });

  it.each([300, 750])('falls back to git when %i files changed and the API lists 300, its limit, never running a cut list', async (count) => {
    const before = repo.head();
    repo.notebook('notebooks/b.ipynb', codeCell('print("b2")')).commit('b');
    repo.push();
    const after = repo.head();
    api.comparisons.set(`${before}...${after}`, { status: 'ahead', mergeBase: before, files: manyFiles(count), commitPages: 2 });
    const lines: string[] = [];
    const selection = await selectNotebooks(input(repo.checkout({ depth: 1 }), 'push', pushEvent({ before, after }), lines));
    expect(pageParameters()).toEqual([null]);
    expect(lines).toContainEqual(
      `GitHub compare API: 300 changed files listed for ${before}...${after}, the most (300) GitHub lists for a comparison, so the list may be incomplete; using git instead`,
    );
    expect(paths(selection.selected)).toEqual(['notebooks/b.ipynb']);
  });

  it('falls back to git when the API fails', async () => {
    const before = repo.head();
    repo.notebook('notebooks/c.ipynb', codeCell('print("c2")')).commit('c');
    repo.push();
    const after = repo.head();
    api.comparisons.set(`${before}...${after}`, { status: 'ahead', mergeBase: before, files: [], httpStatus: 502 });
    const lines: string[] = [];
    const selection = await selectNotebooks(input(repo.checkout({ depth: 1 }), 'push', pushEvent({ before, after }), lines));
    expect(lines).toContainEqual(expect.stringMatching(/^GitHub compare API failed: .*using git instead$/));
    expect(paths(selection.selected)).toEqual(['notebooks/c.ipynb']);
  });

  it('compares a diverged push with the default branch', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.notebook('notebooks/a.ipynb', codeCell('print("old")')).commit('feature: a');
    const before = repo.head();
    repo.run('reset', '-q', '--hard', 'main');
    repo.notebook('notebooks/b.ipynb', codeCell('print("new")')).commit('feature: b');
    repo.push('feature', true);
    const after = repo.head();
    api.comparisons.set(`${before}...${after}`, { status: 'diverged', mergeBase: repo.head('main'), files: [] });
    api.comparisons.set(`main...${after}`, { status: 'ahead', mergeBase: repo.head('main'), files: [{ filename: 'notebooks/b.ipynb', status: 'modified' }] });
    const event = { ...pushEvent({ ref: 'refs/heads/feature', before, after }), forced: undefined };
    const selection = await selectNotebooks(input(repo.checkout({ branch: 'feature', depth: 1 }), 'push', event, []));
    expect(selection.selected).toEqual([{ path: 'notebooks/b.ipynb', reason: expect.stringMatching(/^changed in force push \(\w{7} is not an ancestor of \w{7}\): changes since the merge base \w{7} with main$/) }]);
    expect(selection.base).toBe(repo.head('main'));
  });

  it('lists a pull request by its merge base, and fetches only the base commit to compare code cells', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.notebook('notebooks/a.ipynb', markdownCell('# a, reworded'), codeCell('print("a")')).commit('feature: a prose');
    repo.notebook('notebooks/b.ipynb', markdownCell('# b'), codeCell('print("b changed")')).commit('feature: b code');
    repo.push('feature');
    const base = repo.head('main');
    const head = repo.head('feature');
    api.comparisons.set(`${base}...${head}`, {
      status: 'ahead',
      mergeBase: base,
      files: [
        { filename: 'notebooks/a.ipynb', status: 'modified' },
        { filename: 'notebooks/b.ipynb', status: 'modified' },
      ],
    });
    const workspace = repo.checkout({ branch: 'feature', depth: 1 });
    const lines: string[] = [];
    const selection = await selectNotebooks(input(workspace, 'pull_request', pullRequestEvent({ base, head }), lines, { codeChangesOnly: true }));
    expect(selection.selected).toEqual([{ path: 'notebooks/b.ipynb', reason: `code changed in pull request #7 ${base.slice(0, 7)}...${head.slice(0, 7)}` }]);
    expect(selection.skipped).toEqual([{ path: 'notebooks/a.ipynb', reason: expect.stringMatching(/^only markdown, outputs or metadata changed/) }]);
    expect(lines).toContain(`fetching ${base.slice(0, 7)} from origin (not in the checkout)`);
    expect(lines.some((line) => line.startsWith('deepening'))).toBe(false);
  });
});
