import type { ChangedFile } from './changed-file.js';
import { ChangeResolver, type ChangeSet } from './change-set.js';
import { sameCode } from './code-changes.js';
import type { GitHubAccess } from './compare-api.js';
import { eventScope, type ChangedOnly } from './event-scope.js';
import { Git, shortSha } from './git.js';
import { readBlobs } from './git-blobs.js';
import { GitHistory } from './git-history.js';
import { isNotebookPath, NotebookPatterns } from './notebook-patterns.js';
import { OUTSIDE_SPARSE_CHECKOUT, trackedNotebooks, type TrackedNotebooks } from './tracked-notebooks.js';

/** Everything the selection reads; the action fills it from its inputs and the runner's environment. */
export interface SelectionInput {
  /** GITHUB_EVENT_NAME: push, pull_request, pull_request_target, schedule, workflow_dispatch, ... */
  eventName: string;
  /** The parsed GITHUB_EVENT_PATH payload. */
  event: Record<string, unknown>;
  /** A git work tree at the repository root (GITHUB_WORKSPACE). */
  workspace: string;
  /** Globs, one per line of the `notebooks` input; empty means `**\/*.ipynb`. A `!` line excludes. */
  patterns: string[];
  /** Globs, one per line of the `exclude` input. */
  exclude: string[];
  changedOnly: ChangedOnly;
  /** Skip notebooks whose change leaves their code cells as they were. */
  codeChangesOnly: boolean;
  /** For the compare API when the checkout lacks history. The token needs `contents: read`. */
  github?: GitHubAccess;
  /** How many commits a shallow clone may be deepened by; default 2000. */
  maxFetchDepth?: number;
  log?: (line: string) => void;
}

export interface SelectedNotebook {
  /** Relative to the repository root, POSIX separators. */
  path: string;
  /** Why it runs: `changed in push 1a2b3c4..5d6e7f8`, `scheduled run: all notebooks`, `renamed from a.ipynb in ...`. */
  reason: string;
}

export interface SkippedNotebook {
  path: string;
  /**
   * Why it does not run: `deleted in ...`, `only markdown, outputs or metadata changed in ...`, `excluded by "..."`,
   * `outside the sparse checkout`.
   */
  reason: string;
}

export interface NotebookSelection {
  /** In path order. */
  selected: SelectedNotebook[];
  skipped: SkippedNotebook[];
  /** `changed`: a commit range was compared; `all`: every matching notebook in the work tree. */
  mode: 'changed' | 'all' | 'none';
  /** The commits compared, when mode is `changed`. */
  base?: string;
  head?: string;
}

/** Which notebooks this event should run, and why each one runs or not (docs/notebook-selection.md). */
export async function selectNotebooks(input: SelectionInput): Promise<NotebookSelection> {
  const log = input.log ?? (() => {});
  const git = new Git(input.workspace);
  const patterns = new NotebookPatterns(input.patterns, input.exclude);
  const scope = eventScope(input.eventName, input.event, input.changedOnly);
  let selection: NotebookSelection;
  if (scope.kind === 'none') {
    log(`Notebook selection: ${scope.reason}`);
    selection = { selected: [], skipped: [], mode: 'none' };
  } else if (scope.kind === 'all') {
    selection = await allNotebooks(await trackedNotebooks(git), patterns, scope.reason, log);
  } else {
    // Listed alongside the diff, not after it: the index says which notebooks a sparse checkout left out.
    const tracked = trackedNotebooks(git);
    tracked.catch(() => {}); // awaited below; this only keeps a failure while resolving from going unhandled
    const history = new GitHistory(git, log, input.maxFetchDepth);
    const resolved = await new ChangeResolver(git, history, log, input.github).resolve(scope);
    selection =
      resolved.kind === 'all'
        ? await allNotebooks(await tracked, patterns, resolved.reason, log)
        : await changedNotebooks(git, history, patterns, await tracked, resolved, input.codeChangesOnly, log);
  }
  for (const notebook of selection.selected) log(`  run  ${notebook.path}: ${notebook.reason}`);
  for (const notebook of selection.skipped) log(`  skip ${notebook.path}: ${notebook.reason}`);
  log(`${selection.selected.length} notebook(s) to run, ${selection.skipped.length} skipped`);
  return selection;
}

