import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { LogLine } from '../../src/backends/backend.js';
import { attachContexts } from '../../src/context/attach-contexts.js';
import { CLI_CONTEXT_FLAGS, parseContextSettings, type ContextInputs } from '../../src/context/context-settings.js';
import { runNotebooks } from '../../src/engine/run-notebooks.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import type { RunResult } from '../../src/engine/run-result.js';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { parseObjectStorageUri } from '../../src/oci/object-storage-uri.js';
import { startEmulatedOci, type EmulatedOci } from '../support/emulated-oci.js';
import { removeGitFixtures } from '../support/git-fixture.js';
import { nbconvertInPlace, notebookRepository, pipEnvironment, printedByCell, REPO_NOTEBOOKS } from '../support/notebook-repo.js';
import { aRequest } from '../support/requests.js';

// Every run of the file starts at once in beforeAll; on a busy 2-core machine they take a while.
jest.setTimeout(180_000);

// The engine's OCI path against the emulator: the job artifact carries each notebook's context,
// and the emulator unpacks and runs it as a job run does. Its Python is a throwaway environment,
// so that requirements install there.
let oci: EmulatedOci;
let checkout: string;
let expected: Promise<string[]>;
let results: RunResult[];
const logs: LogLine[] = [];

async function requestsFor(paths: string[], inputs: ContextInputs = {}): Promise<RunRequest[]> {
  const { env } = oci.emulator;
  const requests = await Promise.all(
    paths.map(async (path) => {
      const content = new Uint8Array(await readFile(join(checkout, path)));
      return aRequest({
        notebook: { path, content },
        jobName: path.replace(/[/.]/g, '-'),
        compartmentId: env.OCI_COMPARTMENT_ID!,
        projectId: env.OCI_PROJECT_ID!,
        logGroupId: env.OCI_LOG_GROUP_ID!,
        outputUri: `${env.OCI_OUTPUT_URI}/context/${path.replace(/\.ipynb$/, '')}`,
      });
    }),
  );
  const settings = parseContextSettings(inputs, CLI_CONTEXT_FLAGS);
  await attachContexts(requests, { settings, workspace: checkout, sources: { workspace: checkout, env: {} } }, () => undefined);
  return requests;
}

beforeAll(async () => {
  const python = await findJupyterPython();
  oci = await startEmulatedOci({ python: await pipEnvironment(python) });
  const repo = notebookRepository();
  checkout = repo.checkout('main');
  await copyFile(join(repo.work, 'notebooks/sales/big-untracked.bin'), join(checkout, 'notebooks/sales/big-untracked.bin'));
  expected = nbconvertInPlace(python, repo.work);
  const { sales, analysis, rootModule, deps, broken, r } = REPO_NOTEBOOKS;
  const requests = [...(await requestsFor([sales, analysis, deps, broken, r])), ...(await requestsFor([rootModule], { context: 'repo' }))];
  results = await runNotebooks(requests, oci.backend, { maxParallel: 6, wait: true, onLog: (line) => logs.push(line) });
});
afterAll(async () => {
  removeGitFixtures();
  await oci?.close();
});

const resultOf = (notebook: string) => results.find((result) => result.notebook === notebook)!;
const logOf = (notebook: string) => logs.filter((line) => line.notebook === notebook).map((line) => line.message);

async function objectText(uri: string): Promise<string> {
  const { namespace, bucket, prefix } = parseObjectStorageUri(uri)!;
  const response = await oci.clients.objectStorage.getObject({ namespaceName: namespace, bucketName: bucket, objectName: prefix });
  return new Response(response.value as ReadableStream).text();
}

async function objectsUnder(uri: string): Promise<string[]> {
  const { namespace, bucket, prefix } = parseObjectStorageUri(uri)!;
  const listed = await oci.clients.objectStorage.listObjects({ namespaceName: namespace, bucketName: bucket, prefix: `${prefix}/` });
  return listed.listObjects.objects.map((object) => object.name.slice(prefix.length + 1)).sort();
}

