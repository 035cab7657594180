import { readFile } from 'node:fs/promises';
import type { ParameterValue } from '../notebook/parameter-values.js';
import { InputError } from './input-error.js';

export { InputError };

/** `KEY=VALUE` entries; the value may hold `=` and may be empty. */
export function parseKeyValues(entries: string[], input: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.trim()) continue;
    const equals = entry.indexOf('=');
    if (equals <= 0) throw new InputError(input, `expected KEY=VALUE, got "${entry}"`);
    values[entry.slice(0, equals).trim()] = entry.slice(equals + 1);
  }
  return values;
}

/**
 * A JSON or YAML map of notebook parameters, read as papermill reads them (parameter-text.ts).
 * The parser loads only when there is a map to read: most runs pass no parameters, and start-up
 * time counts.
 */
export async function parseParameterMap(text: string | undefined, input: string): Promise<Record<string, ParameterValue>> {
  if (text === undefined || text.trim() === '') return {};
  const { parseParameterText } = await import('./parameter-text.js');
  return parseParameterText(text, input);
}

/** A YAML or JSON file of parameters, as papermill's `--parameters_file`; the error names `input` and the file. */
export async function readParameterFile(path: string, input: string): Promise<Record<string, ParameterValue>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(input, `cannot read the parameters file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseParameterMap(text, `${input} (${path})`);
}

export function parseNumber(text: string | undefined, input: string): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const number = Number(text);
  if (!Number.isFinite(number)) throw new InputError(input, `expected a number, got "${text}"`);
  return number;
}

export function parseWholeNumber(text: string | undefined, input: string, minimum: number): number | undefined {
  const number = parseNumber(text, input);
  if (number !== undefined && (!Number.isInteger(number) || number < minimum)) {
    throw new InputError(input, `expected a whole number of at least ${minimum}, got "${text}"`);
  }
  return number;
}

export function parseBoolean(text: string, input: string): boolean {
  const value = text.trim().toLowerCase();
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0', ''].includes(value)) return false;
  throw new InputError(input, `expected true or false, got "${text}"`);
}

export function parseChoice<T extends string>(text: string, input: string, choices: readonly T[]): T {
  const value = text.trim().toLowerCase() as T;
  if (!choices.includes(value)) throw new InputError(input, `expected one of ${choices.join(', ')}, got "${text}"`);
  return value;
}

/** Entries separated by commas or new lines, trimmed, empty ones dropped. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function splitLines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
