import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeclaredSize } from './bounded-read.js';
import { NotebookSourceError, type FetchedNotebook, type NotebookSource, type SourceContext } from './notebook-source.js';

/** A path on this machine, relative to the workspace, or a `file://` URL. */
export const fileSource: NotebookSource = {
  accepts: (reference) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(reference) || reference.startsWith('file://'),
  async fetch(reference: string, context: SourceContext): Promise<FetchedNotebook> {
    const path = reference.startsWith('file://') ? fileURLToPath(reference) : resolve(context.workspace, reference);
    let file;
    try {
      file = await open(path, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new NotebookSourceError(reference, 'not-found', `not found (looked at ${path})`);
      if (code === 'EACCES' || code === 'EPERM') throw new NotebookSourceError(reference, 'access-denied', `access denied reading ${path} (${code})`);
      throw new NotebookSourceError(reference, 'failed', `cannot read ${path} (${code ?? (error as Error).message})`);
    }
    try {
      const stats = await file.stat();
      if (stats.isDirectory()) throw new NotebookSourceError(reference, 'not-a-notebook', `${path} is a folder, not a notebook file`);
      // The size on disk decides before anything is read.
      checkDeclaredSize(reference, stats.size, context.maxBytes);
      return { path: reference, content: new Uint8Array(await file.readFile()) };
    } finally {
      await file.close();
    }
  },
};
