import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { RUN_REQUEST_DEFAULTS, type RunRequest } from '../engine/run-request.js';
import { parseChoice, parseKeyValues, parseNumber, parseParameterMap } from '../engine/input-values.js';
import { ISOLATION_SETTINGS, type IsolationSetting } from '../backends/local/isolation-settings.js';
import { NotebookSourceError } from '../sources/notebook-source.js';
import { resolveNotebook } from '../sources/resolve-notebook.js';
import { notebookFileName } from '../notebook/notebook-name.js';
import { attachNegativeNumbers } from './negative-values.js';
import { UsageError } from './usage-error.js';

export const RUN_USAGE = `Usage: oci-run-notebook run [flags] NOTEBOOK...

Runs each notebook as an OCI Data Science job run (or on this machine, with --backend local)
and follows it to its end. A NOTEBOOK is a path, or an https:// URL (GitHub links too),
oci://bucket@namespace/path, gs://bucket/path, https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH
or az://CONTAINER/PATH (docs/notebook-sources.md).

Flags (named like the GitHub Action's inputs):
  --backend oci|local       where notebooks run: OCI Data Science, or this machine's Python
                            and Jupyter (default: oci)
  --compartment-id OCID     compartment of the jobs (default: $OCI_COMPARTMENT_ID)
  --project-id OCID         Data Science project (default: $OCI_PROJECT_ID)
  --log-group-id OCID       log group for the runs' logs (default: $OCI_LOG_GROUP_ID)
  --log-id OCID             log in that group (default: one is created per job)
  --subnet-id OCID          run in this subnet (default: managed networking)
  --output-uri URI          oci://bucket@namespace/prefix for the executed notebook and
                            the files it writes; $JOB_RUN_OCID in it is expanded
                            (default: $OCI_OUTPUT_URI); with --backend local, a folder
  --job-name NAME           job name (default: the notebook's file name without .ipynb)
  --shape NAME              compute shape (default: ${RUN_REQUEST_DEFAULTS.shape})
  --ocpus N                 OCPUs for Flex shapes (default: ${RUN_REQUEST_DEFAULTS.ocpus})
  --memory-in-gbs N         memory for Flex shapes (default: ${RUN_REQUEST_DEFAULTS.memoryInGBs})
  --block-storage-size N    block storage in GB, 50 to 10240 (default: ${RUN_REQUEST_DEFAULTS.blockStorageSizeInGBs})
  --conda SLUG|URI          service conda slug, or a published conda oci://bucket@namespace/path
  --env KEY=VALUE           environment variable for the notebook (repeatable)
  --exclude-tags a,b        drop cells with any of these tags
  --parameters MAP          papermill-style parameters, a JSON or YAML map
  --timeout-minutes N       cancel a run still going after N minutes
  --cell-timeout SECONDS    fail a run whose cell runs longer than this
  --max-parallel N          runs at once (default: 10; with --backend local, the CPU count)
  --no-wait                 submit and return; do not follow the runs
  --json                    print the results as a JSON array on stdout (logs go to stderr)
  -h, --help                this help

Only with --backend local (compartment and project are then not needed):
  --python PATH             interpreter with nbclient and ipykernel (default: the first
                            python3 that has them)
  --kernel NAME             Jupyter kernel for every notebook (default: each notebook's own)
  --isolation MODE          how runs are kept from this process: auto, user (another user and
                            namespaces of their own), namespace, none (default: auto, the
                            strongest that works here; docs/local-backend.md)

Exit status: 0 when every run succeeded, 1 when one did not, 2 for bad usage.
Credentials: OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT or
OCI_CLI_KEY_FILE, OCI_CLI_REGION; or OCI_CONFIG_FILE and OCI_CLI_PROFILE; or resource principal.`;

export type BackendName = 'oci' | 'local';

/** Settings of the local backend, from --python, --kernel and --isolation. */
export interface LocalBackendFlags {
  python?: string;
  kernel?: string;
  isolation?: IsolationSetting;
}

export interface RunCommand {
  backend: BackendName;
  local: LocalBackendFlags;
  requests: RunRequest[];
  maxParallel: number;
  wait: boolean;
  json: boolean;
  help: boolean;
}

/** RunRequest fields as the flags that set them, so errors name what the user typed. */
export const FLAG_OF_FIELD: Record<string, string> = {
  notebook: 'NOTEBOOK',
  jobName: '--job-name',
  compartmentId: '--compartment-id',
  projectId: '--project-id',
  logGroupId: '--log-group-id',
  logId: '--log-id',
  subnetId: '--subnet-id',
  shape: '--shape',
  ocpus: '--ocpus',
  memoryInGBs: '--memory-in-gbs',
  blockStorageSizeInGBs: '--block-storage-size',
  conda: '--conda',
  environmentVariables: '--env',
  excludeTags: '--exclude-tags',
  parameters: '--parameters',
  outputUri: '--output-uri',
  maximumRuntimeInMinutes: '--timeout-minutes',
  cellTimeoutSeconds: '--cell-timeout',
};

