import type { BatchSettings } from '../engine/batches.js';
import { ISOLATION_SETTINGS, type IsolationSetting } from '../backends/local/isolation-settings.js';
import * as core from '@actions/core';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  InputError,
  parseBoolean,
  parseChoice,
  parseKeyValues,
  parseNumber,
  parseParameterMap,
  parseWholeNumber,
  readParameterFile,
  splitLines,
  splitList,
} from '../engine/input-values.js';
import { RUN_REQUEST_DEFAULTS, type RunRequest } from '../engine/run-request.js';
import { ACTION_CONTEXT_INPUTS, parseContextSettings, type ContextSettings } from '../context/context-settings.js';
import { redactReference } from '../sources/redaction.js';

export const BACKENDS = ['oci', 'local'] as const;
export const CHANGED_ONLY = ['auto', 'true', 'false'] as const;
export const DELETE_JOB = ['never', 'succeeded', 'always'] as const;

/** The inputs that every notebook's RunRequest takes as they are. */
export const SHARED_RUN_FIELDS = [
  'compartmentId',
  'projectId',
  'logGroupId',
  'logId',
  'logCompartmentId',
  'subnetId',
  'shape',
  'ocpus',
  'memoryInGBs',
  'blockStorageSizeInGBs',
  'conda',
  'environmentVariables',
  'excludeTags',
  'parameters',
  'cellTimeoutSeconds',
  'maxQueueMinutes',
  'needsAttentionMinutes',
] as const;

/** Everything the inputs say, read and checked once, before any cloud call. */
export interface ActionSettings extends Pick<RunRequest, (typeof SHARED_RUN_FIELDS)[number]> {
  patterns: string[];
  exclude: string[];
  changedOnly: (typeof CHANGED_ONLY)[number];
  codeChangesOnly: boolean;
  backend: (typeof BACKENDS)[number];
  outputUri?: string;
  jobNameTemplate: string;
  wait: boolean;
  timeoutMinutes?: number;
  maxParallel: number;
  /** Backend oci, `batch: true`: notebooks that share their job settings run in one job run. */
  batch?: BatchSettings;
  /** Backend oci: delete a finished run's job at once. */
  deleteJob: (typeof DELETE_JOB)[number];
  failOnError: boolean;
  comment: boolean;
  python?: string;
  kernel?: string;
  installRequirements: boolean;
  /** What each notebook ships with: `context`, `context-exclude`, `context-max-size`, `requirements`. */
  contexts: ContextSettings;
  isolation?: IsolationSetting;
  githubToken: string;
}

/** RunRequest fields as the inputs that set them, so engine errors name what the user wrote. */
export const INPUT_OF_FIELD: Record<string, string> = {
  notebook: 'notebooks',
  jobName: 'job-name',
  compartmentId: 'compartment-id',
  projectId: 'project-id',
  logGroupId: 'log-group-id',
  logId: 'log-id',
  logCompartmentId: 'log-compartment-id',
  subnetId: 'subnet-id',
  shape: 'shape',
  ocpus: 'ocpus',
  memoryInGBs: 'memory-in-gbs',
  blockStorageSizeInGBs: 'block-storage-size',
  conda: 'conda',
  environmentVariables: 'env',
  excludeTags: 'exclude-tags',
  parameters: 'parameters',
  outputUri: 'output-uri',
  maximumRuntimeInMinutes: 'timeout-minutes',
  cellTimeoutSeconds: 'cell-timeout',
  maxQueueMinutes: 'max-queue-minutes',
  needsAttentionMinutes: 'needs-attention-minutes',
  batchParallel: 'batch-parallel',
  batchTimeoutMinutes: 'batch-timeout-minutes',
};

const optional = (name: string): string | undefined => core.getInput(name).trim() || undefined;

