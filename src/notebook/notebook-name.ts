import { basename } from 'node:path';

/** A URL or cloud reference (`https://`, `oci://`, `gs://`, `az://`, `file://`) rather than a path. */
export function isReference(notebook: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(notebook);
}

/**
 * The file name a notebook is saved and reported under: its reference's last part, without a
 * URL's query or fragment, decoded, and ending in `.ipynb` as the driver requires.
 */
export function notebookFileName(reference: string): string {
  let last = basename(reference.replace(/[?#].*$/, ''));
  try {
    last = decodeURIComponent(last);
  } catch {
    // Not percent-encoded after all: keep it as it is.
  }
  const name = last.replace(/[/\\]/g, '-') || 'notebook';
  return name.endsWith('.ipynb') ? name : `${name}.ipynb`;
}
