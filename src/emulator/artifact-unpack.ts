import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { JobArtifact } from './data-science-model.js';

/** Why a run could not start; its message becomes the run's lifecycleDetails. */
export class ArtifactError extends Error {}

export interface Entrypoint {
  /** Absolute path of the file to run. */
  file: string;
  interpreter: 'python' | 'bash';
}

const SCRIPT_TYPES: Record<string, Entrypoint['interpreter']> = { '.py': 'python', '.sh': 'bash' };

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

function inside(root: string, path: string): string | undefined {
  const target = resolve(root, path);
  const fromRoot = relative(root, target);
  return fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot) ? undefined : target;
}

function scriptType(name: string): Entrypoint['interpreter'] | undefined {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? undefined : SCRIPT_TYPES[name.slice(dot).toLowerCase()];
}

/** A name as a message may show it: control characters (a NUL, a new line) escaped. */
function shown(name: string): string {
  return JSON.stringify(name).slice(1, -1);
}

/** The script's name in the run's folder: the last segment of the artifact's file name, which must be a plain file name. */
function scriptFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (!base || base === '.' || base === '..' || /[\u0000-\u001f]/.test(base)) {
    throw new ArtifactError(`Job artifact name '${shown(fileName)}' is not a usable file name: upload it as e.g. "attachment; filename=job.py".`);
  }
  return base;
}

/**
 * Lays the artifact out in `root` as OCI does: a zip is unpacked, a single .py or .sh script is
 * placed as is, and the file to run is `JOB_RUN_ENTRYPOINT` (zip) or the script itself. Any
 * problem, names the file system refuses included, is an ArtifactError that fails the run.
 */
export async function unpackArtifact(artifact: JobArtifact, root: string, entrypoint: string | undefined): Promise<Entrypoint> {
  try {
    return await layOut(artifact, root, entrypoint);
  } catch (error) {
    if (error instanceof ArtifactError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ArtifactError(`Job artifact '${shown(artifact.fileName)}' could not be unpacked: ${code}.`);
  }
}

async function layOut(artifact: JobArtifact, root: string, entrypoint: string | undefined): Promise<Entrypoint> {
  if (!isZip(artifact.bytes)) {
    const interpreter = scriptType(artifact.fileName);
    if (!interpreter) {
      throw new ArtifactError(`Job artifact '${shown(artifact.fileName)}' is not a zip archive, nor a .py or .sh script.`);
    }
    const file = join(root, scriptFileName(artifact.fileName));
    await writeFile(file, artifact.bytes);
    return { file, interpreter };
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(artifact.bytes);
  } catch (error) {
    throw new ArtifactError(`Job artifact '${shown(artifact.fileName)}' could not be unpacked: ${(error as Error).message}.`);
  }
  for (const [name, bytes] of Object.entries(entries)) {
    const target = inside(root, name);
    if (!target) throw new ArtifactError(`Job artifact '${shown(artifact.fileName)}' has an entry outside its root: '${shown(name)}'.`);
    if (name.endsWith('/')) {
      await mkdir(target, { recursive: true });
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
  }
  if (!entrypoint) {
    throw new ArtifactError(`JOB_RUN_ENTRYPOINT is not set; a zip artifact needs it to name the file to run.`);
  }
  const file = inside(root, entrypoint);
  const found = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !found?.isFile()) {
    throw new ArtifactError(`JOB_RUN_ENTRYPOINT '${shown(entrypoint)}' was not found in the job artifact '${shown(artifact.fileName)}'.`);
  }
  const interpreter = scriptType(entrypoint);
  if (!interpreter) throw new ArtifactError(`JOB_RUN_ENTRYPOINT '${shown(entrypoint)}' is not a .py or .sh file.`);
  return { file, interpreter };
}
