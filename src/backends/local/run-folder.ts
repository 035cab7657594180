import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { artifactLayout } from '../../artifact/artifact-layout.js';
import { driverFiles } from '../../artifact/driver-files.js';
import type { NotebookContext } from '../../context/notebook-context.js';

/**
 * A run's folder, laid out as OCI unpacks the job artifact: the driver at its root, the notebook
 * under `code/`, with its context around it. The context is copied, never used in place, so a run
 * cannot change the workspace it came from.
 */
export interface RunFolder {
  root: string;
  /** `code/<name>.ipynb` or `code/<root>/<path>`, for `JOB_RUN_NOTEBOOK`. */
  notebookPath: string;
  /** Where the driver saves the executed notebook over the input. */
  executedNotebook: string;
  /** For `NOTEBOOK_CONTEXT` and `NOTEBOOK_REQUIREMENTS`, relative to the root. */
  contextRoot?: string;
  requirementsPath?: string;
}

/** Files copied at once; a context can hold thousands. */
const COPIES_AT_ONCE = 16;

export async function createRunFolder(workDir: string, runId: string, notebookPath: string, notebook: Uint8Array, context?: NotebookContext): Promise<RunFolder> {
  const root = join(workDir, runId);
  const layout = artifactLayout(notebookPath, context);
  const folders = new Set([dirname(layout.notebookPath), ...layout.files.map(({ path }) => dirname(path))]);
  await mkdir(root, { recursive: true });
  for (const folder of [...folders].sort()) await mkdir(join(root, folder), { recursive: true });
  const limit = pLimit(COPIES_AT_ONCE);
  await Promise.all([
    ...[...driverFiles()].map(([file, content]) => writeFile(join(root, file), content)),
    ...layout.files.map(({ path, file }) =>
      limit(async () => {
        try {
          await (file.content ? writeFile(join(root, path), file.content) : copyFile(file.source, join(root, path)));
        } catch (error) {
          throw new Error(`cannot copy ${file.path} of the notebook's context (${file.source ?? 'in memory'}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
      }),
    ),
    writeFile(join(root, layout.notebookPath), notebook),
  ]);
  return {
    root,
    notebookPath: layout.notebookPath,
    executedNotebook: join(root, layout.notebookPath),
    ...(layout.contextRoot ? { contextRoot: layout.contextRoot } : {}),
    ...(layout.requirementsPath ? { requirementsPath: layout.requirementsPath } : {}),
  };
}
