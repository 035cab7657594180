import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { driverFiles } from '../../artifact/driver-files.js';
import { notebookFileName } from '../../notebook/notebook-name.js';

/** A run's folder, laid out as OCI unpacks the job artifact: the driver at its root, the notebook under `code/`. */
export interface RunFolder {
  root: string;
  /** `code/<name>.ipynb`, for `JOB_RUN_NOTEBOOK`. */
  notebookPath: string;
  /** Where the driver saves the executed notebook over the input. */
  executedNotebook: string;
}

export async function createRunFolder(workDir: string, runId: string, notebookPath: string, notebook: Uint8Array): Promise<RunFolder> {
  const root = join(workDir, runId);
  const name = notebookFileName(notebookPath);
  await mkdir(join(root, 'code'), { recursive: true });
  await Promise.all([
    ...[...driverFiles()].map(([file, content]) => writeFile(join(root, file), content)),
    writeFile(join(root, 'code', name), notebook),
  ]);
  return { root, notebookPath: `code/${name}`, executedNotebook: join(root, 'code', name) };
}
