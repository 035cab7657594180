/** One file's change between two commits, as git's name-status or the compare API reports it. */
export interface ChangedFile {
  /** Repo-relative, POSIX separators; for a rename, the new path. */
  path: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** For a rename, the path at the base commit. */
  previousPath?: string;
}

/**
 * Parses `git diff --name-status -z` output: `X\0path\0` or, for renames and copies, `Rnn\0old\0new\0`.
 * Copies count as additions (the source is untouched); type changes as modifications.
 */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const code = fields[i++]!;
    const letter = code[0];
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++]!;
      const to = fields[i++]!;
      files.push(letter === 'R' ? { path: to, status: 'renamed', previousPath: from } : { path: to, status: 'added' });
    } else {
      const path = fields[i++]!;
      const status = letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified';
      files.push({ path, status });
    }
  }
  return files;
}
