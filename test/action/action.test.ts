import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataScienceClient } from 'oci-datascience';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { GitFixture, removeGitFixtures } from '../support/git-fixture.js';
import { runAction, startAction, type ActionRun } from '../support/action-runner.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { FakeGitHubApi } from '../support/fake-github-api.js';

const MAIN = 'dist/index.js';
const POST = 'dist/post/index.js';

let emulator: Emulator;
let clients: OciClients;
beforeAll(async () => {
  emulator = await startEmulator({ startDelayMs: 50 });
  clients = await createOciClients(emulator.env);
});
afterAll(async () => {
  removeGitFixtures();
  clients?.close();
  await emulator?.close();
});

const printing = (text: string) => notebookBytes(codeCell(`print(${JSON.stringify(text)})`));

/** A repository with five notebooks on main, pushed to origin. */
function repositoryWithFiveNotebooks(): { repo: GitFixture; first: string } {
  const repo = new GitFixture();
  for (const name of ['a', 'b', 'c', 'd', 'e']) repo.write(`notebooks/${name}.ipynb`, printing(`${name} v1`));
  repo.write('README.md', '# notebooks\n');
  const first = repo.commit('five notebooks');
  repo.push('main');
  return { repo, first };
}

function ociInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'compartment-id': emulator.env.OCI_COMPARTMENT_ID!,
    'project-id': emulator.env.OCI_PROJECT_ID!,
    'log-group-id': emulator.env.OCI_LOG_GROUP_ID!,
    'output-uri': emulator.env.OCI_OUTPUT_URI!,
    ...extra,
  };
}

function actionRun(partial: Partial<ActionRun> & Pick<ActionRun, 'eventName' | 'event' | 'workspace'>): ActionRun {
  return { inputs: ociInputs(), env: { ...emulator.env }, ...partial };
}

function pushEvent(before: string, after: string, extra: Record<string, unknown> = {}) {
  return { ref: 'refs/heads/main', before, after, repository: { default_branch: 'main', name: 'notebooks', owner: { login: 'octo-org' } }, ...extra };
}

interface ResultOutput {
  notebook: string;
  state: string;
  runId: string;
  jobId: string;
  outputUri: string;
}

const notebooksRun = (outputs: Record<string, string>) => (JSON.parse(outputs.results!) as ResultOutput[]).map((result) => result.notebook).sort();

