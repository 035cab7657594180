import { describe, expect, it } from '@jest/globals';
import { GitFixture } from '../support/git-fixture.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { runAction } from '../support/action-runner.js';
import { emulatedOci, MAIN, printing, repositoryWithFiveNotebooks, pushEvent, notebooksRun, type ResultOutput } from './emulated-action.js';

const oci = emulatedOci();

describe('the action on a push', () => {
  it('runs exactly the two notebooks the push changed, and writes every output', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    repo.write('notebooks/b.ipynb', printing('b v2'));
    repo.write('notebooks/d.ipynb', printing('d v2'));
    repo.write('README.md', '# changed too\n');
    const second = repo.commit('change b and d');
    repo.push('main');
    const workspace = repo.checkout('main', 10);

    const outcome = await runAction(MAIN, oci.run({ eventName: 'push', event: pushEvent(first, second), workspace, sha: second }));

    expect(outcome.status).toBe(0);
    // Run by Node 24, as on GitHub: no deprecation noise from the SDK's dependencies in the step log.
    expect(outcome.stderr).not.toMatch(/DeprecationWarning/);
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
      const { jobRun } = await oci.clients.dataScience.getJobRun({ jobRunId: runId });
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

    const outcome = await runAction(MAIN, oci.run({ eventName: 'push', event, workspace, sha: head }));

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

    const outcome = await runAction(MAIN, oci.run({ eventName: 'push', event, workspace, sha: head }));

    expect(outcome.status).toBe(0);
    expect(notebooksRun(outcome.outputs)).toEqual(['notebooks/e.ipynb']);
  });

  it('works from a shallow checkout (fetch-depth 1)', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    repo.write('notebooks/a.ipynb', printing('a v2'));
    const second = repo.commit('change a');
    repo.push('main');
    const workspace = repo.checkout('main', 1);

    const outcome = await runAction(MAIN, oci.run({ eventName: 'push', event: pushEvent(first, second), workspace, sha: second }));

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

    const outcome = await runAction(MAIN, oci.run({ eventName: 'pull_request', event, workspace, sha: head }));

    expect(outcome.status).toBe(0);
    expect(notebooksRun(outcome.outputs)).toEqual(['notebooks/d.ipynb']);
  });

  it('runs every notebook on a schedule', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    const workspace = repo.checkout('main', 1);

    const outcome = await runAction(MAIN, oci.run({ eventName: 'schedule', event: { schedule: '0 3 * * *' }, workspace, sha: first }));

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

    const outcome = await runAction(MAIN, oci.run({ eventName: 'workflow_dispatch', event: {}, workspace, sha }));

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
