import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunResult } from '../../src/engine/run-result.js';
import type { Submission } from '../../src/backends/oci/submission-ledger.js';
import { emulatedOci, MAIN, POST, type ResultOutput } from '../action/emulated-action.js';
import { runAction, startAction } from '../support/action-runner.js';
import { GitFixture } from '../support/git-fixture.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { leftovers, NOTHING_LEFT } from './leftovers.js';

/**
 * The interruptions, again, on the bundles as users start them: the CLI stopped with
 * Ctrl-C and with Ctrl-C twice, and the action killed (SIGKILL) while submitting and while its
 * runs go on, then its post step. Each must leave no live run, no PAR, no handover object and no
 * process of its runs, and the CLI prints its JSON results whatever happened.
 */
const oci = emulatedOci();

/** Sleeps for five minutes after saying it started: only an interruption ends it. */
const sleeper = (name: string) => notebookBytes(codeCell(`import time\nprint("started ${name}", flush=True)\ntime.sleep(300)`));

async function waitFor(what: string, done: () => boolean, timeoutMs = 30_000): Promise<void> {
  for (const until = Date.now() + timeoutMs; !done(); await sleep(50)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
  }
}

/** The bundled CLI as a child process, running `names` (sleepers) with the run's own output folder. */
async function startCli(label: string, names: string[], extra: string[] = []) {
  const folder = await mkdtemp(join(tmpdir(), `chaos-${label}-`));
  for (const name of names) await writeFile(join(folder, `${name}.ipynb`), sleeper(name));
  const argv = ['dist/cli/index.js', 'run', '--json', '--job-name', label, '--output-uri', `${oci.emulator.env.OCI_OUTPUT_URI}/${label}/$JOB_RUN_OCID`, ...extra, ...names.map((name) => join(folder, `${name}.ipynb`))];
  const child = spawn(process.execPath, argv, { env: { ...process.env, ...oci.emulator.env } });
  const io = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (io.stdout += chunk));
  child.stderr.on('data', (chunk) => (io.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, io, exited };
}

