import { invalidParameter } from './service-error.js';

/** A Logging Search query reduced to what the emulator understands. */
export interface LogQuery {
  /** Each `"<compartment>[/<logGroup>[/<log>]]"` after `search`. */
  scopes: string[][];
  /** `where source = '<pattern>'` patterns, all of which must match (`*` is a wildcard). */
  sourcePatterns: RegExp[];
  descending: boolean;
}

export const SUPPORTED_QUERY_FORMS =
  `search "<compartment>[/<logGroup>[/<log>]]" [| where source = '<pattern>' [and source = '<pattern>']] ` +
  `[| sort by datetime [asc|desc]] (keywords in any case; "*" is a wildcard in patterns)`;

function unsupported(part: string): never {
  throw invalidParameter(`Unsupported search query part '${part.trim()}'. The emulator supports: ${SUPPORTED_QUERY_FORMS}.`);
}

/** Splits on `|` outside quotes. */
function pipeline(query: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const char of query) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '|') {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (quote) throw invalidParameter(`The search query has an unclosed ${quote} quote.`);
  parts.push(current);
  return parts;
}

function wildcard(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function parseScopes(text: string): string[][] {
  const scopes: string[][] = [];
  const pattern = /\s*(?:"([^"]*)"|'([^']*)')\s*(,|$)/y;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text))) {
    const scope = (match[1] ?? match[2] ?? '').split('/').map((part) => part.trim());
    if (scope.length > 3 || scope.some((part) => part === '')) unsupported(`search ${text}`);
    scopes.push(scope);
    if (match[3] === '') break;
  }
  if (scopes.length === 0 || pattern.lastIndex < text.trimEnd().length) unsupported(`search ${text}`);
  return scopes;
}

function parseConditions(text: string): RegExp[] {
  const patterns: RegExp[] = [];
  const condition = /\s*source\s*=\s*(?:'([^']*)'|"([^"]*)")\s*(?:(and)\s+|$)/iy;
  let match: RegExpExecArray | null;
  while ((match = condition.exec(text))) {
    patterns.push(wildcard(match[1] ?? match[2] ?? ''));
    if (!match[3]) break;
  }
  if (patterns.length === 0 || condition.lastIndex !== text.length) unsupported(`where ${text}`);
  return patterns;
}

export function parseLogQuery(query: string): LogQuery {
  const [head, ...stages] = pipeline(query);
  const search = /^\s*search\s+(.*)$/is.exec(head ?? '');
  if (!search) unsupported(head ?? query);
  const parsed: LogQuery = { scopes: parseScopes(search[1]!), sourcePatterns: [], descending: false };
  for (const stage of stages) {
    const where = /^\s*where\s+(.*?)\s*$/is.exec(stage);
    const sort = /^\s*sort\s+by\s+datetime(?:\s+(asc|desc))?\s*$/i.exec(stage);
    if (where) parsed.sourcePatterns.push(...parseConditions(where[1]!));
    else if (sort) parsed.descending = sort[1]?.toLowerCase() === 'desc';
    else unsupported(stage);
  }
  return parsed;
}
