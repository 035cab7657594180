import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotebookPatterns } from '../../src/selection/notebook-patterns.js';
import { selectNotebooks, type SelectionInput } from '../../src/selection/index.js';
import { codeCell } from '../support/notebooks.js';
import { GitFixture, pushEvent } from './git-fixture.js';

describe('NotebookPatterns', () => {
  it('counts only .ipynb files that match a notebooks pattern and no exclude pattern', () => {
    const patterns = new NotebookPatterns(['notebooks/**', 'reports/*.ipynb'], ['**/scratch/**']);
    expect(patterns.verdict('notebooks/deep/a.ipynb')).toEqual({ kind: 'matched' });
    expect(patterns.verdict('reports/q1.ipynb')).toEqual({ kind: 'matched' });
    expect(patterns.verdict('notebooks/helper.py')).toEqual({ kind: 'not-a-notebook', reason: 'not an .ipynb file' });
    expect(patterns.verdict('reports/2024/q1.ipynb')).toEqual({ kind: 'unmatched', reason: 'matches no notebooks pattern (notebooks/**, reports/*.ipynb)' });
    expect(patterns.verdict('notebooks/scratch/try.ipynb')).toEqual({ kind: 'excluded', reason: 'excluded by "**/scratch/**"' });
  });

  it('matches dot-folders, as dot: true does', () => {
    expect(new NotebookPatterns(['**/*.ipynb'], []).verdict('.github/checks/smoke.ipynb')).toEqual({ kind: 'matched' });
  });

  it('reads "!" lines as excludes, drops a leading ./ and falls back to **/*.ipynb when nothing is left', () => {
    const patterns = new NotebookPatterns(['./notebooks/**/*.ipynb', '!notebooks/wip/**', '  '], []);
    expect(patterns.verdict('notebooks/a.ipynb')).toEqual({ kind: 'matched' });
    expect(patterns.verdict('notebooks/wip/a.ipynb')).toEqual({ kind: 'excluded', reason: 'excluded by "notebooks/wip/**"' });
    expect(new NotebookPatterns(['', ' '], []).includePatterns).toEqual(['**/*.ipynb']);
  });

  it('reads a "!" line in exclude as the same exclude, not as "exclude everything else"', () => {
    const patterns = new NotebookPatterns(['**/*.ipynb'], ['!notebooks/scratch/**', ' !./drafts/** ', '!']);
    expect(patterns.verdict('notebooks/a.ipynb')).toEqual({ kind: 'matched' });
    expect(patterns.verdict('other/c.ipynb')).toEqual({ kind: 'matched' });
    expect(patterns.verdict('notebooks/scratch/b.ipynb')).toEqual({ kind: 'excluded', reason: 'excluded by "notebooks/scratch/**"' });
    expect(patterns.verdict('drafts/d.ipynb')).toEqual({ kind: 'excluded', reason: 'excluded by "drafts/**"' });
  });

  it('keeps a !(...) extglob in exclude as picomatch reads it', () => {
    const patterns = new NotebookPatterns(['**/*.ipynb'], ['!(notebooks)/**']);
    expect(patterns.verdict('notebooks/a.ipynb')).toEqual({ kind: 'matched' });
    expect(patterns.verdict('other/c.ipynb')).toEqual({ kind: 'excluded', reason: 'excluded by "!(notebooks)/**"' });
  });
});

describe('patterns and exclude in a selection', () => {
  let repo: GitFixture;
  let before: string;
  beforeAll(() => {
    repo = new GitFixture();
    repo.notebook('notebooks/a.ipynb', codeCell('1')).notebook('notebooks/scratch/b.ipynb', codeCell('2')).notebook('other/c.ipynb', codeCell('3'));
    before = repo.commit('three notebooks');
    repo.notebook('notebooks/a.ipynb', codeCell('1 + 1')).notebook('notebooks/scratch/b.ipynb', codeCell('2 + 2')).notebook('other/c.ipynb', codeCell('3 + 3'));
    repo.write('notebooks/run.py', 'print()\n').commit('change all three');
    repo.push();
  });
  afterAll(() => repo?.remove());

  const input = (patterns: string[], exclude: string[], changedOnly: SelectionInput['changedOnly'] = 'auto'): SelectionInput => ({
    eventName: 'push',
    event: pushEvent({ before, after: repo.head() }),
    workspace: repo.dev,
    patterns,
    exclude,
    changedOnly,
    codeChangesOnly: false,
  });

  it('runs what matches and says why the others were left out', async () => {
    const selection = await selectNotebooks(input(['notebooks/**/*.ipynb'], ['notebooks/scratch/**']));
    expect(selection.selected.map((notebook) => notebook.path)).toEqual(['notebooks/a.ipynb']);
    expect(selection.skipped).toEqual([
      { path: 'notebooks/scratch/b.ipynb', reason: 'excluded by "notebooks/scratch/**" (modified)' },
      { path: 'other/c.ipynb', reason: 'matches no notebooks pattern (notebooks/**/*.ipynb) (modified)' },
    ]);
  });

  it('runs everything but the excluded notebook when an exclude line starts with "!"', async () => {
    const selection = await selectNotebooks(input(['**/*.ipynb'], ['!notebooks/scratch/**']));
    expect(selection.selected.map((notebook) => notebook.path)).toEqual(['notebooks/a.ipynb', 'other/c.ipynb']);
    expect(selection.skipped).toEqual([{ path: 'notebooks/scratch/b.ipynb', reason: 'excluded by "notebooks/scratch/**" (modified)' }]);
  });

  it('lists excluded notebooks as skipped when selecting all', async () => {
    const selection = await selectNotebooks(input(['**/*.ipynb'], ['notebooks/scratch/**'], 'false'));
    expect(selection.selected.map((notebook) => notebook.path)).toEqual(['notebooks/a.ipynb', 'other/c.ipynb']);
    expect(selection.skipped).toEqual([{ path: 'notebooks/scratch/b.ipynb', reason: 'excluded by "notebooks/scratch/**"' }]);
  });
});
