import picomatch from 'picomatch';

export const DEFAULT_NOTEBOOK_PATTERNS = ['**/*.ipynb'];

/** Why a path is or is not a notebook to consider: `matched`, or the reason it is left out. */
export type PatternVerdict = { matched: true } | { matched: false; reason: string; excluded: boolean };

/**
 * The `notebooks` and `exclude` inputs as one matcher. Only `.ipynb` files count; a path counts when
 * it matches a `notebooks` pattern and no `exclude` pattern. Lines starting with `!` in `notebooks`
 * are excludes too (as in a workflow's `paths:` filter). `dot: true`, so `.github/**` and dot-folders match.
 */
export class NotebookPatterns {
  private readonly include: Array<{ pattern: string; test: (path: string) => boolean }>;
  private readonly exclude: Array<{ pattern: string; test: (path: string) => boolean }>;

  constructor(patterns: string[], exclude: string[]) {
    const lines = patterns.map(normalizePattern).filter(Boolean);
    const includes = lines.filter((line) => !line.startsWith('!'));
    const excludes = [...lines.filter((line) => line.startsWith('!')).map((line) => normalizePattern(line.slice(1))), ...exclude.map(normalizePattern)];
    this.include = (includes.length ? includes : DEFAULT_NOTEBOOK_PATTERNS).map(compile);
    this.exclude = excludes.filter(Boolean).map(compile);
  }

  get includePatterns(): string[] {
    return this.include.map((entry) => entry.pattern);
  }

  verdict(path: string): PatternVerdict {
    if (!isNotebookPath(path)) return { matched: false, reason: 'not an .ipynb file', excluded: false };
    if (!this.include.some((entry) => entry.test(path))) {
      return { matched: false, reason: `matches no notebooks pattern (${this.includePatterns.join(', ')})`, excluded: false };
    }
    const exclusion = this.exclude.find((entry) => entry.test(path));
    if (exclusion) return { matched: false, reason: `excluded by "${exclusion.pattern}"`, excluded: true };
    return { matched: true };
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
  const trimmed = line.trim();
  const negated = trimmed.startsWith('!');
  const body = (negated ? trimmed.slice(1) : trimmed).replace(/^(\.\/)+/, '');
  return negated ? `!${body}` : body;
}
