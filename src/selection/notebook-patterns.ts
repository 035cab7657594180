import picomatch from 'picomatch';

export const DEFAULT_NOTEBOOK_PATTERNS = ['**/*.ipynb'];

/**
 * Whether a path is a notebook to consider, and if not, why: `not-a-notebook` (not `.ipynb`, never worth a
 * log line), `unmatched` (no `notebooks` pattern), `excluded` (an `exclude` pattern or a `!` line).
 */
export type PatternVerdict = { kind: 'matched' } | { kind: 'not-a-notebook' | 'unmatched' | 'excluded'; reason: string };

/**
 * The `notebooks` and `exclude` inputs as one matcher. Only `.ipynb` files count; a path counts when
 * it matches a `notebooks` pattern and no `exclude` pattern. Lines starting with `!` in `notebooks`
 * are excludes too (as in a workflow's `paths:` filter). `dot: true`, so `.github/**` and dot-folders match.
 * An exclude is never a picomatch negation: `!x` there would exclude everything but x, so its `!` is dropped.
 */
export class NotebookPatterns {
  private readonly include: Array<{ pattern: string; test: (path: string) => boolean }>;
  private readonly exclude: Array<{ pattern: string; test: (path: string) => boolean }>;

  constructor(patterns: string[], exclude: string[]) {
    const lines = patterns.map((line) => line.trim()).filter(Boolean);
    const includes = lines.filter((line) => !line.startsWith('!')).map(normalizePattern).filter(Boolean);
    const excludes = [...lines.filter((line) => line.startsWith('!')).map((line) => line.slice(1)), ...exclude].map(normalizeExclude).filter(Boolean);
    this.include = (includes.length ? includes : DEFAULT_NOTEBOOK_PATTERNS).map(compile);
    this.exclude = excludes.map(compile);
  }

  get includePatterns(): string[] {
    return this.include.map((entry) => entry.pattern);
  }

  verdict(path: string): PatternVerdict {
    if (!isNotebookPath(path)) return { kind: 'not-a-notebook', reason: 'not an .ipynb file' };
    if (!this.include.some((entry) => entry.test(path))) {
      return { kind: 'unmatched', reason: `matches no notebooks pattern (${this.includePatterns.join(', ')})` };
    }
    const exclusion = this.exclude.find((entry) => entry.test(path));
    if (exclusion) return { kind: 'excluded', reason: `excluded by "${exclusion.pattern}"` };
    return { kind: 'matched' };
  }
}

export function isNotebookPath(path: string): boolean {
  return path.endsWith('.ipynb');
}

function compile(pattern: string) {
  return { pattern, test: picomatch(pattern, { dot: true }) };
}

/** Trims and drops a leading `./`, so `./notebooks/*.ipynb` means what the user meant. */
function normalizePattern(line: string): string {
  return line.trim().replace(/^(\.\/)+/, '');
}

/** An exclude line without its leading `!`s: in `exclude`, `!x` and `x` both mean "leave x out". `!(a|b)` is an extglob and stays. */
function normalizeExclude(line: string): string {
  return normalizePattern(line.trim().replace(/^!+(?!\()/, ''));
}
