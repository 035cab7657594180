import type { DataScienceStore, JobRunRecord, JobRunState } from './data-science-model.js';
import type { Route } from './route.js';

/** Outside every OCI API's paths (they start with a version, `/n/`, `/p/` or `/logGroups`), as `/_github/` is. */
export const STATE_PATH = '/_emulator/state';

/** One job run and the VM-time it has cost, in the state listing. */
export interface JobRunVmTime {
  id: string;
  jobId: string;
  displayName: string;
  lifecycleState: JobRunState;
  /** ISO 8601, milliseconds. VM-time starts here: OCI bills the shape from acceptance, provisioning included. */
  timeAccepted: string;
  /** null while ACCEPTED or NEEDS_ATTENTION, and for a run cancelled before it started. */
  timeStarted: string | null;
  /** null while the run is live. */
  timeFinished: string | null;
  /** timeFinished − timeAccepted, or `time` − timeAccepted for a live run; seconds with milliseconds. */
  vmSeconds: number;
  /** The shape the run ran on (the run's infrastructure override, else the job's). */
  shape: string;
  /** A flexible shape's OCPUs and memory; null when not given. */
  ocpus: number | null;
  memoryInGBs: number | null;
}

/** What `GET /_emulator/state` answers and `emulator.state()` returns. */
export interface EmulatorState {
  /** The emulator's clock when the listing was made: live runs count up to it. */
  time: string;
  /** Every run ever accepted, deleted ones too (their VM-time was spent), oldest first. */
  jobRuns: JobRunVmTime[];
  totals: { jobRuns: number; vmSeconds: number };
}

function vmMilliseconds(run: JobRunRecord, now: Date): number {
  return Math.max(0, (run.timeFinished ?? now).getTime() - run.timeAccepted.getTime());
}

/** The state listing at `now` (the emulator's clock). */
export function emulatorState(store: DataScienceStore, now: Date): EmulatorState {
  const runs = [...store.runs.values()].sort((a, b) => a.timeAccepted.getTime() - b.timeAccepted.getTime());
  const jobRuns = runs.map((run): JobRunVmTime => {
    const infrastructure = run.jobInfrastructureConfigurationDetails;
    return {
      id: run.id,
      jobId: run.jobId,
      displayName: run.displayName,
      lifecycleState: run.lifecycleState,
      timeAccepted: run.timeAccepted.toISOString(),
      timeStarted: run.timeStarted?.toISOString() ?? null,
      timeFinished: run.timeFinished?.toISOString() ?? null,
      vmSeconds: vmMilliseconds(run, now) / 1000,
      shape: infrastructure.shapeName,
      ocpus: infrastructure.jobShapeConfigDetails?.ocpus ?? null,
      memoryInGBs: infrastructure.jobShapeConfigDetails?.memoryInGBs ?? null,
    };
  });
  // Summed in whole milliseconds, so the total is not off by float rounding.
  const totalMs = runs.reduce((sum, run) => sum + vmMilliseconds(run, now), 0);
  return { time: now.toISOString(), jobRuns, totals: { jobRuns: runs.length, vmSeconds: totalMs / 1000 } };
}

/** The emulator's own endpoint: unsigned, as it listens on loopback only and holds no credential. */
export function emulatorStateRoutes(state: () => EmulatorState): Route[] {
  return [{ method: 'GET', path: STATE_PATH, operation: 'getEmulatorState', auth: 'none', handle: () => ({ status: 200, json: state() }) }];
}
