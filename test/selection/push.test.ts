import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { selectNotebooks, type SelectionInput } from '../../src/selection/index.js';
import { codeCell, markdownCell } from '../support/notebooks.js';
import { GitFixture, pushEvent } from './git-fixture.js';

let repo: GitFixture;
beforeEach(() => {
  repo = new GitFixture();
  for (const name of ['a', 'b', 'c', 'd', 'e']) repo.notebook(`notebooks/${name}.ipynb`, markdownCell(`# ${name}`), codeCell(`print("${name}")`));
  repo.write('README.md', '# notebooks\n').write('src/util.py', 'X = 1\n');
  repo.commit('five notebooks');
  repo.push();
});
afterEach(() => repo?.remove());

function input(workspace: string, event: Record<string, unknown>, extra: Partial<SelectionInput> = {}): SelectionInput {
  return { eventName: 'push', event, workspace, patterns: ['**/*.ipynb'], exclude: [], changedOnly: 'auto', codeChangesOnly: false, ...extra };
}

const paths = (notebooks: Array<{ path: string }>) => notebooks.map((notebook) => notebook.path);

describe('a push', () => {
  it('selects exactly the 2 of 5 notebooks the push changed', async () => {
    const before = repo.head();
    repo.notebook('notebooks/b.ipynb', codeCell('print("b, changed")'));
    repo.write('src/util.py', 'X = 2\n').commit('change b');
    repo.notebook('notebooks/d.ipynb', codeCell('print("d, changed")')).commit('change d');
    repo.push();
    const after = repo.head();
    const lines: string[] = [];
    const selection = await selectNotebooks(input(repo.checkout(), pushEvent({ before, after }), { log: (line) => lines.push(line) }));
    expect(paths(selection.selected)).toEqual(['notebooks/b.ipynb', 'notebooks/d.ipynb']);
    expect(selection.selected[0]!.reason).toBe(`changed in push ${before.slice(0, 7)}..${after.slice(0, 7)}`);
    expect(selection).toMatchObject({ mode: 'changed', base: before, head: after, skipped: [] });
    expect(lines).toContain(`  run  notebooks/b.ipynb: changed in push ${before.slice(0, 7)}..${after.slice(0, 7)}`);
    expect(lines.at(-1)).toBe('2 notebook(s) to run, 0 skipped');
  });

  it('skips deleted notebooks and runs renamed ones under their new path', async () => {
    const before = repo.head();
    repo.delete('notebooks/a.ipynb').move('notebooks/c.ipynb', 'analysis/c-renamed.ipynb').move('notebooks/e.ipynb', 'notebooks/e.json');
    repo.commit('delete a, rename c, turn e into plain JSON');
    repo.push();
    const selection = await selectNotebooks(input(repo.checkout(), pushEvent({ before, after: repo.head() })));
    expect(selection.selected).toEqual([{ path: 'analysis/c-renamed.ipynb', reason: expect.stringMatching(/^renamed from notebooks\/c\.ipynb in push /) }]);
    expect(selection.skipped).toEqual([
      { path: 'notebooks/a.ipynb', reason: expect.stringMatching(/^deleted in push /) },
      { path: 'notebooks/e.ipynb', reason: expect.stringMatching(/^deleted in push /) },
    ]);
  });

  it('selects nothing when only other files changed', async () => {
    const before = repo.head();
    repo.write('src/util.py', 'X = 3\n').commit('code only');
    repo.push();
    const selection = await selectNotebooks(input(repo.checkout(), pushEvent({ before, after: repo.head() })));
    expect(selection.selected).toEqual([]);
  });

  it('selects nothing when the push deleted the branch', async () => {
    const selection = await selectNotebooks(
      input(repo.checkout(), pushEvent({ ref: 'refs/heads/old', before: repo.head(), after: '0'.repeat(40), deleted: true })),
    );
    expect(selection).toEqual({ selected: [], skipped: [], mode: 'none' });
  });
});

