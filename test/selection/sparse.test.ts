import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { selectNotebooks, type SelectionInput } from '../../src/selection/index.js';
import { codeCell } from '../support/notebooks.js';
import { GitFixture, pushEvent } from './git-fixture.js';

// Real sparse checkouts (`git sparse-checkout set --cone notebooks`), as actions/checkout's `sparse-checkout:` makes them.
let repo: GitFixture;
beforeEach(() => {
  repo = new GitFixture();
  for (const path of ['notebooks/a.ipynb', 'notebooks/b.ipynb', 'reports/r.ipynb', 'reports/scratch/s.ipynb']) repo.notebook(path, codeCell(`print("${path}")`));
  repo.commit('four notebooks');
  repo.push();
});
afterEach(() => repo?.remove());

function input(workspace: string, event: Record<string, unknown>, extra: Partial<SelectionInput> = {}): SelectionInput {
  return { eventName: 'push', event, workspace, patterns: ['**/*.ipynb'], exclude: [], changedOnly: 'auto', codeChangesOnly: false, ...extra };
}

const paths = (notebooks: Array<{ path: string }>) => notebooks.map((notebook) => notebook.path);

describe('a sparse checkout', () => {
  it('runs every notebook in the sparse cone and skips the others as outside the sparse checkout', async () => {
    const workspace = repo.checkout({ sparse: ['notebooks'] });
    expect(existsSync(join(workspace, 'reports/r.ipynb'))).toBe(false);
    const selection = await selectNotebooks(input(workspace, pushEvent({ before: repo.head(), after: repo.head() }), { changedOnly: 'false', exclude: ['reports/scratch/**'] }));
    expect(paths(selection.selected)).toEqual(['notebooks/a.ipynb', 'notebooks/b.ipynb']);
    expect(selection.skipped).toEqual([
      { path: 'reports/r.ipynb', reason: 'outside the sparse checkout' },
      { path: 'reports/scratch/s.ipynb', reason: 'excluded by "reports/scratch/**"' },
    ]);
  });

  it('skips changed notebooks outside the sparse checkout of a shallow clone, and runs the rest', async () => {
    const before = repo.head();
    repo.notebook('notebooks/a.ipynb', codeCell('print("a2")')).notebook('reports/r.ipynb', codeCell('print("r2")'));
    repo.notebook('reports/new.ipynb', codeCell('print("new")')).move('notebooks/b.ipynb', 'reports/b.ipynb').commit('change both folders');
    repo.push();
    const workspace = repo.checkout({ depth: 1, sparse: ['notebooks'] });
    const lines: string[] = [];
    const selection = await selectNotebooks(input(workspace, pushEvent({ before, after: repo.head() }), { codeChangesOnly: true, log: (line) => lines.push(line) }));
    expect(paths(selection.selected)).toEqual(['notebooks/a.ipynb']);
    expect(selection.skipped).toEqual([
      { path: 'reports/b.ipynb', reason: 'outside the sparse checkout (renamed)' },
      { path: 'reports/new.ipynb', reason: 'outside the sparse checkout (added)' },
      { path: 'reports/r.ipynb', reason: 'outside the sparse checkout (modified)' },
    ]);
    expect(lines).toContain('  skip reports/r.ipynb: outside the sparse checkout (modified)');
    expect(selection.selected.every((notebook) => existsSync(join(workspace, notebook.path)))).toBe(true);
  });
});
