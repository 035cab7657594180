import { redactReference } from '../sources/redaction.js';
import { FunctionRequestError } from './function-answer.js';

/** The function configuration setting that limits where notebooks may be fetched from. */
export const ALLOWED_SOURCES_VARIABLE = 'NOTEBOOK_SOURCES_ALLOWED';

/** NOTEBOOK_SOURCES_ALLOWED as a list of prefixes (comma-separated); undefined when unset, so any URL is fetched. */
export function allowedSourcesOf(env: Record<string, string | undefined>): string[] | undefined {
  const prefixes = (env[ALLOWED_SOURCES_VARIABLE] ?? '')
    .split(',')
    .map((prefix) => prefix.trim())
    .filter(Boolean);
  return prefixes.length > 0 ? prefixes : undefined;
}

/** Whether the reference starts with one of the allowed prefixes (none are, when the setting is unset). */
export function isAllowedSource(reference: string, allowed: readonly string[] | undefined): boolean {
  return allowed?.some((prefix) => reference.startsWith(prefix)) ?? false;
}

/**
 * Refuses, with 400, a reference that starts with none of the allowed prefixes: the function
 * fetches with its own network and resource principal, so its owner may bound what callers reach.
 */
export function checkAllowedSource(reference: string, allowed: readonly string[] | undefined, field = 'noteBook'): void {
  if (!allowed || isAllowedSource(reference, allowed)) return;
  const shown = allowed.map(redactReference).join(', ');
  throw new FunctionRequestError(
    `${field}: "${redactReference(reference)}" is not from an allowed source; this function reads notebooks only from references starting with ${shown} (its ${ALLOWED_SOURCES_VARIABLE} setting)`,
  );
}
