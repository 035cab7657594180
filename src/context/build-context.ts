import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../engine/input-error.js';
import { isInside, shippedFiles, UnshippableEntry, type ShippedFiles } from './context-files.js';
import { excludeMatcher } from './context-exclude.js';
import { contextLimitProblem } from './context-limits.js';
import { gitTopLevel, listFolder, listTracked, type ContextListing } from './context-listing.js';
import type { ContextSettings } from './context-settings.js';
import { contextBytes, type NotebookContext } from './notebook-context.js';
import { findRequirements } from './find-requirements.js';
import { formatBytes } from './sizes.js';

export interface BuiltContext {
  context: NotebookContext;
  /** What ships, said once per notebook, and what does not (untracked files), said once per root. */
  notes: string[];
}

/** A context root found for a notebook, with the words that say why it is that folder. */
interface ContextRoot {
  realRoot: string;
  why: string;
}

interface RootListing {
  listing: ContextListing;
  shipped: ShippedFiles;
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Builds each notebook's context from the context inputs, reading the disk and git only: no
 * cloud call. Contexts shared by several notebooks (`context: repo`) are listed once.
 */
export class ContextBuilder {
  private readonly listings = new Map<string, Promise<RootListing>>();
  private readonly notedRoots = new Set<string>();
  private readonly excluded: (candidates: Array<string | undefined>) => string | undefined;
  private realWorkspace?: Promise<string>;

  constructor(
    private readonly settings: ContextSettings,
    private readonly workspace: string,
  ) {
    this.excluded = excludeMatcher(settings.exclude);
  }

  /** The context of the notebook at `reference` (a path relative to the workspace, absolute, or file://). */
  async forNotebook(reference: string, notebookBytes: number): Promise<BuiltContext> {
    const { names } = this.settings;
    const notebookFile = reference.startsWith('file://') ? fileURLToPath(reference) : resolve(this.workspace, reference);
    const realNotebook = join(await realpath(dirname(notebookFile)), basename(notebookFile));
    const { realRoot, why } = await this.rootOf(notebookFile, reference);
    if (!isInside(realRoot, realNotebook)) {
      throw new InputError(names.context, `${reference} is not inside ${await this.shown(realRoot)}; name a folder that contains every notebook, or repo`);
    }
    const notebookPath = toPosix(relative(realRoot, realNotebook));
    const { listing, shipped } = await this.listingOf(realRoot);
    const files = shipped.files.filter((file) => file.path !== notebookPath);
    const shownRoot = await this.shown(realRoot);
    const chosen = `${why}${listing.how === 'git' ? ', as git tracks it' : ''}`;
    const described = `The context of ${reference}, ${shownRoot} (${chosen}),`;
    const problem = contextLimitProblem(
      { described, files, notebookBytes, maxBytes: this.settings.maxBytes, incomplete: listing.stoppedEarly === true },
      names,
    );
    if (problem) throw new InputError(names.context, problem);
    const requirements = await findRequirements(this.settings, { reference, notebookPath, files, realRoot, workspace: this.workspace, excluded: (path) => this.isExcluded(realRoot, path) });
    const context: NotebookContext = { rootName: basename(realRoot), notebookPath, files, shownRoot, ...(requirements ? { requirements } : {}) };
    const installs = requirements ? `; installs ${requirements} before the first cell` : '';
    const notes = [`${reference}: runs in ${shownRoot} (${chosen}): ${files.length + 1} files, ${formatBytes(contextBytes(context, notebookBytes))}${installs}`];
    if (!this.notedRoots.has(realRoot)) {
      this.notedRoots.add(realRoot);
      notes.push(...rootNotes(shownRoot, listing, shipped));
    }
    return { context, notes };
  }

  private async rootOf(notebookFile: string, reference: string): Promise<ContextRoot> {
    const { scope, names } = this.settings;
    const folder = dirname(notebookFile);
    if (scope.kind === 'folder') return { realRoot: await realpath(folder), why: "the notebook's folder" };
    if (scope.kind === 'repo') {
      const topLevel = await gitTopLevel(folder);
      if (topLevel) return { realRoot: await realpath(topLevel), why: 'its git repository' };
      if (isInside(resolve(this.workspace), notebookFile)) return { realRoot: await this.workspaceRoot(), why: 'the working directory; no git repository' };
      throw new InputError(names.context, `repo: ${reference} is in no git repository, nor under ${this.workspace}`);
    }
    const root = resolve(this.workspace, scope.path);
    const stats = await stat(root).catch(() => undefined);
    if (!stats?.isDirectory()) throw new InputError(names.context, `expected repo or a folder that contains the notebooks, got "${scope.path}" (${stats ? 'a file' : 'no such folder'}: ${root})`);
    return { realRoot: await realpath(root), why: `${names.context}: ${scope.path}` };
  }

  private listingOf(realRoot: string): Promise<RootListing> {
    let listed = this.listings.get(realRoot);
    if (!listed) {
      listed = this.list(realRoot);
      this.listings.set(realRoot, listed);
    }
    return listed;
  }

  private async list(realRoot: string): Promise<RootListing> {
    const topLevel = await gitTopLevel(realRoot);
    const isExcluded = (path: string) => this.isExcluded(realRoot, path) !== undefined;
    const listing = topLevel ? await listTracked(realRoot, await realpath(topLevel)) : await listFolder(realRoot, isExcluded, this.settings.maxBytes);
    const kept = listing.entries.filter((entry) => !isExcluded(entry.path));
    try {
      return { listing, shipped: await shippedFiles(kept, realRoot) };
    } catch (error) {
      if (!(error instanceof UnshippableEntry)) throw error;
      const { names } = this.settings;
      throw new InputError(
        names.context,
        `${error.message} (${await this.shown(realRoot)}), so it cannot be shipped; leave it out with ${names.exclude}: ${error.path}, or name a wider folder in ${names.context}`,
      );
    }
  }

  /** The `context-exclude` pattern that leaves out the file at `path` under the root, if any. */
  private isExcluded(realRoot: string, path: string): string | undefined {
    const fromWorkspace = toPosix(relative(resolve(this.workspace), join(realRoot, path)));
    return this.excluded([path, fromWorkspace.startsWith('..') ? undefined : fromWorkspace]);
  }

  private workspaceRoot(): Promise<string> {
    this.realWorkspace ??= realpath(resolve(this.workspace));
    return this.realWorkspace;
  }

  /** A folder as the user knows it: `notebooks/`, `./` for the workspace, absolute when outside it. */
  private async shown(realFolder: string): Promise<string> {
    const fromWorkspace = relative(await this.workspaceRoot(), realFolder);
    if (fromWorkspace === '') return './';
    return fromWorkspace.startsWith('..') ? `${realFolder}/` : `${toPosix(fromWorkspace)}/`;
  }
}

const SHOWN_NAMES = 3;

function rootNotes(shownRoot: string, listing: ContextListing, shipped: ShippedFiles): string[] {
  const some = (paths: string[]) => `${paths.slice(0, SHOWN_NAMES).join(', ')}${paths.length > SHOWN_NAMES ? `, and ${paths.length - SHOWN_NAMES} more` : ''}`;
  const notes: string[] = [];
  if (listing.untracked.length) notes.push(`${shownRoot}: untracked files are not shipped (git add them to ship them): ${some(listing.untracked)}`);
  if (shipped.missing.length) notes.push(`${shownRoot}: tracked files not on disk are not shipped (a sparse checkout?): ${some(shipped.missing)}`);
  if (shipped.submodules.length) notes.push(`${shownRoot}: submodules are not shipped: ${some(shipped.submodules)}`);
  return notes;
}
