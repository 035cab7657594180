import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { selectNotebooks, type SelectionInput } from '../../src/selection/index.js';
import { codeCell } from '../support/notebooks.js';
import { GitFixture, pushEvent } from './git-fixture.js';

/** Options git learned after 2.25 (Ubuntu 20.04), with the version that brought each. */
const NEWER_OPTIONS = { '--no-write-fetch-head': '2.29', '--no-relative': '2.28' };

let repo: GitFixture;
let shim: string;
beforeAll(() => {
  repo = new GitFixture();
  for (const name of ['a', 'b']) repo.notebook(`notebooks/${name}.ipynb`, codeCell(`print("${name}")`));
  repo.commit('two notebooks');
  repo.filler(5);
  repo.push();
  // A `git` first on PATH that refuses what git 2.25 would not know, then runs the real one.
  shim = mkdtempSync(join(tmpdir(), 'selection-old-git-'));
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const cases = Object.entries(NEWER_OPTIONS)
    .map(([option, version]) => `    ${option}) echo "error: unknown option '${option.slice(2)}' (it needs git ${version})" >&2; exit 129 ;;`)
    .join('\n');
  writeFileSync(join(shim, 'git'), `#!/bin/sh\nfor arg in "$@"; do\n  case "$arg" in\n${cases}\n  esac\ndone\nexec ${realGit} "$@"\n`);
  chmodSync(join(shim, 'git'), 0o755);
});
afterAll(() => {
  repo?.remove();
  if (shim) rmSync(shim, { recursive: true, force: true });
});

/** Runs the selection with the old-git stand-in first on PATH. */
async function selectWithOldGit(input: SelectionInput) {
  const path = process.env.PATH;
  process.env.PATH = `${shim}${delimiter}${path}`;
  try {
    return await selectNotebooks(input);
  } finally {
    process.env.PATH = path;
  }
}

describe('git 2.25, as Ubuntu 20.04 ships it', () => {
  it('selects the notebooks of a push in a shallow clone with no option newer than git 2.25', async () => {
    const before = repo.head();
    repo.notebook('notebooks/b.ipynb', codeCell('print("b2")')).commit('b');
    repo.push();
    const workspace = repo.checkout({ depth: 1 });
    const lines: string[] = [];
    const selection = await selectWithOldGit({
      eventName: 'push',
      event: pushEvent({ before, after: repo.head() }),
      workspace,
      patterns: [],
      exclude: [],
      changedOnly: 'auto',
      codeChangesOnly: true,
      log: (line) => lines.push(line),
    });
    expect(selection.selected.map((notebook) => notebook.path)).toEqual(['notebooks/b.ipynb']);
    expect(lines).toContain(`fetching ${before.slice(0, 7)} from origin (not in the checkout)`);
  });
});
