import { Zip, ZipPassThrough } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import type { PackedContext } from './context-packing.js';
import { DRIVER_ENTRYPOINT, driverFiles } from './driver-files.js';

/** The zip OCI unpacks and runs: the driver at its root and the notebook (with its context) under `code/`, as ADS lays it out. */
export interface JobArtifact {
  zip: Uint8Array;
  /** The name in `content-disposition`; OCI unpacks the artifact only when it ends in `.zip`. */
  fileName: string;
  entrypoint: string;
  /** The notebook's path inside the zip, for `JOB_RUN_NOTEBOOK`. */
  notebookPath: string;
  /** The context root inside the zip, for `NOTEBOOK_CONTEXT`; unset for a notebook alone. */
  contextRoot?: string;
  /** The requirements file inside the zip, for `NOTEBOOK_REQUIREMENTS`. */
  requirementsPath?: string;
}

// A fixed timestamp keeps the same inputs zipping to the same bytes.
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');

export function buildJobArtifact(notebookFileName: string, notebook: Uint8Array, jobName: string, context?: PackedContext): JobArtifact {
  const notebookPath = context?.layout.notebookPath ?? `code/${notebookFileName}`;
  const zip = zipFiles([...driverFiles(), ...(context?.files ?? []), [notebookPath, notebook]]);
  const artifact: JobArtifact = { zip, fileName: `${safeFileName(jobName)}.zip`, entrypoint: DRIVER_ENTRYPOINT, notebookPath };
  if (context?.layout.contextRoot) artifact.contextRoot = context.layout.contextRoot;
  if (context?.layout.requirementsPath) artifact.requirementsPath = context.layout.requirementsPath;
  return artifact;
}

/**
 * A zip entry deflated by node's zlib: fflate lays out the archive, but its JavaScript deflate
 * takes several times longer, cold, than the native one, and every submission builds an artifact.
 */
class NativeDeflateEntry extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    this.mtime = ZIP_TIME;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    // Entries are pushed whole (see zipFiles): one chunk is one complete deflate stream.
    // Level 1: built for every submission, so speed beats the last few bytes.
    this.ondata(null, deflateRawSync(chunk, { level: 1 }), final);
  }
}

export function zipFiles(files: Array<[string, Uint8Array]>): Uint8Array {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  // With synchronous entries fflate calls back before each call returns.
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else parts.push(data);
  });
  for (const [name, content] of files) {
    const entry = new NativeDeflateEntry(name);
    zip.add(entry);
    entry.push(content, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(parts);
}

export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'notebook';
}