describe('the action on a push', () => {
  it('runs exactly the two notebooks the push changed, and writes every output', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    repo.write('notebooks/b.ipynb', printing('b v2'));
    repo.write('notebooks/d.ipynb', printing('d v2'));
    repo.write('README.md', '# changed too\n');
    const second = repo.commit('change b and d');
    repo.push('main');
    const workspace = repo.checkout('main', 10);

    const outcome = await runAction(MAIN, actionRun({ eventName: 'push', event: pushEvent(first, second), workspace, sha: second }));

    expect(outcome.status).toBe(0);
    const results = JSON.parse(outcome.outputs.results!) as ResultOutput[];
    expect(results.map((result) => [result.notebook, result.state]).sort()).toEqual([
      ['notebooks/b.ipynb', 'SUCCEEDED'],
      ['notebooks/d.ipynb', 'SUCCEEDED'],
    ]);
    const runIds = JSON.parse(outcome.outputs['run-ids']!) as string[];
    expect(runIds.sort()).toEqual(results.map((result) => result.runId).sort());
    expect(JSON.parse(outcome.outputs['job-ids']!)).toHaveLength(2);
    const outputPaths = JSON.parse(outcome.outputs['output-paths']!) as Record<string, string>;
    expect(outputPaths['notebooks/b.ipynb']).toMatch(new RegExp(`/runs/${second}/\\d+-1/notebooks/b/b\\.ipynb$`));
    expect(outcome.outputs.succeeded).toBe('2');
    expect(outcome.outputs.failed).toBe('0');
    for (const runId of runIds) {
      const { jobRun } = await clients.dataScience.getJobRun({ jobRunId: runId });
      expect(jobRun.lifecycleState).toBe('SUCCEEDED');
    }
    expect(outcome.stdout).toContain('[notebooks/b.ipynb] b v2');
    expect(outcome.stdout).toMatch(/::group::notebooks\/(b|d)\.ipynb: SUCCEEDED/);
    expect(outcome.summary).toContain('| `notebooks/b.ipynb` | ✅ SUCCEEDED |');
  });

  it('compares a new branch with the default branch', async () => {
    const { repo } = repositoryWithFiveNotebooks();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('notebooks/c.ipynb', printing('c on feature'));
    const head = repo.commit('feature work');
    repo.push('feature');
    const workspace = repo.checkout('feature', 1);
    const event = pushEvent('0000000000000000000000000000000000000000', head, { ref: 'refs/heads/feature', created: true });

    const outcome = await runAction(MAIN, actionRun({ eventName: 'push', event, workspace, sha: head }));

    expect(outcome.status).toBe(0);
    expect(notebooksRun(outcome.outputs)).toEqual(['notebooks/c.ipynb']);
  });

  it('compares a force push with the default branch', async () => {
    const { repo } = repositoryWithFiveNotebooks();
    repo.git('checkout', '-q', '-b', 'topic');
    repo.write('notebooks/a.ipynb', printing('a first try'));
    const abandoned = repo.commit('first try');
    repo.push('topic');
    repo.git('reset', '-q', '--hard', 'main');
    repo.write('notebooks/e.ipynb', printing('e second try'));
    const head = repo.commit('second try');
    repo.push('topic');
    const workspace = repo.checkout('topic', 1);
    const event = pushEvent(abandoned, head, { ref: 'refs/heads/topic', forced: true });

    const outcome = await runAction(MAIN, actionRun({ eventName: 'push', event, workspace, sha: head }));

    expect(outcome.status).toBe(0);
    expect(notebooksRun(outcome.outputs)).toEqual(['notebooks/e.ipynb']);
  });

  it('works from a shallow checkout (fetch-depth 1)', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    repo.write('notebooks/a.ipynb', printing('a v2'));
    const second = repo.commit('change a');
    repo.push('main');
    const workspace = repo.checkout('main', 1);

    const outcome = await runAction(MAIN, actionRun({ eventName: 'push', event: pushEvent(first, second), workspace, sha: second }));

    expect(outcome.status).toBe(0);
    expect(notebooksRun(outcome.outputs)).toEqual(['notebooks/a.ipynb']);
  });
});

describe('the action on other events', () => {
  it('runs what a pull request changed', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('notebooks/d.ipynb', printing('d in the PR'));
    const head = repo.commit('PR change');
    repo.push('pr');
    const workspace = repo.checkout('pr', 1);
    const event = {
      number: 7,
      pull_request: { number: 7, base: { sha: first, ref: 'main' }, head: { sha: head, ref: 'pr' } },
      repository: { default_branch: 'main' },
    };

    const outcome = await runAction(MAIN, actionRun({ eventName: 'pull_request', event, workspace, sha: head }));

    expect(outcome.status).toBe(0);
    expect(notebooksRun(outcome.outputs)).toEqual(['notebooks/d.ipynb']);
  });

  it('runs every notebook on a schedule', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);

    const outcome = await runAction(MAIN, actionRun({ eventName: 'schedule', event: { schedule: '0 3 * * *' }, workspace, sha: first }));

    expect(outcome.status).toBe(0);
    expect(notebooksRun(outcome.outputs)).toEqual(['a', 'b', 'c', 'd', 'e'].map((name) => `notebooks/${name}.ipynb`));
    expect(outcome.outputs.succeeded).toBe('5');
  });

  it('fails the step on a failing notebook and annotates its failing cell', async () => {
    const repo = new GitFixture();
    const notebook = JSON.parse(new TextDecoder().decode(notebookBytes(codeCell('x = 1'), codeCell('raise KeyError("missing column")'))));
    // Written as Jupyter writes it, one key a line.
    const written = JSON.stringify(notebook, null, 1);
    repo.write('broken.ipynb', written);
    const sha = repo.commit('broken');
    repo.push('main');
    const workspace = repo.checkout('main', 1);

    const outcome = await runAction(MAIN, actionRun({ eventName: 'workflow_dispatch', event: {}, workspace, sha }));

    expect(outcome.status).toBe(1);
    const [result] = JSON.parse(outcome.outputs.results!) as ResultOutput[];
    expect(result!.state).toBe('FAILED');
    expect(outcome.outputs.failed).toBe('1');
    const annotation = outcome.stdout.split('\n').find((line) => line.startsWith('::error title=Cell 2 failed'));
    expect(annotation).toMatch(/,file=broken\.ipynb,line=(\d+)::KeyError: 'missing column'/);
    const secondCellLine = written.split('\n').findIndex((line, index, lines) => line.includes('"cell_type"') && lines.slice(0, index).some((earlier) => earlier.includes('"cell_type"'))) + 1;
    expect(annotation).toContain(`line=${secondCellLine}::`);
    expect(outcome.stdout).toMatch(/::error::1 of 1 notebook runs did not succeed: broken\.ipynb/);
  });
});

