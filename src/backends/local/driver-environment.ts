import { DRIVER_ENTRYPOINT } from '../../artifact/driver-files.js';
import type { RunRequest } from '../../engine/run-request.js';
import { allowedEnvironment } from './environment-allow-list.js';
import { RUN_MARKER_VARIABLE } from './run-processes.js';

/** Variables the local backend sets for each run, besides the driver's own contract. */
export const LOCAL_RUN_VARIABLES = ['JOB_RUN_OCID', 'JOB_OCID', RUN_MARKER_VARIABLE] as const;

/**
 * What the driver and the kernel start from: only the variables a run needs (PATH, HOME, locale,
 * Python's and Jupyter's settings, ...; environment-allow-list.ts), as a pull request's notebook
 * may be anyone's. Every credential, the runner's command files and anything else stay here.
 */
export function driverEnvironmentBase(env: Record<string, string | undefined>): Record<string, string> {
  return allowedEnvironment(env);
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
