import type { Git } from './git.js';

/** The notebooks in the index of the work tree, and which of them a sparse checkout left off the disk. */
export interface TrackedNotebooks {
  /** Every tracked `.ipynb` path, in code-point order. */
  paths: string[];
  /** Skip-worktree entries: outside the sparse checkout's cone (actions/checkout `sparse-checkout:`), not on disk. */
  outsideSparseCheckout: Set<string>;
}

export const OUTSIDE_SPARSE_CHECKOUT = 'outside the sparse checkout';

/** `git ls-files -t`, which tags a skip-worktree entry `S`; tracked files only, not what a step happened to write. */
export async function trackedNotebooks(git: Git): Promise<TrackedNotebooks> {
  const output = await git.run(['ls-files', '-z', '-t', '--full-name', '--', '*.ipynb']);
  const paths: string[] = [];
  const outsideSparseCheckout = new Set<string>();
  for (const entry of output.split('\0')) {
    if (entry.length < 3) continue;
    const path = entry.slice(2); // "<tag> <path>"
    paths.push(path);
    if (entry[0] === 'S') outsideSparseCheckout.add(path);
  }
  paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { paths, outsideSparseCheckout };
}
