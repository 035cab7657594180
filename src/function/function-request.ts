import type { RunRequest } from '../engine/run-request.js';
import { jobTags } from '../engine/job-tags.js';
import { isOcid } from '../oci/ocid.js';
import { FunctionRequestError } from './function-answer.js';

/** The original (Python/ADS) function's required fields, in its spelling. */
export const REQUIRED_FIELDS = ['noteBook', 'jobName', 'logGroupId', 'projectId', 'compartmentId', 'outputFolder'] as const;

/** The original function's values for what a caller leaves out; pipelines rely on them. */
export const FUNCTION_DEFAULTS = {
  shape: 'VM.Standard.E3.Flex',
  ocpus: 1,
  memoryInGBs: 16,
  blockStorageSize: 50,
  conda: 'tensorflow28_p38_cpu_v1',
  excludeTags: ['ignore', 'remove'],
} as const;

/** A submission as the caller sent it, every field present and of the right type. */
export interface SubmitFields {
  noteBook: string;
  jobName: string;
  logGroupId: string;
  projectId: string;
  compartmentId: string;
  outputFolder: string;
  shape: string;
  ocpus: number;
  memoryInGBs: number;
  blockStorageSize: number;
  conda: string;
  excludeTags: string[];
  env: Record<string, string>;
  parameters: Record<string, unknown>;
  subnetId?: string;
  /** The URL of a requirements file, installed before the first cell; undefined for none (`auto`, `none`). */
  requirements?: string;
}

export type FunctionOperation = { kind: 'submit'; fields: SubmitFields } | { kind: 'status'; jobRunId: string };

export const OPERATIONS = ['submit', 'status'] as const;

/** Every field a submission may carry; any other is refused by name, so a misspelt one is not silently left out. */
export const SUBMIT_FIELDS = [...REQUIRED_FIELDS, 'shape', 'ocpus', 'memoryInGBs', 'blockStorageSize', 'conda', 'excludeTags', 'env', 'parameters', 'subnetId', 'requirements', 'operation'] as const;

/** A status request: the run, by either name, and the rest of a submission's answer passed back as it is. */
export const STATUS_FIELDS = ['operation', 'jobRunId', 'id', 'jobId'] as const;

/** RunRequest fields as this request spells them, so the engine's errors name what the caller sent. */
export const FIELD_OF_RUN_REQUEST: Record<string, string> = {
  notebook: 'noteBook',
  jobName: 'jobName',
  compartmentId: 'compartmentId',
  projectId: 'projectId',
  logGroupId: 'logGroupId',
  subnetId: 'subnetId',
  shape: 'shape',
  ocpus: 'ocpus',
  memoryInGBs: 'memoryInGBs',
  blockStorageSizeInGBs: 'blockStorageSize',
  conda: 'conda',
  environmentVariables: 'env',
  excludeTags: 'excludeTags',
  parameters: 'parameters',
  outputUri: 'outputFolder',
  context: 'requirements',
};

type JsonObject = Record<string, unknown>;

/**
 * The body (and, behind an HTTP gateway, the request URL) as one operation: `{"operation":"status"}`
 * or a URL path ending in `/status` asks for a run's state; anything else submits a notebook.
 */
export function parseInvocation(body: Uint8Array, requestUrl?: string | null): FunctionOperation {
  const json = parseBody(body);
  const url = requestUrl && URL.canParse(requestUrl, 'http://function.invalid') ? new URL(requestUrl, 'http://function.invalid') : undefined;
  const operation = json.operation ?? (url?.pathname.replace(/\/+$/, '').endsWith('/status') ? 'status' : 'submit');
  if (operation === 'status') {
    refuseUnknownFields(json, STATUS_FIELDS, 'a status request');
    return { kind: 'status', jobRunId: jobRunIdOf(json, url) };
  }
  if (operation === 'submit') {
    refuseUnknownFields(json, SUBMIT_FIELDS, 'a submission');
    return { kind: 'submit', fields: submitFields(json) };
  }
  throw new FunctionRequestError(`operation: expected one of ${OPERATIONS.join(', ')}, got ${JSON.stringify(operation)}`);
}