describe('reports', () => {
  it('keeps one pull request comment up to date: created once, then edited', async () => {
    const api = new FakeGitHubApi('pr-token');
    const apiUrl = await api.start();
    try {
      const { repo, first } = repositoryWithFiveNotebooks();
      repo.write('notebooks/a.ipynb', printing('a in a PR'));
      const head = repo.commit('PR change');
      repo.push('main');
      const workspace = repo.checkout('main', 10);
      api.comments.push({ id: 1, body: 'An unrelated comment' });
      const event = { number: 12, pull_request: { number: 12, base: { sha: first }, head: { sha: head } }, repository: { default_branch: 'main' } };
      const run = actionRun({
        eventName: 'pull_request',
        event,
        workspace,
        sha: head,
        inputs: ociInputs({ comment: 'true', 'github-token': 'pr-token' }),
        env: { ...emulator.env, GITHUB_API_URL: apiUrl },
      });

      const once = await runAction(MAIN, run);
      const twice = await runAction(MAIN, run);

      expect([once.status, twice.status]).toEqual([0, 0]);
      expect(api.calls.filter((call) => call.startsWith('POST'))).toHaveLength(1);
      expect(api.calls.filter((call) => call.startsWith('PATCH'))).toEqual(['PATCH /repos/octo-org/notebooks/issues/comments/1000']);
      expect(api.comments).toHaveLength(2);
      const ours = api.comments[1]!.body;
      expect(ours).toContain('<!-- oci-run-notebook -->');
      expect(ours).toContain(`Notebook runs for ${head.slice(0, 7)}`);
      expect(ours).toContain('| `notebooks/a.ipynb` | ✅ SUCCEEDED |');
      expect(twice.stdout).toContain('comment: updated the results comment on #12.');
    } finally {
      api.close();
    }
  });

  it('submits without waiting when wait is false, and leaves the runs to go on', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const run = actionRun({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: ociInputs({ notebooks: 'notebooks/a.ipynb\nnotebooks/b.ipynb', wait: 'false' }) });

    const outcome = await runAction(MAIN, run);

    expect(outcome.status).toBe(0);
    const results = JSON.parse(outcome.outputs.results!) as ResultOutput[];
    expect(results.map((result) => result.state)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(outcome.state['runs-in-flight']).toBeUndefined();
    for (const result of results) {
      const { jobRun } = await clients.dataScience.getJobRun({ jobRunId: result.runId });
      expect(['ACCEPTED', 'IN_PROGRESS', 'SUCCEEDED']).toContain(jobRun.lifecycleState);
    }
  });
});

