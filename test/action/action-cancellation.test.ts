import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataScienceClient } from 'oci-datascience';
import { GitFixture } from '../support/git-fixture.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { runAction, startAction } from '../support/action-runner.js';
import { emulatedOci, MAIN, POST, repositoryWithFiveNotebooks, type ResultOutput } from './emulated-action.js';

const oci = emulatedOci();

describe('cancellation', () => {
  it('cancels the runs left in flight when the main step is killed', async () => {
    const repo = new GitFixture();
    repo.write('slow.ipynb', notebookBytes(codeCell('import time\nprint("started", flush=True)\ntime.sleep(300)')));
    const sha = repo.commit('slow');
    repo.push('main');
    const workspace = repo.checkout('main', 1);
    const run = oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha });
    const main = startAction(MAIN, run);

    let saved: string | undefined;
    for (let i = 0; i < 200 && !saved; i++) {
      await sleep(100);
      const runs = main.stateNow()['runs-in-flight'];
      if (runs && runs !== '[]') saved = runs;
    }
    expect(saved).toBeDefined();
    main.child.kill('SIGKILL');
    await main.outcome();
    const [handle] = JSON.parse(saved!) as Array<{ runId: string }>;

    const post = await runAction(POST, { ...run, state: main.stateNow() });

    expect(post.status).toBe(0);
    expect(post.stdout).toContain(`cancelled run ${handle!.runId}`);
    // The run's output PAR, whose id the state holds, goes too.
    const [submission] = JSON.parse(main.stateNow().submissions!) as Array<{ id: string; runId: string; parIds: string[] }>;
    expect(submission!.runId).toBe(handle!.runId);
    expect(post.stdout).toContain(`slow.ipynb: removed what its submission left: PAR ${submission!.parIds[0]}`);
    const { items: pars } = await oci.clients.objectStorage.listPreauthenticatedRequests({ namespaceName: oci.emulator.namespace, bucketName: oci.emulator.outputBucket });
    expect(pars.filter((par) => par.name.includes(submission!.id))).toEqual([]);
    const dataScience: DataScienceClient = oci.clients.dataScience;
    let state = '';
    for (let i = 0; i < 100 && state !== 'CANCELED'; i++) {
      state = (await dataScience.getJobRun({ jobRunId: handle!.runId })).jobRun.lifecycleState;
      if (state !== 'CANCELED') await sleep(100);
    }
    expect(state).toBe('CANCELED');
  });

  it('cancels its runs and still writes the outputs when the runner stops it with SIGINT', async () => {
    const repo = new GitFixture();
    repo.write('slow.ipynb', notebookBytes(codeCell('import time\nprint("started", flush=True)\ntime.sleep(300)')));
    const sha = repo.commit('slow');
    repo.push('main');
    const workspace = repo.checkout('main', 1);
    const main = startAction(MAIN, oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha }));
    for (let i = 0; i < 200 && (main.stateNow()['runs-in-flight'] ?? '[]') === '[]'; i++) await sleep(100);
    expect(JSON.parse(main.stateNow()['runs-in-flight'] ?? '[]')).toHaveLength(1);

    main.child.kill('SIGINT');
    const outcome = await main.outcome();

    const [result] = JSON.parse(outcome.outputs.results!) as ResultOutput[];
    expect(result!.state).toBe('CANCELED');
    const { jobRun } = await oci.clients.dataScience.getJobRun({ jobRunId: result!.runId });
    expect(jobRun.lifecycleState).toBe('CANCELED');
    expect(outcome.status).toBe(1);
    expect(outcome.state['runs-in-flight']).toBe('[]');
  });

  it('leaves nothing to cancel after a run that finished', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const run = oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: oci.inputs({ notebooks: 'notebooks/a.ipynb' }) });
    const main = await runAction(MAIN, run);
    expect(main.status).toBe(0);

    const post = await runAction(POST, { ...run, state: main.state });

    expect(post.status).toBe(0);
    expect(post.stdout).not.toContain('cancel');
  });
});

describe('bad inputs', () => {
  it.each([
    [{ 'block-storage-size': '20' }, /block-storage-size: expected a whole number of GB, at least 50, got 20/],
    [{ 'output-uri': 's3://bucket/prefix' }, /output-uri: expected oci:\/\/bucket@namespace\/prefix/],
    [{ 'compartment-id': 'my-compartment' }, /compartment-id: expected an OCID of a compartment/],
    [{ 'compartment-id': '' }, /compartment-id: required with backend oci/],
    [{ 'changed-only': 'sometimes' }, /changed-only: expected one of auto, true, false, got "sometimes"/],
    [{ 'max-parallel': '0' }, /max-parallel: expected a whole number of at least 1, got "0"/],
    [{ env: 'NOT A PAIR' }, /env: expected KEY=VALUE, got "NOT A PAIR"/],
    [{ parameters: '- a list' }, /parameters: expected a JSON or YAML map/],
    [{ backend: 'kubernetes' }, /backend: expected one of oci, local, got "kubernetes"/],
    [{ 'delete-job': 'sometimes' }, /delete-job: expected one of never, succeeded, always, got "sometimes"/],
    [{ 'needs-attention-minutes': '0' }, /needs-attention-minutes: expected a whole number of at least 1, got "0"/],
    [{ 'log-compartment-id': 'ocid1.loggroup.oc1..x' }, /log-compartment-id: expected an OCID of a compartment or tenancy/],
  ])('refuses %j with a message naming the input, before any API call', async (inputs, message) => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const before = oci.emulator.requests.length;

    const outcome = await runAction(MAIN, oci.run({ eventName: 'schedule', event: {}, workspace, sha: first, inputs: oci.inputs(inputs) }));

    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toMatch(new RegExp(`::error::${message.source}`));
    expect(oci.emulator.requests.length).toBe(before);
    expect(outcome.outputs.results).toBe('[]');
  });

  it('never prints the private key', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const outcome = await runAction(
      MAIN,
      oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: oci.inputs({ notebooks: 'notebooks/a.ipynb' }), env: { ...oci.emulator.env, RUNNER_DEBUG: '1' } }),
    );
    const keyLines = oci.emulator.env.OCI_CLI_KEY_CONTENT!.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----'));
    expect(keyLines.length).toBeGreaterThan(5);
    expect(outcome.stdout).toContain('::add-mask::');
    // The output PAR the run uploads through is registered as a secret too.
    expect(outcome.stdout).toMatch(/::add-mask::http:\/\/127\.0\.0\.1:\d+\/p\/[^/\s]+\/n\//);
    const printed = outcome.stdout.replace(/::add-mask::.*\n/g, '') + outcome.stderr;
    for (const line of keyLines) expect(printed).not.toContain(line);
  });
});
