import { DRIVER_ENTRYPOINT } from '../../artifact/driver-files.js';
import { OUTPUT_PAR_VARIABLE } from '../../artifact/job-environment.js';
import type { RunRequest } from '../../engine/run-request.js';
import { SECRET_VARIABLES } from '../../sources/redaction.js';
import { RUN_MARKER_VARIABLE } from './run-processes.js';

/**
 * What a notebook has no business reading, as a pull request's notebook may be anyone's: every
 * credential a front door may hold (the shared list, the output PAR, the action's inputs and
 * runtime tokens, OCI API keys, resource principal and keyless sign-in), and the runner's
 * command files, through which a notebook could rewrite the post step's saved runs or set later
 * steps' variables.
 * Everything else (PATH, HOME, locale, JUPYTER_*, proxies) is passed on, as a local run needs it.
 */
const WITHHELD_NAMES = new Set<string>([
  ...SECRET_VARIABLES,
  OUTPUT_PAR_VARIABLE,
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
]);
const WITHHELD_PREFIXES = ['INPUT_', 'ACTIONS_', 'OCI_CLI_', 'OCI_RESOURCE_PRINCIPAL_', 'OCI_OIDC_'];

/** Whether a variable of this name is kept from the driver and the notebook's kernel. */
function isWithheld(name: string): boolean {
  return WITHHELD_NAMES.has(name) || WITHHELD_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** Variables the local backend sets for each run, besides the driver's own contract. */
export const LOCAL_RUN_VARIABLES = ['JOB_RUN_OCID', 'JOB_OCID', RUN_MARKER_VARIABLE] as const;

/** This machine's environment minus credentials: what the driver and the kernel start from. */
export function driverEnvironmentBase(env: Record<string, string | undefined>): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !isWithheld(name)) base[name] = value;
  }
  return base;
}

export interface DriverRunSettings {
  runId: string;
  jobId: string;
  /** `code/<name>.ipynb`, relative to the run folder. */
  notebookPath: string;
  /** An absolute folder, or undefined to leave the executed notebook in the run folder. */
  outputFolder?: string;
  kernel?: string;
  cellTimeoutSeconds?: number;
  /** The context root and requirements file, relative to the run folder. */
  contextRoot?: string;
  requirementsPath?: string;
  /** Whether the driver installs the requirements into this machine's Python; off unless asked for. */
  installRequirements?: boolean;
}

/** The driver's environment contract (docs/driver.md), as the OCI backend sets it, for a run on this machine. */
export function driverEnvironment(request: RunRequest, settings: DriverRunSettings, base: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {
    // What the log reader decodes, whatever the machine's locale, unless asked otherwise.
    PYTHONIOENCODING: 'utf-8',
    ...base,
    ...request.environmentVariables,
    JOB_RUN_ENTRYPOINT: DRIVER_ENTRYPOINT,
    JOB_RUN_NOTEBOOK: settings.notebookPath,
    NOTEBOOK_ENCODING: 'utf-8',
    NOTEBOOK_EXCLUDE_TAGS: JSON.stringify(request.excludeTags),
    JOB_RUN_OCID: settings.runId,
    JOB_OCID: settings.jobId,
    [RUN_MARKER_VARIABLE]: settings.runId,
    // Lines reach the log as the cells print them, not when a buffer fills.
    PYTHONUNBUFFERED: '1',
  };
  if (settings.outputFolder) env.OUTPUT_URI = settings.outputFolder;
  else delete env.OUTPUT_URI;
  if (settings.contextRoot) env.NOTEBOOK_CONTEXT = settings.contextRoot;
  if (settings.requirementsPath) {
    env.NOTEBOOK_REQUIREMENTS = settings.requirementsPath;
    env.NOTEBOOK_INSTALL_REQUIREMENTS = settings.installRequirements ? 'true' : 'false';
  }
  if (settings.kernel) env.NOTEBOOK_KERNEL = settings.kernel;
  if (settings.cellTimeoutSeconds !== undefined) env.NOTEBOOK_CELL_TIMEOUT = String(settings.cellTimeoutSeconds);
  return env;
}
