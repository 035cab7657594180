import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResult } from '../../src/engine/run-result.js';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { removeGitFixtures } from '../support/git-fixture.js';
import { nbconvertInPlace, notebookRepository, pipEnvironment, printedByCell, REPO_NOTEBOOKS } from '../support/notebook-repo.js';

// Every run of the file starts at once in beforeAll; on a busy 2-core machine they take a while.
jest.setTimeout(180_000);

// The bundled CLI with --backend local, run from a checkout of a repository shaped like real ones.
const CLI = join(process.cwd(), 'dist/cli/index.js');

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  results: RunResult[];
}

function cli(cwd: string, ...argv: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const env = { ...process.env, OCI_COMPARTMENT_ID: undefined, OCI_PROJECT_ID: undefined, OCI_OUTPUT_URI: undefined };
    execFile(process.execPath, [CLI, 'run', '--backend', 'local', ...argv], { cwd, env }, (error, stdout, stderr) => {
      const status = error ? Number((error as { code?: number }).code ?? 1) : 0;
      let results: RunResult[] = [];
      try {
        results = JSON.parse(stdout) as RunResult[];
      } catch {
        // Not a --json run, or it failed before any.
      }
      resolve({ status, stdout, stderr, results });
    });
  });
}

const resultOf = (run: CliRun, notebook: string) => run.results.find((result) => result.notebook === notebook)!;

let checkout: string;
let expected: Promise<string[]>;
/** Every CLI run starts at once (kernels mostly wait), and each test checks one. */
let runs: Record<'folders' | 'repo' | 'installed' | 'notInstalled' | 'tooLarge' | 'sameOutput', Promise<CliRun>>;
beforeAll(async () => {
  const python = await findJupyterPython();
  const repo = notebookRepository();
  checkout = repo.checkout('main');
  // The untracked and ignored files exist in the checkout, as a step may have left them.
  for (const path of ['notebooks/sales/big-untracked.bin', 'notebooks/sales/scratch.tmp']) await copyFile(join(repo.work, path), join(checkout, path));
  // One environment each: the run that installs must not lend tinypkg to the one that does not.
  const [venv, untouchedVenv] = await Promise.all([pipEnvironment(python), pipEnvironment(python)]);
  expected = nbconvertInPlace(python, repo.work);
  const { sales, analysis, rootModule, deps, broken, r } = REPO_NOTEBOOKS;
  runs = {
    folders: cli(checkout, '--python', python, '--json', '--output-uri', 'out', sales, analysis, r),
    repo: cli(checkout, '--python', python, '--json', '--context', 'repo', rootModule),
    installed: cli(checkout, '--python', venv, '--install-requirements', '--json', '--output-uri', 'installed', deps, broken),
    notInstalled: cli(checkout, '--python', untouchedVenv, '--json', deps),
    tooLarge: cli(checkout, '--python', python, '--context-max-size', '1MiB', sales),
    sameOutput: cli(join(checkout, 'analysis'), '--python', python, '--output-uri', 'out', 'report.ipynb', `../${sales}`),
  };
});
afterAll(() => removeGitFixtures());

