import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isReference, notebookFileName } from '../notebook/notebook-name.js';

/**
 * Where a notebook's outputs go under `--output-uri`: in a folder named by its path relative to
 * the working directory without `.ipynb` (`<uri>/reports/a/report/`), as the action lays them
 * out, so two notebooks with the same name never share one; by its file name when it is a URL
 * or lies outside the working directory.
 */
export function outputUriFor(base: string, reference: string, cwd: string): string {
  return `${base.replace(/\/+$/, '')}/${outputFolderName(reference, cwd)}`;
}

function outputFolderName(reference: string, cwd: string): string {
  const file = !isReference(reference) ? resolve(cwd, reference) : /^file:\/\//i.test(reference) ? fileURLToPath(reference) : undefined;
  const inside = file === undefined ? undefined : relative(cwd, file);
  const path = inside && !inside.startsWith(`..${sep}`) && !isAbsolute(inside) ? inside.split(sep).join('/') : notebookFileName(reference);
  return path.replace(/\.ipynb$/i, '');
}
