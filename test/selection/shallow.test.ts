import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { selectNotebooks, SelectionError, type SelectionInput } from '../../src/selection/index.js';
import { codeCell } from '../support/notebooks.js';
import { git, GitFixture, pullRequestEvent, pushEvent } from './git-fixture.js';

// Shallow clones over file://, as actions/checkout makes them with its default fetch-depth: 1.
let repo: GitFixture;
beforeEach(() => {
  repo = new GitFixture();
  for (const name of ['a', 'b', 'c']) repo.notebook(`notebooks/${name}.ipynb`, codeCell(`print("${name}")`));
  repo.commit('three notebooks');
  repo.filler(300);
  repo.push();
});
afterEach(() => repo?.remove());

function input(workspace: string, eventName: string, event: Record<string, unknown>, extra: Partial<SelectionInput> = {}): SelectionInput {
  return { eventName, event, workspace, patterns: ['**/*.ipynb'], exclude: [], changedOnly: 'auto', codeChangesOnly: false, ...extra };
}

const paths = (notebooks: Array<{ path: string }>) => notebooks.map((notebook) => notebook.path);
const commitCount = (workspace: string) => Number(git(workspace, 'rev-list', '--count', 'HEAD'));

describe('a shallow clone (fetch-depth: 1)', () => {
  it('fetches the before commit of a push and diffs without the history between', async () => {
    const before = repo.head();
    repo.notebook('notebooks/a.ipynb', codeCell('print("a2")')).commit('a');
    repo.filler(5);
    repo.push();
    const workspace = repo.checkout({ depth: 1 });
    const lines: string[] = [];
    const selection = await selectNotebooks(input(workspace, 'push', pushEvent({ before, after: repo.head() }), { log: (line) => lines.push(line) }));
    expect(paths(selection.selected)).toEqual(['notebooks/a.ipynb']);
    expect(lines).toContain(`fetching ${before.slice(0, 7)} from origin (not in the checkout)`);
    expect(commitCount(workspace)).toBe(1);
  });

  it('deepens the fetch to find the merge base of a pull request', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.notebook('notebooks/b.ipynb', codeCell('print("b on feature")')).commit('feature: b');
    repo.filler(60, 'feature.txt');
    repo.push('feature');
    repo.run('checkout', '-q', 'main');
    repo.notebook('notebooks/c.ipynb', codeCell('print("c on main")')).commit('main: c');
    repo.push('main');
    const forkPoint = repo.run('merge-base', 'main', 'feature');
    repo.run('checkout', '-q', '--detach', 'main');
    repo.run('merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
    repo.run('push', '-q', 'origin', 'HEAD:refs/pull/7/merge');
    const workspace = repo.checkout({ depth: 1, ref: 'refs/pull/7/merge' });
    const lines: string[] = [];
    const event = pullRequestEvent({ base: repo.head('main'), head: repo.head('feature') });
    const selection = await selectNotebooks(input(workspace, 'pull_request', event, { log: (line) => lines.push(line) }));
    expect(paths(selection.selected)).toEqual(['notebooks/b.ipynb']);
    expect(selection.base).toBe(forkPoint);
    expect(lines.filter((line) => line.startsWith('deepening the shallow clone'))).toEqual([
      expect.stringContaining('by 50 commits'),
      expect.stringContaining('by 100 commits'),
    ]);
    expect(commitCount(workspace)).toBeLessThan(Number(repo.run('rev-list', '--count', 'HEAD')));
  });

  it('deepens to the default branch for a new-branch push', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.filler(30, 'feature.txt');
    repo.notebook('notebooks/new.ipynb', codeCell('print("new")')).commit('feature: new notebook');
    repo.push('feature');
    const workspace = repo.checkout({ branch: 'feature', depth: 1 });
    const event = pushEvent({ ref: 'refs/heads/feature', before: '0'.repeat(40), after: repo.head(), created: true });
    const selection = await selectNotebooks(input(workspace, 'push', event));
    expect(selection.selected).toEqual([{ path: 'notebooks/new.ipynb', reason: expect.stringMatching(/^added in new branch: changes since the merge base/) }]);
    expect(selection.base).toBe(repo.head('main'));
  });

  it('stops deepening at maxFetchDepth with an error that says what to change', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.filler(40, 'feature.txt');
    repo.push('feature');
    const workspace = repo.checkout({ branch: 'feature', depth: 1 });
    const event = pushEvent({ ref: 'refs/heads/feature', before: '0'.repeat(40), after: repo.head(), created: true });
    const selecting = selectNotebooks(input(workspace, 'push', event, { maxFetchDepth: 20 }));
    await expect(selecting).rejects.toThrow(SelectionError);
    await expect(selecting).rejects.toThrow(/within 20 commits of the shallow clone; check out with `fetch-depth: 0`/);
  });

  it('fetches the parent commit for workflow_dispatch with changed-only true', async () => {
    repo.notebook('notebooks/c.ipynb', codeCell('print("c2")')).commit('c');
    repo.push();
    const workspace = repo.checkout({ depth: 1 });
    const selection = await selectNotebooks(input(workspace, 'workflow_dispatch', { inputs: {} }, { changedOnly: 'true' }));
    expect(paths(selection.selected)).toEqual(['notebooks/c.ipynb']);
    expect(selection.selected[0]!.reason).toMatch(/^changed in workflow_dispatch with changed-only true: the last commit \w{7}\.\.\w{7}$/);
  });
});
