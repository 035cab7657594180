import type { PackedContext } from './context-packing.js';
import { driverFiles } from './driver-files.js';
import { safeFileName, zipFiles, type JobArtifact } from './job-artifact.js';

/** The batch driver: runs each notebook of the manifest with the notebook driver, some at once (docs/driver.md, "Batch runs"). */
export const BATCH_ENTRYPOINT = 'driver_batch.py';
/** The manifest's name at the artifact's root, for `NOTEBOOK_BATCH`. */
export const BATCH_MANIFEST_NAME = 'oci-run-notebook-batch.json';

/** One notebook of a batch as the driver reads it from the manifest. */
export interface BatchManifestEntry {
  /** The notebook's path as the user knows it: every line of its log is prefixed with it. */
  name: string;
  /** Its path in the artifact, as `JOB_RUN_NOTEBOOK`. */
  notebook: string;
  /** Its own `OUTPUT_URI`, unexpanded. */
  outputUri?: string;
  excludeTags: string[];
  /** Its own limit inside the batch. */
  timeoutSeconds?: number;
}

export interface BatchManifest {
  parallel: number;
  notebooks: BatchManifestEntry[];
}

/** One notebook to pack: its prepared bytes (parameters injected) and its manifest entry. */
export interface BatchNotebook {
  content: Uint8Array;
  entry: BatchManifestEntry;
}

export interface BatchArtifact extends JobArtifact {
  manifestPath: string;
}

/**
 * One zip for the whole batch: the driver, the shared context once, and each notebook in its
 * place inside it, as its single run would have it; the manifest says what to run.
 */
export function buildBatchArtifact(notebooks: BatchNotebook[], parallel: number, jobName: string, context: PackedContext): BatchArtifact {
  const files = new Map<string, Uint8Array>([...driverFiles(), ...context.files]);
  // The context lists the batch's other notebooks as plain files: each is replaced by its prepared copy.
  for (const notebook of notebooks) files.set(notebook.entry.notebook, notebook.content);
  const manifest: BatchManifest = { parallel, notebooks: notebooks.map((notebook) => notebook.entry) };
  files.set(BATCH_MANIFEST_NAME, new TextEncoder().encode(JSON.stringify(manifest, null, 1)));
  const artifact: BatchArtifact = {
    zip: zipFiles([...files]),
    fileName: `${safeFileName(jobName)}.zip`,
    entrypoint: BATCH_ENTRYPOINT,
    notebookPath: notebooks[0]!.entry.notebook,
    manifestPath: BATCH_MANIFEST_NAME,
  };
  if (context.layout.contextRoot) artifact.contextRoot = context.layout.contextRoot;
  if (context.layout.requirementsPath) artifact.requirementsPath = context.layout.requirementsPath;
  return artifact;
}
