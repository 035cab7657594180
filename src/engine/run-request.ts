import type { NotebookContext } from '../context/notebook-context.js';

/** What one notebook run needs, whichever front door (action, CLI, OCI Function) parsed it. */
export interface RunRequest {
  /** The notebook's bytes and the path it is known by (workspace path, URL, ...). */
  notebook: { path: string; content: Uint8Array };
  /** The files the notebook runs among (src/context); without it the notebook runs alone. */
  context?: NotebookContext;
  jobName: string;
  compartmentId: string;
  projectId: string;
  logGroupId?: string;
  /** With a log group but no log, OCI creates a log for the job. */
  logId?: string;
  /** With a subnet the job runs on STANDALONE infrastructure; without, ME_STANDALONE. */
  subnetId?: string;
  shape: string;
  /** Only sent for Flex shapes. */
  ocpus: number;
  memoryInGBs: number;
  blockStorageSizeInGBs: number;
  /** A service conda slug (`tensorflow28_p38_cpu_v1`) or a published conda `oci://bucket@namespace/path`. */
  conda?: string;
  environmentVariables: Record<string, string>;
  excludeTags: string[];
  /** Injected after the cell tagged `parameters`, as papermill does. */
  parameters: Record<string, unknown>;
  /** `oci://bucket@namespace/prefix`; the executed notebook and the files it wrote land under it. */
  outputUri?: string;
  /** OCI: counted from the run's start; time spent queued has `maxQueueMinutes`. */
  maximumRuntimeInMinutes?: number;
  /** Seconds one cell may run before the kernel is interrupted and the run fails (NOTEBOOK_CELL_TIMEOUT); every backend. */
  cellTimeoutSeconds?: number;
  /** OCI: minutes a run may wait to start (ACCEPTED) before it is cancelled. Default 60. */
  maxQueueMinutes?: number;
  /** OCI: minutes a run may stay in NEEDS_ATTENTION without moving before it is cancelled. Default 30. */
  needsAttentionMinutes?: number;
  /** OCI: the log group's compartment, the scope of log searches. Default: looked up from the log group. */
  logCompartmentId?: string;
  freeformTags: Record<string, string>;
}

export const RUN_REQUEST_DEFAULTS = {
  shape: 'VM.Standard.E3.Flex',
  ocpus: 1,
  memoryInGBs: 16,
  blockStorageSizeInGBs: 50,
  /** A service conda with nbclient, nbformat and ipykernel: without a conda, OCI runs the bare system Python. */
  conda: 'tensorflow28_p38_cpu_v1',
  excludeTags: [] as string[],
} as const;

export const MINIMUM_BLOCK_STORAGE_GB = 50;
