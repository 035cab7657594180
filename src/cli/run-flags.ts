import type { BatchSettings } from '../engine/batches.js';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { RUN_REQUEST_DEFAULTS, type RunRequest } from '../engine/run-request.js';
import { parseChoice, parseKeyValues, parseNumber } from '../engine/input-values.js';
import { ISOLATION_SETTINGS, type IsolationSetting } from '../backends/local/isolation-settings.js';
import { jobTags } from '../engine/job-tags.js';
import { NotebookSourceError } from '../sources/notebook-source.js';
import { resolveNotebook } from '../sources/resolve-notebook.js';
import { notebookFileName } from '../notebook/notebook-name.js';
import { parametersFromFlags, takeParameterPairs } from './parameter-flags.js';
import { attachContexts } from '../context/attach-contexts.js';
import { CLI_CONTEXT_FLAGS, parseContextSettings } from '../context/context-settings.js';
import { outputUriFor } from './output-layout.js';
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
  --log-compartment-id OCID the log group's compartment, searched for its lines
                            (default: read from the log group)
  --subnet-id OCID          run in this subnet (default: managed networking)
  --output-uri URI          oci://bucket@namespace/prefix for the executed notebook and
                            the files it writes, each notebook under its path relative to
                            this folder; $JOB_RUN_OCID in it is expanded
                            (default: $OCI_OUTPUT_URI); with --backend local, a folder
  --job-name NAME           job name (default: the notebook's file name without .ipynb)
  --shape NAME              compute shape (default: ${RUN_REQUEST_DEFAULTS.shape})
  --ocpus N                 OCPUs for Flex shapes (default: ${RUN_REQUEST_DEFAULTS.ocpus})
  --memory-in-gbs N         memory for Flex shapes (default: ${RUN_REQUEST_DEFAULTS.memoryInGBs})
  --block-storage-size N    block storage in GB, 50 to 10240 (default: ${RUN_REQUEST_DEFAULTS.blockStorageSizeInGBs})
  --conda SLUG|URI          service conda slug, or a published conda oci://bucket@namespace/path,
                            with nbclient and ipykernel (default: ${RUN_REQUEST_DEFAULTS.conda})
  --env KEY=VALUE           environment variable for the notebook (repeatable)
  --exclude-tags a,b        drop cells with any of these tags
  --parameters MAP          papermill-style parameters, a JSON or YAML map
  -p NAME VALUE             one parameter, read as papermill's -p reads it: True, False,
                            None, a number, else text (repeatable; wins over the map)
  --parameters-file FILE    parameters from a YAML or JSON file (the map and -p win over it)
  --timeout-minutes N       cancel a run still going N minutes after it started
  --cell-timeout SECONDS    fail a run whose cell runs longer than this
  --max-queue-minutes N     cancel a run not started N minutes after it was accepted (default: 60)
  --needs-attention-minutes N
                            cancel a run in NEEDS_ATTENTION for N minutes without moving
                            (default: 30)
  --context repo|FOLDER     the files a notebook runs among (default: its own folder, as git
                            tracks it): repo for its whole git repository, or a folder
                            that contains it; notebooks given by URL run alone
  --context-exclude GLOB    leave these files out of the context (repeatable)
  --context-max-size SIZE   largest context to ship, such as 500MiB (default: 100MiB)
  --requirements auto|none|PATH
                            requirements file installed before the first cell (default
                            auto: requirements.txt beside the notebook, else at the
                            context root); a URL, for notebooks given by URL
  --max-parallel N          runs at once (default: 10; with --backend local, the CPU count)
  --batch                   notebooks that share their job settings run together in one
                            job run, each with its own result and outputs (docs/engine.md)
  --batch-parallel N        with --batch, notebooks at once inside a batch's run (default:
                            the shape's OCPUs)
  --batch-timeout-minutes N with --batch, the limit for a whole batch (default: the
                            --timeout-minutes of each round of notebooks)
  --delete-job WHEN         delete a finished run's job, its runs and the log OCI created:
                            never, succeeded or always (default: never)
  --no-wait                 submit and return; do not follow the runs
  --json                    print the results as a JSON array on stdout (logs go to stderr)
  -h, --help                this help

Only with --backend local (compartment and project are then not needed):
  --python PATH             interpreter with nbclient and ipykernel (default: the first
                            python3 that has them)
  --kernel NAME             Jupyter kernel for every notebook (default: each notebook's own)
  --install-requirements    install the requirements into that Python (off: this
                            machine's Python is not a throwaway job run's)
  --isolation MODE          how runs are kept from this process: auto, user (another user and
                            namespaces of their own), namespace, none (default: auto, the
                            strongest that works here; docs/local-backend.md)

Exit status: 0 when every run succeeded, 1 when one did not, 2 for bad usage.
Credentials: OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT or
OCI_CLI_KEY_FILE, OCI_CLI_REGION; or resource principal; or, in a GitHub workflow with
id-token: write, keyless: OCI_OIDC_DOMAIN_URL, OCI_OIDC_CLIENT_IDENTIFIER (client_id:secret),
OCI_CLI_REGION; or OCI_CONFIG_FILE and OCI_CLI_PROFILE (an API key or a session token).`;

export type BackendName = 'oci' | 'local';

/** Settings of the local backend, from --python, --kernel and --isolation. */
export interface LocalBackendFlags {
  python?: string;
  kernel?: string;
  installRequirements?: boolean;
  isolation?: IsolationSetting;
}

export interface RunCommand {
  backend: BackendName;
  /** OCI: when to delete a finished run's job. */
  deleteJob: 'never' | 'succeeded' | 'always';
  local: LocalBackendFlags;
  requests: RunRequest[];
  maxParallel: number;
  /** --batch: notebooks that share their job settings run in one job run. */
  batch?: BatchSettings;
  wait: boolean;
  json: boolean;
  help: boolean;
  /** What each notebook's context ships, and what it leaves out; printed before the runs. */
  notes: string[];
}

/** RunRequest fields as the flags that set them, so errors name what the user typed. */
export const FLAG_OF_FIELD: Record<string, string> = {
  notebook: 'NOTEBOOK',
  jobName: '--job-name',
  batchParallel: '--batch-parallel',
  batchTimeoutMinutes: '--batch-timeout-minutes',
  compartmentId: '--compartment-id',
  projectId: '--project-id',
  logGroupId: '--log-group-id',
  logId: '--log-id',
  logCompartmentId: '--log-compartment-id',
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
  maxQueueMinutes: '--max-queue-minutes',
  needsAttentionMinutes: '--needs-attention-minutes',
  context: '--context',
};

const OPTIONS = {
  'compartment-id': { type: 'string' },
  'project-id': { type: 'string' },
  'log-group-id': { type: 'string' },
  'log-id': { type: 'string' },
  'log-compartment-id': { type: 'string' },
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
  'parameters-file': { type: 'string' },
  'timeout-minutes': { type: 'string' },
  'max-queue-minutes': { type: 'string' },
  'needs-attention-minutes': { type: 'string' },
  'max-parallel': { type: 'string' },
  batch: { type: 'boolean', default: false },
  'batch-parallel': { type: 'string' },
  'batch-timeout-minutes': { type: 'string' },
  'delete-job': { type: 'string' },
  backend: { type: 'string' },
  python: { type: 'string' },
  kernel: { type: 'string' },
  isolation: { type: 'string' },
  'cell-timeout': { type: 'string' },
  'install-requirements': { type: 'boolean' },
  context: { type: 'string' },
  'context-exclude': { type: 'string', multiple: true },
  'context-max-size': { type: 'string' },
  requirements: { type: 'string' },
  wait: { type: 'boolean', default: true },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function parseRunFlags(argv: string[], env: Record<string, string | undefined>): Promise<RunCommand> {
  const { rest, pairs } = takeParameterPairs(argv, takesValue);
  let parsed;
  try {
    const flagsWithValues = new Set(Object.entries(OPTIONS).filter(([, option]) => option.type === 'string').map(([name]) => name));
    parsed = parseArgs({ args: attachNegativeNumbers(rest, flagsWithValues), options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const backend = backendFlag(values.backend);
  const local = localFlags(values, backend);
  const maxParallel = backend === 'local' ? availableParallelism() : 10;
  const deleteJob = deleteJobFlag(values['delete-job'], backend);
  const command: RunCommand = { backend, local, deleteJob, maxParallel, wait: values.wait, json: values.json, help: values.help, requests: [] as RunRequest[], notes: [] as string[] };
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
    logCompartmentId: values['log-compartment-id'],
    subnetId: values['subnet-id'],
    shape: values.shape ?? RUN_REQUEST_DEFAULTS.shape,
    ocpus: numberFlag(values.ocpus, '--ocpus') ?? RUN_REQUEST_DEFAULTS.ocpus,
    memoryInGBs: numberFlag(values['memory-in-gbs'], '--memory-in-gbs') ?? RUN_REQUEST_DEFAULTS.memoryInGBs,
    blockStorageSizeInGBs: numberFlag(values['block-storage-size'], '--block-storage-size') ?? RUN_REQUEST_DEFAULTS.blockStorageSizeInGBs,
    conda: values.conda ?? RUN_REQUEST_DEFAULTS.conda,
    environmentVariables: parseKeyValues(values.env ?? [], '--env'),
    excludeTags: (values['exclude-tags'] ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
    parameters: await parametersFromFlags(values['parameters-file'], values.parameters, pairs),
    outputUri: values['output-uri'] ?? env.OCI_OUTPUT_URI ?? undefined,
    maximumRuntimeInMinutes: numberFlag(values['timeout-minutes'], '--timeout-minutes'),
    cellTimeoutSeconds: cellTimeoutFlag(values['cell-timeout']),
    maxQueueMinutes: numberFlag(values['max-queue-minutes'], '--max-queue-minutes'),
    needsAttentionMinutes: numberFlag(values['needs-attention-minutes'], '--needs-attention-minutes'),
    // In a workflow's run step, the repository too, so that cleanup --repository finds the jobs.
    freeformTags: jobTags(env.GITHUB_REPOSITORY || undefined),
  };
  command.maxParallel = numberFlag(values['max-parallel'], '--max-parallel') ?? command.maxParallel;
  if (!Number.isInteger(command.maxParallel) || command.maxParallel < 1) {
    throw new UsageError(`--max-parallel: expected a whole number of at least 1, got ${command.maxParallel}`);
  }
  if (values.batch) {
    if (backend === 'local') throw new UsageError('--batch: only used with --backend oci (local runs need no machine of their own to share); drop it, or use --backend oci.');
    command.batch = { parallel: wholeNumberFlag(values['batch-parallel'], '--batch-parallel'), timeoutMinutes: wholeNumberFlag(values['batch-timeout-minutes'], '--batch-timeout-minutes') };
  } else {
    for (const flag of ['batch-parallel', 'batch-timeout-minutes'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag}: only used with --batch; drop it, or add --batch.`);
    }
  }
  const contexts = parseContextSettings(
    { context: values.context, exclude: values['context-exclude'], maxSize: values['context-max-size'], requirements: values.requirements },
    CLI_CONTEXT_FLAGS,
  );
  for (const path of positionals) {
    command.requests.push({
      ...shared,
      notebook: await readNotebook(path, env),
      jobName: values['job-name'] ?? notebookFileName(path).replace(/\.ipynb$/, ''),
      outputUri: shared.outputUri === undefined ? undefined : outputUriFor(shared.outputUri, path, process.cwd()),
    });
  }
  await attachContexts(command.requests, { settings: contexts, workspace: process.cwd(), sources: { workspace: process.cwd(), env } }, (note) => command.notes.push(note));
  return command;
}

