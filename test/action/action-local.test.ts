import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { unzipSync } from 'fflate';
import { runAction, startAction, type ActionRun } from '../support/action-runner.js';
import { startFakeArtifactService, type FakeArtifactService } from '../support/fake-artifact-service.js';
import { GitFixture, removeGitFixtures } from '../support/git-fixture.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';

// The bundled action, as the runner runs it, with backend local: real Python and Jupyter kernels.
const MAIN = 'dist/index.js';
const POST = 'dist/post/index.js';
const PYTHON = '/usr/bin/python3';
/** Every process of a local run carries this variable, with the run id as its value. */
const RUN_MARKER = 'OCI_RUN_NOTEBOOK_LOCAL_RUN';

let artifacts: FakeArtifactService;
beforeAll(async () => {
  artifacts = await startFakeArtifactService();
});
afterAll(async () => {
  removeGitFixtures();
  await artifacts?.close();
});

interface ResultOutput {
  notebook: string;
  state: string;
  runId: string;
  outputUri: string;
  error: string | null;
}

interface NotebookOutput {
  output_type: string;
  text?: string | string[];
  ename?: string;
}

/** A checkout of a repository holding `files`, as actions/checkout leaves it. */
function checkoutOf(files: Record<string, Uint8Array | string>): { workspace: string; sha: string } {
  const repo = new GitFixture();
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  const sha = repo.commit('notebooks');
  repo.push('main');
  return { workspace: repo.checkout('main', 1), sha };
}

/** A workflow_dispatch run of the local backend, in a runner temp folder of its own unless `env` names one. */
function localRun(checkout: { workspace: string; sha: string }, env: Record<string, string | undefined> = {}, inputs: Record<string, string> = {}): ActionRun & { runId: string } {
  const runId = env.GITHUB_RUN_ID ?? String(100000 + Math.floor(Math.random() * 1e6));
  return {
    runId,
    inputs: { backend: 'local', python: PYTHON, ...inputs },
    eventName: 'workflow_dispatch',
    event: {},
    workspace: checkout.workspace,
    sha: checkout.sha,
    env: { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'runner-temp-')), GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'notebooks', ...env },
  };
}

const results = (outputs: Record<string, string>) => JSON.parse(outputs.results!) as ResultOutput[];
const textOf = (output: NotebookOutput) => [output.text ?? ''].flat().join('');

/** Pids of the live processes (zombies left out) whose environment carries the run's marker. */
function processesOfRun(runId: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      if (/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3))) continue;
      if (`\0${readFileSync(`/proc/${name}/environ`, 'latin1')}`.includes(`\0${RUN_MARKER}=${runId}\0`)) pids.push(Number(name));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}

