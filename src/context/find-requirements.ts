import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { InputError } from '../engine/input-error.js';
import { isInside } from './context-files.js';
import type { ContextSettings } from './context-settings.js';
import type { ContextFile } from './notebook-context.js';

export const REQUIREMENTS_FILE = 'requirements.txt';

/** What the search needs to know of one notebook's context. */
export interface RequirementsSearch {
  reference: string;
  /** The notebook's path under the root. */
  notebookPath: string;
  files: ContextFile[];
  realRoot: string;
  workspace: string;
  /** The `context-exclude` pattern that leaves a path under the root out, if any. */
  excluded: (path: string) => string | undefined;
}

/**
 * The requirements file to install, as a path under the context root: `auto` takes
 * requirements.txt in the notebook's folder, else at the root; a path must name a shipped file.
 */
export async function findRequirements(settings: ContextSettings, search: RequirementsSearch): Promise<string | undefined> {
  const choice = settings.requirements;
  const input = settings.names.requirements;
  const shipped = new Set(search.files.map((file) => file.path));
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'auto') {
    const folder = posix.dirname(search.notebookPath);
    const beside = folder === '.' ? REQUIREMENTS_FILE : `${folder}/${REQUIREMENTS_FILE}`;
    return [beside, REQUIREMENTS_FILE].find((path) => shipped.has(path));
  }
  if (choice.kind === 'url') {
    throw new InputError(input, `a URL names the requirements of notebooks given by URL, and ${search.reference} is a path; name a file inside its context, or auto`);
  }
  const file = resolve(search.workspace, choice.path);
  const real = join(await realpath(dirname(file)).catch(() => dirname(file)), basename(file));
  if (!isInside(search.realRoot, real)) {
    throw new InputError(input, `${choice.path} is outside the context of ${search.reference} (${search.realRoot}); name a file inside it, or widen ${settings.names.context}`);
  }
  const path = relative(search.realRoot, real).split(sep).join('/');
  if (shipped.has(path)) return path;
  const pattern = search.excluded(path);
  const onDisk = await stat(real).then((stats) => stats.isFile(), () => false);
  const why = !onDisk ? 'there is no such file' : pattern ? `${settings.names.exclude} leaves it out ("${pattern}")` : 'git does not track it (git add it)';
  throw new InputError(input, `${choice.path} is not shipped with ${search.reference}: ${why}`);
}
