import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { ListedEntry } from './context-listing.js';
import type { ContextFile } from './notebook-context.js';

/** A listed entry that cannot be shipped; its message names it. */
export class UnshippableEntry extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ShippedFiles {
  files: ContextFile[];
  /** Tracked by git but not on disk (a sparse checkout, a deleted file). */
  missing: string[];
  /** Folders git tracks as another repository (submodules): not shipped. */
  submodules: string[];
}

/** Whether `path` is `root` or under it. */
export function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot === '' || (!fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !isAbsolute(fromRoot));
}

/**
 * The files to ship for the listed entries: regular files as they are; a symbolic link as a copy
 * of what it points to, a file or a folder of listed files, provided that stays inside the
 * context. A link that leaves it, or points nowhere, is refused by its name.
 */
export async function shippedFiles(entries: ListedEntry[], realRoot: string): Promise<ShippedFiles> {
  const shipped: ShippedFiles = { files: [], missing: [], submodules: [] };
  const links: ListedEntry[] = [];
  for (const entry of entries) {
    if (!entry.stats) shipped.missing.push(entry.path);
    else if (entry.stats.isSymbolicLink()) links.push(entry);
    else if (entry.stats.isDirectory()) shipped.submodules.push(entry.path);
    else if (entry.stats.isFile()) shipped.files.push({ path: entry.path, source: entry.absolute, size: entry.stats.size });
  }
  const regular = [...shipped.files];
  for (const link of links) shipped.files.push(...(await linkedFiles(link, realRoot, regular)));
  return shipped;
}

async function linkedFiles(link: ListedEntry, realRoot: string, regular: ContextFile[]): Promise<ContextFile[]> {
  let target: string;
  try {
    target = await realpath(link.absolute);
  } catch {
    throw new UnshippableEntry(link.path, `${link.path} is a symbolic link that points to nothing`);
  }
  if (!isInside(realRoot, target)) throw new UnshippableEntry(link.path, `${link.path} is a symbolic link to ${target}, outside the context`);
  const stats = await stat(target);
  if (stats.isFile()) return [{ path: link.path, source: target, size: stats.size }];
  // A linked folder inside the context: the listed files under it, again under the link's name.
  const under = relative(realRoot, target).split(sep).join('/');
  return regular
    .filter((file) => file.path.startsWith(`${under}/`))
    .map((file) => ({ path: `${link.path}${file.path.slice(under.length)}`, source: file.source!, size: file.size }));
}
