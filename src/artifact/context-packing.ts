import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import type { ContextFile } from '../context/notebook-context.js';
import type { RunRequest } from '../engine/run-request.js';
import { artifactLayout, type ArtifactLayout } from './artifact-layout.js';

/** A context ready to zip: the layout, and every file's path in the artifact with its bytes. */
export interface PackedContext {
  layout: ArtifactLayout;
  files: Array<[string, Uint8Array]>;
}

/** Files read at once; a context can hold thousands. */
const READS_AT_ONCE = 16;

/** A context file's bytes, from memory or from the disk it was listed on. */
export async function contextFileBytes(file: ContextFile): Promise<Uint8Array> {
  if (file.content) return file.content;
  try {
    return new Uint8Array(await readFile(file.source));
  } catch (error) {
    throw new Error(`cannot read ${file.path} of the notebook's context (${file.source}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** The request's context, read; undefined for a notebook that runs alone. */
export async function packContext(request: RunRequest): Promise<PackedContext | undefined> {
  if (!request.context) return undefined;
  const layout = artifactLayout(request.notebook.path, request.context);
  const limit = pLimit(READS_AT_ONCE);
  const files = await Promise.all(layout.files.map(({ path, file }) => limit(async (): Promise<[string, Uint8Array]> => [path, await contextFileBytes(file)])));
  return { layout, files };
}