/** A flag written `--flag VALUE`, whose VALUE is never a flag of its own. */
function takesValue(arg: string): boolean {
  const option = arg.startsWith('--') && !arg.includes('=') ? (OPTIONS as Record<string, { type: string }>)[arg.slice(2)] : undefined;
  return option?.type === 'string';
}

function deleteJobFlag(value: string | undefined, backend: BackendName): RunCommand['deleteJob'] {
  if (value === undefined) return 'never';
  if (backend === 'local') throw new UsageError('--delete-job: only used with --backend oci.');
  if (value === 'never' || value === 'succeeded' || value === 'always') return value;
  throw new UsageError(`--delete-job: expected never, succeeded or always, got "${value}".`);
}

function backendFlag(value: string | undefined): BackendName {
  if (value === undefined || value === 'oci' || value === 'local') return value ?? 'oci';
  throw new UsageError(`--backend: expected oci or local, got "${value}".`);
}

function localFlags(values: { python?: string; kernel?: string; isolation?: string; 'install-requirements'?: boolean }, backend: BackendName): LocalBackendFlags {
  for (const flag of ['python', 'kernel', 'isolation'] as const) {
    if (values[flag] !== undefined && backend !== 'local') throw new UsageError(`--${flag}: only used with --backend local.`);
    if (values[flag] !== undefined && !values[flag]!.trim()) throw new UsageError(`--${flag}: expected a value, got an empty one.`);
  }
  // A job run is a throwaway machine: its requirements are always installed.
  if (values['install-requirements'] !== undefined && backend !== 'local') throw new UsageError('--install-requirements: only used with --backend local (a job run always installs the requirements).');
  const isolation = values.isolation === undefined ? undefined : (parseChoice(values.isolation, '--isolation', ISOLATION_SETTINGS) as IsolationSetting);
  return { python: values.python, kernel: values.kernel, installRequirements: values['install-requirements'], ...(isolation ? { isolation } : {}) };
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

/** A flag that takes a whole number of at least 1. */
function wholeNumberFlag(value: string | undefined, flag: string): number | undefined {
  const number = numberFlag(value, flag);
  if (number !== undefined && (!Number.isInteger(number) || number < 1)) throw new UsageError(`${flag}: expected a whole number of at least 1, got ${value}`);
  return number;
}
