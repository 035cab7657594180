import { parseNameStatus, type ChangedFile } from './changed-file.js';
import { compareCommits, IncompleteComparisonError, type Comparison, type GitHubAccess } from './compare-api.js';
import type { EventScope } from './event-scope.js';
import { shortSha, type Git } from './git.js';
import type { GitHistory } from './git-history.js';
import { SelectionError } from './selection-error.js';

/** The files changed between two commits, and how they were found. */
export interface ChangeSet {
  kind: 'changes';
  base: string;
  head: string;
  files: ChangedFile[];
  /** Says which range this is, for the log and each notebook's reason: `push 1a2b3c4..5d6e7f8`. */
  label: string;
  via: 'git' | 'GitHub compare API';
}

export type ResolvedScope = ChangeSet | { kind: 'all'; reason: string };

type RangeScope = Extract<EventScope, { kind: 'push' | 'pull-request' | 'last-commit' }>;
type PushScope = Extract<EventScope, { kind: 'push' }>;

/**
 * Turns an event's commit range into changed files: git when the checkout has the history, the compare
 * API when it does not and a token is at hand, and otherwise git again after fetching what is missing.
 */
export class ChangeResolver {
  constructor(
    private readonly git: Git,
    private readonly history: GitHistory,
    private readonly log: (line: string) => void,
    private readonly github?: GitHubAccess,
  ) {}

  resolve(scope: RangeScope): Promise<ResolvedScope> {
    if (scope.kind === 'push') return this.push(scope);
    if (scope.kind === 'pull-request') return this.pullRequest(scope);
    return this.lastCommit(scope.eventName);
  }

  private async push(scope: PushScope): Promise<ResolvedScope> {
    const { before, after } = scope;
    if (scope.created) return this.sinceDefaultBranch(scope, 'new branch');
    if (scope.forced === true) return this.sinceDefaultBranch(scope, 'force push');
    const label = `push ${shortSha(before)}..${shortSha(after)}`;
    if (before === after) return { kind: 'changes', base: before, head: after, files: [], label, via: 'git' };
    const rewritten = (why: string) => this.sinceDefaultBranch(scope, `force push (${shortSha(before)} ${why})`);
    // GitHub says forced: false only for fast-forward pushes, where before is an ancestor of after, so the
    // diff alone answers. Without that word the ancestry is checked, alongside the diff rather than before it.
    const trusted = scope.forced === false;
    const [ancestry, speculative] = await Promise.all([
      trusted ? ('yes' as const) : this.history.isAncestor(before, after),
      this.diff(before, after, label).catch(() => undefined),
    ]);
    if (ancestry === 'yes' && speculative) return speculative;
    if (ancestry === 'no') return rewritten(`is not an ancestor of ${shortSha(after)}`);
    // A commit is missing, or a shallow clone hides the ancestry: ask the API, else fetch.
    const comparison = await this.tryCompareApi(before, after);
    if (comparison) {
      if (comparison.status === 'ahead' || comparison.status === 'identical') return this.fromApi(before, after, comparison, label);
      return rewritten(`is not an ancestor of ${shortSha(after)}`);
    }
    await this.history.ensureCommits([after]);
    if (!(await this.fetchedOrGone(before))) return rewritten('can no longer be fetched');
    if (!trusted) {
      let checked = await this.history.isAncestor(before, after);
      if (checked === 'unknown') checked = (await this.history.mergeBase(before, after)) === before ? 'yes' : 'no';
      if (checked === 'no') return rewritten(`is not an ancestor of ${shortSha(after)}`);
    }
    return speculative ?? this.diff(before, after, label);
  }

  /** False when origin no longer has the commit: a force push rewrote it and it was pruned. */
  private async fetchedOrGone(sha: string): Promise<boolean> {
    try {
      await this.history.ensureCommits([sha]);
      return true;
    } catch (error) {
      if (!(error instanceof SelectionError)) throw error;
      this.log(error.message);
      return false;
    }
  }

