import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { driverEnvironmentBase } from '../backends/local/driver-environment.js';
import type { Clock } from '../engine/clock.js';
import { ArtifactError, unpackArtifact } from './artifact-unpack.js';
import { TERMINAL_RUN_STATES, type DataScienceStore, type JobRunRecord, type JobRunState } from './data-science-model.js';
import { splitArguments, startProcess, type ProcessExit, type RunningProcess } from './job-runner.js';
import type { LogStore } from './log-store.js';
import { incorrectState, ServiceError } from './service-error.js';
import type { Tenancy } from './tenancy.js';

export interface LifecycleOptions {
  /** ACCEPTED → IN_PROGRESS: the machine being provisioned. */
  startDelayMs: number;
  /** The time of every state change, and every wait. */
  clock: Clock;
  /** Time between SIGTERM and SIGKILL when a run is canceled or times out. */
  stopGraceMs: number;
  workDir: string;
  /** The interpreter for `.py` entrypoints, found on first use. */
  python: () => Promise<string>;
}

/** Faults of a run's own, beside the request faults: OCI states a test cannot otherwise reach. */
export interface RunFaultOptions {
  /** Runs accepted from now on go NEEDS_ATTENTION instead of IN_PROGRESS once provisioned. */
  needsAttention?: {
    /** The run's lifecycleDetails. Default: the emulator's wording for a shape out of capacity. */
    details?: string;
    /** The run then moves on to IN_PROGRESS after this long; unset, it stays until cancelled. */
    recoverAfterMs?: number;
    /** Only runs whose display name matches. */
    match?: RegExp;
  };
}

export const NEEDS_ATTENTION_DETAILS = 'The job run could not be started: the shape is out of host capacity in this availability domain.';

interface ActiveRun {
  /** Aborted to call off the start (a cancel while ACCEPTED, close()). */
  starting?: AbortController;
  /** Aborted when the run ends before its maximum runtime. */
  runtime?: AbortController;
  process?: RunningProcess;
  canceled: boolean;
  timedOut: boolean;
  finished: Promise<void>;
  finish: () => void;
}

/** Drives job runs through OCI's states and runs their entrypoints as local processes. */
export class JobRunLifecycle {
  private readonly active = new Map<string, ActiveRun>();
  private closed = false;
  /** Set by the emulator's setRunFaults. */
  runFaults: RunFaultOptions | undefined;

  constructor(
    private readonly tenancy: Tenancy,
    private readonly store: DataScienceStore,
    private readonly logs: LogStore,
    private readonly options: LifecycleOptions,
  ) {}

  /** The time, by the emulator's clock. */
  now(): Date {
    return new Date(this.options.clock.now());
  }

  /** A new run is ACCEPTED; it starts after `startDelayMs`. Once close() has begun: 503, as a service shutting down answers. */
  accept(run: JobRunRecord): void {
    if (this.closed) throw new ServiceError(503, 'ServiceUnavailable', 'The emulator is shutting down; no new job runs are accepted.');
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const active: ActiveRun = { canceled: false, timedOut: false, finished, finish, starting: new AbortController() };
    const starting = active.starting!.signal;
    const { clock } = this.options;
    const attention = this.runFaults?.needsAttention;
    const held = attention && (!attention.match || attention.match.test(run.displayName));
    clock
      .sleep(this.options.startDelayMs, starting)
      .then(async () => {
        if (!held) return;
        // Still live and cancellable: the run waits here until it recovers or is cancelled.
        this.setState(run, 'NEEDS_ATTENTION', attention.details ?? NEEDS_ATTENTION_DETAILS);
        if (attention.recoverAfterMs !== undefined) return clock.sleep(attention.recoverAfterMs, starting);
        return new Promise<never>((_, reject) => starting.addEventListener('abort', reject, { once: true }));
      })
      .then(
        () => {
          active.starting = undefined;
          this.start(run, active).catch((error: unknown) =>
            active.canceled ? this.end(run, 'CANCELED') : this.end(run, 'FAILED', `The emulator could not run the job: ${String(error)}`),
          );
        },
        () => undefined, // called off: whoever aborted ends the run
      );
    this.active.set(run.id, active);
  }

  /** cancelJobRun: 409 for runs already over; CANCELING is answered as accepted again. */
  cancel(run: JobRunRecord): void {
    if (TERMINAL_RUN_STATES.includes(run.lifecycleState)) {
      throw incorrectState(`Job run ${run.id} is ${run.lifecycleState} and cannot be canceled.`);
    }
    const active = this.active.get(run.id);
    if (!active || active.canceled) return;
    active.canceled = true;
    this.setState(run, 'CANCELING');
    if (active.starting) {
      active.starting.abort();
      active.starting = undefined;
      setTimeout(() => this.end(run, 'CANCELED'), 20);
    } else if (active.process) {
      void active.process.stop(this.options.stopGraceMs);
    }
    // Otherwise the run is still being unpacked; start() sees `canceled` before spawning.
  }

  async cancelAndWait(run: JobRunRecord): Promise<void> {
    if (!TERMINAL_RUN_STATES.includes(run.lifecycleState)) this.cancel(run);
    await this.active.get(run.id)?.finished;
  }

