import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Copies what a run running as another user left in its staging folder into the output folder,
 * as the user who started it: regular files only, links never followed (the run could leave a
 * link to anything that user can read). Returns the relative paths copied.
 */
export async function copyStagedOutputs(staging: string, outputFolder: string, relative = ''): Promise<string[]> {
  const entries = await readdir(join(staging, relative)).catch(() => [] as string[]);
  const copied: string[] = [];
  for (const name of entries.sort()) {
    const path = join(relative, name);
    const info = await lstat(join(staging, path));
    if (info.isDirectory()) {
      copied.push(...(await copyStagedOutputs(staging, outputFolder, path)));
    } else if (info.isFile()) {
      await mkdir(join(outputFolder, relative), { recursive: true });
      // Removed first: a link already there would otherwise be written through.
      await rm(join(outputFolder, path), { force: true });
      await copyFile(join(staging, path), join(outputFolder, path), constants.COPYFILE_EXCL);
      copied.push(path);
    }
  }
  return copied;
}
