import { randomUUID } from 'node:crypto';
import { cellTags, type Notebook, type NotebookCell } from './notebook.js';

export const PARAMETERS_TAG = 'parameters';
export const INJECTED_PARAMETERS_TAG = 'injected-parameters';

/**
 * Papermill's convention: a code cell tagged `injected-parameters` goes right after the cell
 * tagged `parameters` (at the top when there is none) and replaces one injected earlier.
 */
export function injectParameters(notebook: Notebook, parameters: Record<string, unknown>): Notebook {
  if (Object.keys(parameters).length === 0) return notebook;
  const cells = notebook.cells.filter((cell) => !cellTags(cell).includes(INJECTED_PARAMETERS_TAG));
  const anchor = cells.findIndex((cell) => cellTags(cell).includes(PARAMETERS_TAG));
  const lines = Object.entries(parameters).map(([name, value]) => `${name} = ${toPythonLiteral(value)}\n`);
  const injected: NotebookCell = {
    cell_type: 'code',
    execution_count: null,
    metadata: { tags: [INJECTED_PARAMETERS_TAG] },
    outputs: [],
    source: ['# Parameters\n', ...lines],
  };
  if (notebook.nbformat_minor >= 5) injected.id = randomUUID().slice(0, 8);
  cells.splice(anchor + 1, 0, injected);
  return { ...notebook, cells };
}

const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isPythonIdentifier(name: string): boolean {
  return PYTHON_IDENTIFIER.test(name);
}

/** JSON values as Python source; JSON string escapes are valid Python string escapes. */
export function toPythonLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return "float('nan')";
    if (!Number.isFinite(value)) return value > 0 ? "float('inf')" : "float('-inf')";
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toPythonLiteral).join(', ')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${toPythonLiteral(item)}`).join(', ')}}`;
  }
  throw new TypeError(`cannot express ${typeof value} as a Python literal`);
}