  /** New branches and force pushes: what the branch holds beyond its merge base with the default branch. */
  private async sinceDefaultBranch(scope: PushScope, why: string): Promise<ResolvedScope> {
    const branch = scope.defaultBranch;
    if (!branch) {
      throw new SelectionError(`${why}: the push payload has no repository.default_branch to compare ${shortSha(scope.after)} with (GITHUB_EVENT_PATH)`);
    }
    if (scope.ref === `refs/heads/${branch}`) {
      if (scope.created) return { kind: 'all', reason: `first push of the default branch ${branch}: all notebooks` };
      // The default branch cannot be compared with itself: use the merge base with what it was before the push.
      try {
        return await this.mergeBaseRange(scope.before, scope.after, `${why} to ${branch}: changes since the merge base with ${shortSha(scope.before)}`);
      } catch (error) {
        if (!(error instanceof SelectionError)) throw error;
        return { kind: 'all', reason: `${why} to ${branch}, and ${shortSha(scope.before)} cannot be compared (${error.message}): all notebooks` };
      }
    }
    const comparison = (await this.historyIsLocal([scope.after])) ? undefined : await this.tryCompareApi(branch, scope.after);
    if (comparison) return this.fromApi(comparison.mergeBase, scope.after, comparison, `${why}: changes since the merge base ${shortSha(comparison.mergeBase)} with ${branch}`);
    const tip = await this.history.defaultBranchTip(branch);
    const mergeBase = await this.history.mergeBase(tip, scope.after);
    if (!mergeBase) return { kind: 'all', reason: `${why}: no history in common with ${branch}, so all notebooks` };
    return this.diff(mergeBase, scope.after, `${why}: changes since the merge base ${shortSha(mergeBase)} with ${branch}`);
  }

  private pullRequest(scope: Extract<EventScope, { kind: 'pull-request' }>): Promise<ResolvedScope> {
    const number = scope.number === undefined ? '' : ` #${scope.number}`;
    return this.mergeBaseRange(scope.base, scope.head, `pull request${number} ${shortSha(scope.base)}...${shortSha(scope.head)}`);
  }

  /** `git diff base...head`: the changes on head's side since the two met. */
  private async mergeBaseRange(base: string, head: string, label: string): Promise<ResolvedScope> {
    const comparison = (await this.historyIsLocal([base, head])) ? undefined : await this.tryCompareApi(base, head);
    if (comparison) return this.fromApi(comparison.mergeBase, head, comparison, label);
    const mergeBase = await this.history.mergeBase(base, head);
    if (!mergeBase) return { kind: 'all', reason: `${label}: no history in common, so all notebooks` };
    return this.diff(mergeBase, head, label);
  }

  /** changed-only: true on an event without a range: the checked-out commit against its first parent. */
  private async lastCommit(eventName: string): Promise<ResolvedScope> {
    const head = (await this.git.run(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    const parent = await this.history.firstParent(head);
    if (!parent) return { kind: 'all', reason: `${eventName}: ${shortSha(head)} is a root commit, so all notebooks` };
    return this.diff(parent, head, `${eventName} with changed-only true: the last commit ${shortSha(parent)}..${shortSha(head)}`);
  }

  private async diff(base: string, head: string, label: string): Promise<ChangeSet> {
    // Only notebooks can be selected, so git is asked about nothing else: less to diff than the whole tree.
    // No --no-relative (git 2.28+): git runs at the work tree's root, where diff.relative changes no path.
    const output = await this.git.run(['diff', '--name-status', '-z', '-M', '--no-ext-diff', base, head, '--', '*.ipynb']);
    return { kind: 'changes', base, head, files: parseNameStatus(output), label, via: 'git' };
  }

  private fromApi(base: string, head: string, comparison: Comparison, label: string): ChangeSet {
    this.log(`GitHub compare API listed ${comparison.files.length} changed files`);
    return { kind: 'changes', base, head, files: comparison.files, label, via: 'GitHub compare API' };
  }

  private async historyIsLocal(shas: string[]): Promise<boolean> {
    if (await this.history.isShallow()) return false;
    for (const sha of shas) if (!(await this.history.hasCommit(sha))) return false;
    return true;
  }

  /** The compare API, when a token was given; a failure or a possibly incomplete list is logged and git takes over. */
  private async tryCompareApi(base: string, head: string): Promise<Comparison | undefined> {
    if (!this.github) return undefined;
    try {
      return await compareCommits(this.github, base, head);
    } catch (error) {
      // An incomplete list is the API working as documented; anything else is the API or the network failing.
      const what = error instanceof IncompleteComparisonError ? 'GitHub compare API' : 'GitHub compare API failed';
      this.log(`${what}: ${(error as Error).message}; using git instead`);
      return undefined;
    }
  }
}
