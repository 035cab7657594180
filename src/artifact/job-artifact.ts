import { zipSync, type Zippable } from 'fflate';
import { DRIVER_ENTRYPOINT, driverFiles } from './driver-files.js';

/** The zip OCI unpacks and runs: the driver at its root and the notebook under `code/`, as ADS lays it out. */
export interface JobArtifact {
  zip: Uint8Array;
  /** The name in `content-disposition`; OCI unpacks the artifact only when it ends in `.zip`. */
  fileName: string;
  entrypoint: string;
  /** The notebook's path inside the zip, for `JOB_RUN_NOTEBOOK`. */
  notebookPath: string;
}

// A fixed timestamp keeps the same inputs zipping to the same bytes.
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');

export function buildJobArtifact(notebookFileName: string, notebook: Uint8Array, jobName: string): JobArtifact {
  const notebookPath = `code/${notebookFileName}`;
  const files: Zippable = { code: { [notebookFileName]: notebook } };
  for (const [name, content] of driverFiles()) files[name] = content;
  // Level 1: the artifact is small and built for every submission, so speed beats the last few bytes.
  const zip = zipSync(files, { level: 1, mtime: ZIP_TIME });
  return { zip, fileName: `${safeFileName(jobName)}.zip`, entrypoint: DRIVER_ENTRYPOINT, notebookPath };
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'notebook';
}
