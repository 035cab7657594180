import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ContextBuilder } from '../../src/context/build-context.js';
import { CLI_CONTEXT_FLAGS, parseContextSettings, type ContextInputs } from '../../src/context/context-settings.js';
import { InputError } from '../../src/engine/input-error.js';
import { GitFixture, removeGitFixtures } from '../support/git-fixture.js';

let shared: GitFixture;
beforeAll(() => {
  shared = repository();
});
afterAll(() => removeGitFixtures());

const MIB = 1024 * 1024;

/** A repository shaped like a real one: notebooks beside their modules and data, a module at the root. */
function repository(): GitFixture {
  const repo = new GitFixture();
  repo.write('.gitignore', 'scratch/\n*.tmp\n');
  repo.write('shared.py', 'SHARED = 1\n');
  repo.write('requirements.txt', 'numpy\n');
  repo.write('notebooks/sales/report.ipynb', '{}');
  repo.write('notebooks/sales/helpers.py', 'def scale(x): return x * 2\n');
  repo.write('notebooks/sales/data/2023.csv', 'x\n1\n');
  repo.write('notebooks/sales/requirements.txt', 'pandas\n');
  repo.write('notebooks/other/other.ipynb', '{}');
  repo.commit('notebooks');
  // Never shipped: ignored, and untracked.
  repo.write('notebooks/sales/scratch/cache.bin', 'x');
  repo.write('notebooks/sales/notes.tmp', 'x');
  repo.write('notebooks/sales/big-untracked.bin', new Uint8Array(2 * MIB));
  repo.write('notebooks/sales/untracked-reqs.txt', 'x\n');
  return repo;
}

function builder(workspace: string, inputs: ContextInputs = {}): ContextBuilder {
  return new ContextBuilder(parseContextSettings(inputs, CLI_CONTEXT_FLAGS), workspace);
}

