import picomatch from 'picomatch';

/**
 * `context-exclude` as one test: a path is left out when a pattern matches it or one of its
 * folders, so `data`, `data/raw/` and `*.parquet` all mean what they say (a pattern without a
 * slash matches in any folder, as in .gitignore). Each candidate is tried: the path under the
 * context root, and the same file's workspace path.
 */
export function excludeMatcher(patterns: string[]): (candidates: Array<string | undefined>) => string | undefined {
  const compiled = patterns
    .map((pattern) => pattern.trim().replace(/^(\.\/)+/, '').replace(/\/+$/, ''))
    .filter(Boolean)
    .map((pattern) => ({ pattern, test: picomatch(pattern, { dot: true, basename: true }) }));
  if (compiled.length === 0) return () => undefined;
  return (candidates) => {
    for (const candidate of candidates) {
      if (!candidate) continue;
      for (const path of withFolders(candidate)) {
        const match = compiled.find((entry) => entry.test(path));
        if (match) return match.pattern;
      }
    }
    return undefined;
  };
}

/** `a/b/c.csv`, `a/b`, `a`. */
function withFolders(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('/'));
}
