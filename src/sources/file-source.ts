import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NotebookSourceError, type FetchedNotebook, type NotebookSource, type SourceContext } from './notebook-source.js';

/** A path on this machine, relative to the workspace. */
export const fileSource: NotebookSource = {
  accepts: (reference) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(reference) || reference.startsWith('file://'),
  async fetch(reference: string, context: SourceContext): Promise<FetchedNotebook> {
    const path = reference.startsWith('file://') ? new URL(reference).pathname : resolve(context.workspace, reference);
    try {
      return { path: reference, content: new Uint8Array(await readFile(path)) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'not found' : code === 'EACCES' ? 'access denied' : (code ?? (error as Error).message);
      throw new NotebookSourceError(`${reference}: ${reason} (looked at ${path})`);
    }
  },
};
