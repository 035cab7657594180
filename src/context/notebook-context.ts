/**
 * The files a notebook runs among: its folder (or its repository, or a folder the user names),
 * shipped inside the job artifact, copied into a local run folder, and run in place there.
 */
export interface NotebookContext {
  /**
   * The context root's folder name inside the artifact's `code/` folder, as ADS's
   * `NotebookRuntime.with_source(folder, notebook=...)` names it (the source folder's own name);
   * empty: the files sit straight in `code/` (a notebook given by URL, with its requirements).
   */
  rootName: string;
  /** The notebook's path under the root, `/`-separated: `analysis/report.ipynb`. */
  notebookPath: string;
  /** Every other file shipped, by its path under the root; the notebook itself is the request's. */
  files: ContextFile[];
  /** A requirements file to install before the first cell: one of `files`, by its path. */
  requirements?: string;
  /** The root as the user knows it (a workspace path such as `notebooks/`), for messages. */
  shownRoot?: string;
}

/** One shipped file: read from disk when the artifact or run folder is made, or already in memory. */
export type ContextFile = { path: string; size: number } & ({ source: string; content?: undefined } | { content: Uint8Array; source?: undefined });

/** The most a context may hold unless `context-max-size` says otherwise. */
export const DEFAULT_CONTEXT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * The most `context-max-size` may allow: OCI takes job artifacts of at most 4 GB
 * (docs.oracle.com/iaas/data-science/using/jobs-artifact.htm), and the artifact is a zip without
 * ZIP64 extensions, whose offsets stop at 4 GiB.
 */
export const MAX_CONTEXT_BYTES = 4_000_000_000;

/** A zip without ZIP64 holds at most 65,535 entries; the driver's files take a few. */
export const MAX_CONTEXT_FILES = 65_000;

/** A context's size in bytes: its files plus the notebook. */
export function contextBytes(context: NotebookContext, notebookBytes: number): number {
  return context.files.reduce((total, file) => total + file.size, notebookBytes);
}
