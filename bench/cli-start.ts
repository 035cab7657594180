import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './bench-report.js';
import { floorNote, timeToFirstRequest } from './first-request.js';

/** (c) From `node dist/cli/index.js run` starting to its first API request arriving. */
export async function benchCliStart(samples = 15) {
  const folder = await mkdtemp(join(tmpdir(), 'bench-cli-'));
  const notebook = join(folder, 'n.ipynb');
  await writeFile(notebook, JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] }));
  // As the docs run it: with an output URI, so the first call is the output PAR's.
  const env = {
    OCI_COMPARTMENT_ID: 'ocid1.compartment.oc1..aaaabench',
    OCI_PROJECT_ID: 'ocid1.datascienceproject.oc1.iad.aaaabench',
    OCI_OUTPUT_URI: 'oci://outputs@benchns/runs',
  };
  const times = await timeToFirstRequest([join(process.cwd(), 'dist/cli/index.js'), 'run', '--no-wait', notebook], env, folder, samples);
  const value = times.median;
  return report({ name: '(c) CLI start to first API request, median', value, unit: 'ms', bound: 300, target: '< 300 ms', ok: value < 300, note: floorNote(times) });
}
