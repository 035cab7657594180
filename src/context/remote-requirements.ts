import { InputError } from '../engine/input-error.js';
import { notebookFileName } from '../notebook/notebook-name.js';
import { NotebookSourceError, type SourceContext } from '../sources/notebook-source.js';
import { redactReference } from '../sources/redaction.js';
import { resolveFile } from '../sources/resolve-notebook.js';
import { REQUIREMENTS_FILE } from './find-requirements.js';
import type { NotebookContext } from './notebook-context.js';

/** A requirements file is a few lines; anything larger is not one. */
export const MAX_REQUIREMENTS_BYTES = 1024 * 1024;

/** The requirements file a URL points at, fetched by the notebook sources (same credentials, same errors). */
export async function fetchRequirements(url: string, sources: SourceContext, input: string): Promise<Uint8Array> {
  let content: Uint8Array;
  try {
    content = (await resolveFile(url, { ...sources, maxBytes: Math.min(sources.maxBytes ?? MAX_REQUIREMENTS_BYTES, MAX_REQUIREMENTS_BYTES) })).content;
  } catch (error) {
    if (error instanceof NotebookSourceError) throw new InputError(input, error.message);
    throw error;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new InputError(input, `${redactReference(url)} is not a requirements file (not UTF-8 text)`);
  }
  return content;
}

/** A notebook given by URL, with a requirements file beside it: both straight in the artifact's `code/`. */
export function contextWithRequirements(notebookReference: string, requirements: Uint8Array): NotebookContext {
  return {
    rootName: '',
    notebookPath: notebookFileName(notebookReference),
    files: [{ path: REQUIREMENTS_FILE, content: requirements, size: requirements.byteLength }],
    requirements: REQUIREMENTS_FILE,
  };
}
