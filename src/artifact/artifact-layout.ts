import type { ContextFile, NotebookContext } from '../context/notebook-context.js';
import { notebookFileName } from '../notebook/notebook-name.js';

/** The artifact's folder for the user's files, as ADS's NotebookRuntime names it. */
export const CODE_FOLDER = 'code';

/**
 * Where a run's files go, relative to the unpacked artifact's root (a job run's working folder,
 * or a local run folder): the notebook alone at `code/<name>.ipynb`, or its context at
 * `code/<root name>/...` with the notebook in its place inside, as ADS's
 * `NotebookRuntime.with_source(folder, notebook=...)` lays out a folder. Each notebook has a
 * context root of its own, so several could share one artifact.
 */
export interface ArtifactLayout {
  /** `JOB_RUN_NOTEBOOK`. */
  notebookPath: string;
  /** `NOTEBOOK_CONTEXT`: the context root, put on the kernel's PYTHONPATH; unset for a notebook alone. */
  contextRoot?: string;
  /** `NOTEBOOK_REQUIREMENTS`: installed before the first cell. */
  requirementsPath?: string;
  /** The context's other files, each with its path in the artifact. */
  files: Array<{ path: string; file: ContextFile }>;
}

export function artifactLayout(notebookReference: string, context?: NotebookContext): ArtifactLayout {
  if (!context) return { notebookPath: `${CODE_FOLDER}/${notebookFileName(notebookReference)}`, files: [] };
  const root = context.rootName ? `${CODE_FOLDER}/${context.rootName}` : CODE_FOLDER;
  return {
    notebookPath: `${root}/${context.notebookPath}`,
    contextRoot: root,
    ...(context.requirements ? { requirementsPath: `${root}/${context.requirements}` } : {}),
    files: context.files.map((file) => ({ path: `${root}/${file.path}`, file })),
  };
}
