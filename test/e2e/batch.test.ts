import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { RUN_MARKER_VARIABLE } from '../../src/backends/local/run-processes.js';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { LogLine } from '../../src/backends/backend.js';
import { attachContexts } from '../../src/context/attach-contexts.js';
import { CLI_CONTEXT_FLAGS, parseContextSettings } from '../../src/context/context-settings.js';
import { runNotebooks } from '../../src/engine/run-notebooks.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import type { RunResult } from '../../src/engine/run-result.js';
import { parseObjectStorageUri } from '../../src/oci/object-storage-uri.js';
import { callsTo, startEmulatedOci, type EmulatedOci } from '../support/emulated-oci.js';
import { GitFixture, removeGitFixtures } from '../support/git-fixture.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { aRequest } from '../support/requests.js';

jest.setTimeout(240_000);

// Batches through the engine, the real SDK and the emulator, whose runs execute the real batch
// driver with real kernels: notebooks in a repository folder, beside a helper module and data.
let oci: EmulatedOci;
let checkout: string;

const NIGHTLY = ['nightly/load.ipynb', 'nightly/clean.ipynb', 'nightly/fails.ipynb', 'nightly/model.ipynb', 'nightly/report.ipynb'];

function repository(): string {
  const repo = new GitFixture();
  repo.write('nightly/helpers.py', 'def double(value):\n    return 2 * value\n');
  repo.write('nightly/data/input.csv', 'value\n21\n');
  for (const path of NIGHTLY) {
    const name = path.slice('nightly/'.length, -'.ipynb'.length);
    const cells =
      name === 'fails'
        ? [codeCell('print("fails starts")'), codeCell('raise ValueError("broken on purpose")'), codeCell('print("never")')]
        : [
            codeCell('factor = 1', ['parameters']),
            codeCell(`import csv\nfrom helpers import double\nvalue = int(next(csv.DictReader(open("data/input.csv")))["value"])\nprint("${name} done", double(value) * factor)`),
            codeCell(`open("out-${name}.txt", "w").write(str(double(value) * factor))`),
          ];
    repo.write(path, notebookBytes(...cells));
  }
  repo.write('waits/quick.ipynb', notebookBytes(codeCell('print("quick done")\nopen("quick.txt", "w").write("ok")')));
  repo.write('waits/slow.ipynb', notebookBytes(codeCell('import time\nprint("slow started", flush=True)\ntime.sleep(300)')));
  repo.write('waits/later.ipynb', notebookBytes(codeCell('print("later done")')));
  repo.commit('notebooks');
  repo.push('main');
  return repo.checkout('main');
}

async function requestsFor(paths: string[], overrides: (path: string) => Partial<RunRequest> = () => ({})): Promise<RunRequest[]> {
  const { env } = oci.emulator;
  const requests = await Promise.all(
    paths.map(async (path) =>
      aRequest({
        notebook: { path, content: new Uint8Array(await readFile(join(checkout, path))) },
        jobName: path.replace(/[/.]/g, '-'),
        compartmentId: env.OCI_COMPARTMENT_ID!,
        projectId: env.OCI_PROJECT_ID!,
        logGroupId: env.OCI_LOG_GROUP_ID!,
        outputUri: `${env.OCI_OUTPUT_URI}/batch/$JOB_RUN_OCID/${path.replace(/\.ipynb$/, '')}`,
        ...overrides(path),
      }),
    ),
  );
  await attachContexts(requests, { settings: parseContextSettings({}, CLI_CONTEXT_FLAGS), workspace: checkout, sources: { workspace: checkout, env: {} } }, () => undefined);
  return requests;
}

async function objectsUnder(uri: string): Promise<string[]> {
  const { namespace, bucket, prefix } = parseObjectStorageUri(uri)!;
  const listed = await oci.clients.objectStorage.listObjects({ namespaceName: namespace, bucketName: bucket, prefix: `${prefix}/` });
  return listed.listObjects.objects.map((object) => object.name.slice(prefix.length + 1)).sort();
}

async function objectText(uri: string): Promise<string> {
  const { namespace, bucket, prefix } = parseObjectStorageUri(uri)!;
  const response = await oci.clients.objectStorage.getObject({ namespaceName: namespace, bucketName: bucket, objectName: prefix });
  return new Response(response.value as ReadableStream).text();
}

