import type { Git } from './git.js';

/**
 * Reads `<commit>:<path>` blobs with one `git cat-file --batch` instead of one `git show` each.
 * A spec git cannot find maps to undefined.
 */
export async function readBlobs(git: Git, specs: string[]): Promise<Map<string, Buffer | undefined>> {
  const blobs = new Map<string, Buffer | undefined>();
  // The batch protocol is line-based; a path with a newline in it is asked for on its own.
  const batchable = specs.filter((spec) => !spec.includes('\n'));
  for (const spec of specs.filter((spec) => spec.includes('\n'))) {
    const result = await git.exec(['cat-file', 'blob', spec]);
    blobs.set(spec, result.exitCode === 0 ? result.stdout : undefined);
  }
  if (!batchable.length) return blobs;
  const output = await git.runBytes(['cat-file', '--batch'], batchable.map((spec) => `${spec}\n`).join(''));
  let offset = 0;
  for (const spec of batchable) {
    const lineEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, lineEnd).toString('utf8');
    offset = lineEnd + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      blobs.set(spec, undefined); // "<spec> missing" or "ambiguous"
      continue;
    }
    const size = Number(match[2]);
    blobs.set(spec, match[1] === 'blob' ? output.subarray(offset, offset + size) : undefined);
    offset += size + 1;
  }
  return blobs;
}
