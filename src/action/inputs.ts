import { ISOLATION_SETTINGS, type IsolationSetting } from '../backends/local/isolation-settings.js';
import * as core from '@actions/core';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  InputError,
  parseBoolean,
  parseChoice,
  parseKeyValues,
  parseNumber,
  parseParameterMap,
  parseWholeNumber,
  splitLines,
  splitList,
} from '../engine/input-values.js';
import { RUN_REQUEST_DEFAULTS, type RunRequest } from '../engine/run-request.js';
import { redactReference } from '../sources/redaction.js';

export const BACKENDS = ['oci', 'local'] as const;
export const CHANGED_ONLY = ['auto', 'true', 'false'] as const;

/** The inputs that every notebook's RunRequest takes as they are. */
export const SHARED_RUN_FIELDS = [
  'compartmentId',
  'projectId',
  'logGroupId',
  'logId',
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
  failOnError: boolean;
  comment: boolean;
  python?: string;
  kernel?: string;
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
    subnetId: optional('subnet-id'),
    shape: optional('shape') ?? RUN_REQUEST_DEFAULTS.shape,
    ocpus: parseNumber(core.getInput('ocpus'), 'ocpus') ?? RUN_REQUEST_DEFAULTS.ocpus,
    memoryInGBs: parseNumber(core.getInput('memory-in-gbs'), 'memory-in-gbs') ?? RUN_REQUEST_DEFAULTS.memoryInGBs,
    blockStorageSizeInGBs: parseNumber(core.getInput('block-storage-size'), 'block-storage-size') ?? RUN_REQUEST_DEFAULTS.blockStorageSizeInGBs,
    conda: optional('conda'),
    environmentVariables: parseKeyValues(core.getMultilineInput('env'), 'env'),
    excludeTags: splitList(core.getInput('exclude-tags')),
    parameters: await parseParameterMap(core.getInput('parameters'), 'parameters'),
    outputUri: optional('output-uri'),
    jobNameTemplate: optional('job-name') ?? '{repo}-{notebook}-{sha}',
    wait: parseBoolean(core.getInput('wait') || 'true', 'wait'),
    timeoutMinutes: parseWholeNumber(core.getInput('timeout-minutes'), 'timeout-minutes', 1),
    maxParallel: parseWholeNumber(core.getInput('max-parallel'), 'max-parallel', 1) ?? (backend === 'local' ? availableParallelism() : 10),
    failOnError: parseBoolean(core.getInput('fail-on-error') || 'true', 'fail-on-error'),
    comment: parseBoolean(core.getInput('comment'), 'comment'),
    python: optional('python'),
    kernel: optional('kernel'),
    isolation: core.getInput('isolation').trim() ? (parseChoice(core.getInput('isolation'), 'isolation', ISOLATION_SETTINGS) as IsolationSetting) : undefined,
    cellTimeoutSeconds: parseWholeNumber(core.getInput('cell-timeout'), 'cell-timeout', 1),
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
  if (backend === 'oci') {
    for (const name of ['python', 'kernel', 'isolation']) {
      if (core.getInput(name).trim()) throw new InputError(name, 'only used with backend local; remove it, or set backend: local');
    }
    if (!settings.compartmentId) throw new InputError('compartment-id', 'required with backend oci: the OCID of the compartment for the jobs');
    if (!settings.projectId) throw new InputError('project-id', 'required with backend oci: the OCID of the Data Science project');
  }
  for (const [name, value] of Object.entries(settings)) {
    if (name === 'githubToken') continue;
    // Variables may carry secrets: their names are enough to debug with. Notebook references may
    // carry a SAS token or a pre-authenticated request: shown redacted.
    const shown = name === 'environmentVariables' ? Object.keys(value as object) : name === 'patterns' ? (value as string[]).map(redactReference) : value;
    core.debug(`${name}: ${JSON.stringify(shown)}`);
  }
  return settings;
}