describe('the CLI interrupted', () => {
  it('Ctrl-C with two runs going: cancels them, prints the JSON results, exits 1, leaves nothing', async () => {
    const names = ['a', 'b'];
    const { child, io, exited } = await startCli('sigint', names);
    try {
      await waitFor('both runs to start', () => names.every((name) => io.stderr.includes(`started ${name}`)));
      child.kill('SIGINT');
      expect(await exited).toBe(1);
    } finally {
      child.kill('SIGKILL');
    }

    const results = JSON.parse(io.stdout) as RunResult[];
    expect(results.map((result) => [result.notebook.replace(/^.*\//, ''), result.state])).toEqual(names.map((name) => [`${name}.ipynb`, 'CANCELED']));
    expect(await leftovers(oci.emulator, oci.clients, results.map((result) => result.runId!))).toEqual(NOTHING_LEFT);
  });

  it('Ctrl-C twice, the second while the first cancels, a third notebook not yet submitted: prints the JSON results, exits 130, leaves nothing', async () => {
    const names = ['a', 'b', 'c'];
    const { child, io, exited } = await startCli('sigint-twice', names, ['--max-parallel', '2']);
    try {
      await waitFor('two runs to start', () => names.slice(0, 2).every((name) => io.stderr.includes(`started ${name}`)));
      child.kill('SIGINT');
      await waitFor('the first Ctrl-C to be heard', () => io.stderr.includes('SIGINT: stopping;'));
      child.kill('SIGINT');
      expect(await exited).toBe(130);
    } finally {
      child.kill('SIGKILL');
    }

    expect(io.stderr).toContain('SIGINT: stopping at once');
    const results = JSON.parse(io.stdout) as RunResult[];
    expect(results.map((result) => result.notebook.replace(/^.*\//, ''))).toEqual(names.map((name) => `${name}.ipynb`));
    const runIds = results.flatMap((result) => (result.runId ? [result.runId] : []));
    expect(runIds).toHaveLength(2);
    expect(results[2]!.runId).toBeUndefined();
    expect(await leftovers(oci.emulator, oci.clients, runIds)).toEqual(NOTHING_LEFT);
  });
});

describe('the action killed, then its post step', () => {
  /** A checkout with sleepers, and the action's run on it writing under the run's own output folder. */
  function actionRun(label: string, names: string[]) {
    const repo = new GitFixture();
    for (const name of names) repo.write(`${name}.ipynb`, sleeper(name));
    const sha = repo.commit(label);
    repo.push('main');
    const workspace = repo.checkout('main', 1);
    return oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha, inputs: oci.inputs({ 'output-uri': `${oci.emulator.env.OCI_OUTPUT_URI}/${label}/$JOB_RUN_OCID` }) });
  }

  const submissionsIn = (state: Record<string, string>) => JSON.parse(state.submissions ?? '[]') as Submission[];

  it('SIGKILL once its jobs are made, while the emulator holds their CreateJobRun: the post step deletes the jobs and their PARs', async () => {
    const names = ['a', 'b'];
    const run = actionRun('killed-submitting', names);
    // Every CreateJobRun is held 5 s, then refused without a run made: the kill comes while the runs are asked for.
    const runCreates = () => oci.emulator.requests.filter((request) => request.method === 'POST' && request.path === '/20190101/jobRuns');
    const answeredBefore = runCreates().length;
    oci.emulator.setFaults({ latencyMs: 5000, errorRate: 1, errorStatuses: [503], phase: 'before', match: /^POST \/20190101\/jobRuns$/ });
    const main = startAction(MAIN, run);
    try {
      await waitFor('both jobs and their first PARs, written down', () => {
        const submissions = submissionsIn(main.stateNow());
        return submissions.length === names.length && submissions.every((submission) => submission.jobId && submission.parIds.length > 0);
      });
      // The run creates follow the PARs at once; held, none can have been answered yet.
      await sleep(500);
      expect(runCreates()).toHaveLength(answeredBefore);
      main.child.kill('SIGKILL');
      await main.outcome();
      // They were on their way when the action died: the emulator refuses them once their 5 s are up.
      await waitFor('the held run creates to be answered', () => runCreates().length >= answeredBefore + names.length, 15_000);
    } finally {
      oci.emulator.setFaults(undefined);
      main.child.kill('SIGKILL');
    }
    expect(runCreates().slice(answeredBefore).map((request) => request.status)).toEqual(names.map(() => 503));
    const state = main.stateNow();
    const submissions = submissionsIn(state);
    expect(submissions.map((submission) => submission.runId)).toEqual([undefined, undefined]);
    expect((await leftovers(oci.emulator, oci.clients, [], 0)).pars).toHaveLength(names.length);

    const post = await runAction(POST, { ...run, state });

    expect(post.status).toBe(0);
    for (const submission of submissions) {
      expect(post.stdout).toContain(`${submission.notebook}: removed what its submission left:`);
      const { job } = await oci.clients.dataScience.getJob({ jobId: submission.jobId! });
      expect(['DELETING', 'DELETED']).toContain(job.lifecycleState);
      const { items: runs } = await oci.clients.dataScience.listJobRuns({ compartmentId: oci.emulator.compartmentId, jobId: submission.jobId! });
      expect(runs).toEqual([]);
    }
    expect(await leftovers(oci.emulator, oci.clients, [])).toEqual(NOTHING_LEFT);
  });

  it('SIGKILL with two runs going: the post step cancels them and removes their PARs and handover objects', async () => {
    const names = ['a', 'b'];
    const run = actionRun('killed-following', names);
    const main = startAction(MAIN, run);
    let runIds: string[] = [];
    try {
      await waitFor('both runs, followed', () => (runIds = (JSON.parse(main.stateNow()['runs-in-flight'] ?? '[]') as ResultOutput[]).map((handle) => handle.runId)).length === names.length);
      // Going: their machines provisioned and their notebooks' processes started, not only accepted.
      for (const until = Date.now() + 60_000; (await leftovers(oci.emulator, oci.clients, runIds, 0)).processes.length === 0 && Date.now() < until; ) await sleep(250);
      main.child.kill('SIGKILL');
      await main.outcome();
    } finally {
      main.child.kill('SIGKILL');
    }
    const left = await leftovers(oci.emulator, oci.clients, runIds, 0);
    expect([left.liveRuns.length, left.pars.length > 0, left.processes.length > 0]).toEqual([names.length, true, true]);

    const post = await runAction(POST, { ...run, state: main.stateNow() });

    expect(post.status).toBe(0);
    for (const runId of runIds) expect(post.stdout).toContain(`cancelled run ${runId}`);
    expect(await leftovers(oci.emulator, oci.clients, runIds)).toEqual(NOTHING_LEFT);
  });
});
