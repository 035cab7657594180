import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { GitFixture } from '../support/git-fixture.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { runAction, startAction } from '../support/action-runner.js';
import { emulatedOci, MAIN, POST, type ResultOutput } from './emulated-action.js';

const oci = emulatedOci();

interface BatchResult extends ResultOutput {
  error: string | null;
  batch: string[] | null;
}

/** Two folders of notebooks (two context roots, so two batches), one notebook failing at its second cell. */
function repository(): { workspace: string; sha: string } {
  const repo = new GitFixture();
  repo.write('daily/helpers.py', 'def greet(name):\n    return "hello " + name\n');
  for (const name of ['a', 'b', 'c', 'd']) {
    repo.write(`daily/${name}.ipynb`, notebookBytes(codeCell(`from helpers import greet\nprint(greet("${name}"))\nopen("${name}.txt", "w").write("${name}")`)));
  }
  repo.write('daily/broken.ipynb', notebookBytes(codeCell('print("broken starts")'), codeCell('1 / 0')));
  repo.write('weekly/summary.ipynb', notebookBytes(codeCell('print("weekly summary")')));
  repo.write('weekly/totals.ipynb', notebookBytes(codeCell('print("weekly totals")')));
  const sha = repo.commit('notebooks');
  repo.push('main');
  return { workspace: repo.checkout('main', 1), sha };
}

describe('batch through the action', () => {
  it('runs each folder\'s notebooks in one job run, with a result, summary row and annotation per notebook, and fails the step', async () => {
    const { workspace, sha } = repository();
    const run = oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha, inputs: oci.inputs({ batch: 'true', 'batch-parallel': '2', 'max-parallel': '4' }) });

    const outcome = await runAction(MAIN, run);

    expect(outcome.status).toBe(1);
    const results = JSON.parse(outcome.outputs.results!) as BatchResult[];
    const byName = Object.fromEntries(results.map((result) => [result.notebook, result]));
    const daily = ['daily/a.ipynb', 'daily/b.ipynb', 'daily/broken.ipynb', 'daily/c.ipynb', 'daily/d.ipynb'];
    const weekly = ['weekly/summary.ipynb', 'weekly/totals.ipynb'];
    expect(results.map((result) => result.notebook).sort()).toEqual([...daily, ...weekly]);
    // Two batches: one run per folder, listed once per notebook.
    const runIds = JSON.parse(outcome.outputs['run-ids']!) as string[];
    expect(runIds).toHaveLength(7);
    expect(new Set(runIds).size).toBe(2);
    for (const name of daily) expect(byName[name]!.runId).toBe(byName['daily/a.ipynb']!.runId);
    for (const name of weekly) expect(byName[name]!.runId).toBe(byName['weekly/summary.ipynb']!.runId);
    expect(byName['daily/a.ipynb']!.batch).toEqual(daily);
    expect(byName['weekly/totals.ipynb']!.batch).toEqual(weekly);
    expect(results.filter((result) => result.state === 'SUCCEEDED')).toHaveLength(6);
    expect(byName['daily/broken.ipynb']).toMatchObject({ state: 'FAILED', error: expect.stringMatching(/^cell 2 failed: ZeroDivisionError/) });
    expect(outcome.outputs.failed).toBe('1');

    // Each notebook's lines, prefixed with its own path, and an error annotation at the failing cell.
    expect(outcome.stdout).toContain('[daily/c.ipynb] hello c');
    expect(outcome.stdout).toContain('[weekly/totals.ipynb] weekly totals');
    expect(outcome.stdout).toMatch(/::error title=Cell 2 failed[^\n]*,file=daily\/broken\.ipynb,line=\d+::ZeroDivisionError/);
    expect(outcome.summary).toContain('| `daily/broken.ipynb` | ❌ FAILED');
    expect(outcome.summary).toContain('batch of 5');
    expect(outcome.summary).toContain('batch of 2');
  });

  it('cancels the batch\'s run when the runner stops the step, and the post step leaves nothing', async () => {
    const repo = new GitFixture();
    repo.write('jobs/quick.ipynb', notebookBytes(codeCell('print("quick done")')));
    repo.write('jobs/slow.ipynb', notebookBytes(codeCell('import time\nprint("slow started", flush=True)\ntime.sleep(300)')));
    const sha = repo.commit('slow');
    repo.push('main');
    const workspace = repo.checkout('main', 1);
    const run = oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha, inputs: oci.inputs({ batch: 'true' }) });
    const main = startAction(MAIN, run);
    for (let i = 0; i < 300 && (main.stateNow()['runs-in-flight'] ?? '[]') === '[]'; i++) await sleep(100);
    const [handle] = JSON.parse(main.stateNow()['runs-in-flight'] ?? '[]') as Array<{ runId: string }>;
    expect(handle).toBeDefined();
    main.child.kill('SIGINT');
    const stopped = await main.outcome();
    const post = await runAction(POST, { ...run, state: stopped.state });

    expect(post.status).toBe(0);
    const results = JSON.parse(stopped.outputs.results!) as BatchResult[];
    expect(new Set(results.map((result) => result.runId))).toEqual(new Set([handle!.runId]));
    const { jobRun } = await oci.clients.dataScience.getJobRun({ jobRunId: handle!.runId });
    expect(['CANCELING', 'CANCELED']).toContain(jobRun.lifecycleState);
    for (let i = 0; i < 100; i++) {
      const { jobRun: now } = await oci.clients.dataScience.getJobRun({ jobRunId: handle!.runId });
      if (now.lifecycleState === 'CANCELED') break;
      await sleep(100);
    }
    expect((await oci.clients.dataScience.getJobRun({ jobRunId: handle!.runId })).jobRun.lifecycleState).toBe('CANCELED');
    const { items: pars } = await oci.clients.objectStorage.listPreauthenticatedRequests({ namespaceName: oci.emulator.namespace, bucketName: oci.emulator.outputBucket });
    expect(pars).toEqual([]);
  });

  it('refuses batch with backend local, and batch-parallel without batch, before anything runs', async () => {
    const { workspace, sha } = repository();
    const jobsCreated = () => oci.emulator.requests.filter((request) => request.method === 'POST' && /\/jobs$/.test(request.path)).length;
    const before = jobsCreated();
    const local = await runAction(MAIN, oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha, inputs: { backend: 'local', batch: 'true' } }));
    expect(local.stdout).toContain('::error::batch: only used with backend oci');
    const stray = await runAction(MAIN, oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha, inputs: oci.inputs({ 'batch-parallel': '2' }) }));
    expect(stray.stdout).toContain('::error::batch-parallel: only used with batch: true');
    const zero = await runAction(MAIN, oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha, inputs: oci.inputs({ batch: 'true', 'batch-parallel': '0' }) }));
    expect(zero.stdout).toContain('::error::batch-parallel: expected a whole number of at least 1');
    expect(jobsCreated()).toBe(before);
  });
});
