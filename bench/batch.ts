import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OciJobBackend } from '../src/backends/oci/oci-job-backend.js';
import { attachContexts } from '../src/context/attach-contexts.js';
import { CLI_CONTEXT_FLAGS, parseContextSettings } from '../src/context/context-settings.js';
import type { EmulatorState } from '../src/emulator/index.js';
import { runNotebooks, type RunNotebooksOptions } from '../src/engine/run-notebooks.js';
import type { RunRequest } from '../src/engine/run-request.js';
import { createOciClients } from '../src/oci/clients.js';
import { GitFixture, removeGitFixtures } from '../test/support/git-fixture.js';
import { codeCell, notebookBytes } from '../test/support/notebooks.js';
import { aRequest } from '../test/support/requests.js';
import { report } from './bench-report.js';
import { startEmulatorProcess } from './emulator-process.js';

/** Quick polls: the figures are the runs', not the follower's schedule. */
const FOLLOW = { pollSchedule: { initialMs: 200, factor: 1.5, maxMs: 1000 }, logSettleMs: 5_000 };

/** A folder of small notebooks, each reading a file beside it and writing one, in a git checkout. */
function nightlyFolder(notebooks: number): { checkout: string; paths: string[] } {
  const repo = new GitFixture();
  repo.write('nightly/data/input.csv', 'value\n21\n');
  const paths = Array.from({ length: notebooks }, (_, i) => `nightly/report-${i}.ipynb`);
  for (const [i, path] of paths.entries()) {
    repo.write(path, notebookBytes(codeCell(`value = int(open("data/input.csv").read().split()[1])\nprint("report ${i}:", value * ${i})`), codeCell(`open("out-${i}.txt", "w").write(str(value))`)));
  }
  repo.commit('nightly notebooks');
  repo.push('main');
  return { checkout: repo.checkout('main'), paths };
}

/**
 * Many short notebooks, each its own job run against all in one batch, on the emulator with a
 * provisioning delay: wall time (target batch ≤ 0.5×) and the VM-time the emulator accounts
 * (target ≤ 0.2×), as ratios measured in the same run.
 */
export async function benchBatch(notebooks = 20, maxParallel = 4, provisioningMs = Number(process.env.BENCH_PROVISIONING_MS ?? 5000)) {
  const { checkout, paths } = nightlyFolder(notebooks);
  const measure = async (mode: 'per-notebook' | 'batch') => {
    const emulator = await startEmulatorProcess(['--start-delay-ms', String(provisioningMs), '--log-delay-ms', '0']);
    const clients = await createOciClients(emulator.env);
    try {
      const requests: RunRequest[] = await Promise.all(
        paths.map(async (path) =>
          aRequest({
            notebook: { path, content: new Uint8Array(await readFile(join(checkout, path))) },
            jobName: path.replace(/[/.]/g, '-'),
            compartmentId: emulator.env.OCI_COMPARTMENT_ID!,
            projectId: emulator.env.OCI_PROJECT_ID!,
            logGroupId: emulator.env.OCI_LOG_GROUP_ID!,
            outputUri: `${emulator.env.OCI_OUTPUT_URI}/${mode}/${path.replace(/\.ipynb$/, '')}`,
          }),
        ),
      );
      await attachContexts(requests, { settings: parseContextSettings({}, CLI_CONTEXT_FLAGS), workspace: checkout, sources: { workspace: checkout, env: {} } }, () => undefined);
      const options: RunNotebooksOptions = { maxParallel, wait: true, ...(mode === 'batch' ? { batch: { parallel: maxParallel } } : {}) };
      const started = performance.now();
      const results = await runNotebooks(requests, new OciJobBackend(clients, FOLLOW), options);
      const wallMs = performance.now() - started;
      const failed = results.filter((result) => result.state !== 'SUCCEEDED');
      if (failed.length) throw new Error(`${mode}: ${failed.length} of ${notebooks} did not succeed: ${failed[0]!.notebook} ${failed[0]!.state} ${failed[0]!.error ?? ''}`);
      const state = (await (await fetch(`${emulator.env.OCI_DATA_SCIENCE_ENDPOINT}/_emulator/state`)).json()) as EmulatorState;
      return { wallMs, vmSeconds: state.totals.vmSeconds, runs: state.totals.jobRuns };
    } finally {
      clients.close();
      await emulator.stop();
    }
  };
  try {
    const single = await measure('per-notebook');
    const batch = await measure('batch');
    const setting = `${notebooks} notebooks, ${provisioningMs / 1000} s provisioning, max-parallel ${maxParallel}`;
    const wall = report({
      name: `(batch) wall time, batch against per-notebook (${setting})`,
      value: batch.wallMs / 1000,
      unit: 's',
      bound: single.wallMs / 1000,
      target: 'ratio <= 0.5',
      ok: batch.wallMs / single.wallMs <= 0.5,
      note: `${single.runs} job runs took ${(single.wallMs / 1000).toFixed(1)} s; ${batch.runs} batch run took ${(batch.wallMs / 1000).toFixed(1)} s`,
    });
    const vm = report({
      name: `(batch) VM-time, batch against per-notebook (${setting})`,
      value: batch.vmSeconds,
      unit: 'VM-s',
      bound: single.vmSeconds,
      target: 'ratio <= 0.2',
      ok: batch.vmSeconds / single.vmSeconds <= 0.2,
    });
    return { ok: wall.ok && vm.ok };
  } finally {
    removeGitFixtures();
  }
}