describe('the action with backend local', () => {
  it('runs a passing and a failing notebook, annotates the failing cell, fails the step and uploads both executed notebooks as an artifact', async () => {
    const broken = JSON.stringify(JSON.parse(new TextDecoder().decode(notebookBytes(codeCell('x = 1'), codeCell('raise KeyError("missing column")')))), null, 1);
    const checkout = checkoutOf({
      'notebooks/passes.ipynb': notebookBytes(codeCell('print("hello from the runner")'), codeCell('open("table.csv", "w").write("a,b\\n1,2\\n")')),
      'broken.ipynb': broken,
    });
    const run = localRun(checkout, artifacts.env);

    const outcome = await runAction(MAIN, run);

    expect(outcome.status).toBe(1);
    expect(results(outcome.outputs).map((result) => [result.notebook, result.state]).sort()).toEqual([
      ['broken.ipynb', 'FAILED'],
      ['notebooks/passes.ipynb', 'SUCCEEDED'],
    ]);
    expect(outcome.outputs.succeeded).toBe('1');
    expect(outcome.outputs.failed).toBe('1');
    expect(outcome.stdout).toMatch(/::error title=Cell 2 failed[^\n]*,file=broken\.ipynb,line=\d+::KeyError: 'missing column'/);
    expect(outcome.stdout).toMatch(/::error::1 of 2 notebook runs did not succeed: broken\.ipynb/);

    const name = `executed-notebooks-${run.runId}-1-notebooks`;
    const artifact = artifacts.artifacts.find((stored) => stored.name === name);
    const blob = `PUT /devstoreaccount1/actions-results/${artifacts.workflowRunBackendId}/${artifacts.workflowJobRunBackendId}/${name}.zip`;
    expect(artifacts.requests.slice(-4)).toEqual([
      'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
      `${blob}?comp=block`,
      `${blob}?comp=blocklist`,
      'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
    ]);
    expect(artifact).toMatchObject({ finalized: true, workflowRunBackendId: artifacts.workflowRunBackendId, workflowJobRunBackendId: artifacts.workflowJobRunBackendId });
    expect(outcome.outputs['artifact-name']).toBe(name);
    expect(outcome.outputs['artifact-id']).toBe(artifact!.id);
    const zip = unzipSync(new Uint8Array(artifact!.content!));
    expect(Object.keys(zip).sort()).toEqual(['broken/broken.ipynb', 'notebooks/passes/passes.ipynb', 'notebooks/passes/table.csv']);
    const cellsOf = (path: string) => (JSON.parse(new TextDecoder().decode(zip[path])) as { cells: Array<{ outputs: NotebookOutput[] }> }).cells;
    expect(textOf(cellsOf('notebooks/passes/passes.ipynb')[0]!.outputs[0]!)).toBe('hello from the runner\n');
    expect(cellsOf('broken/broken.ipynb')[1]!.outputs.some((output) => output.output_type === 'error' && output.ename === 'KeyError')).toBe(true);
    expect(new TextDecoder().decode(zip['notebooks/passes/table.csv'])).toBe('a,b\n1,2\n');
    expect(outcome.summary).toContain(`[\`${name}\`](https://github.com/octo-org/notebooks/actions/runs/${run.runId}/artifacts/${artifact!.id})`);
  });

  it('names the artifact of a second step in the same job with -2, and puts only that step\'s notebooks in it', async () => {
    const checkout = checkoutOf({ 'first.ipynb': notebookBytes(codeCell('print(1)')), 'second.ipynb': notebookBytes(codeCell('print(2)')) });
    const job = { ...artifacts.env, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'runner-temp-')), GITHUB_RUN_ID: String(Date.now()) };
    const first = await runAction(MAIN, localRun(checkout, job, { notebooks: 'first.ipynb' }));
    const second = await runAction(MAIN, localRun(checkout, job, { notebooks: 'second.ipynb' }));

    const name = `executed-notebooks-${job.GITHUB_RUN_ID}-1-notebooks`;
    expect([first.status, second.status]).toEqual([0, 0]);
    expect([first.outputs['artifact-name'], second.outputs['artifact-name']]).toEqual([name, `${name}-2`]);
    const stored = artifacts.artifacts.find((artifact) => artifact.name === `${name}-2`);
    expect(second.outputs['artifact-id']).toBe(stored!.id);
    expect(Object.keys(unzipSync(new Uint8Array(stored!.content!)))).toEqual(['second/second.ipynb']);
  });

  it('warns when the runner has no artifact service (no ACTIONS_RUNTIME_TOKEN) and still reports the results', async () => {
    const checkout = checkoutOf({ 'hello.ipynb': notebookBytes(codeCell('print("hello")')) });
    const before = artifacts.requests.length;

    const outcome = await runAction(MAIN, localRun(checkout));

    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toMatch(/::warning::The executed notebooks were not uploaded as a workflow artifact: ACTIONS_RUNTIME_TOKEN is not set.* They are in \//);
    const [result] = results(outcome.outputs);
    expect(result).toMatchObject({ notebook: 'hello.ipynb', state: 'SUCCEEDED' });
    expect(readFileSync(result!.outputUri, 'utf8')).toContain('"hello\\n"');
    expect(outcome.outputs.succeeded).toBe('1');
    expect(outcome.outputs['artifact-name']).toBeUndefined();
    expect(outcome.summary).toContain('| `hello.ipynb` | ✅ SUCCEEDED |');
    expect(artifacts.requests.length).toBe(before);
  });

  it('warns and still reports the results when the artifact service refuses the upload', async () => {
    const checkout = checkoutOf({ 'hello.ipynb': notebookBytes(codeCell('print("hello")')) });
    const stranger = await startFakeArtifactService();
    try {
      // Another job's token: the service answers 401, which the client does not retry.
      const outcome = await runAction(MAIN, localRun(checkout, { ...artifacts.env, ACTIONS_RUNTIME_TOKEN: stranger.env.ACTIONS_RUNTIME_TOKEN }));

      expect(outcome.status).toBe(0);
      expect(outcome.stdout).toMatch(/::warning::The executed notebooks could not be uploaded as a workflow artifact: .*CreateArtifact.*\(401\)/);
      expect(outcome.outputs.succeeded).toBe('1');
      expect(outcome.outputs['artifact-id']).toBeUndefined();
    } finally {
      await stranger.close();
    }
  });

  it('streams a running notebook\'s lines into the step log with several runs in flight, and groups each run at its end', async () => {
    const releaseFolder = mkdtempSync(join(tmpdir(), 'release-'));
    // Readable by others: an isolated notebook runs as another user.
    chmodSync(releaseFolder, 0o755);
    const release = join(releaseFolder, 'go');
    // The notebook ends only once the test has seen its first line in the step log.
    const waits = `import os, time\nprint("waiting for the test", flush=True)\ndeadline = time.time() + 60\nwhile not os.path.exists(${JSON.stringify(release)}):\n    if time.time() > deadline:\n        raise TimeoutError("the line never reached the step log")\n    time.sleep(0.1)\nprint("released")`;
    const checkout = checkoutOf({ 'long.ipynb': notebookBytes(codeCell(waits)), 'quick.ipynb': notebookBytes(codeCell('print("quick one")')) });
    const main = startAction(MAIN, localRun(checkout, {}, { 'max-parallel': '2' }));
    let streamed = '';
    await new Promise<void>((resolve) =>
      main.child.stdout!.on('data', (chunk: Buffer) => {
        streamed += chunk.toString();
        if (streamed.includes('[long.ipynb] waiting for the test\n')) resolve();
      }),
    );
    writeFileSync(release, '');

    const outcome = await main.outcome();

    expect(outcome.status).toBe(0);
    const lines = outcome.stdout.split('\n');
    const at = (line: string, from = 0) => lines.indexOf(line, from);
    const group = at('::group::long.ipynb: SUCCEEDED');
    expect(at('[long.ipynb] waiting for the test')).toBeGreaterThan(at('long.ipynb: submitted run ' + results(outcome.outputs).find((r) => r.notebook === 'long.ipynb')!.runId));
    expect(at('[long.ipynb] waiting for the test')).toBeLessThan(group);
    expect(lines.slice(group, at('::endgroup::', group))).toEqual(expect.arrayContaining(['[long.ipynb] waiting for the test', '[long.ipynb] released']));
    expect(at('::group::quick.ipynb: SUCCEEDED')).toBeGreaterThan(at('[quick.ipynb] quick one'));
  });

  it('ends the kernel and driver of a run left in flight when the main step is killed', async () => {
    const checkout = checkoutOf({
      'slow.ipynb': notebookBytes(codeCell('import subprocess, time\nsubprocess.Popen(["sleep", "300"])\nprint("started", flush=True)\ntime.sleep(300)')),
    });
    // Without isolation: an isolated run ends by itself when the main step dies (local-isolation.test.ts);
    // an unisolated one is found by its marker, which this test reads too.
    const run = localRun(checkout, artifacts.env, { isolation: 'none' });
    const main = startAction(MAIN, run);

    // Wait until the notebook's cell runs: the driver, its kernel and the kernel's child are up.
    let runId: string | undefined;
    for (let i = 0; i < 300 && !(runId && processesOfRun(runId).length >= 3); i++) {
      await sleep(100);
      const saved = main.stateNow()['runs-in-flight'];
      runId ??= saved && saved !== '[]' ? (JSON.parse(saved) as Array<{ runId: string }>)[0]!.runId : undefined;
    }
    expect(runId).toBeDefined();
    expect(processesOfRun(runId!).length).toBeGreaterThanOrEqual(3);
    main.child.kill('SIGKILL');
    await main.outcome();
    // Killed outright, the main step could end nothing: the run goes on.
    expect(processesOfRun(runId!).length).toBeGreaterThanOrEqual(3);

    const post = await runAction(POST, { ...run, state: main.stateNow() });

    expect(post.status).toBe(0);
    expect(post.stdout).toContain(`slow.ipynb: ended local run ${runId}`);
    expect(processesOfRun(runId!)).toEqual([]);
  });
});