const OPTIONS = {
  'compartment-id': { type: 'string' },
  'project-id': { type: 'string' },
  'log-group-id': { type: 'string' },
  'log-id': { type: 'string' },
  'subnet-id': { type: 'string' },
  'output-uri': { type: 'string' },
  'job-name': { type: 'string' },
  shape: { type: 'string' },
  ocpus: { type: 'string' },
  'memory-in-gbs': { type: 'string' },
  'block-storage-size': { type: 'string' },
  conda: { type: 'string' },
  env: { type: 'string', multiple: true },
  'exclude-tags': { type: 'string' },
  parameters: { type: 'string' },
  'timeout-minutes': { type: 'string' },
  'max-parallel': { type: 'string' },
  backend: { type: 'string' },
  python: { type: 'string' },
  kernel: { type: 'string' },
  isolation: { type: 'string' },
  'cell-timeout': { type: 'string' },
  wait: { type: 'boolean', default: true },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function parseRunFlags(argv: string[], env: Record<string, string | undefined>): Promise<RunCommand> {
  let parsed;
  try {
    const flagsWithValues = new Set(Object.entries(OPTIONS).filter(([, option]) => option.type === 'string').map(([name]) => name));
    parsed = parseArgs({ args: attachNegativeNumbers(argv, flagsWithValues), options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const backend = backendFlag(values.backend);
  const local = localFlags(values, backend);
  const maxParallel = backend === 'local' ? availableParallelism() : 10;
  const command = { backend, local, maxParallel, wait: values.wait, json: values.json, help: values.help, requests: [] as RunRequest[] };
  if (values.help) return command;
  if (positionals.length === 0) throw new UsageError('NOTEBOOK: give at least one .ipynb file to run.');
  if (backend === 'local' && !values.wait) throw new UsageError('--no-wait: local runs end with this command, so they cannot be left running; drop it, or use --backend oci.');
  // A local run needs no compartment or project; OCI runs do.
  const ociId = (value: string | undefined, flag: string, variable: string) => (backend === 'local' ? (value ?? '') : required(value, flag, variable));
  const compartmentId = ociId(values['compartment-id'] ?? env.OCI_COMPARTMENT_ID, '--compartment-id', 'OCI_COMPARTMENT_ID');
  const projectId = ociId(values['project-id'] ?? env.OCI_PROJECT_ID, '--project-id', 'OCI_PROJECT_ID');
  const shared = {
    compartmentId,
    projectId,
    logGroupId: values['log-group-id'] ?? env.OCI_LOG_GROUP_ID ?? undefined,
    logId: values['log-id'],
    subnetId: values['subnet-id'],
    shape: values.shape ?? RUN_REQUEST_DEFAULTS.shape,
    ocpus: numberFlag(values.ocpus, '--ocpus') ?? RUN_REQUEST_DEFAULTS.ocpus,
    memoryInGBs: numberFlag(values['memory-in-gbs'], '--memory-in-gbs') ?? RUN_REQUEST_DEFAULTS.memoryInGBs,
    blockStorageSizeInGBs: numberFlag(values['block-storage-size'], '--block-storage-size') ?? RUN_REQUEST_DEFAULTS.blockStorageSizeInGBs,
    conda: values.conda,
    environmentVariables: parseKeyValues(values.env ?? [], '--env'),
    excludeTags: (values['exclude-tags'] ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
    parameters: await parseParameterMap(values.parameters, '--parameters'),
    outputUri: values['output-uri'] ?? env.OCI_OUTPUT_URI ?? undefined,
    maximumRuntimeInMinutes: numberFlag(values['timeout-minutes'], '--timeout-minutes'),
    cellTimeoutSeconds: cellTimeoutFlag(values['cell-timeout']),
    freeformTags: { 'created-by': 'oci-run-notebook' },
  };
  command.maxParallel = numberFlag(values['max-parallel'], '--max-parallel') ?? command.maxParallel;
  if (!Number.isInteger(command.maxParallel) || command.maxParallel < 1) {
    throw new UsageError(`--max-parallel: expected a whole number of at least 1, got ${command.maxParallel}`);
  }
  for (const path of positionals) {
    command.requests.push({
      ...shared,
      notebook: await readNotebook(path, env),
      jobName: values['job-name'] ?? notebookFileName(path).replace(/\.ipynb$/, ''),
    });
  }
  return command;
}

function backendFlag(value: string | undefined): BackendName {
  if (value === undefined || value === 'oci' || value === 'local') return value ?? 'oci';
  throw new UsageError(`--backend: expected oci or local, got "${value}".`);
}

function localFlags(values: { python?: string; kernel?: string; isolation?: string }, backend: BackendName): LocalBackendFlags {
  for (const flag of ['python', 'kernel', 'isolation'] as const) {
    if (values[flag] !== undefined && backend !== 'local') throw new UsageError(`--${flag}: only used with --backend local.`);
    if (values[flag] !== undefined && !values[flag]!.trim()) throw new UsageError(`--${flag}: expected a value, got an empty one.`);
  }
  const isolation = values.isolation === undefined ? undefined : (parseChoice(values.isolation, '--isolation', ISOLATION_SETTINGS) as IsolationSetting);
  return { python: values.python, kernel: values.kernel, ...(isolation ? { isolation } : {}) };
}

function cellTimeoutFlag(value: string | undefined): number | undefined {
  const seconds = numberFlag(value, '--cell-timeout');
  if (seconds !== undefined && !(seconds > 0)) throw new UsageError(`--cell-timeout: expected a number of seconds above 0, got ${seconds}.`);
  return seconds;
}

function required(value: string | undefined, flag: string, variable: string): string {
  if (!value) throw new UsageError(`${flag}: required; give the flag or set ${variable}.`);
  return value;
}

function numberFlag(value: string | undefined, flag: string): number | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${flag}: expected a number, got an empty value.`);
  return parseNumber(value, flag);
}

/** Any reference a notebook source reads: a path, an https:// or GitHub URL, oci://, gs://, Azure Blob. */
async function readNotebook(reference: string, env: Record<string, string | undefined>): Promise<{ path: string; content: Uint8Array }> {
  try {
    return await resolveNotebook(reference, { workspace: process.cwd(), env });
  } catch (error) {
    if (error instanceof NotebookSourceError) throw new UsageError(`NOTEBOOK: ${error.message}`);
    throw error;
  }
}
