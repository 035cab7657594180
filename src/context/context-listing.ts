import type { Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Git } from '../selection/git.js';
import { MAX_CONTEXT_FILES } from './notebook-context.js';

/** One file or symbolic link under a context root, as listed. */
export interface ListedEntry {
  /** Its path under the root, `/`-separated. */
  path: string;
  absolute: string;
  /** From lstat; undefined when git tracks it but it is not on disk (a sparse checkout, a deletion). */
  stats?: Stats;
}

export interface ContextListing {
  /** `git`: the files git tracks under the root. `folder`: every file under it, but for tools' and environments' folders. */
  how: 'git' | 'folder';
  entries: ListedEntry[];
  /** git: untracked files that are not ignored (a folder of them counts once), which are not shipped. */
  untracked: string[];
  /** folder: the walk stopped once the files found passed the size limit, or the most files an artifact holds. */
  stoppedEarly?: boolean;
}

/** Folders never worth shipping when there is no git to say what is tracked. */
const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.ipynb_checkpoints', '.venv', 'venv', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache']);
/** Marks of a Python virtual environment or a conda environment, whatever the folder's name. */
const ENVIRONMENT_MARKS = ['pyvenv.cfg', 'conda-meta'];

/**
 * The top of the git work tree holding `folder`, or undefined when there is none (or no git).
 * Asks git only when a `.git` is found above: a process start costs the CLI's start-up time.
 */
export async function gitTopLevel(folder: string): Promise<string | undefined> {
  if (!(await hasGitAbove(folder))) return undefined;
  const result = await new Git(folder).exec(['rev-parse', '--show-toplevel']).catch(() => undefined);
  return result?.exitCode === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

async function hasGitAbove(folder: string): Promise<boolean> {
  for (let current = resolve(folder); ; current = dirname(current)) {
    if (await lstat(join(current, '.git')).then(() => true, () => false)) return true;
    if (dirname(current) === current) return false;
  }
}

/** What git tracks under `root` (a folder inside the work tree at `topLevel`), and what it does not. */
export async function listTracked(root: string, topLevel: string): Promise<ContextListing> {
  const git = new Git(topLevel);
  const under = relative(topLevel, root).split(sep).join('/');
  const pathspec = under ? [`:(literal)${under}`] : [];
  const [tracked, untracked] = await Promise.all([
    git.run(['ls-files', '-z', '--cached', '--full-name', '--', ...pathspec]),
    git.run(['ls-files', '-z', '--others', '--exclude-standard', '--directory', '--no-empty-directory', '--full-name', '--', ...pathspec]),
  ]);
  const strip = (path: string) => (under ? path.slice(under.length + 1) : path);
  const paths = [...new Set(tracked.split('\0').filter(Boolean))].map(strip).filter(Boolean);
  const entries = await Promise.all(
    paths.map(async (path): Promise<ListedEntry> => {
      const absolute = join(root, ...path.split('/'));
      return { path, absolute, stats: await lstat(absolute).catch(() => undefined) };
    }),
  );
  return { how: 'git', entries, untracked: untracked.split('\0').filter(Boolean).map(strip) };
}

/**
 * Every file and link under `root`, but for version control, caches and environments, and what
 * `isExcluded` leaves out (its folders are not even read). Stops once the files found pass
 * `stopAfterBytes` or the most files an artifact holds: the context is too large anyway, and a
 * home folder can hold millions of files.
 */
export async function listFolder(root: string, isExcluded: (path: string) => boolean, stopAfterBytes: number): Promise<ContextListing> {
  const entries: ListedEntry[] = [];
  let bytes = 0;
  const walk = async (folder: string, prefix: string): Promise<boolean> => {
    const children = await readdir(folder, { withFileTypes: true });
    if (prefix && children.some((child) => ENVIRONMENT_MARKS.includes(child.name))) return true;
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      const path = prefix ? `${prefix}/${child.name}` : child.name;
      if (isExcluded(path)) continue;
      const absolute = join(folder, child.name);
      if (child.isDirectory()) {
        if (SKIPPED_FOLDERS.has(child.name)) continue;
        if (!(await walk(absolute, path))) return false;
      } else if (child.isFile() || child.isSymbolicLink()) {
        const stats = await lstat(absolute).catch(() => undefined);
        if (!stats) continue; // gone since it was listed
        entries.push({ path, absolute, stats });
        bytes += stats.isFile() ? stats.size : 0;
        if (bytes > stopAfterBytes || entries.length > MAX_CONTEXT_FILES) return false;
      }
    }
    return true;
  };
  const complete = await walk(root, '');
  return { how: 'folder', entries, untracked: [], ...(complete ? {} : { stoppedEarly: true }) };
}