function allNotebooks(tracked: TrackedNotebooks, patterns: NotebookPatterns, reason: string, log: (line: string) => void): NotebookSelection {
  log(`Notebook selection: ${reason} (tracked files in the work tree)`);
  const selection: NotebookSelection = { selected: [], skipped: [], mode: 'all' };
  for (const path of tracked.paths) {
    const verdict = patterns.verdict(path);
    if (verdict.kind === 'excluded') selection.skipped.push({ path, reason: verdict.reason });
    else if (verdict.kind !== 'matched') continue;
    else if (tracked.outsideSparseCheckout.has(path)) selection.skipped.push({ path, reason: OUTSIDE_SPARSE_CHECKOUT });
    else selection.selected.push({ path, reason });
  }
  return selection;
}

async function changedNotebooks(
  git: Git,
  history: GitHistory,
  patterns: NotebookPatterns,
  tracked: TrackedNotebooks,
  changes: ChangeSet,
  codeChangesOnly: boolean,
  log: (line: string) => void,
): Promise<NotebookSelection> {
  log(`Notebook selection: ${changes.label} (${changes.via}, ${shortSha(changes.base)}..${shortSha(changes.head)})`);
  const selection: NotebookSelection = { selected: [], skipped: [], mode: 'changed', base: changes.base, head: changes.head };
  const candidates: ChangedFile[] = [];
  for (const file of changes.files.map(asNotebookChange).sort((a, b) => compare(a.path, b.path))) {
    const verdict = patterns.verdict(file.path);
    const outside = file.status !== 'deleted' && tracked.outsideSparseCheckout.has(file.path);
    if (verdict.kind === 'matched' && !outside) candidates.push(file);
    else if (verdict.kind === 'matched') selection.skipped.push({ path: file.path, reason: `${OUTSIDE_SPARSE_CHECKOUT} (${file.status})` });
    else if (verdict.kind !== 'not-a-notebook') selection.skipped.push({ path: file.path, reason: `${verdict.reason} (${file.status})` });
  }
  const codeUnchanged = codeChangesOnly ? await pathsWithSameCode(git, history, changes, candidates, log) : new Set<string>();
  const range = changes.label;
  for (const file of candidates) {
    if (file.status === 'deleted') selection.skipped.push({ path: file.path, reason: `deleted in ${range}` });
    else if (file.status === 'added') selection.selected.push({ path: file.path, reason: `added in ${range}` });
    else if (file.status === 'renamed') selection.selected.push({ path: file.path, reason: `renamed from ${file.previousPath} in ${range}` });
    else if (codeUnchanged.has(file.path)) {
      selection.skipped.push({ path: file.path, reason: `only markdown, outputs or metadata changed in ${range}` });
    } else {
      selection.selected.push({ path: file.path, reason: `${codeChangesOnly ? 'code changed' : 'changed'} in ${range}` });
    }
  }
  return selection;
}

/** The modified notebooks whose code cells read the same at base and head. */
async function pathsWithSameCode(
  git: Git,
  history: GitHistory,
  changes: ChangeSet,
  files: ChangedFile[],
  log: (line: string) => void,
): Promise<Set<string>> {
  const modified = files.filter((file) => file.status === 'modified');
  if (!modified.length) return new Set();
  try {
    // The compare API path may leave the base commit out of a shallow clone; its tree is all that is needed.
    await history.ensureCommits([changes.base, changes.head]);
  } catch (error) {
    log(`cannot read the notebooks at ${shortSha(changes.base)} to compare code cells (${(error as Error).message}); running every changed notebook`);
    return new Set();
  }
  const specs = modified.flatMap((file) => [`${changes.base}:${file.path}`, `${changes.head}:${file.path}`]);
  const blobs = await readBlobs(git, specs);
  return new Set(
    modified.filter((file) => sameCode(blobs.get(`${changes.base}:${file.path}`), blobs.get(`${changes.head}:${file.path}`))).map((file) => file.path),
  );
}

/** A notebook renamed to something else is, as far as notebooks go, deleted (git reports it so under `-- '*.ipynb'`). */
function asNotebookChange(file: ChangedFile): ChangedFile {
  if (file.status === 'renamed' && file.previousPath && !isNotebookPath(file.path) && isNotebookPath(file.previousPath)) {
    return { path: file.previousPath, status: 'deleted' };
  }
  return file;
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
