import { randomUUID } from 'node:crypto';
import { cellTags, type Notebook, type NotebookCell } from './notebook.js';
import { codify, literal, PARAMETER_LANGUAGES, ParameterTranslationError, type ParameterLanguage } from './parameter-languages.js';

export { ParameterTranslationError };

export const PARAMETERS_TAG = 'parameters';
export const INJECTED_PARAMETERS_TAG = 'injected-parameters';

/**
 * Papermill's convention: a code cell tagged `injected-parameters` goes right after the cell
 * tagged `parameters` (at the top when there is none) and replaces one injected earlier. The
 * values are written in the kernel's language (`kernel` overrides the notebook's own kernel).
 */
export function injectParameters(notebook: Notebook, parameters: Record<string, unknown>, kernel?: string): Notebook {
  if (Object.keys(parameters).length === 0) return notebook;
  const source = codify(parameterLanguage(notebook, kernel), parameters);
  const cells = notebook.cells.filter((cell) => !cellTags(cell).includes(INJECTED_PARAMETERS_TAG));
  const anchor = cells.findIndex((cell) => cellTags(cell).includes(PARAMETERS_TAG));
  const injected: NotebookCell = {
    cell_type: 'code',
    execution_count: null,
    metadata: { tags: [INJECTED_PARAMETERS_TAG] },
    outputs: [],
    source,
  };
  if (notebook.nbformat_minor >= 5) injected.id = randomUUID().slice(0, 8);
  cells.splice(anchor + 1, 0, injected);
  return { ...notebook, cells };
}

/**
 * The translator papermill would pick: by kernel name, else by the notebook's language. A
 * notebook that names neither is taken for Python, the kernel it then runs with.
 */
export function parameterLanguage(notebook: Notebook, kernel?: string): ParameterLanguage {
  const metadata = notebook.metadata as { kernelspec?: { name?: unknown; language?: unknown }; language_info?: { name?: unknown } };
  const kernelName = kernel ?? stringOrUndefined(metadata.kernelspec?.name);
  const language = stringOrUndefined(metadata.language_info?.name) ?? stringOrUndefined(metadata.kernelspec?.language);
  const found = (kernelName && PARAMETER_LANGUAGES[kernelName]) || (language && PARAMETER_LANGUAGES[language]);
  if (found) return found;
  if (!kernelName && !language) return PARAMETER_LANGUAGES.python!;
  throw new ParameterTranslationError(
    `cannot write parameters for the kernel "${kernelName ?? ''}" (language "${language ?? ''}"): papermill translates parameters only for ` +
      `${Object.keys(PARAMETER_LANGUAGES).join(', ')}`,
  );
}

/** Throws ParameterTranslationError for parameters the notebook's kernel cannot be given; makes nothing. */
export function checkParameters(notebook: Notebook, parameters: Record<string, unknown>, kernel?: string): void {
  if (Object.keys(parameters).length === 0) return;
  const language = parameterLanguage(notebook, kernel);
  for (const [name, value] of Object.entries(parameters)) {
    try {
      literal(language, value);
    } catch (error) {
      if (error instanceof ParameterTranslationError) throw new ParameterTranslationError(`${name}: ${error.message}`);
      throw error;
    }
  }
}

/**
 * What papermill warns about before it runs: no cell tagged `parameters`, or parameters given
 * that the `parameters` cell does not assign (likely a typo: they are injected anyway).
 */
export function parameterWarnings(notebook: Notebook, parameters: Record<string, unknown>): string[] {
  const names = Object.keys(parameters);
  if (names.length === 0) return [];
  const cell = notebook.cells.find((candidate) => cellTags(candidate).includes(PARAMETERS_TAG));
  if (!cell) return [`no cell is tagged "${PARAMETERS_TAG}", so the parameters go in a cell at the top, as papermill puts them`];
  let language: ParameterLanguage;
  try {
    language = parameterLanguage(notebook);
  } catch {
    return []; // refused by the check before; nothing to warn about
  }
  const defined = assignedNames(language, Array.isArray(cell.source) ? cell.source.join('') : cell.source);
  const unknown = names.filter((name) => !defined.has(name) && !(language.name === 'R' && defined.has(name.replace(/^_+/, ''))));
  if (unknown.length === 0) return [];
  return [`the "${PARAMETERS_TAG}" cell does not define ${unknown.join(', ')}; injected anyway, as papermill does (a typo?)`];
}

/** Names a line of the cell assigns at its top level, by the language's own assignment forms. */
const ASSIGNMENT: Readonly<Record<string, RegExp>> = {
  python: /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::[^=]*)?=(?!=)/,
  R: /^\s*([A-Za-z.][\w.]*)\s*(?:=(?!=)|<<?-)/,
  scala: /^\s*(?:(?:private|final|lazy|implicit)\s+)*(?:val|var)\s+(\w+)/,
  julia: /^\s*(?:const\s+|global\s+)?([A-Za-z_]\w*!?)\s*(?:::[^=]+)?=(?!=)/,
  matlab: /^\s*([A-Za-z]\w*)\s*=(?!=)/,
  '.net-csharp': /^\s*(?:var|[\w<>[\],?.]+)\s+(\w+)\s*=(?!=)/,
  '.net-fsharp': /^\s*let\s+(?:mutable\s+)?(\w+)/,
  '.net-powershell': /^\s*\$(\w+)\s*=(?!=)/,
  bash: /^\s*(?:export\s+|local\s+|readonly\s+|declare(?:\s+-\w+)*\s+)?(\w+)=/,
};

function assignedNames(language: ParameterLanguage, source: string): Set<string> {
  const pattern = ASSIGNMENT[language.name]!;
  const names = new Set<string>();
  for (const line of source.split('\n')) {
    const match = pattern.exec(line);
    for (const name of match?.[1]?.split(',') ?? []) names.add(name.trim());
  }
  return names;
}

const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isPythonIdentifier(name: string): boolean {
  return PYTHON_IDENTIFIER.test(name);
}

/** A value as Python source, as papermill writes it. */
export function toPythonLiteral(value: unknown): string {
  return literal(PARAMETER_LANGUAGES.python!, value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}