/** An empty body is `{}`, so a submission lists every missing field and a gateway GET can ask for a status. */
function parseBody(body: Uint8Array): JsonObject {
  const text = new TextDecoder().decode(body);
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the body, which may hold secrets: give only the position.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new FunctionRequestError(`malformed JSON in the request body${position ? ` at position ${position}` : ''}; expected a JSON object such as {"noteBook": "https://...", "jobName": "..."}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FunctionRequestError(`expected a JSON object in the request body, got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}`);
  }
  return value as JsonObject;
}

function jobRunIdOf(json: JsonObject, url: URL | undefined): string {
  const value = json.jobRunId ?? json.id ?? url?.searchParams.get('jobRunId') ?? undefined;
  if (value === undefined || value === null || value === '') {
    throw new FunctionRequestError('missing required field: jobRunId (the "id" a submission answered)');
  }
  const jobRunId = stringField(value, 'jobRunId');
  if (!isOcid(jobRunId, 'datasciencejobrun')) {
    throw new FunctionRequestError(`jobRunId: expected the OCID of a job run (ocid1.datasciencejobrun.oc1.<region>.<unique id>), got "${jobRunId}"`);
  }
  return jobRunId;
}

function submitFields(json: JsonObject): SubmitFields {
  const missing = REQUIRED_FIELDS.filter((name) => json[name] === undefined || json[name] === null || (typeof json[name] === 'string' && !json[name].trim()));
  if (missing.length > 0) {
    throw new FunctionRequestError(`missing required field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  }
  // Templated pipeline bodies send "" for a parameter left unset: that is the default too.
  const optional = (name: string) => (json[name] === undefined || json[name] === null || json[name] === '' ? undefined : json[name]);
  return {
    noteBook: notebookReference(stringField(json.noteBook, 'noteBook')),
    jobName: stringField(json.jobName, 'jobName'),
    logGroupId: stringField(json.logGroupId, 'logGroupId'),
    projectId: stringField(json.projectId, 'projectId'),
    compartmentId: stringField(json.compartmentId, 'compartmentId'),
    outputFolder: stringField(json.outputFolder, 'outputFolder'),
    shape: optional('shape') === undefined ? FUNCTION_DEFAULTS.shape : stringField(json.shape, 'shape'),
    ocpus: optional('ocpus') === undefined ? FUNCTION_DEFAULTS.ocpus : numberField(json.ocpus, 'ocpus'),
    memoryInGBs: optional('memoryInGBs') === undefined ? FUNCTION_DEFAULTS.memoryInGBs : numberField(json.memoryInGBs, 'memoryInGBs'),
    blockStorageSize: optional('blockStorageSize') === undefined ? FUNCTION_DEFAULTS.blockStorageSize : numberField(json.blockStorageSize, 'blockStorageSize'),
    conda: optional('conda') === undefined ? FUNCTION_DEFAULTS.conda : stringField(json.conda, 'conda'),
    excludeTags: optional('excludeTags') === undefined ? [...FUNCTION_DEFAULTS.excludeTags] : tagsField(json.excludeTags),
    env: optional('env') === undefined ? {} : envField(json.env),
    parameters: optional('parameters') === undefined ? {} : objectField(json.parameters, 'parameters'),
    ...(optional('subnetId') === undefined ? {} : { subnetId: stringField(json.subnetId, 'subnetId') }),
    ...requirementsField(optional('requirements')),
  };
}

/**
 * A notebook given by URL runs alone, so its requirements file is a URL too: `auto` (the default)
 * and `none` mean no requirements file.
 */
function requirementsField(value: unknown): Pick<SubmitFields, 'requirements'> {
  if (value === undefined) return {};
  const text = stringField(value, 'requirements');
  if (text === 'auto' || text === 'none') return {};
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^file:/i.test(text)) {
    throw new FunctionRequestError(`requirements: expected the URL of a requirements file (https://, oci://, gs://, Azure Blob), auto or none, got "${text}"`);
  }
  return { requirements: text };
}

/** The fields as the engine's request; the notebook is fetched by the caller. */
export function toRunRequest(fields: SubmitFields, notebook: RunRequest['notebook']): RunRequest {
  return {
    notebook,
    jobName: fields.jobName,
    compartmentId: fields.compartmentId,
    projectId: fields.projectId,
    logGroupId: fields.logGroupId,
    ...(fields.subnetId ? { subnetId: fields.subnetId } : {}),
    shape: fields.shape,
    ocpus: fields.ocpus,
    memoryInGBs: fields.memoryInGBs,
    blockStorageSizeInGBs: fields.blockStorageSize,
    conda: fields.conda,
    environmentVariables: fields.env,
    excludeTags: fields.excludeTags,
    parameters: fields.parameters,
    outputUri: fields.outputFolder,
    freeformTags: jobTags(),
  };
}

/** A local path would be read from the function's own file system (its code, its credentials): only URLs. */
function notebookReference(reference: string): string {
  const trimmed = reference.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || /^file:/i.test(trimmed)) {
    throw new FunctionRequestError(`noteBook: expected a URL such as https://host/path/notebook.ipynb; local paths are not read inside a function, got "${reference}"`);
  }
  return trimmed;
}

function stringField(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new FunctionRequestError(`${name}: expected a string, got ${describeType(value)}`);
  return value.trim();
}

/** A JSON number: "60" is a string, refused as such, so a pipeline's template shows its mistake at once. */
function numberField(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new FunctionRequestError(`${name}: expected a JSON number such as 2 (not in quotes), got ${describeType(value)}${typeof value === 'string' ? ` (${JSON.stringify(value.slice(0, 40))})` : ''}`);
  }
  return value;
}

/** Names the fields `json` has beyond `known` (quoted and cut short: they are the caller's text), with the fields it may have. */
function refuseUnknownFields(json: JsonObject, known: readonly string[], what: string): void {
  const unknown = Object.keys(json).filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  const named = unknown.slice(0, 10).map((name) => JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}...` : name));
  const more = unknown.length > 10 ? ` and ${unknown.length - 10} more` : '';
  throw new FunctionRequestError(`unknown field${unknown.length > 1 ? 's' : ''} ${named.join(', ')}${more}; ${what} takes ${known.join(', ')}`);
}

/** A list of tags, or one string of comma-separated tags. */
function tagsField(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((tag) => tag.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((tag) => typeof tag === 'string')) return value.map((tag) => tag.trim());
  throw new FunctionRequestError(`excludeTags: expected a list of strings such as ["ignore", "remove"], got ${describeType(value)}`);
}

/** Values are strings, as environment variables are; they may be secrets: errors name the variable, never its value. */
function envField(value: unknown): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, entry] of Object.entries(objectField(value, 'env'))) {
    if (typeof entry !== 'string') {
      throw new FunctionRequestError(`env: the value of "${name}" must be a string (in quotes), got ${describeType(entry)}`);
    }
    env[name] = entry;
  }
  return env;
}

function objectField(value: unknown, name: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FunctionRequestError(`${name}: expected a JSON object such as {"name": "value"}, got ${describeType(value)}`);
  }
  return value as JsonObject;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
