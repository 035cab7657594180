import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { parseObjectStorageUri } from '../../src/oci/object-storage-uri.js';
import { runAction, type ActionOutcome } from '../support/action-runner.js';
import { notebookRepository, pipEnvironment, printedByCell, REPO_NOTEBOOKS } from '../support/notebook-repo.js';
import { emulatedOci, MAIN, type ResultOutput } from './emulated-action.js';

// Every run of the file starts at once in beforeAll; on a busy 2-core machine they take a while.
jest.setTimeout(180_000);

// The bundled action, as the runner runs it, on a checkout of a repository shaped like real ones,
// against the emulator (whose job runs install requirements into a throwaway environment).
const oci = emulatedOci(async () => ({ python: await pipEnvironment(await findJupyterPython()) }));

let outcomes: Record<'oci' | 'tooLarge' | 'installOnOci', Promise<ActionOutcome>>;
beforeAll(async () => {
  const repo = notebookRepository();
  const workspace = repo.checkout('main', 1);
  await copyFile(join(repo.work, 'notebooks/sales/big-untracked.bin'), join(workspace, 'notebooks/sales/big-untracked.bin'));
  const { sales, analysis, rootModule, deps, broken, r } = REPO_NOTEBOOKS;
  const dispatch = (inputs: Record<string, string>) => runAction(MAIN, oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha: repo.git('rev-parse', 'HEAD'), inputs }));
  outcomes = {
    oci: dispatch(oci.inputs({ notebooks: [sales, analysis, deps, broken, r].join('\n') })),
    tooLarge: dispatch(oci.inputs({ notebooks: rootModule, context: 'repo', 'context-max-size': '1MiB' })),
    installOnOci: dispatch(oci.inputs({ notebooks: rootModule, 'install-requirements': 'true' })),
  };
});

const results = async (outcome: Promise<ActionOutcome>) => JSON.parse((await outcome).outputs.results!) as ResultOutput[];
const resultOf = async (outcome: Promise<ActionOutcome>, notebook: string) => (await results(outcome)).find((result) => result.notebook === notebook)!;

async function objectText(uri: string): Promise<string> {
  const { namespace, bucket, prefix } = parseObjectStorageUri(uri)!;
  const response = await oci.clients.objectStorage.getObject({ namespaceName: namespace, bucketName: bucket, objectName: prefix });
  return new Response(response.value as ReadableStream).text();
}

describe('the action runs notebooks in their context', () => {
  it('runs a notebook among the files beside it, says what ships and what does not, and keeps two report.ipynb apart', async () => {
    const outcome = await outcomes.oci;
    const sales = await resultOf(outcomes.oci, REPO_NOTEBOOKS.sales);
    const analysis = await resultOf(outcomes.oci, REPO_NOTEBOOKS.analysis);
    expect([sales.state, analysis.state]).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(printedByCell(JSON.parse(await objectText(sales.outputUri)))).toEqual(['totals {\'data/2023.csv\': 3.75, \'data/2024.csv\': 10.75}\n', 'grand total 14.5\n', 'untracked file here: False False\n']);
    expect(sales.outputUri).toMatch(/\/notebooks\/sales\/report\/report\.ipynb$/);
    expect(analysis.outputUri).toMatch(/\/analysis\/report\/report\.ipynb$/);
    expect(printedByCell(JSON.parse(await objectText(analysis.outputUri)))).toEqual(['analysis report\n']);
    expect(outcome.stdout).toContain('::group::Notebook contexts');
    expect(outcome.stdout).toContain('notebooks/sales/: untracked files are not shipped (git add them to ship them): big-untracked.bin');
  });

  it('installs requirements before the first cell, fails a broken install as a setup failure, and an R notebook with the kernel message', async () => {
    expect((await resultOf(outcomes.oci, REPO_NOTEBOOKS.deps)).state).toBe('SUCCEEDED');
    expect((await outcomes.oci).stdout).toContain('tinypkg says 42');
    const broken = await resultOf(outcomes.oci, REPO_NOTEBOOKS.broken);
    expect(broken.state).toBe('FAILED');
    expect((broken as ResultOutput & { error: string }).error).toMatch(/^installing code\/broken\/requirements\.txt failed \(pip exited with 1\): .*No matching distribution found for nosuchpkg==9\.9/);
    const r = await resultOf(outcomes.oci, REPO_NOTEBOOKS.r);
    expect((r as ResultOutput & { error: string }).error).toMatch(/^kernel 'ir' is not installed; installed: .*python3/);
    expect((await outcomes.oci).status).not.toBe(0);
  });

  it('fails the step before any run when a context (here the whole repository) is over context-max-size, naming its largest file', async () => {
    const outcome = await outcomes.tooLarge;
    expect(outcome.status).not.toBe(0);
    expect(outcome.stdout).toMatch(
      /::error::context: The context of notebooks\/uses-root\/uses_root\.ipynb, \.\/ \(its git repository, as git tracks it\), holds .* over the 1\.0 MiB limit\. The largest: notebooks\/sales\/data\/archive\.parquet \(1\.5 MiB\).*context-exclude/,
    );
    expect(await results(outcomes.tooLarge)).toEqual([]);
  });

  it('refuses install-requirements with backend oci, whose job runs always install', async () => {
    const outcome = await outcomes.installOnOci;
    expect(outcome.stdout).toContain('::error::install-requirements: only used with backend local (a job run always installs the requirements)');
    expect(await results(outcomes.installOnOci)).toEqual([]);
  });
});
