import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './bench-report.js';
import { node24 } from '../test/support/node24.js';
import { floorNote, timeToFirstRequest } from './first-request.js';

/** The action's cold start: `node dist/index.js`, as the runner starts it (with Node 24), to its first API request. */
export async function benchActionStart(samples = 15) {
  const workspace = mkdtempSync(join(tmpdir(), 'bench-action-'));
  writeFileSync(join(workspace, 'n.ipynb'), JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] }));
  execFileSync('git', ['init', '-q', workspace]);
  execFileSync('git', ['-C', workspace, '-c', 'user.name=b', '-c', 'user.email=b@b', 'add', '.']);
  execFileSync('git', ['-C', workspace, '-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '-qm', 'n']);
  const eventPath = join(workspace, '..', `${workspace.split('/').pop()}-event.json`);
  writeFileSync(eventPath, '{}');
  const output = join(tmpdir(), `bench-action-output-${process.pid}`);
  writeFileSync(output, '');
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'bench/bench',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_OUTPUT: output,
    GITHUB_STATE: output,
    GITHUB_STEP_SUMMARY: output,
    'INPUT_COMPARTMENT-ID': 'ocid1.compartment.oc1..aaaabench',
    'INPUT_PROJECT-ID': 'ocid1.datascienceproject.oc1.iad.aaaabench',
    'INPUT_OUTPUT-URI': 'oci://outputs@benchns/runs',
    INPUT_WAIT: 'false',
  };
  const times = await timeToFirstRequest([join(process.cwd(), 'dist/index.js')], env, workspace, samples, node24());
  const value = times.median;
  return report({ name: 'action cold start (Node 24, dist/index.js) to first API request, median', value, unit: 'ms', bound: 300, target: '< 300 ms', ok: value < 300, note: floorNote(times) });
}