const folderOf = (result: RunResult) => result.outputUri!.slice(0, result.outputUri!.lastIndexOf('/'));

async function parsLeft(): Promise<number> {
  const { items } = await oci.clients.objectStorage.listPreauthenticatedRequests({ namespaceName: oci.emulator.namespace, bucketName: oci.emulator.outputBucket });
  return items.length;
}

/** Processes the emulator started for a run (each carries the run's marker), kernels included. */
async function processesOf(runId: string): Promise<number> {
  let count = 0;
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '');
    if (environ.split('\0').includes(`${RUN_MARKER_VARIABLE}=${runId}`)) count++;
  }
  return count;
}

beforeAll(async () => {
  oci = await startEmulatedOci();
  checkout = repository();
});
afterAll(async () => {
  removeGitFixtures();
  await oci?.close();
});

describe('batch: many notebooks in one job run (emulated OCI)', () => {
  let results: RunResult[];
  const logs: LogLine[] = [];
  const logOf = (notebook: string) => logs.filter((line) => line.notebook === notebook).map((line) => line.message);

  beforeAll(async () => {
    const requests = await requestsFor(NIGHTLY, (path) => (path.endsWith('model.ipynb') ? { parameters: { factor: 10 } } : {}));
    const jobsBefore = callsTo(oci.emulator, 'POST', /\/jobs$/);
    results = await runNotebooks(requests, oci.backend, { maxParallel: 4, wait: true, batch: { parallel: 2 }, onLog: (line) => logs.push(line) });
    expect(callsTo(oci.emulator, 'POST', /\/jobs$/) - jobsBefore).toBe(1);
  });

  it('runs the five notebooks in one job run, each with its own result: four succeeded, one failed at its cell', async () => {
    expect(results.map((result) => result.notebook)).toEqual(NIGHTLY);
    expect(new Set(results.map((result) => result.runId)).size).toBe(1);
    expect(new Set(results.map((result) => result.jobId)).size).toBe(1);
    expect(results.map((result) => result.state)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'FAILED', 'SUCCEEDED', 'SUCCEEDED']);
    const failed = results[2]!;
    expect(failed.failedCell).toEqual({ cell: 2, message: expect.stringContaining('ValueError: broken on purpose') });
    expect(failed.error).toMatch(/^cell 2 failed: .*broken on purpose/);
    for (const result of results) expect(result.batch).toEqual(NIGHTLY);
    // The run itself failed, as one of its notebooks did.
    const { jobRun } = await oci.clients.dataScience.getJobRun({ jobRunId: results[0]!.runId! });
    expect(jobRun.lifecycleState).toBe('FAILED');
  });

  it('puts each notebook\'s outputs under its own path, as it would be alone, and leaves no PAR', async () => {
    for (const result of results) {
      const name = result.notebook.slice('nightly/'.length, -'.ipynb'.length);
      expect(result.outputUri).toBe(`${oci.emulator.env.OCI_OUTPUT_URI}/batch/${result.runId}/nightly/${name}/${name}.ipynb`);
      const expected = name === 'fails' ? [`${name}.ipynb`, 'oci-run-notebook-result.json'] : [`${name}.ipynb`, 'oci-run-notebook-result.json', `out-${name}.txt`];
      expect(await objectsUnder(folderOf(result))).toEqual(expected.sort());
    }
    const model = results[3]!;
    expect(await objectText(`${folderOf(model)}/out-model.txt`)).toBe('420');
    expect(await parsLeft()).toBe(0);
  });

  it('gives each notebook its own log lines, without the batch driver\'s prefix', () => {
    expect(logOf('nightly/load.ipynb')).toContain('load done 42');
    expect(logOf('nightly/model.ipynb')).toContain('model done 420');
    expect(logOf('nightly/fails.ipynb')).toContain('fails starts');
    expect(logOf('nightly/load.ipynb')).not.toContain('model done 420');
    expect(logs.filter((line) => line.message.startsWith('[nightly/'))).toEqual([]);
  });

  it('ships the notebooks once, in their shared context, with the batch driver as the entrypoint', async () => {
    const artifact = await oci.clients.dataScience.getJobArtifactContent({ jobId: results[0]!.jobId! });
    const entries = Object.keys(unzipSync(new Uint8Array(await new Response(artifact.value as ReadableStream).arrayBuffer())));
    expect(entries).toEqual(expect.arrayContaining(['driver_batch.py', 'driver_notebook.py', 'oci-run-notebook-batch.json', 'code/nightly/helpers.py', 'code/nightly/data/input.csv', ...NIGHTLY.map((path) => `code/${path}`)]));
    expect(entries.length).toBe(new Set(entries).size);
  });
});

