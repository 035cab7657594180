import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { NotebookCell } from '../../src/notebook/notebook.js';
import { notebookOf } from '../support/notebooks.js';

const IDENTITY = ['-c', 'user.name=Selection Test', '-c', 'user.email=selection@example.com', '-c', 'commit.gpgsign=false'];
export const OWNER = 'octo-org';
export const REPO = 'notebooks';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * An "origin" bare repository on disk, a developer clone that commits and pushes to it, and CI checkouts
 * cloned from it the way actions/checkout does (full, or `--depth 1` over file:// for a real shallow clone).
 * Everything lives under one temporary `root`; call `remove()` in afterEach / afterAll.
 * (test/support/git-fixture.ts is the action tests' own, simpler fixture.)
 */
export class GitFixture {
  readonly root = mkdtempSync(join(tmpdir(), 'selection-'));
  readonly origin = join(this.root, 'origin.git');
  readonly dev = join(this.root, 'dev');
  private checkouts = 0;

  constructor() {
    try {
      git(this.root, 'init', '-q', '--bare', '-b', 'main', this.origin);
      git(this.root, 'init', '-q', '-b', 'main', this.dev);
      git(this.dev, 'remote', 'add', 'origin', this.origin);
    } catch (error) {
      this.remove(); // no caller holds this fixture yet, so no afterEach could remove it
      throw error;
    }
  }

  /** Deletes origin, the developer clone and every checkout. */
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  write(path: string, content: string): this {
    mkdirSync(dirname(join(this.dev, path)), { recursive: true });
    writeFileSync(join(this.dev, path), content);
    return this;
  }

  /** A notebook as Jupyter saves it: one-space JSON indent, trailing newline. */
  notebook(path: string, ...cells: NotebookCell[]): this {
    return this.write(path, JSON.stringify(notebookOf(...cells), null, 1) + '\n');
  }

  delete(path: string): this {
    rmSync(join(this.dev, path));
    return this;
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(join(this.dev, to)), { recursive: true });
    renameSync(join(this.dev, from), join(this.dev, to));
    return this;
  }

  commit(message: string): string {
    git(this.dev, 'add', '-A');
    git(this.dev, 'commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  /** `count` commits on the current branch that each rewrite `file`, in one fast-import: history to deepen through. */
  filler(count: number, file = 'history.txt'): string {
    const branch = git(this.dev, 'symbolic-ref', 'HEAD');
    const commits = Array.from({ length: count }, (_, i) => {
      const message = `${file} ${i}`;
      const content = `${i}\n`;
      return [
        `commit ${branch}`,
        `committer Selection Test <selection@example.com> ${1_700_000_000 + i} +0000`,
        `data ${Buffer.byteLength(message)}`,
        message,
        ...(i === 0 ? [`from ${this.head()}`] : []),
        `M 100644 inline ${file}`,
        `data ${Buffer.byteLength(content)}`,
        content,
      ].join('\n');
    });
    execFileSync('git', ['fast-import', '--quiet'], { cwd: this.dev, input: commits.join('\n') + '\n' });
    git(this.dev, 'reset', '-q', '--hard');
    return this.head();
  }

  head(ref = 'HEAD'): string {
    return git(this.dev, 'rev-parse', ref);
  }

  run(...args: string[]): string {
    return git(this.dev, ...args);
  }

  push(branch = 'main', force = false): void {
    git(this.dev, 'push', '-q', ...(force ? ['--force'] : []), 'origin', `${branch}:refs/heads/${branch}`);
  }

  /**
   * A CI work tree of `branch` (or a pull request ref), cloned from origin; `depth` makes it shallow, `sparse`
   * a cone-mode sparse checkout of those folders, as actions/checkout's `sparse-checkout:` makes it.
   */
  checkout(options: { branch?: string; depth?: number; ref?: string; sparse?: string[] } = {}): string {
    const path = join(this.root, `ci-${++this.checkouts}`);
    const depth = options.depth ? ['--depth', String(options.depth)] : [];
    git(this.root, 'clone', '-q', '--no-tags', ...depth, '--branch', options.branch ?? 'main', `file://${this.origin}`, path);
    if (options.sparse) git(path, 'sparse-checkout', 'set', '--cone', ...options.sparse);
    if (options.ref) {
      git(path, 'fetch', '-q', '--no-tags', ...depth, 'origin', `+${options.ref}:refs/remotes/pull/merge`);
      git(path, 'checkout', '-q', '--detach', 'refs/remotes/pull/merge');
    }
    return path;
  }
}

/** A push payload with the fields GitHub sends (https://docs.github.com/webhooks/webhook-events-and-payloads#push). */
export function pushEvent(fields: { ref?: string; before: string; after: string; created?: boolean; forced?: boolean; deleted?: boolean }) {
  const ref = fields.ref ?? 'refs/heads/main';
  return {
    ref,
    before: fields.before,
    after: fields.after,
    created: fields.created ?? false,
    deleted: fields.deleted ?? false,
    forced: fields.forced ?? false,
    base_ref: null,
    compare: `https://github.com/${OWNER}/${REPO}/compare/${fields.before.slice(0, 12)}...${fields.after.slice(0, 12)}`,
    commits: [],
    head_commit: { id: fields.after, message: 'change', timestamp: '2026-11-26T06:00:00Z' },
    repository: repository(),
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    sender: { login: 'octocat', type: 'User' },
  };
}

/** A pull_request payload (action synchronize) with base and head as GitHub sends them. */
export function pullRequestEvent(fields: { number?: number; base: string; head: string; headRef?: string }) {
  const number = fields.number ?? 7;
  return {
    action: 'synchronize',
    number,
    before: fields.head,
    after: fields.head,
    pull_request: {
      number,
      state: 'open',
      title: 'Change notebooks',
      merged: false,
      head: { label: `${OWNER}:${fields.headRef ?? 'feature'}`, ref: fields.headRef ?? 'feature', sha: fields.head, repo: repository() },
      base: { label: `${OWNER}:main`, ref: 'main', sha: fields.base, repo: repository() },
    },
    repository: repository(),
    sender: { login: 'octocat', type: 'User' },
  };
}

export function scheduleEvent() {
  return { schedule: '17 3 * * *' };
}

export function workflowDispatchEvent() {
  return { inputs: {}, ref: 'refs/heads/main', repository: repository(), sender: { login: 'octocat', type: 'User' }, workflow: '.github/workflows/notebooks.yml' };
}

function repository() {
  return { id: 1296269, name: REPO, full_name: `${OWNER}/${REPO}`, private: false, owner: { login: OWNER }, default_branch: 'main' };
}
