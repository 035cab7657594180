import { MAX_CONTEXT_BYTES, MAX_CONTEXT_FILES, type ContextFile } from './notebook-context.js';
import type { ContextInputNames } from './context-settings.js';
import { formatBytes } from './sizes.js';

const LARGEST_SHOWN = 5;

export interface ContextSize {
  /** The root as the user knows it, and how its files were chosen, for the message. */
  described: string;
  files: ContextFile[];
  notebookBytes: number;
  maxBytes: number;
  /** Set when the listing stopped early: the total is a lower bound. */
  incomplete: boolean;
}

/** Why the context cannot be shipped (too many bytes or files), with what to do about it; undefined when it fits. */
export function contextLimitProblem(size: ContextSize, names: ContextInputNames): string | undefined {
  const bytes = size.files.reduce((total, file) => total + file.size, size.notebookBytes);
  const count = size.files.length + 1;
  const overBytes = bytes > size.maxBytes;
  if (!overBytes && count <= MAX_CONTEXT_FILES) return undefined;
  const largest = [...size.files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, LARGEST_SHOWN);
  const amount = `${size.incomplete ? 'at least ' : ''}${formatBytes(bytes)} in ${count.toLocaleString('en-US')}${size.incomplete ? '+' : ''} files`;
  const over = overBytes
    ? `over the ${formatBytes(size.maxBytes)} limit`
    : `more files than a job artifact holds (${MAX_CONTEXT_FILES.toLocaleString('en-US')})`;
  const raise = overBytes && size.maxBytes < MAX_CONTEXT_BYTES ? `, or raise ${names.maxSize} (at most 4 GB, OCI's limit for a job artifact)` : '';
  return (
    `${size.described} holds ${amount}, ${over}. The largest: ${largest.map((file) => `${file.path} (${formatBytes(file.size)})`).join(', ')}. ` +
    `Leave files out with ${names.exclude} (glob patterns, e.g. ${largest[0]?.path ?? 'data/**'}), or name a smaller folder in ${names.context}${raise}.`
  );
}
