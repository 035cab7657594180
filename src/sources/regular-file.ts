import { constants, type Stats } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { MAX_NOTEBOOK_BYTES } from '../notebook/notebook.js';
import { checkDeclaredSize, notebookLimitText } from './bounded-read.js';
import { NotebookSourceError } from './notebook-source.js';

/** Read this much at a time, so that a file which grew after its size was checked is never held whole. */
const CHUNK_BYTES = 1024 * 1024;
// Not blocking on a FIFO with no writer; not following a link swapped in after the checks. Absent on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (!fromFolder.startsWith('..') && !isAbsolute(fromFolder));
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function openFailure(reference: string, path: string, error: unknown): NotebookSourceError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new NotebookSourceError(reference, 'not-found', `not found (looked at ${path})`);
  if (code === 'EACCES' || code === 'EPERM') return new NotebookSourceError(reference, 'access-denied', `access denied reading ${path} (${code})`);
  if (code === 'ELOOP') return new NotebookSourceError(reference, 'access-denied', `${path} changed into a symbolic link while it was being read`);
  return new NotebookSourceError(reference, 'failed', `cannot read ${path} (${code ?? (error as Error).message})`);
}

/**
 * The bytes of `path`, read only if it is a regular file, within `limit`. A path inside the
 * workspace must stay inside once its symbolic links are followed (a pull request's link to
 * /dev/zero or /etc/passwd is refused); FIFOs, devices and sockets are refused without being
 * opened for a blocking read; and the file is read in chunks, stopping as soon as it passes the
 * limit, whatever its size said (files under /proc say 0).
 */
export async function readRegularFile(reference: string, path: string, workspace: string, limit = MAX_NOTEBOOK_BYTES): Promise<Uint8Array> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw openFailure(reference, path, error);
  }
  const realWorkspace = await realpath(workspace).catch(() => workspace);
  if (isInside(workspace, path) && !isInside(realWorkspace, real)) {
    throw new NotebookSourceError(reference, 'access-denied', `${path} is a symbolic link to ${real}, outside the workspace ${workspace}; only files inside it are read`);
  }
  let file;
  try {
    file = await open(real, OPEN_FLAGS);
  } catch (error) {
    throw openFailure(reference, path, error);
  }
  try {
    const stats = await file.stat();
    if (stats.isDirectory()) throw new NotebookSourceError(reference, 'not-a-notebook', `${path} is a folder, not a notebook file`);
    if (!stats.isFile()) throw new NotebookSourceError(reference, 'not-a-notebook', `${path} is ${kindOf(stats)}, not a regular file`);
    // The size on disk decides before anything is read.
    checkDeclaredSize(reference, stats.size, limit);
    return await readChunks(reference, file, limit);
  } finally {
    await file.close();
  }
}

async function readChunks(reference: string, file: FileHandle, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, limit + 1 - total));
    const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > limit) {
      throw new NotebookSourceError(reference, 'too-large', `too large: over ${notebookLimitText(limit)} (stopped reading after ${total} bytes)`);
    }
    chunks.push(chunk.subarray(0, bytesRead));
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}
