/**
 * What a notebook run depends on: its code cells, in order, with their source and tags (tags decide
 * which cells `exclude-tags` skips and which cell takes the parameters). Markdown and raw cells, outputs,
 * execution counts, ids and all other metadata are left out. Undefined when the bytes are not a notebook.
 */
export function codeFingerprint(content: Uint8Array): string | undefined {
  let notebook: unknown;
  try {
    notebook = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content));
  } catch {
    return undefined;
  }
  const cells = (notebook as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return undefined;
  const code = cells
    .filter((cell): cell is Record<string, unknown> => typeof cell === 'object' && cell !== null && cell.cell_type === 'code')
    .map((cell) => [joinSource(cell.source), tagsOf(cell.metadata)]);
  return JSON.stringify(code);
}

/** True when both versions are notebooks and their code cells are the same; anything unreadable counts as a code change. */
export function sameCode(base: Uint8Array | undefined, head: Uint8Array | undefined): boolean {
  if (!base || !head) return false;
  const before = codeFingerprint(base);
  return before !== undefined && before === codeFingerprint(head);
}

function joinSource(source: unknown): string {
  if (typeof source === 'string') return source;
  return Array.isArray(source) ? source.filter((line) => typeof line === 'string').join('') : '';
}

function tagsOf(metadata: unknown): string[] {
  const tags = (metadata as { tags?: unknown } | null | undefined)?.tags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}