describe('notebooks in their context on the local backend (the bundled CLI)', () => {
  it('imports the module beside the notebook and reads its data in a copy of its folder, printing what nbconvert --execute prints in place', async () => {
    const run = await runs.folders;
    const result = resultOf(run, REPO_NOTEBOOKS.sales);
    expect(result.state).toBe('SUCCEEDED');
    const executed = printedByCell(JSON.parse(await readFile(result.outputUri!, 'utf8')));
    expect(executed.slice(0, 2)).toEqual((await expected).slice(0, 2));
    expect(executed[1]).toBe('grand total 14.5\n');
    // The untracked file was not shipped (the ignored one neither), and the log said so.
    expect(executed[2]).toBe('untracked file here: False False\n');
    expect(run.stderr).toContain('notebooks/sales/: untracked files are not shipped (git add them to ship them): big-untracked.bin');
    expect(run.stderr).toMatch(/notebooks\/sales\/report\.ipynb: runs in notebooks\/sales\/ \(the notebook's folder, as git tracks it\): 5 files/);
    // The run worked on a copy: nothing it wrote landed in the checkout.
    expect(existsSync(join(checkout, 'notebooks/sales/summary.csv'))).toBe(false);
  });

  it('keeps the outputs of two report.ipynb apart, by their paths, and uploads only what the runs wrote', async () => {
    const run = await runs.folders;
    expect(resultOf(run, REPO_NOTEBOOKS.analysis)).toMatchObject({ state: 'SUCCEEDED', outputUri: join(checkout, 'out/analysis/report/report.ipynb') });
    expect(resultOf(run, REPO_NOTEBOOKS.sales).outputUri).toBe(join(checkout, 'out/notebooks/sales/report/report.ipynb'));
    expect(readdirSync(join(checkout, 'out/notebooks/sales/report')).sort()).toEqual(['report.ipynb', 'summary.csv']);
    expect(readdirSync(join(checkout, 'out/analysis/report')).sort()).toEqual(['report.ipynb', 'result.txt']);
  });

  it('fails an R notebook before running it, naming the kernel that is not installed', async () => {
    const result = resultOf(await runs.folders, REPO_NOTEBOOKS.r);
    expect(result.state).toBe('FAILED');
    expect(result.error).toMatch(/^kernel 'ir' is not installed; installed: .*python3/);
    expect(result.failedCell).toBeUndefined();
  });

  it('puts the repository root on the kernel\'s PYTHONPATH with --context repo', async () => {
    const run = await runs.repo;
    expect(resultOf(run, REPO_NOTEBOOKS.rootModule).state).toBe('SUCCEEDED');
    expect(run.stderr).toContain('hello from the repository root');
  });

  it('installs requirements from a local wheel with --install-requirements before the first cell, and fails a broken install as bad setup', async () => {
    const run = await runs.installed;
    const deps = resultOf(run, REPO_NOTEBOOKS.deps);
    expect(deps.state).toBe('SUCCEEDED');
    const log = run.stderr.split('\n').filter((line) => line.startsWith(`[${REPO_NOTEBOOKS.deps}]`));
    const installed = log.findIndex((line) => line.includes('Successfully installed tinypkg-1.0'));
    expect(installed).toBeGreaterThan(log.findIndex((line) => line.includes('oci-run-notebook: installing code/deps/requirements.txt with ')));
    expect(log.findIndex((line) => line.endsWith('--- cell 1 ---'))).toBeGreaterThan(installed);
    expect(log).toContain(`[${REPO_NOTEBOOKS.deps}] tinypkg says 42`);
    const broken = resultOf(run, REPO_NOTEBOOKS.broken);
    expect(broken.state).toBe('FAILED');
    expect(broken.lifecycleDetails).toContain('bad setup');
    expect(broken.error).toMatch(/^installing code\/broken\/requirements\.txt failed \(pip exited with 1\): .*No matching distribution found for nosuchpkg==9\.9/);
    expect(run.stderr).not.toContain('never runs');
  });

  it('leaves this machine\'s Python alone without --install-requirements, and a missing import names the file not installed', async () => {
    const result = resultOf(await runs.notInstalled, REPO_NOTEBOOKS.deps);
    expect(result.state).toBe('FAILED');
    expect(result.failedCell?.message).toBe(
      "ModuleNotFoundError: No module named 'tinypkg' (code/deps/requirements.txt was not installed: turn on install-requirements to install it before the first cell)",
    );
  });

  it('refuses a context over the size limit before running, naming its largest file and how to narrow it', async () => {
    const run = await runs.tooLarge;
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^oci-run-notebook: --context: The context of notebooks\/sales\/report\.ipynb, notebooks\/sales\/ \(the notebook's folder, as git tracks it\), holds 1\.5 MiB in 5 files, over the 1\.0 MiB limit\. The largest: data\/archive\.parquet \(1\.5 MiB\)/,
    );
    expect(run.stderr).toContain('--context-exclude');
    expect(run.stderr).not.toContain('started local run');
  });

  it('refuses two runs whose outputs would land in one folder before either starts', async () => {
    const run = await runs.sameOutput;
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`oci-run-notebook: --output-uri: report.ipynb and ../${REPO_NOTEBOOKS.sales} would write their outputs to out/report`);
    expect(run.stderr).not.toContain('started local run');
  });
});