describe('batch: grouping and cancelling (emulated OCI)', () => {
  it('splits notebooks whose conda differs into two batches, one run each, each notebook keeping its own limit', async () => {
    const paths = ['nightly/load.ipynb', 'nightly/clean.ipynb', 'nightly/model.ipynb', 'nightly/report.ipynb'];
    const requests = await requestsFor(paths, (path) => ({
      conda: path.includes('load') || path.includes('model') ? 'generalml_p38_cpu_v1' : 'tensorflow28_p38_cpu_v1',
      maximumRuntimeInMinutes: 5,
    }));
    const results = await runNotebooks(requests, oci.backend, { maxParallel: 4, wait: true, batch: {} });
    expect(results.map((result) => result.state)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(results[0]!.runId).toBe(results[2]!.runId);
    expect(results[1]!.runId).toBe(results[3]!.runId);
    expect(results[0]!.runId).not.toBe(results[1]!.runId);
    expect(results[0]!.batch).toEqual(['nightly/load.ipynb', 'nightly/model.ipynb']);
    const envOf = async (jobId: string) =>
      ((await oci.clients.dataScience.getJob({ jobId })).job.jobConfigurationDetails as { environmentVariables: Record<string, string> }).environmentVariables;
    expect((await envOf(results[0]!.jobId!)).CONDA_ENV_SLUG).toBe('generalml_p38_cpu_v1');
    expect((await envOf(results[1]!.jobId!)).CONDA_ENV_SLUG).toBe('tensorflow28_p38_cpu_v1');
    // Each notebook keeps its own limit inside the batch; the batch gets it for each of its two rounds (one OCPU: one at a time).
    const { job } = await oci.clients.dataScience.getJob({ jobId: results[0]!.jobId! });
    expect(job.jobConfigurationDetails).toMatchObject({ maximumRuntimeInMinutes: 10 });
    const artifact = await oci.clients.dataScience.getJobArtifactContent({ jobId: results[0]!.jobId! });
    const files = unzipSync(new Uint8Array(await new Response(artifact.value as ReadableStream).arrayBuffer()));
    const manifest = JSON.parse(new TextDecoder().decode(files['oci-run-notebook-batch.json'])) as { parallel: number; notebooks: Array<{ name: string; timeoutSeconds: number }> };
    expect(manifest.parallel).toBe(1);
    expect(manifest.notebooks.map((entry) => [entry.name, entry.timeoutSeconds])).toEqual([['nightly/load.ipynb', 300], ['nightly/model.ipynb', 300]]);
  });

  it('cancels the batch mid-way: what ended keeps its result, the rest is CANCELED, nothing is left running', async () => {
    const requests = await requestsFor(['waits/quick.ipynb', 'waits/slow.ipynb', 'waits/later.ipynb']);
    const abort = new AbortController();
    const results = await runNotebooks(requests, oci.backend, {
      maxParallel: 1,
      wait: true,
      batch: { parallel: 1 },
      signal: abort.signal,
      onLog: (line) => {
        if (line.notebook === 'waits/slow.ipynb' && line.message === 'slow started') abort.abort();
      },
    });
    expect(results.map((result) => result.state)).toEqual(['SUCCEEDED', 'CANCELED', 'CANCELED']);
    expect(results[1]!.error).toMatch(/^did not finish in its batch: cancelled/);
    expect(await objectsUnder(folderOf(results[0]!))).toEqual(['oci-run-notebook-result.json', 'quick.ipynb', 'quick.txt']);
    const { jobRun } = await oci.clients.dataScience.getJobRun({ jobRunId: results[0]!.runId! });
    expect(jobRun.lifecycleState).toBe('CANCELED');
    expect(await processesOf(jobRun.id)).toBe(0);
    expect(await parsLeft()).toBe(0);
  });
});
