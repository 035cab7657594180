import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FetchedNotebook, NotebookSource, SourceContext } from './notebook-source.js';
import { readRegularFile } from './regular-file.js';

/** A path on this machine, relative to the workspace, or a `file://` URL. */
export const fileSource: NotebookSource = {
  accepts: (reference) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(reference) || reference.startsWith('file://'),
  async fetch(reference: string, context: SourceContext): Promise<FetchedNotebook> {
    const path = reference.startsWith('file://') ? fileURLToPath(reference) : resolve(context.workspace, reference);
    return { path: reference, content: await readRegularFile(reference, path, context.workspace, context.maxBytes) };
  },
};
