import type { Notebook, NotebookCell } from '../../src/notebook/notebook.js';

/** A code cell; `tags` go in its metadata as Jupyter writes them. */
export function codeCell(source: string, tags: string[] = []): NotebookCell {
  return { cell_type: 'code', execution_count: null, metadata: tags.length ? { tags } : {}, outputs: [], source };
}

export function markdownCell(source: string): NotebookCell {
  return { cell_type: 'markdown', metadata: {}, source };
}

export function notebookOf(...cells: NotebookCell[]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } as never },
    cells: cells.map((cell, index) => ({ id: `cell-${index}`, ...cell })),
  };
}

export function notebookBytes(...cells: NotebookCell[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(notebookOf(...cells)));
}