async function failure(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const paths = (built: { context: { files: Array<{ path: string }> } }) => built.context.files.map((file) => file.path).sort();

describe('a notebook\'s context', () => {
  it('is the notebook\'s folder as git tracks it: modules and data beside it, never untracked or ignored files', async () => {
    const repo = shared;
    const built = await builder(repo.work).forNotebook('notebooks/sales/report.ipynb', 2);
    expect(built.context).toMatchObject({ rootName: 'sales', notebookPath: 'report.ipynb', requirements: 'requirements.txt', shownRoot: 'notebooks/sales/' });
    expect(paths(built)).toEqual(['data/2023.csv', 'helpers.py', 'requirements.txt']);
    expect(built.notes[0]).toMatch(/^notebooks\/sales\/report\.ipynb: runs in notebooks\/sales\/ \(the notebook's folder, as git tracks it\): 4 files, .*installs requirements\.txt/);
    expect(built.notes.join('\n')).toMatch(/untracked files are not shipped \(git add them to ship them\): big-untracked\.bin/);
  });

  it('is the whole repository with context repo, the notebook in its place inside it', async () => {
    const repo = shared;
    const contexts = builder(repo.work, { context: 'repo' });
    const built = await contexts.forNotebook('notebooks/sales/report.ipynb', 2);
    expect(built.context).toMatchObject({ rootName: 'work', notebookPath: 'notebooks/sales/report.ipynb', requirements: 'notebooks/sales/requirements.txt', shownRoot: './' });
    expect(paths(built)).toEqual(expect.arrayContaining(['shared.py', '.gitignore', 'notebooks/other/other.ipynb', 'notebooks/sales/helpers.py']));
    expect(paths(built)).not.toContain('notebooks/sales/report.ipynb');
    // requirements.txt at the root, for a notebook without one beside it; the root's notes once.
    const other = await contexts.forNotebook('notebooks/other/other.ipynb', 2);
    expect(other.context.requirements).toBe('requirements.txt');
    expect(other.notes).toHaveLength(1);
  });

  it('is a named folder that contains the notebook, and refuses one that does not', async () => {
    const repo = shared;
    const built = await builder(repo.work, { context: 'notebooks' }).forNotebook('notebooks/sales/report.ipynb', 2);
    expect(built.context).toMatchObject({ rootName: 'notebooks', notebookPath: 'sales/report.ipynb' });
    const error = await failure(builder(repo.work, { context: 'notebooks/other' }).forNotebook('notebooks/sales/report.ipynb', 2));
    expect(error.message).toMatch(/^--context: notebooks\/sales\/report\.ipynb is not inside notebooks\/other\//);
    expect((await failure(builder(repo.work, { context: 'nowhere' }).forNotebook('notebooks/sales/report.ipynb', 2))).message).toMatch(/^--context: .*"nowhere" \(no such folder/);
  });

  it('fails over the size limit naming the largest files and how to narrow it, and fits once they are excluded', async () => {
    const repo = repository();
    repo.write('notebooks/sales/data/huge.parquet', new Uint8Array(3 * MIB));
    repo.write('notebooks/sales/data/medium.csv', new Uint8Array(MIB));
    repo.git('add', 'notebooks/sales/data');
    repo.git('commit', '-q', '-m', 'data');
    const error = await failure(builder(repo.work, { maxSize: '2MiB' }).forNotebook('notebooks/sales/report.ipynb', 2));
    expect(error.message).toMatch(/^--context: The context of notebooks\/sales\/report\.ipynb, notebooks\/sales\/ \(the notebook's folder, as git tracks it\), holds 4\.0 MiB in 6 files, over the 2\.0 MiB limit\. The largest: data\/huge\.parquet \(3\.0 MiB\), data\/medium\.csv \(1\.0 MiB\)/);
    expect(error.message).toContain('--context-exclude (glob patterns, e.g. data/huge.parquet)');
    expect(error.message).toContain('raise --context-max-size (at most 4 GB');
    const narrowed = await builder(repo.work, { maxSize: '2MiB', exclude: ['*.parquet', 'notebooks/sales/data/medium.csv'] }).forNotebook('notebooks/sales/report.ipynb', 2);
    expect(paths(narrowed)).toEqual(['data/2023.csv', 'helpers.py', 'requirements.txt']);
  });

  it('ships a link inside the context as a copy and refuses, by name, one that leaves it', async () => {
    const repo = repository();
    symlinkSync('data/2023.csv', join(repo.work, 'notebooks/sales/latest.csv'));
    symlinkSync('../../shared.py', join(repo.work, 'notebooks/sales/shared.py'));
    repo.git('add', 'notebooks/sales/latest.csv', 'notebooks/sales/shared.py');
    repo.git('commit', '-q', '-m', 'links');
    const error = await failure(builder(repo.work).forNotebook('notebooks/sales/report.ipynb', 2));
    expect(error.message).toMatch(/^--context: shared\.py is a symbolic link to .*\/shared\.py, outside the context \(notebooks\/sales\/\).*--context-exclude: shared\.py/);
    const built = await builder(repo.work, { exclude: ['shared.py'] }).forNotebook('notebooks/sales/report.ipynb', 2);
    const latest = built.context.files.find((file) => file.path === 'latest.csv');
    expect(latest?.source).toBe(join(repo.work, 'notebooks/sales/data/2023.csv'));
    // The whole repository holds both ends of the link.
    expect(paths(await builder(repo.work, { context: 'repo' }).forNotebook('notebooks/sales/report.ipynb', 2))).toContain('notebooks/sales/shared.py');
  });

  it('walks the folder outside git, leaving out environments, caches and version control folders', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'context-walk-'));
    const write = (path: string, content = 'x') => {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), content);
    };
    for (const path of ['nb.ipynb', 'lib/util.py', 'env/pyvenv.cfg', 'env/lib/site.py', 'lib/__pycache__/util.pyc', 'node_modules/x/index.js', '.ipynb_checkpoints/nb-checkpoint.ipynb']) write(path);
    const built = await builder(folder).forNotebook('nb.ipynb', 2);
    expect(paths(built)).toEqual(['lib/util.py']);
    expect(built.notes[0]).toContain("(the notebook's folder)");
  });

  it('takes a requirements path inside the context, and says why one is not shipped', async () => {
    const repo = shared;
    const explicit = await builder(repo.work, { requirements: 'notebooks/sales/data/2023.csv' }).forNotebook('notebooks/sales/report.ipynb', 2);
    expect(explicit.context.requirements).toBe('data/2023.csv');
    expect((await builder(repo.work, { requirements: 'none' }).forNotebook('notebooks/sales/report.ipynb', 2)).context.requirements).toBeUndefined();
    expect((await failure(builder(repo.work, { requirements: 'requirements.txt' }).forNotebook('notebooks/sales/report.ipynb', 2))).message).toMatch(
      /^--requirements: requirements\.txt is outside the context of notebooks\/sales\/report\.ipynb .*widen --context/,
    );
    expect((await failure(builder(repo.work, { requirements: 'notebooks/sales/untracked-reqs.txt' }).forNotebook('notebooks/sales/report.ipynb', 2))).message).toMatch(
      /^--requirements: notebooks\/sales\/untracked-reqs\.txt is not shipped with notebooks\/sales\/report\.ipynb: git does not track it/,
    );
    expect((await failure(builder(repo.work, { requirements: 'https://example.com/r.txt' }).forNotebook('notebooks/sales/report.ipynb', 2))).message).toMatch(
      /^--requirements: a URL names the requirements of notebooks given by URL/,
    );
  });
});

describe('the context inputs', () => {
  it('read sizes with units, a bare number as MiB, and refuse what OCI would not take', () => {
    const size = (maxSize: string) => parseContextSettings({ maxSize }, CLI_CONTEXT_FLAGS).maxBytes;
    expect(size('')).toBe(100 * MIB);
    expect(size('250MiB')).toBe(250 * MIB);
    expect(size('2 GB')).toBe(2e9);
    expect(size('300')).toBe(300 * MIB);
    expect(() => size('lots')).toThrow('--context-max-size: expected a size such as 250MiB or 2GB (a bare number is MiB), got "lots"');
    expect(() => size('5GiB')).toThrow('--context-max-size: "5GiB" is over 4 GB (4,000,000,000 bytes), the most OCI takes for a job artifact');
    expect(size('4GB')).toBe(4e9);
    expect(parseContextSettings({ context: ' repo ', requirements: 'none' }, CLI_CONTEXT_FLAGS)).toMatchObject({ scope: { kind: 'repo' }, requirements: { kind: 'none' } });
    expect(() => parseContextSettings({ context: 'https://example.com/x' }, CLI_CONTEXT_FLAGS)).toThrow(/--context: expected repo or a folder/);
  });
});
