import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGitHubApi } from '../support/fake-github-api.js';
import { GitFixture } from '../support/git-fixture.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { runAction } from '../support/action-runner.js';
import { emulatedOci, MAIN, printing, repositoryWithFiveNotebooks, notebooksRun, type ResultOutput } from './emulated-action.js';

const oci = emulatedOci();

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
      const run = oci.run({
        eventName: 'pull_request',
        event,
        workspace,
        sha: head,
        inputs: oci.inputs({ comment: 'true', 'github-token': 'pr-token' }),
        env: { ...oci.emulator.env, GITHUB_API_URL: apiUrl },
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
    const run = oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: oci.inputs({ notebooks: 'notebooks/a.ipynb\nnotebooks/b.ipynb', wait: 'false' }) });

    const outcome = await runAction(MAIN, run);

    expect(outcome.status).toBe(0);
    const results = JSON.parse(outcome.outputs.results!) as ResultOutput[];
    expect(results.map((result) => result.state)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(outcome.state['runs-in-flight']).toBeUndefined();
    for (const result of results) {
      const { jobRun } = await oci.clients.dataScience.getJobRun({ jobRunId: result.runId });
      expect(['ACCEPTED', 'IN_PROGRESS', 'SUCCEEDED']).toContain(jobRun.lifecycleState);
    }
  });
});

describe('what reaches the outputs', () => {
  it('reports a notebook the service would not take as NOT_SUBMITTED in the outputs and summary', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);
    const unknownProject = oci.emulator.env.OCI_PROJECT_ID!.replace(/.{8}$/, 'zzzzzzzz');
    const run = oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: oci.inputs({ notebooks: 'notebooks/a.ipynb', 'project-id': unknownProject }) });

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
      const run = oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha: first, inputs: oci.inputs({ notebooks: `notebooks/e.ipynb\n${url}` }) });

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

  it('reads parameters from a YAML file in the workspace, typed as papermill types them, warns about unknown ones, and times out cells on OCI', async () => {
    const repo = new GitFixture();
    repo.write('params.yaml', 'scale: 1.0\nenabled: yes\nsacle: 2\n');
    repo.write('notebooks/typed.ipynb', notebookBytes(codeCell('scale = 0\nenabled = False', ['parameters']), codeCell('print("typed", type(scale).__name__, scale, enabled)')));
    repo.write('notebooks/hangs.ipynb', notebookBytes(codeCell('import time\ntime.sleep(60)'), codeCell('print("never reached")')));
    const sha = repo.commit('two notebooks');
    repo.push('main');
    const inputs = oci.inputs({ notebooks: 'notebooks/*.ipynb', parameters: 'params.yaml', 'cell-timeout': '1' });

    const outcome = await runAction(MAIN, oci.run({ eventName: 'workflow_dispatch', event: {}, workspace: repo.checkout('main', 1), sha, inputs }));

    expect(outcome.status).toBe(1);
    const results = JSON.parse(outcome.outputs.results!) as Array<ResultOutput & { error: string }>;
    expect(results.map((result) => [result.notebook, result.state]).sort()).toEqual([
      ['notebooks/hangs.ipynb', 'FAILED'],
      ['notebooks/typed.ipynb', 'SUCCEEDED'],
    ]);
    expect(results.find((result) => result.state === 'FAILED')!.error).toBe('cell 1 failed: CellTimeoutError: the cell did not finish within NOTEBOOK_CELL_TIMEOUT=1 seconds');
    expect(outcome.stdout).toContain('[notebooks/typed.ipynb] typed float 1.0 True');
    expect(outcome.stdout).toContain('::warning title=Notebook parameters::notebooks/typed.ipynb: the "parameters" cell does not define sacle;');
    expect(outcome.stdout).toContain('::warning title=Notebook parameters::notebooks/hangs.ipynb: no cell is tagged "parameters"');
  });
});