export async function readSettings(): Promise<ActionSettings> {
  const backend = parseChoice(core.getInput('backend') || 'oci', 'backend', BACKENDS);
  const settings: ActionSettings = {
    patterns: splitLines(core.getInput('notebooks') || '**/*.ipynb'),
    exclude: splitLines(core.getInput('exclude')),
    changedOnly: parseChoice(core.getInput('changed-only') || 'auto', 'changed-only', CHANGED_ONLY),
    codeChangesOnly: parseBoolean(core.getInput('code-changes-only'), 'code-changes-only'),
    backend,
    compartmentId: core.getInput('compartment-id').trim(),
    projectId: core.getInput('project-id').trim(),
    logGroupId: optional('log-group-id'),
    logId: optional('log-id'),
    logCompartmentId: optional('log-compartment-id'),
    subnetId: optional('subnet-id'),
    shape: optional('shape') ?? RUN_REQUEST_DEFAULTS.shape,
    ocpus: parseNumber(core.getInput('ocpus'), 'ocpus') ?? RUN_REQUEST_DEFAULTS.ocpus,
    memoryInGBs: parseNumber(core.getInput('memory-in-gbs'), 'memory-in-gbs') ?? RUN_REQUEST_DEFAULTS.memoryInGBs,
    blockStorageSizeInGBs: parseNumber(core.getInput('block-storage-size'), 'block-storage-size') ?? RUN_REQUEST_DEFAULTS.blockStorageSizeInGBs,
    conda: optional('conda') ?? RUN_REQUEST_DEFAULTS.conda,
    environmentVariables: parseKeyValues(core.getMultilineInput('env'), 'env'),
    excludeTags: splitList(core.getInput('exclude-tags')),
    parameters: await parametersInput(core.getInput('parameters')),
    outputUri: optional('output-uri'),
    jobNameTemplate: optional('job-name') ?? '{repo}-{notebook}-{sha}',
    wait: parseBoolean(core.getInput('wait') || 'true', 'wait'),
    timeoutMinutes: parseWholeNumber(core.getInput('timeout-minutes'), 'timeout-minutes', 1),
    maxQueueMinutes: parseWholeNumber(core.getInput('max-queue-minutes'), 'max-queue-minutes', 1),
    needsAttentionMinutes: parseWholeNumber(core.getInput('needs-attention-minutes'), 'needs-attention-minutes', 1),
    maxParallel: parseWholeNumber(core.getInput('max-parallel'), 'max-parallel', 1) ?? (backend === 'local' ? availableParallelism() : 10),
    batch: parseBoolean(core.getInput('batch'), 'batch')
      ? { parallel: parseWholeNumber(core.getInput('batch-parallel'), 'batch-parallel', 1), timeoutMinutes: parseWholeNumber(core.getInput('batch-timeout-minutes'), 'batch-timeout-minutes', 1) }
      : undefined,
    deleteJob: parseChoice(core.getInput('delete-job') || 'never', 'delete-job', DELETE_JOB),
    failOnError: parseBoolean(core.getInput('fail-on-error') || 'true', 'fail-on-error'),
    comment: parseBoolean(core.getInput('comment'), 'comment'),
    python: optional('python'),
    kernel: optional('kernel'),
    isolation: core.getInput('isolation').trim() ? (parseChoice(core.getInput('isolation'), 'isolation', ISOLATION_SETTINGS) as IsolationSetting) : undefined,
    cellTimeoutSeconds: parseWholeNumber(core.getInput('cell-timeout'), 'cell-timeout', 1),
    installRequirements: parseBoolean(core.getInput('install-requirements'), 'install-requirements'),
    contexts: parseContextSettings(
      { context: core.getInput('context'), exclude: splitLines(core.getInput('context-exclude')), maxSize: core.getInput('context-max-size'), requirements: core.getInput('requirements') },
      ACTION_CONTEXT_INPUTS,
    ),
    githubToken: core.getInput('github-token'),
  };
  if (backend === 'local' && !settings.outputUri) {
    // Executed notebooks need a home on the runner, from which they are uploaded as an artifact.
    settings.outputUri = join(process.env.RUNNER_TEMP || tmpdir(), 'oci-run-notebook-outputs');
  }
  if (settings.patterns.length === 0) throw new InputError('notebooks', 'expected at least one glob pattern, such as **/*.ipynb');
  if (backend === 'local' && !settings.wait) {
    throw new InputError('wait', 'backend local runs on this runner and ends with the step, so it cannot be left running; drop wait: false, or use backend oci');
  }
  if (!settings.batch) {
    for (const name of ['batch-parallel', 'batch-timeout-minutes']) {
      if (core.getInput(name).trim()) throw new InputError(name, 'only used with batch: true; remove it, or set batch: true');
    }
  }
  if (backend === 'local' && settings.batch) {
    throw new InputError('batch', 'only used with backend oci (local runs need no machine of their own to share); remove it, or set backend: oci');
  }
  if (backend === 'local' && settings.deleteJob !== 'never') {
    throw new InputError('delete-job', 'only used with backend oci: local runs make no job; remove it, or set backend: oci');
  }
  if (backend === 'oci') {
    for (const name of ['python', 'kernel', 'isolation']) {
      if (core.getInput(name).trim()) throw new InputError(name, 'only used with backend local; remove it, or set backend: local');
    }
    // A job run is a throwaway machine: its requirements are always installed.
    if (settings.installRequirements) throw new InputError('install-requirements', 'only used with backend local (a job run always installs the requirements); remove it, or set backend: local');
    if (!settings.compartmentId) throw new InputError('compartment-id', 'required with backend oci: the OCID of the compartment for the jobs');
    if (!settings.projectId) throw new InputError('project-id', 'required with backend oci: the OCID of the Data Science project');
  }
  for (const [name, value] of Object.entries({ ...settings, contexts: redactedContexts(settings.contexts) })) {
    if (name === 'githubToken') continue;
    // Variables may carry secrets: their names are enough to debug with. Notebook references may
    // carry a SAS token or a pre-authenticated request: shown redacted.
    const shown = name === 'environmentVariables' ? Object.keys(value as object) : name === 'patterns' ? (value as string[]).map(redactReference) : value;
    core.debug(`${name}: ${JSON.stringify(shown, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item))}`);
  }
  return settings;
}

/** A YAML or JSON file named alone on the line (relative to the workspace), as papermill's `--parameters_file`. */
const PARAMETERS_FILE = /^(?:[A-Za-z]:)?[^\n{}:]+\.(?:ya?ml|json)$/i;

/** `parameters`: a JSON or YAML map, or the path of a YAML or JSON file holding one. */
async function parametersInput(text: string): Promise<ActionSettings['parameters']> {
  const trimmed = text.trim();
  if (!PARAMETERS_FILE.test(trimmed)) return parseParameterMap(text, 'parameters');
  return readParameterFile(resolve(process.env.GITHUB_WORKSPACE || process.cwd(), trimmed), 'parameters');
}

/** A requirements URL may carry a token, as a notebook reference may. */
function redactedContexts(contexts: ContextSettings): ContextSettings {
  const { requirements } = contexts;
  return requirements.kind === 'url' ? { ...contexts, requirements: { kind: 'url', url: redactReference(requirements.url) } } : contexts;
}