describe('what reaches the outputs', () => {
  it('reports a notebook the service would not take as NOT_SUBMITTED in the outputs and summary', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const unknownProject = emulator.env.OCI_PROJECT_ID!.replace(/.{8}$/, 'zzzzzzzz');
    const run = actionRun({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: ociInputs({ notebooks: 'notebooks/a.ipynb', 'project-id': unknownProject }) });

    const outcome = await runAction(MAIN, run);

    expect(outcome.status).toBe(1);
    const [result] = JSON.parse(outcome.outputs.results!) as Array<ResultOutput & { error: string }>;
    expect(result!.state).toBe('NOT_SUBMITTED');
    expect(result!.error).toMatch(/404 NotAuthorizedOrNotFound/);
    expect(outcome.outputs['run-ids']).toBe('[]');
    expect(outcome.outputs.failed).toBe('1');
    expect(outcome.summary).toContain('NOT_SUBMITTED');
    // The SDK's own warning about the refused call goes to the debug log only.
    expect(outcome.stdout).toMatch(/^::debug::Request cannot be retried/m);
    expect(`${outcome.stdout}\n${outcome.stderr}`).not.toMatch(/^Request cannot be retried/m);
  });

  it('runs a notebook named by URL beside the workspace globs', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/shared/report.ipynb') response.end(printing('from a URL'));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/shared/report.ipynb`;
      const { repo, first } = repositoryWithFiveNotebooks();
      const workspace = repo.checkout('main', 1);
      const run = actionRun({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: ociInputs({ notebooks: `notebooks/e.ipynb\n${url}` }) });

      const outcome = await runAction(MAIN, run);

      expect(outcome.status).toBe(0);
      expect(notebooksRun(outcome.outputs)).toEqual(['notebooks/e.ipynb', url].sort());
      expect(outcome.stdout).toContain('from a URL');
      const paths = JSON.parse(outcome.outputs['output-paths']!) as Record<string, string>;
      expect(paths[url]).toMatch(/\/report-[0-9a-f]{8}\/report\.ipynb$/);
    } finally {
      server.close();
    }
  });
});

describe('cancellation', () => {
  it('cancels the runs left in flight when the main step is killed', async () => {
    const repo = new GitFixture();
    repo.write('slow.ipynb', notebookBytes(codeCell('import time\nprint("started", flush=True)\ntime.sleep(300)')));
    const sha = repo.commit('slow');
    repo.push('main');
    const workspace = repo.checkout('main', 1);
    const run = actionRun({ eventName: 'workflow_dispatch', event: {}, workspace, sha });
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
    const dataScience: DataScienceClient = clients.dataScience;
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
    const main = startAction(MAIN, actionRun({ eventName: 'workflow_dispatch', event: {}, workspace, sha }));
    for (let i = 0; i < 200 && (main.stateNow()['runs-in-flight'] ?? '[]') === '[]'; i++) await sleep(100);
    expect(JSON.parse(main.stateNow()['runs-in-flight'] ?? '[]')).toHaveLength(1);

    main.child.kill('SIGINT');
    const outcome = await main.outcome();

    const [result] = JSON.parse(outcome.outputs.results!) as ResultOutput[];
    expect(result!.state).toBe('CANCELED');
    const { jobRun } = await clients.dataScience.getJobRun({ jobRunId: result!.runId });
    expect(jobRun.lifecycleState).toBe('CANCELED');
    expect(outcome.status).toBe(1);
    expect(outcome.state['runs-in-flight']).toBe('[]');
  });

  it('leaves nothing to cancel after a run that finished', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const run = actionRun({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: ociInputs({ notebooks: 'notebooks/a.ipynb' }) });
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
  ])('refuses %j with a message naming the input, before any API call', async (inputs, message) => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const before = emulator.requests.length;

    const outcome = await runAction(MAIN, actionRun({ eventName: 'schedule', event: {}, workspace, sha: first, inputs: ociInputs(inputs) }));

    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toMatch(new RegExp(`::error::${message.source}`));
    expect(emulator.requests.length).toBe(before);
    expect(outcome.outputs.results).toBe('[]');
  });

  it('never prints the private key', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const outcome = await runAction(
      MAIN,
      actionRun({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: ociInputs({ notebooks: 'notebooks/a.ipynb' }), env: { ...emulator.env, RUNNER_DEBUG: '1' } }),
    );
    const keyLines = emulator.env.OCI_CLI_KEY_CONTENT!.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----'));
    expect(keyLines.length).toBeGreaterThan(5);
    expect(outcome.stdout).toContain('::add-mask::');
    // The output PAR the run uploads through is registered as a secret too.
    expect(outcome.stdout).toMatch(/::add-mask::http:\/\/127\.0\.0\.1:\d+\/p\/[^/\s]+\/n\//);
    const printed = outcome.stdout.replace(/::add-mask::.*\n/g, '') + outcome.stderr;
    for (const line of keyLines) expect(printed).not.toContain(line);
  });
});
