import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeFingerprint, sameCode } from '../../src/selection/code-changes.js';
import { selectNotebooks } from '../../src/selection/index.js';
import type { NotebookCell } from '../../src/notebook/notebook.js';
import { codeCell, markdownCell, notebookBytes } from '../support/notebooks.js';
import { GitFixture, pushEvent } from './git-fixture.js';

const executed = (source: string, count: number): NotebookCell => ({
  ...codeCell(source),
  execution_count: count,
  outputs: [{ output_type: 'stream', name: 'stdout', text: [`ran ${count}\n`] }],
});

describe('codeFingerprint', () => {
  it('is the same for string and list sources', () => {
    expect(codeFingerprint(notebookBytes(codeCell('a = 1\nb = 2')))).toBe(codeFingerprint(notebookBytes({ ...codeCell(''), source: ['a = 1\n', 'b = 2'] })));
  });

  it('ignores markdown, outputs, execution counts and metadata but not code, order or tags', () => {
    const base = notebookBytes(markdownCell('# T'), codeCell('x = 1'), codeCell('print(x)'));
    expect(sameCode(base, notebookBytes(markdownCell('# Title'), markdownCell('new prose'), executed('x = 1', 4), executed('print(x)', 5)))).toBe(true);
    expect(sameCode(base, notebookBytes(markdownCell('# T'), codeCell('x = 2'), codeCell('print(x)')))).toBe(false);
    expect(sameCode(base, notebookBytes(markdownCell('# T'), codeCell('print(x)'), codeCell('x = 1')))).toBe(false);
    expect(sameCode(base, notebookBytes(markdownCell('# T'), codeCell('x = 1', ['parameters']), codeCell('print(x)')))).toBe(false);
  });

  it('counts an unreadable version as a code change', () => {
    expect(sameCode(new TextEncoder().encode('<<<<<<< HEAD'), notebookBytes(codeCell('1')))).toBe(false);
    expect(sameCode(undefined, notebookBytes(codeCell('1')))).toBe(false);
  });
});

describe('code-changes-only in a push', () => {
  let repo: GitFixture;
  let before: string;
  beforeAll(() => {
    repo = new GitFixture();
    const cells = (name: string) => [markdownCell(`# ${name}`), codeCell(`x = "${name}"`), codeCell('print(x)')];
    for (const name of ['prose', 'outputs', 'metadata', 'code', 'order']) repo.notebook(`nb/${name}.ipynb`, ...cells(name));
    before = repo.commit('five notebooks');
    repo.notebook('nb/prose.ipynb', markdownCell('# prose, reworded'), codeCell('x = "prose"'), markdownCell('more prose'), codeCell('print(x)'));
    repo.notebook('nb/outputs.ipynb', markdownCell('# outputs'), executed('x = "outputs"', 1), executed('print(x)', 2));
    repo.write('nb/metadata.ipynb', JSON.stringify({ ...JSON.parse(repo.run('show', 'HEAD:nb/metadata.ipynb')), metadata: { kernelspec: { name: 'conda' }, widgets: {} } }, null, 1));
    repo.notebook('nb/code.ipynb', markdownCell('# code'), codeCell('x = "changed"'), codeCell('print(x)'));
    repo.notebook('nb/order.ipynb', markdownCell('# order'), codeCell('print(x)'), codeCell('x = "order"'));
    repo.notebook('nb/new.ipynb', markdownCell('# new'));
    repo.commit('edit notebooks');
    repo.push();
  });
  afterAll(() => repo?.remove());

  it('skips notebooks whose change is only markdown, outputs or metadata, and runs code changes and new notebooks', async () => {
    const event = pushEvent({ before, after: repo.head() });
    const input = { eventName: 'push', event, workspace: repo.checkout(), patterns: [], exclude: [], changedOnly: 'auto' as const };
    const selection = await selectNotebooks({ ...input, codeChangesOnly: true });
    const range = `push ${before.slice(0, 7)}..${repo.head().slice(0, 7)}`;
    expect(selection.selected).toEqual([
      { path: 'nb/code.ipynb', reason: `code changed in ${range}` },
      { path: 'nb/new.ipynb', reason: `added in ${range}` },
      { path: 'nb/order.ipynb', reason: `code changed in ${range}` },
    ]);
    expect(selection.skipped).toEqual(
      ['metadata', 'outputs', 'prose'].map((name) => ({ path: `nb/${name}.ipynb`, reason: `only markdown, outputs or metadata changed in ${range}` })),
    );
    const everyChange = await selectNotebooks({ ...input, codeChangesOnly: false });
    expect(everyChange.selected).toHaveLength(6);
  });
});