  /** From now on accept() refuses new runs; close() calls it first, the emulator before it stops its server. */
  refuseNewRuns(): void {
    this.closed = true;
  }

  /** Refuses new runs, kills every run's processes and waits until every run has ended. */
  async close(): Promise<void> {
    this.refuseNewRuns();
    const runs = [...this.active.entries()];
    for (const [runId, active] of runs) {
      active.runtime?.abort();
      active.canceled = true;
      if (active.starting) {
        active.starting.abort();
        this.end(this.store.run(runId), 'CANCELED');
      } else {
        void active.process?.stop(0);
      }
    }
    await Promise.all(runs.map(([, active]) => active.finished));
  }

  private setState(run: JobRunRecord, state: JobRunState, details?: string): void {
    run.lifecycleState = state;
    run.lifecycleDetails = details;
    run.version++;
  }

  private end(run: JobRunRecord, state: JobRunState, details?: string): void {
    const active = this.active.get(run.id);
    active?.runtime?.abort();
    run.timeFinished = this.now();
    this.setState(run, state, details);
    this.active.delete(run.id);
    active?.finish();
  }

  private writeLog(run: JobRunRecord, stream: 'stdout' | 'stderr', message: string): void {
    if (!run.logDetails) return;
    this.logs.append({ ...run.logDetails, compartmentId: run.compartmentId, source: run.id, subject: stream, message });
  }

  private environment(run: JobRunRecord, jobEnv: Record<string, string>): Record<string, string> {
    const override = run.jobConfigurationOverrideDetails.jobType === 'DEFAULT' ? run.jobConfigurationOverrideDetails : undefined;
    return {
      // The same credentials are withheld as from a local run's driver and kernel.
      ...driverEnvironmentBase(process.env),
      PYTHONUNBUFFERED: '1',
      ...jobEnv,
      ...override?.environmentVariables,
      JOB_RUN_OCID: run.id,
      JOB_OCID: run.jobId,
      PROJECT_OCID: run.projectId,
      JOB_RUN_COMPARTMENT_OCID: run.compartmentId,
      TENANCY_OCID: this.tenancy.tenancyId,
    };
  }

  private async start(run: JobRunRecord, active: ActiveRun): Promise<void> {
    const job = this.store.job(run.jobId);
    const jobConfig = job.input.jobConfigurationDetails;
    const override = run.jobConfigurationOverrideDetails.jobType === 'DEFAULT' ? run.jobConfigurationOverrideDetails : undefined;
    run.timeStarted = this.now();
    // OCI fills in logDetails once the run is under way, not when it is accepted (ADS waits for it).
    if (run.logConfiguration) {
      const { logGroupId, logId } = run.logConfiguration;
      run.logDetails = { logGroupId, logId: logId ?? this.tenancy.createLog(logGroupId, `${run.displayName}-log`) };
    }
    this.setState(run, 'IN_PROGRESS');
    const env = this.environment(run, jobConfig.environmentVariables ?? {});
    const root = await mkdtemp(join(this.options.workDir, 'jobrun-'));
    let entrypoint;
    try {
      entrypoint = await unpackArtifact(job.artifact!, root, env.JOB_RUN_ENTRYPOINT);
    } catch (error) {
      // Canceled while unpacking: the cancel is what the caller asked for, whatever else went wrong.
      if (active.canceled) return this.end(run, 'CANCELED');
      if (error instanceof ArtifactError) return this.end(run, 'FAILED', error.message);
      throw error;
    }
    const command = entrypoint.interpreter === 'python' ? await this.options.python() : 'bash';
    if (active.canceled) return this.end(run, 'CANCELED');
    // No conda: OCI runs the job with the machine's own Python and its standard library, without Jupyter.
    const bare = entrypoint.interpreter === 'python' && !env.CONDA_ENV_TYPE ? ['-S'] : [];
    const args = [...bare, entrypoint.file, ...splitArguments(override?.commandLineArguments ?? jobConfig.commandLineArguments)];
    active.process = startProcess({ command, args, cwd: root, env, marker: run.id }, (stream, line) => this.writeLog(run, stream, line));
    const maximumMinutes = override?.maximumRuntimeInMinutes ?? jobConfig.maximumRuntimeInMinutes;
    if (maximumMinutes) {
      active.runtime = new AbortController();
      this.options.clock.sleep(maximumMinutes * 60_000, active.runtime.signal).then(
        () => {
          active.timedOut = true;
          void active.process?.stop(this.options.stopGraceMs);
        },
        () => undefined, // the run ended first
      );
    }
    const exit = await active.process.exit;
    this.finishProcess(run, active, exit, maximumMinutes);
  }

  private finishProcess(run: JobRunRecord, active: ActiveRun, exit: ProcessExit, maximumMinutes: number | undefined): void {
    if (active.canceled) return this.end(run, 'CANCELED');
    if (active.timedOut) {
      return this.end(run, 'FAILED', `Job run exceeded the maximum runtime of ${maximumMinutes} minutes and was stopped.`);
    }
    if (exit.spawnError) return this.end(run, 'FAILED', `Job run artifact could not be started: ${exit.spawnError}.`);
    if (exit.exitCode === 0) return this.end(run, 'SUCCEEDED');
    this.end(run, 'FAILED', `Job run artifact execution failed with exit code ${exit.exitCode}.`);
  }
}
