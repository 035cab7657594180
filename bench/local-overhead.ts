import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LocalJupyterBackend } from '../src/backends/local/local-jupyter-backend.js';
import { runNotebooks } from '../src/engine/run-notebooks.js';
import type { RunRequest } from '../src/engine/run-request.js';
import { codeCell, markdownCell, notebookBytes } from '../test/support/notebooks.js';
import { aRequest } from '../test/support/requests.js';
import { median, report } from './bench-report.js';

const run = promisify(execFile);

/** A small notebook of the kind PR checks run: imports, a little work, prints, a display. */
const NOTEBOOK = notebookBytes(
  markdownCell('# Benchmark'),
  codeCell('import json, math, statistics'),
  codeCell('values = [math.sin(i / 10) for i in range(20000)]\nprint("mean", round(statistics.mean(values), 4))'),
  codeCell('for step in range(3):\n    print("step", step)'),
  codeCell('json.dumps({"n": len(values)})'),
);

function localRequest(name: string, content: Uint8Array, outputUri: string): RunRequest {
  return aRequest({ notebook: { path: `bench/${name}.ipynb`, content }, jobName: name, compartmentId: '', projectId: '', excludeTags: [], outputUri });
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/**
 * Local backend overhead: one notebook run through the backend (submit + follow, outputs
 * copied to a folder) against `python -m nbconvert --to notebook --execute` on the same notebook
 * with the same Python, median of `samples` alternating runs. Then 8 notebooks on the machine's
 * cores against the same 8 one by one.
 */
export async function benchLocalOverhead(samples = 5) {
  const folder = await mkdtemp(join(tmpdir(), 'bench-local-'));
  const backend = new LocalJupyterBackend({ workDir: join(folder, 'runs') });
  try {
    const { python } = await backend.check();
    const notebook = join(folder, 'bench.ipynb');
    await writeFile(notebook, NOTEBOOK);
    // The driver sets this too; without it ipykernel's debugger warns on every start.
    const env = { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' };
    const nbconvert = () => run(python, ['-m', 'nbconvert', '--to', 'notebook', '--execute', notebook, '--output', join(folder, 'nbconvert-out.ipynb')], { env });
    const viaBackend = async (sample: number) => {
      const handle = await backend.submit(localRequest('bench', NOTEBOOK, join(folder, `out-${sample}`)));
      const result = await backend.follow(handle);
      if (result.state !== 'SUCCEEDED') throw new Error(`the benchmark notebook did not succeed: ${result.error}`);
    };
    await nbconvert(); // warm the disk cache for both
    const local: number[] = [];
    const direct: number[] = [];
    for (let sample = 0; sample < samples; sample++) {
      direct.push(await timed(nbconvert));
      local.push(await timed(() => viaBackend(sample)));
    }
    const [localMs, directMs] = [median(local), median(direct)];
    console.log(`     (one notebook, median of ${samples}: local backend ${localMs.toFixed(0)} ms, nbconvert --execute ${directMs.toFixed(0)} ms, with ${python})`);
    const overhead = report({
      name: 'local backend run / nbconvert --execute, same notebook',
      value: localMs / directMs,
      unit: '×',
      bound: 1.2,
      target: '<= 1.2×',
      ok: localMs / directMs <= 1.2,
    });

    const cores = availableParallelism();
    const eight = Array.from({ length: 8 }, (_, index) =>
      localRequest(`parallel-${index}`, notebookBytes(codeCell(`import time\ntime.sleep(1)\nprint("notebook ${index}")`)), join(folder, `parallel-${index}`)),
    );
    const runAll = (maxParallel: number) => async () => {
      const results = await runNotebooks(eight, backend, { maxParallel, wait: true });
      if (results.some((result) => result.state !== 'SUCCEEDED')) throw new Error('a parallel benchmark notebook did not succeed');
    };
    const oneByOne = await timed(runAll(1));
    const together = await timed(runAll(cores));
    const ideal = Math.min(cores, 8);
    const speedup = oneByOne / together;
    console.log(`     (8 notebooks: one by one ${(oneByOne / 1000).toFixed(1)} s, ${cores} at a time ${(together / 1000).toFixed(1)} s)`);
    const parallel = report({
      name: `8 notebooks on ${cores} cores, speedup over one by one`,
      value: speedup,
      unit: '×',
      bound: ideal,
      target: `>= ${(0.75 * ideal).toFixed(1)}× (75% of ${ideal} cores)`,
      ok: speedup >= 0.75 * ideal,
    });
    return { ok: overhead.ok && parallel.ok };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