describe('notebooks in their context as OCI job runs (emulated)', () => {
  it('ships the notebook\'s folder as git tracks it in the job artifact, laid out as ADS lays out a source folder', async () => {
    const jobId = resultOf(REPO_NOTEBOOKS.sales).jobId!;
    const artifact = await oci.clients.dataScience.getJobArtifactContent({ jobId });
    const entries = Object.keys(unzipSync(new Uint8Array(await new Response(artifact.value as ReadableStream).arrayBuffer())));
    expect(entries).toEqual(expect.arrayContaining(['driver_notebook.py', 'code/sales/report.ipynb', 'code/sales/helpers.py', 'code/sales/data/2023.csv', 'code/sales/data/archive.parquet']));
    expect(entries.filter((entry) => entry.includes('untracked'))).toEqual([]);
    const { job } = await oci.clients.dataScience.getJob({ jobId });
    const env = (job.jobConfigurationDetails as { environmentVariables?: Record<string, string> }).environmentVariables;
    expect(env).toMatchObject({ JOB_RUN_NOTEBOOK: 'code/sales/report.ipynb', NOTEBOOK_CONTEXT: 'code/sales' });
  });

  it('imports the module beside the notebook and reads its data, printing what nbconvert --execute prints in place', async () => {
    const result = resultOf(REPO_NOTEBOOKS.sales);
    expect(result.state).toBe('SUCCEEDED');
    const executed = printedByCell(JSON.parse(await objectText(result.outputUri!)));
    expect(executed.slice(0, 2)).toEqual((await expected).slice(0, 2));
    expect(executed[2]).toBe('untracked file here: False False\n');
    // What the run wrote is uploaded, with the driver's result record; what was shipped is not uploaded again.
    expect(await objectsUnder(result.outputUri!.replace(/\/report\.ipynb$/, ''))).toEqual(['oci-run-notebook-result.json', 'report.ipynb', 'summary.csv']);
    expect(await objectsUnder(resultOf(REPO_NOTEBOOKS.analysis).outputUri!.replace(/\/report\.ipynb$/, ''))).toEqual(['oci-run-notebook-result.json', 'report.ipynb', 'result.txt']);
  });

  it('puts the repository root on PYTHONPATH with context repo', () => {
    expect(resultOf(REPO_NOTEBOOKS.rootModule).state).toBe('SUCCEEDED');
    expect(logOf(REPO_NOTEBOOKS.rootModule)).toContain('hello from the repository root');
  });

  it('installs requirements from a local wheel before the first cell, and fails a broken install as a setup failure', () => {
    expect(resultOf(REPO_NOTEBOOKS.deps).state).toBe('SUCCEEDED');
    const log = logOf(REPO_NOTEBOOKS.deps);
    const installed = log.findIndex((line) => line.includes('Successfully installed tinypkg-1.0'));
    expect(installed).toBeGreaterThan(0);
    expect(log.indexOf('--- cell 1 ---')).toBeGreaterThan(installed);
    expect(log).toContain('tinypkg says 42');
    const broken = resultOf(REPO_NOTEBOOKS.broken);
    expect(broken.state).toBe('FAILED');
    expect(broken.error).toMatch(/^installing code\/broken\/requirements\.txt failed \(pip exited with 1\): .*No matching distribution found for nosuchpkg==9\.9/);
    expect(logOf(REPO_NOTEBOOKS.broken)).toContain('oci-run-notebook: notebook not run: bad setup');
  });

  it('fails an R notebook before running it, naming the kernel that is not installed', () => {
    const result = resultOf(REPO_NOTEBOOKS.r);
    expect(result.state).toBe('FAILED');
    expect(result.error).toMatch(/^kernel 'ir' is not installed; installed: .*python3/);
    expect(logOf(REPO_NOTEBOOKS.r)).not.toContain('hello from R');
  });
});
