import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { RunResult } from '../../src/engine/run-result.js';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import { FAST_EMULATOR, FAST_FOLLOW, FAST_RETRIES } from '../support/emulated-oci.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { leftovers, NOTHING_LEFT } from './leftovers.js';

/**
 * The figures, again: 20 notebooks through the CLI while the emulator answers 10, 30 and
 * 50% of all calls (the driver's uploads and its PAR handover included) with an error or a
 * dropped connection after doing the work. Each must end as 20 jobs, 20 runs, 20 results, 20
 * executed notebooks, and nothing left: no PAR, no handover object, no live run, no process.
 */
const NOTEBOOKS = 20;

let emulator: Emulator;
let clients: OciClients;
let folder: string;
beforeAll(async () => {
  // The SDK says "Retrying request..." for each of hundreds of faults; the counts below are what matters.
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  emulator = await startEmulator(FAST_EMULATOR);
  clients = await createOciClients(emulator.env, FAST_RETRIES);
  folder = await mkdtemp(join(tmpdir(), 'chaos-'));
  for (let i = 1; i <= NOTEBOOKS; i++) await writeFile(join(folder, `n${i}.ipynb`), notebookBytes(codeCell(`print("notebook ${i}")`)));
});
afterAll(async () => {
  clients?.close();
  await emulator?.close();
});

/** The CLI in this process, its calls retried quickly (the SDK's waits are what would make this slow). */
async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(
    argv,
    { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { ...emulator.env }, retryPolicy: FAST_RETRIES },
    FAST_FOLLOW,
  );
  return { status, stdout, stderr };
}

async function objectNames(prefix: string): Promise<string[]> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const { listObjects } = await clients.objectStorage.listObjects({ namespaceName: emulator.namespace, bucketName: emulator.outputBucket, prefix, start });
    names.push(...listObjects.objects.map((object) => object.name));
    start = listObjects.nextStartWith || undefined;
  } while (start);
  return names;
}

describe('20 notebooks while calls fail', () => {
  it.each([0.1, 0.3, 0.5])('at %p of calls failing or dropped: 20 jobs, 20 runs, 20 results, 20 executed notebooks, nothing left', async (rate) => {
    const label = `chaos-${rate * 100}`;
    const notebooks = Array.from({ length: NOTEBOOKS }, (_, i) => join(folder, `n${i + 1}.ipynb`));
    emulator.setFaults({ errorRate: rate * 0.6, dropRate: rate * 0.4, errorStatuses: [429, 500, 503], phase: 'after', seed: rate * 100, match: /./ });
    let outcome;
    try {
      outcome = await cli([
        'run', '--json', '--max-parallel', String(NOTEBOOKS), '--job-name', label,
        '--output-uri', `${emulator.env.OCI_OUTPUT_URI}/${label}/$JOB_RUN_OCID`,
        // The driver's own uploads retry longer and faster than by default: half of them fail here.
        '--env', 'OCI_RUN_NOTEBOOK_UPLOAD_ATTEMPTS=30', '--env', 'OCI_RUN_NOTEBOOK_UPLOAD_BACKOFF_SECONDS=0.05',
        ...notebooks,
      ]);
    } finally {
      emulator.setFaults(undefined);
    }
    const results = JSON.parse(outcome.stdout) as RunResult[];
    expect(results.map((result) => [result.state, result.error])).toEqual(notebooks.map(() => ['SUCCEEDED', undefined]));
    expect(outcome.status).toBe(0);

    const { items: jobs } = await clients.dataScience.listJobs({ compartmentId: emulator.compartmentId, displayName: label, limit: 1000 });
    expect(jobs.map((job) => job.id).sort()).toEqual(results.map((result) => result.jobId).sort());
    const runs = (await clients.dataScience.listJobRuns({ compartmentId: emulator.compartmentId, limit: 1000 })).items.filter((run) => jobs.some((job) => job.id === run.jobId));
    expect(runs.map((run) => run.id).sort()).toEqual(results.map((result) => result.runId).sort());
    expect(runs.every((run) => run.lifecycleState === 'SUCCEEDED')).toBe(true);
    const executed = (await objectNames(`runs/${label}/`)).filter((name) => name.endsWith('.ipynb'));
    expect(executed.sort()).toEqual(results.map((result) => result.outputUri!.replace(`${emulator.env.OCI_OUTPUT_URI}/`, 'runs/')).sort());
    expect(await leftovers(emulator, clients, runs.map((run) => run.id))).toEqual(NOTHING_LEFT);
  });
});

describe('an outage while following', () => {
  it("sits out GetJobRun's 503s longer than the SDK retries, keeps the PAR meanwhile, and gets the run's outputs", async () => {
    await writeFile(join(folder, 'outage.ipynb'), notebookBytes(codeCell('import time\nprint("working", flush=True)\ntime.sleep(6)\nprint("done")')));
    const label = 'outage';
    let parsDuringOutage: string[] = [];
    const running = cli(['run', '--json', '--job-name', label, '--output-uri', `${emulator.env.OCI_OUTPUT_URI}/${label}`, join(folder, 'outage.ipynb')]);
    // Once the run is under way: 5 s of 503s for every GetJobRun, five times what the SDK's eight attempts take here.
    for (let i = 0; i < 200 && !emulator.requests.some((call) => call.method === 'GET' && /\/jobRuns\/[^/]+$/.test(call.path)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    emulator.setFaults({ errorRate: 1, errorStatuses: [503], match: /^GET \/20190101\/jobRuns\// });
    try {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      parsDuringOutage = (await leftovers(emulator, clients, [], 0)).pars;
    } finally {
      emulator.setFaults(undefined);
    }
    const { status, stdout, stderr } = await running;

    const [result] = JSON.parse(stdout) as RunResult[];
    expect(result!.state).toBe('SUCCEEDED');
    expect(status).toBe(0);
    expect(parsDuringOutage).toHaveLength(1);
    expect(stderr).toMatch(/oci-run-notebook: OCI does not answer about the run \(503 ServiceUnavailable: .*\); the run is left to go on, and asked about again until /);
    expect(stderr).toMatch(/oci-run-notebook: OCI answers again, after \d+ s/);
    // The executed notebook is where the result says, with the result record beside it.
    const executed = result!.outputUri!.replace(`${emulator.env.OCI_OUTPUT_URI}/`, 'runs/');
    expect(executed).toMatch(new RegExp(`^runs/${label}/.*outage\\.ipynb$`));
    const record = `${executed.slice(0, executed.lastIndexOf('/') + 1)}oci-run-notebook-result.json`;
    expect(await objectNames(`runs/${label}/`)).toEqual(expect.arrayContaining([executed, record]));
    expect(await leftovers(emulator, clients, [result!.runId!])).toEqual(NOTHING_LEFT);
  });
});
