import { Git, shortSha } from './git.js';
import { SelectionError } from './selection-error.js';

/** How far a shallow clone may be deepened while looking for a merge base, in commits. */
export const DEFAULT_MAX_FETCH_DEPTH = 2000;
const FIRST_DEEPEN_STEP = 50;

export type Ancestry = 'yes' | 'no' | 'unknown';

/**
 * The commit graph of the work tree, fetched on demand. A shallow clone (actions/checkout's default
 * `fetch-depth: 1`) holds one commit; the commits a diff needs are fetched by sha, and history is
 * deepened step by step (50, 100, 200, ... commits, at most `maxFetchDepth` in all) until a merge base appears.
 */
export class GitHistory {
  private shallow?: boolean;

  constructor(
    private readonly git: Git,
    private readonly log: (line: string) => void,
    private readonly maxFetchDepth = DEFAULT_MAX_FETCH_DEPTH,
  ) {}

  async isShallow(): Promise<boolean> {
    this.shallow ??= (await this.git.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    return this.shallow;
  }

  async hasCommit(sha: string): Promise<boolean> {
    return (await this.git.exec(['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0;
  }

  /** yes / no when git can tell; unknown when a commit is missing or the shallow history ends first. */
  async isAncestor(ancestor: string, descendant: string): Promise<Ancestry> {
    const { exitCode } = await this.git.exec(['merge-base', '--is-ancestor', ancestor, descendant]);
    if (exitCode === 0) return 'yes';
    if (exitCode === 1) return (await this.isShallow()) ? 'unknown' : 'no';
    return 'unknown';
  }

  /** Fetches the commits that are not here yet: alone in a shallow clone, with their history in a full one. */
  async ensureCommits(shas: string[]): Promise<void> {
    const missing: string[] = [];
    for (const sha of new Set(shas)) if (!(await this.hasCommit(sha))) missing.push(sha);
    if (!missing.length) return;
    const depth = (await this.isShallow()) ? ['--depth=1'] : [];
    this.log(`fetching ${missing.map(shortSha).join(', ')} from origin (not in the checkout)`);
    await this.fetch(depth, missing, `commit ${missing.map(shortSha).join(', ')} is not in the checkout`);
  }

  /**
   * The merge base of two commits, deepening a shallow clone until one appears; undefined when the
   * full histories share no commit. Throws when `maxFetchDepth` commits were fetched without finding one.
   */
  async mergeBase(left: string, right: string): Promise<string | undefined> {
    await this.ensureCommits([left, right]);
    let deepened = 0;
    for (let step = FIRST_DEEPEN_STEP; ; step *= 2) {
      const result = await this.git.exec(['merge-base', left, right]);
      if (result.exitCode === 0) return result.stdout.toString('utf8').trim();
      if (!(await this.isShallow())) return undefined;
      if (deepened >= this.maxFetchDepth) {
        throw new SelectionError(
          `no merge base of ${shortSha(left)} and ${shortSha(right)} within ${deepened} commits of the shallow clone; ` +
            'check out with `fetch-depth: 0` (actions/checkout), or pass `github-token` so the GitHub compare API can be used.',
        );
      }
      const by = Math.min(step, this.maxFetchDepth - deepened);
      this.log(`deepening the shallow clone by ${by} commits to find the merge base of ${shortSha(left)} and ${shortSha(right)}`);
      await this.fetch([`--deepen=${by}`], [left, right], 'the shallow clone could not be deepened');
      deepened += by;
      this.shallow = undefined;
    }
  }

  /** The first parent of a commit (fetching one more commit in a shallow clone); undefined for a root commit. */
  async firstParent(sha: string): Promise<string | undefined> {
    await this.ensureCommits([sha]);
    const parent = () => this.git.exec(['rev-parse', '--verify', '-q', `${sha}^1^{commit}`]);
    let result = await parent();
    if (result.exitCode !== 0 && (await this.isShallow())) {
      await this.fetch(['--deepen=1'], [sha], `the parent of ${shortSha(sha)} is not in the shallow clone`);
      this.shallow = undefined;
      result = await parent();
    }
    return result.exitCode === 0 ? result.stdout.toString('utf8').trim() : undefined;
  }

  /** The tip of the default branch: `origin/<name>` (fetched when the checkout lacks it), else the local branch. */
  async defaultBranchTip(name: string): Promise<string> {
    const remoteRef = `refs/remotes/origin/${name}`;
    const verify = async (ref: string) => {
      const result = await this.git.exec(['rev-parse', '--verify', '-q', `${ref}^{commit}`]);
      return result.exitCode === 0 ? result.stdout.toString('utf8').trim() : undefined;
    };
    let tip = await verify(remoteRef);
    if (!tip && (await this.hasOrigin())) {
      const depth = (await this.isShallow()) ? ['--depth=1'] : [];
      this.log(`fetching the default branch ${name} from origin`);
      await this.fetch(depth, [`+refs/heads/${name}:${remoteRef}`], `the default branch "${name}" could not be fetched`);
      tip = await verify(remoteRef);
    }
    tip ??= await verify(`refs/heads/${name}`);
    if (!tip) throw new SelectionError(`the default branch "${name}" (repository.default_branch) is neither origin/${name} nor a local branch`);
    return tip;
  }

  private async hasOrigin(): Promise<boolean> {
    return (await this.git.exec(['remote', 'get-url', 'origin'])).exitCode === 0;
  }

  private async fetch(options: string[], refspecs: string[], what: string): Promise<void> {
    if (!(await this.hasOrigin())) throw new SelectionError(`${what}, and the work tree has no "origin" remote to fetch from`);
    // No --no-write-fetch-head: it needs git 2.29 and Ubuntu 20.04 has 2.25; rewriting FETCH_HEAD harms nothing here.
    const result = await this.git.exec(['fetch', '--no-tags', '--quiet', ...options, 'origin', ...refspecs]);
    if (result.exitCode !== 0) throw new SelectionError(`${what}; \`git fetch\` said: ${result.stderr.trim()}`);
  }
}
