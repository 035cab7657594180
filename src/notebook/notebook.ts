/** The parts of an nbformat 4 notebook the engine reads and writes. */
export interface NotebookCell {
  cell_type: 'code' | 'markdown' | 'raw';
  id?: string;
  metadata: { tags?: string[]; [key: string]: unknown };
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
  [key: string]: unknown;
}

export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: { kernelspec?: { name?: string }; [key: string]: unknown };
  cells: NotebookCell[];
}

export class NotebookFormatError extends Error {}

/** The largest notebook we read; service limits on job artifacts are far above it. */
export const MAX_NOTEBOOK_BYTES = 100 * 1024 * 1024;

/** Parses bytes as nbformat 4 JSON, or says which notebook is not one and why. */
export function parseNotebook(content: Uint8Array, path: string): Notebook {
  if (content.byteLength > MAX_NOTEBOOK_BYTES) {
    throw new NotebookFormatError(`${path}: ${content.byteLength} bytes is over the ${MAX_NOTEBOOK_BYTES}-byte limit for a notebook.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content));
  } catch {
    throw new NotebookFormatError(`${path}: not a Jupyter notebook (expected nbformat 4 JSON, the file is not valid UTF-8 JSON).`);
  }
  const notebook = parsed as Partial<Notebook> | null;
  if (typeof notebook !== 'object' || notebook === null || Array.isArray(notebook)) {
    throw new NotebookFormatError(`${path}: not a Jupyter notebook (expected an nbformat 4 JSON object).`);
  }
  if (notebook.nbformat !== 4) {
    throw new NotebookFormatError(`${path}: nbformat ${String(notebook.nbformat)} is not supported; expected nbformat 4 (convert with \`jupyter nbconvert --to notebook\`).`);
  }
  if (!Array.isArray(notebook.cells) || typeof notebook.metadata !== 'object' || notebook.metadata === null) {
    throw new NotebookFormatError(`${path}: not a valid nbformat 4 notebook (needs "cells" and "metadata").`);
  }
  notebook.cells.forEach((cell, index) => {
    if (typeof cell !== 'object' || cell === null || !['code', 'markdown', 'raw'].includes(cell.cell_type)) {
      throw new NotebookFormatError(`${path}: cell ${index + 1} is not an nbformat 4 cell (cell_type must be code, markdown or raw).`);
    }
  });
  return notebook as Notebook;
}

/** Buffers known to hold a valid notebook: a run's notebook is checked by its source, by the engine and by its backend. */
const checkedNotebooks = new WeakSet<Uint8Array>();

/**
 * Throws NotebookFormatError unless `content` is an nbformat 4 notebook. A buffer that passed
 * once is not parsed again (notebooks with outputs can be megabytes); buffers are not changed
 * in place after they are read.
 */
export function checkNotebook(content: Uint8Array, path: string): void {
  if (checkedNotebooks.has(content)) return;
  parseNotebook(content, path);
  checkedNotebooks.add(content);
}

export function serializeNotebook(notebook: Notebook): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(notebook, null, 1) + '\n');
}

export function cellTags(cell: NotebookCell): string[] {
  const tags = cell.metadata?.tags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}