describe('a new-branch push', () => {
  it('compares with the merge base of the default branch', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.notebook('notebooks/a.ipynb', codeCell('print("a on feature")')).commit('feature: a');
    repo.notebook('notebooks/new.ipynb', codeCell('1')).commit('feature: new');
    repo.push('feature');
    repo.run('checkout', '-q', 'main');
    const forkPoint = repo.head('main');
    repo.notebook('notebooks/e.ipynb', codeCell('print("e on main")')).commit('main moves on');
    repo.push('main');
    const event = pushEvent({ ref: 'refs/heads/feature', before: '0'.repeat(40), after: repo.head('feature'), created: true });
    const selection = await selectNotebooks(input(repo.checkout({ branch: 'feature' }), event));
    expect(paths(selection.selected)).toEqual(['notebooks/a.ipynb', 'notebooks/new.ipynb']);
    expect(selection.base).toBe(forkPoint);
    expect(selection.selected[1]!.reason).toMatch(/^added in new branch: changes since the merge base \w{7} with main$/);
  });

  it('selects every notebook on the first push of the default branch', async () => {
    const event = pushEvent({ before: '0'.repeat(40), after: repo.head(), created: true });
    const selection = await selectNotebooks(input(repo.checkout(), event));
    expect(selection.selected).toHaveLength(5);
    expect(selection.selected[0]!.reason).toBe('first push of the default branch main: all notebooks');
  });
});

describe('a force push', () => {
  it('compares with the merge base of the default branch, not with the rewritten before', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.notebook('notebooks/a.ipynb', codeCell('print("first try")')).commit('feature: a');
    repo.notebook('notebooks/b.ipynb', codeCell('print("first try")')).commit('feature: b');
    repo.push('feature');
    const before = repo.head();
    repo.run('reset', '-q', '--hard', 'main');
    repo.notebook('notebooks/c.ipynb', codeCell('print("second try")')).commit('feature: c instead');
    repo.push('feature', true);
    // forced is left false on purpose: the ancestry check alone must notice the rewrite.
    const event = pushEvent({ ref: 'refs/heads/feature', before, after: repo.head() });
    const lines: string[] = [];
    const selection = await selectNotebooks(input(repo.checkout({ branch: 'feature' }), { ...event, forced: undefined }, { log: (line) => lines.push(line) }));
    expect(paths(selection.selected)).toEqual(['notebooks/c.ipynb']);
    expect(selection.selected[0]!.reason).toMatch(/^changed in force push \(\w{7} is not an ancestor of \w{7}\): changes since the merge base \w{7} with main$/);
  });

  it('trusts forced: true from the payload', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.notebook('notebooks/d.ipynb', codeCell('print("d")')).commit('feature: d');
    repo.push('feature');
    const event = pushEvent({ ref: 'refs/heads/feature', before: repo.head('main'), after: repo.head(), forced: true });
    const selection = await selectNotebooks(input(repo.checkout({ branch: 'feature' }), event));
    expect(selection.selected).toEqual([{ path: 'notebooks/d.ipynb', reason: expect.stringMatching(/^changed in force push: changes since the merge base/) }]);
  });

  it('on the default branch itself, compares with the merge base of before and after', async () => {
    repo.notebook('notebooks/a.ipynb', codeCell('print("to be dropped")')).commit('main: a');
    repo.push();
    const before = repo.head();
    repo.run('reset', '-q', '--hard', 'HEAD~1');
    repo.notebook('notebooks/b.ipynb', codeCell('print("instead")')).commit('main: b');
    repo.push('main', true);
    const selection = await selectNotebooks(input(repo.checkout(), pushEvent({ before, after: repo.head(), forced: true })));
    expect(paths(selection.selected)).toEqual(['notebooks/b.ipynb']);
  });
});

describe('a push of a merge commit', () => {
  it('counts what the merge brought in: the diff against before, its first parent', async () => {
    repo.run('checkout', '-q', '-b', 'feature');
    repo.notebook('notebooks/a.ipynb', codeCell('print("a from feature")')).commit('feature: a');
    repo.notebook('notebooks/c.ipynb', codeCell('print("tried")')).commit('feature: c');
    repo.notebook('notebooks/c.ipynb', markdownCell('# c'), codeCell('print("c")')).commit('feature: c back as it was');
    repo.run('checkout', '-q', 'main');
    repo.notebook('notebooks/e.ipynb', codeCell('print("e on main")')).commit('main: e');
    repo.push();
    const before = repo.head();
    repo.run('merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature');
    repo.push();
    const after = repo.head();
    expect(repo.head(`${after}^1`)).toBe(before);
    const selection = await selectNotebooks(input(repo.checkout(), pushEvent({ before, after })));
    // e changed on main before the push and c came back unchanged: only a was brought in.
    expect(paths(selection.selected)).toEqual(['notebooks/a.ipynb']);
    expect(selection.base).toBe(before);
  });
});
