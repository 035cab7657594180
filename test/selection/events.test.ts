import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectNotebooks, SelectionError, type SelectionInput } from '../../src/selection/index.js';
import { codeCell } from '../support/notebooks.js';
import { GitFixture, pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from './git-fixture.js';

// One repository for every case here: main with five notebooks, and a feature branch that changes two.
let repo: GitFixture;
let workspace: string;
let mainBefore: string;
beforeAll(() => {
  repo = new GitFixture();
  for (const name of ['a', 'b', 'c', 'd', 'e']) repo.notebook(`notebooks/${name}.ipynb`, codeCell(`print("${name}")`));
  repo.notebook('.github/smoke.ipynb', codeCell('print("smoke")'));
  mainBefore = repo.commit('notebooks');
  repo.run('checkout', '-q', '-b', 'feature');
  repo.notebook('notebooks/a.ipynb', codeCell('print("a on feature")')).commit('feature: a');
  repo.notebook('notebooks/f.ipynb', codeCell('print("f")')).commit('feature: f');
  repo.run('checkout', '-q', 'main');
  repo.notebook('notebooks/e.ipynb', codeCell('print("e on main")')).commit('main: e');
  repo.push('main');
  repo.push('feature');
  workspace = repo.checkout();
  writeFileSync(join(workspace, 'notebooks', 'untracked.ipynb'), '{}');
});
afterAll(() => repo?.remove());

function input(eventName: string, event: Record<string, unknown>, extra: Partial<SelectionInput> = {}): SelectionInput {
  return { eventName, event, workspace, patterns: ['**/*.ipynb'], exclude: [], changedOnly: 'auto', codeChangesOnly: false, ...extra };
}

const paths = (notebooks: Array<{ path: string }>) => notebooks.map((notebook) => notebook.path);
const ALL = ['.github/smoke.ipynb', 'notebooks/a.ipynb', 'notebooks/b.ipynb', 'notebooks/c.ipynb', 'notebooks/d.ipynb', 'notebooks/e.ipynb'];

describe('pull_request', () => {
  it('selects the changes of the pull request since its merge base, not what moved on the base branch', async () => {
    const event = pullRequestEvent({ number: 12, base: repo.head('main'), head: repo.head('feature') });
    const selection = await selectNotebooks(input('pull_request', event));
    expect(selection.selected).toEqual([
      { path: 'notebooks/a.ipynb', reason: `changed in pull request #12 ${repo.head('main').slice(0, 7)}...${repo.head('feature').slice(0, 7)}` },
      { path: 'notebooks/f.ipynb', reason: expect.stringMatching(/^added in pull request #12 /) },
    ]);
    expect(selection).toMatchObject({ mode: 'changed', base: mainBefore, head: repo.head('feature') });
  });

  it('treats pull_request_target the same way', async () => {
    const event = pullRequestEvent({ base: repo.head('main'), head: repo.head('feature') });
    expect(paths((await selectNotebooks(input('pull_request_target', event))).selected)).toEqual(['notebooks/a.ipynb', 'notebooks/f.ipynb']);
  });

  it('names the missing field of a malformed payload', async () => {
    const event = { pull_request: { base: { sha: repo.head('main') }, head: { ref: 'feature' } } };
    await expect(selectNotebooks(input('pull_request', event))).rejects.toThrow(
      new SelectionError('the pull_request event payload\'s "pull_request.head.sha" is missing; expected a commit sha (GITHUB_EVENT_PATH)'),
    );
  });
});

describe('schedule and workflow_dispatch', () => {
  it('selects every tracked notebook on a schedule, dot-folders included, untracked files not', async () => {
    const lines: string[] = [];
    const selection = await selectNotebooks(input('schedule', scheduleEvent(), { log: (line) => lines.push(line) }));
    expect(paths(selection.selected)).toEqual(ALL);
    expect(selection.selected[0]!.reason).toBe('scheduled run: all notebooks');
    expect(selection).toMatchObject({ mode: 'all', skipped: [] });
    expect(lines[0]).toBe('Notebook selection: scheduled run: all notebooks (tracked files in the work tree)');
    expect(lines).toContain('  run  notebooks/a.ipynb: scheduled run: all notebooks');
  });

  it('selects every notebook on workflow_dispatch', async () => {
    const selection = await selectNotebooks(input('workflow_dispatch', workflowDispatchEvent()));
    expect(paths(selection.selected)).toEqual(ALL);
    expect(selection.selected[0]!.reason).toBe('manual run (workflow_dispatch): all notebooks');
  });

  it('selects every notebook on any other event too', async () => {
    const selection = await selectNotebooks(input('repository_dispatch', { action: 'nightly' }));
    expect(selection.selected[0]!.reason).toBe('repository_dispatch event: all notebooks');
  });

  it('with changed-only true, compares the checked-out commit with its parent', async () => {
    const selection = await selectNotebooks(input('workflow_dispatch', workflowDispatchEvent(), { changedOnly: 'true' }));
    expect(selection.selected).toEqual([
      { path: 'notebooks/e.ipynb', reason: `changed in workflow_dispatch with changed-only true: the last commit ${mainBefore.slice(0, 7)}..${repo.head('main').slice(0, 7)}` },
    ]);
  });
});

describe('changed-only', () => {
  it('false selects every notebook on a push', async () => {
    const event = pushEvent({ before: mainBefore, after: repo.head('main') });
    const selection = await selectNotebooks(input('push', event, { changedOnly: 'false' }));
    expect(paths(selection.selected)).toEqual(ALL);
    expect(selection.selected[0]!.reason).toBe('changed-only is false: all notebooks');
  });

  it('true on a push is the same as auto', async () => {
    const event = pushEvent({ before: mainBefore, after: repo.head('main') });
    expect(paths((await selectNotebooks(input('push', event, { changedOnly: 'true' }))).selected)).toEqual(['notebooks/e.ipynb']);
  });

  it('true on a pull_request_review event uses the pull request in its payload', async () => {
    const event = pullRequestEvent({ base: repo.head('main'), head: repo.head('feature') });
    const selection = await selectNotebooks(input('pull_request_review', event, { changedOnly: 'true' }));
    expect(paths(selection.selected)).toEqual(['notebooks/a.ipynb', 'notebooks/f.ipynb']);
  });
});
