/**
 * A small repository shaped like real notebook repositories, for the tests of notebook contexts
 * on every backend: notebooks that import modules beside them and at the root, read data under
 * their folder, install requirements from a local wheel (no network), or need an R kernel.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import type { Notebook } from '../../src/notebook/notebook.js';
import { GitFixture } from './git-fixture.js';
import { codeCell, notebookOf } from './notebooks.js';

const run = promisify(execFile);

/** The kernel of the throwaway environment that requirements are installed into. */
export const PIP_KERNEL = 'pip-venv';

function notebook(cells: string[], kernelspec?: Record<string, string>): string {
  const built: Notebook = notebookOf(...cells.map((source) => codeCell(source)));
  if (kernelspec) built.metadata.kernelspec = kernelspec;
  return JSON.stringify(built, null, 1);
}

/** A wheel of `tinypkg` 1.0 (`VALUE = 42`), built by hand: pip installs it with no index and no build tools. */
export function tinyWheel(): Uint8Array {
  const info = 'tinypkg-1.0.dist-info';
  const text = (value: string) => new TextEncoder().encode(value);
  return zipSync({
    'tinypkg/__init__.py': text('VALUE = 42\n'),
    [`${info}/METADATA`]: text('Metadata-Version: 2.1\nName: tinypkg\nVersion: 1.0\n'),
    [`${info}/WHEEL`]: text('Wheel-Version: 1.0\nGenerator: oci-run-notebook-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n'),
    [`${info}/RECORD`]: text(`tinypkg/__init__.py,,\n${info}/METADATA,,\n${info}/WHEEL,,\n${info}/RECORD,,\n`),
  });
}

export const MIB = 1024 * 1024;

/** What each notebook of the repository prints, so that tests can compare runs. */
export const REPO_NOTEBOOKS = {
  /** Imports helpers.py beside it, sums data/*.csv under its folder, writes summary.csv. */
  sales: 'notebooks/sales/report.ipynb',
  /** A second report.ipynb, in another folder. */
  analysis: 'analysis/report.ipynb',
  /** Imports shared_utils.py at the repository's root: needs `context: repo`. */
  rootModule: 'notebooks/uses-root/uses_root.ipynb',
  /** Installs tinypkg from wheels/ beside it and prints its VALUE; runs on the pip-venv kernel. */
  deps: 'deps/deps.ipynb',
  /** Its requirements name a package that no index has. */
  broken: 'broken/broken.ipynb',
  /** An R notebook, for a machine with Python kernels only. */
  r: 'r/analysis.ipynb',
} as const;

/** The files of the repository, committed; plus an untracked large file and an ignored one beside the sales notebook. */
export function notebookRepository(): GitFixture {
  const repo = new GitFixture();
  repo.write('.gitignore', '*.tmp\n');
  repo.write('shared_utils.py', 'def greeting():\n    return "hello from the repository root"\n');
  repo.write('notebooks/sales/helpers.py', 'import csv\n\ndef total(path):\n    with open(path) as rows:\n        return sum(float(row["amount"]) for row in csv.DictReader(rows))\n');
  repo.write('notebooks/sales/data/2023.csv', 'amount\n1.25\n2.5\n');
  repo.write('notebooks/sales/data/2024.csv', 'amount\n10\n0.75\n');
  // The context's largest file, for the size limit's error.
  repo.write('notebooks/sales/data/archive.parquet', new Uint8Array(1.5 * MIB));
  repo.write(
    REPO_NOTEBOOKS.sales,
    notebook([
      'import glob, os\nfrom helpers import total\ntotals = {path: total(path) for path in sorted(glob.glob("data/*.csv"))}\nprint("totals", totals)',
      'print("grand total", sum(totals.values()))\nopen("summary.csv", "w").write("total\\n%s\\n" % sum(totals.values()))',
      'print("untracked file here:", os.path.exists("big-untracked.bin"), os.path.exists("scratch.tmp"))',
    ]),
  );
  repo.write(REPO_NOTEBOOKS.analysis, notebook(['print("analysis report")\nopen("result.txt", "w").write("analysis")']));
  repo.write(REPO_NOTEBOOKS.rootModule, notebook(['from shared_utils import greeting\nprint(greeting())']));
  repo.write('deps/requirements.txt', '--no-index\n--find-links wheels\ntinypkg==1.0\n');
  repo.write('deps/wheels/tinypkg-1.0-py3-none-any.whl', tinyWheel());
  repo.write(REPO_NOTEBOOKS.deps, notebook(['import tinypkg\nprint("tinypkg says", tinypkg.VALUE)'], { name: PIP_KERNEL, language: 'python', display_name: 'pip venv' }));
  repo.write('broken/requirements.txt', '--no-index\nnosuchpkg==9.9\n');
  repo.write(REPO_NOTEBOOKS.broken, notebook(['print("never runs")'], { name: PIP_KERNEL, language: 'python', display_name: 'pip venv' }));
  repo.write(REPO_NOTEBOOKS.r, notebook(['print("hello from R")'], { name: 'ir', language: 'R', display_name: 'R' }));
  repo.commit('notebooks');
  repo.push('main');
  // Beside the sales notebook, never shipped: untracked (and large), and ignored.
  repo.write('notebooks/sales/big-untracked.bin', new Uint8Array(2 * MIB));
  repo.write('notebooks/sales/scratch.tmp', 'scratch');
  return repo;
}

/** Everything each cell of an executed notebook printed, one string a cell. */
export function printedByCell(executed: { cells: Array<{ outputs?: Array<{ text?: string | string[] }> }> }): string[] {
  return executed.cells.map((cell) => (cell.outputs ?? []).map((out) => [out.text ?? ''].flat().join('')).join(''));
}

/** The sales notebook run in place by `jupyter nbconvert --execute`, as its author would: what each cell printed. */
export async function nbconvertInPlace(python: string, workTree: string): Promise<string[]> {
  const out = await mkdtemp(join(tmpdir(), 'nbconvert-'));
  await run(python, ['-m', 'nbconvert', '--to', 'notebook', '--execute', REPO_NOTEBOOKS.sales, '--output-dir', out, '--output', 'executed.ipynb'], { cwd: workTree });
  return printedByCell(JSON.parse(await readFile(join(out, 'executed.ipynb'), 'utf8')));
}

/**
 * A throwaway virtual environment over the Jupyter Python's packages, with a kernel of its own
 * (PIP_KERNEL): the tests install requirements into it and nowhere else. Debian's pip, loaded
 * from the system's packages, installs into the environment it runs in.
 */
export async function pipEnvironment(python: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'pip-venv-'));
  await run(python, ['-m', 'venv', '--without-pip', '--system-site-packages', folder]);
  const venvPython = join(folder, 'bin', 'python');
  const kernel = join(folder, 'share', 'jupyter', 'kernels', PIP_KERNEL);
  await mkdir(kernel, { recursive: true });
  const spec = { argv: [venvPython, '-m', 'ipykernel_launcher', '-f', '{connection_file}'], display_name: 'pip venv', language: 'python' };
  await writeFile(join(kernel, 'kernel.json'), JSON.stringify(spec));
  return venvPython;
}
