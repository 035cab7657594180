import { InputError } from '../engine/input-error.js';
import { DEFAULT_CONTEXT_MAX_BYTES, MAX_CONTEXT_BYTES } from './notebook-context.js';

/** Which folder a notebook ships with: its own (the default), its git repository, or a named folder. */
export type ContextScope = { kind: 'folder' } | { kind: 'repo' } | { kind: 'path'; path: string };

/** `auto`: requirements.txt beside the notebook, else at the context root; `none`; a path; or, for a notebook given by URL, a URL. */
export type RequirementsChoice = { kind: 'auto' } | { kind: 'none' } | { kind: 'path'; path: string } | { kind: 'url'; url: string };

/** The names a front door gives the context's inputs, so errors say what its user typed. */
export interface ContextInputNames {
  context: string;
  exclude: string;
  maxSize: string;
  requirements: string;
}

export const ACTION_CONTEXT_INPUTS: ContextInputNames = { context: 'context', exclude: 'context-exclude', maxSize: 'context-max-size', requirements: 'requirements' };
export const CLI_CONTEXT_FLAGS: ContextInputNames = { context: '--context', exclude: '--context-exclude', maxSize: '--context-max-size', requirements: '--requirements' };

/** Every context input, read and checked once. */
export interface ContextSettings {
  scope: ContextScope;
  /** Glob patterns of files to leave out, matched against paths under the context root and in the workspace. */
  exclude: string[];
  maxBytes: number;
  requirements: RequirementsChoice;
  names: ContextInputNames;
}

export interface ContextInputs {
  context?: string;
  exclude?: string[];
  maxSize?: string;
  requirements?: string;
}

const UNITS: Record<string, number> = { '': 1024 ** 2, b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
const SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;
const URL_FORM = /^[a-z][a-z0-9+.-]*:\/\//i;

export function parseContextSettings(inputs: ContextInputs, names: ContextInputNames): ContextSettings {
  return {
    scope: parseScope(inputs.context, names.context),
    exclude: (inputs.exclude ?? []).map((line) => line.trim()).filter((line) => line && !line.startsWith('#')),
    maxBytes: parseMaxSize(inputs.maxSize, names.maxSize),
    requirements: parseRequirements(inputs.requirements, names.requirements),
    names,
  };
}

function parseScope(text: string | undefined, input: string): ContextScope {
  const value = (text ?? '').trim();
  if (!value) return { kind: 'folder' };
  if (value === 'repo') return { kind: 'repo' };
  if (URL_FORM.test(value)) throw new InputError(input, `expected repo or a folder that contains the notebooks, got the URL "${value}"`);
  return { kind: 'path', path: value };
}

/** A size such as `250MiB`, `2GB` or `500` (MiB), at most OCI's limit for a job artifact. */
export function parseMaxSize(text: string | undefined, input: string): number {
  const value = (text ?? '').trim();
  if (!value) return DEFAULT_CONTEXT_MAX_BYTES;
  const match = SIZE.exec(value);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new InputError(input, `expected a size such as 250MiB or 2GB (a bare number is MiB), got "${value}"`);
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes <= 0) throw new InputError(input, `expected a size above 0, got "${value}"`);
  if (bytes > MAX_CONTEXT_BYTES) {
    throw new InputError(input, `"${value}" is over 4 GB (${MAX_CONTEXT_BYTES.toLocaleString('en-US')} bytes), the most OCI takes for a job artifact`);
  }
  return bytes;
}

function parseRequirements(text: string | undefined, input: string): RequirementsChoice {
  const value = (text ?? '').trim();
  if (!value || value === 'auto') return { kind: 'auto' };
  if (value === 'none') return { kind: 'none' };
  if (URL_FORM.test(value) && !/^file:/i.test(value)) return { kind: 'url', url: value };
  if (value.endsWith('/')) throw new InputError(input, `expected auto, none or the path of a requirements file, got the folder "${value}"`);
  return { kind: 'path', path: value };
}
