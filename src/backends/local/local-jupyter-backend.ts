import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DRIVER_ENTRYPOINT } from '../../artifact/driver-files.js';
import { describeDriverExit, parseCellFailure, parseDriverError, runFailureMessage } from '../../engine/driver-messages.js';
import type { RunRequest } from '../../engine/run-request.js';
import type { RunResult, RunState } from '../../engine/run-result.js';
import { parseNotebook, serializeNotebook } from '../../notebook/notebook.js';
import { injectParameters } from '../../notebook/parameters.js';
import type { Backend, FollowOptions, RunHandle } from '../backend.js';
import { driverEnvironment, driverEnvironmentBase } from './driver-environment.js';
import { DriverProcess, type DriverExit } from './driver-process.js';
import { chooseRunIsolation } from './isolation-choice.js';
import { hiddenPaths, isolationNote, NO_ISOLATION, RUN_USER, runLaunch, runView, type IsolationSetting } from './kernel-isolation.js';
import { copyStagedOutputs } from './staged-outputs.js';
import { checkLocalJupyter, type LocalJupyter } from './local-jupyter-check.js';
import { notebookFileName } from '../../notebook/notebook-name.js';
import { createRunFolder } from './run-folder.js';
import { endRunProcesses, isRunDriver, killRunProcessesNow, RUN_MARKER_VARIABLE, type RunIdentity } from './run-processes.js';
import { outputFolderPath, validateLocalRunRequest } from './validate-local-request.js';

export interface LocalJupyterBackendOptions {
  /** The interpreter that runs the driver; default the first python3 with Jupyter (`findJupyterPython`). */
  python?: string;
  /** Kernel for every notebook; default each notebook's own (python3 when that one is not installed). */
  kernel?: string;
  /** Seconds one cell may run before it is interrupted and the run fails, for requests that set none; default no limit. */
  cellTimeoutSeconds?: number;
  /**
   * Whether a notebook's requirements file is installed into `python` before the first cell.
   * Off by default: this machine's Python is not a throwaway job run's.
   */
  installRequirements?: boolean;
  /** Where run folders are made; default `<tmpdir>/oci-run-notebook`. */
  workDir?: string;
  /** After SIGTERM, how long a run's processes get to end before SIGKILL. */
  killGraceMs?: number;
  /** The environment runs start from (only what a run needs is taken from it); default this process's. */
  env?: Record<string, string | undefined>;
  /** How runs are kept from this process (kernel-isolation.ts); default `auto`, the strongest that works here. */
  isolation?: IsolationSetting;
}

const DEFAULT_KILL_GRACE_MS = 5_000;
/** Longest a Node timer can wait; longer waits are made of several. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A run this process started. */
interface LocalRun {
  driver: DriverProcess;
  accepted: Date;
  runFolder: string;
  /** Without an output folder the executed notebook stays in the run folder, which is then kept. */
  keepRunFolder: boolean;
  /** A run as another user writes its outputs into the run folder; they are copied out as this user. */
  staged?: { from: string; to: string };
  exit?: DriverExit;
  cancelRequested?: Date;
  ending?: Promise<unknown>;
}

/** Runs of every local backend in this process: if the process exits while they go on, they end with it. */
const liveRuns = new Map<string, RunIdentity>();
const endLiveRuns = () => liveRuns.forEach((run) => killRunProcessesNow(run));

function trackLiveRun(runId: string, driverPid: number): void {
  if (liveRuns.size === 0) process.on('exit', endLiveRuns);
  liveRuns.set(runId, { marker: runId, driverPid, sessionId: driverPid });
}

function untrackLiveRun(runId: string): void {
  liveRuns.delete(runId);
  if (liveRuns.size === 0) process.off('exit', endLiveRuns);
}

/**
 * Runs notebooks on this machine with the same driver and environment contract as OCI job
 * runs, so results, states and logs look alike.
 */
export class LocalJupyterBackend implements Backend {
  private readonly runs = new Map<string, LocalRun>();
  private jupyter?: Promise<LocalJupyter>;
  private readonly workDir: string;
  private readonly killGraceMs: number;
  private readonly env: Record<string, string | undefined>;

  constructor(private readonly options: LocalJupyterBackendOptions = {}) {
    const timeout = options.cellTimeoutSeconds;
    if (timeout !== undefined && !(timeout > 0 && Number.isFinite(timeout))) {
      throw new RangeError(`cellTimeoutSeconds: expected a number of seconds above 0, got ${timeout}`);
    }
    this.workDir = options.workDir ?? join(tmpdir(), 'oci-run-notebook');
    this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    this.env = options.env ?? process.env;
  }

  /**
   * Checks the Python, its Jupyter modules and the kernel, once; every submit waits for it.
   * Front doors call it first so a missing piece is reported before anything runs.
   */
  check(): Promise<LocalJupyter> {
    this.jupyter ??= (async () => {
      const jupyter = await checkLocalJupyter({ python: this.options.python, kernel: this.options.kernel, env: this.env });
      const isolation = await chooseRunIsolation({ setting: this.options.isolation ?? 'auto', jupyter, kernel: this.options.kernel, env: this.env });
      return { ...jupyter, isolation };
    })();
    return this.jupyter;
  }

  validate(request: RunRequest): void {
    validateLocalRunRequest(request, this.options.kernel);
  }

  async submit(request: RunRequest, signal?: AbortSignal): Promise<RunHandle> {
    this.validate(request);
    const { python, isolation = NO_ISOLATION } = await this.check();
    if (signal?.aborted) throw new Error('cancelled before it was started');
    const accepted = new Date();
    const id = randomUUID();
    const runId = `local-${id}`;
    const jobId = `local-job-${id}`;
    const prepared = injectParameters(parseNotebook(request.notebook.content, request.notebook.path), request.parameters, this.options.kernel);
    const folder = await createRunFolder(this.workDir, runId, request.notebook.path, serializeNotebook(prepared), request.context).catch(async (error: unknown) => {
      await rm(join(this.workDir, runId), { recursive: true, force: true });
      throw error;
    });
    const outputFolder = request.outputUri === undefined ? undefined : outputFolderPath(request.outputUri, { runId, jobId });
    const { kernel, cellTimeoutSeconds, installRequirements } = this.options;
    // Paths as the run sees them: as another user, it has a HOME and an output folder of its own inside the run folder.
    const view = runView(isolation, folder.root, runId);
    if (view.home) await mkdir(join(folder.root, 'home'));
    const env = driverEnvironment(
      request,
      {
        runId,
        jobId,
        notebookPath: folder.notebookPath,
        outputFolder: outputFolder && (view.staging ?? outputFolder),
        kernel,
        cellTimeoutSeconds: request.cellTimeoutSeconds ?? cellTimeoutSeconds,
        contextRoot: folder.contextRoot,
        requirementsPath: folder.requirementsPath,
        installRequirements,
      },
      { ...driverEnvironmentBase(this.env), ...(view.home ? { HOME: view.home, USER: RUN_USER, LOGNAME: RUN_USER } : {}) },
    );
    const launch = runLaunch(isolation, {
      python,
      script: DRIVER_ENTRYPOINT,
      runFolder: folder.root,
      runId,
      env,
      graceMs: this.killGraceMs,
      hide: hiddenPaths(this.env),
      marker: { [RUN_MARKER_VARIABLE]: runId },
    });
    let driver: DriverProcess;
    try {
      driver = await DriverProcess.launch(launch);
    } catch (error) {
      await rm(folder.root, { recursive: true, force: true });
      throw new Error(`could not start the notebook driver with ${launch.command}: ${(error as Error).message}`);
    }
    // Every run's log says how it is isolated, first.
    driver.note(isolationNote(isolation));
    const staged = outputFolder && view.staging ? { from: join(folder.root, 'outputs'), to: outputFolder } : undefined;
    const run: LocalRun = { driver, accepted, runFolder: folder.root, keepRunFolder: !outputFolder, staged };
    void driver.exited.then((exit) => (run.exit = exit));
    this.runs.set(runId, run);
    trackLiveRun(runId, driver.pid);
    const runtime = request.maximumRuntimeInMinutes;
    return {
      notebook: request.notebook.path,
      jobId,
      runId,
      outputUri: outputFolder ? join(outputFolder, notebookFileName(request.notebook.path)) : folder.executedNotebook,
      ...(runtime ? { deadline: new Date(accepted.getTime() + runtime * 60_000).toISOString() } : {}),
      cleanup: { driverPid: String(driver.pid), runFolder: folder.root, keepRunFolder: String(run.keepRunFolder) },
    };
  }

  async follow(handle: RunHandle, options: FollowOptions = {}): Promise<RunResult> {
    const run = this.runs.get(handle.runId);
    if (!run) {
      throw new Error(`${handle.runId} was not started by this process: a local run can be followed only where it was started (cancel works from anywhere)`);
    }
    let failedCell: RunResult['failedCell'];
    let driverError: string | undefined;
    run.driver.listen((line) => {
      if (line.stream === 'stdout') {
        failedCell ??= parseCellFailure(line.message);
        driverError = parseDriverError(line.message) ?? driverError;
      }
      options.onLog?.({ notebook: handle.notebook, time: line.time, message: line.message });
    });
    const deadline = handle.deadline ? Date.parse(handle.deadline) : Infinity;
    const stopReason = await waitForExitOrStop(run.driver.exited, options.signal, deadline);
    if (stopReason) await this.cancel(handle);
    const exit = await run.driver.exited;
    // Whatever the notebook started and left behind goes too, as it would with the job run's machine.
    await (run.ending ?? endRunProcesses({ marker: handle.runId, sessionId: run.driver.pid }, this.killGraceMs));
    await run.driver.drain();
    const outputsCopied = run.staged ? await this.copyOutputs(run.staged, run.driver) : true;
    this.runs.delete(handle.runId);
    untrackLiveRun(handle.runId);
    if (!run.keepRunFolder) await rm(run.runFolder, { recursive: true, force: true }).catch(() => undefined);
    const cancelled = run.cancelRequested !== undefined && run.cancelRequested <= exit.time;
    return resultOf(handle, run, exit, { cancelled, stopReason, failedCell, driverError, outputsCopied });
  }

  /** Copies a run's staged outputs out, as this user, saying so in the run's log; false when that failed (the run then fails, as when a driver cannot upload). */
  private async copyOutputs(staged: { from: string; to: string }, driver: DriverProcess): Promise<boolean> {
    try {
      const copied = await copyStagedOutputs(staged.from, staged.to);
      driver.note(`oci-run-notebook: copied ${copied.length} output file(s) to ${staged.to}`);
      return true;
    } catch (error) {
      driver.note(`oci-run-notebook: error: copying the outputs to ${staged.to} failed: ${(error as Error).message}`);
      return false;
    }
  }

  /** Ends the run's driver, kernel and every process they started: SIGTERM, then SIGKILL after the grace period. */
  async cancel(handle: RunHandle): Promise<void> {
    const run = this.runs.get(handle.runId);
    if (run) {
      run.cancelRequested ??= new Date();
      const driverPid = run.exit ? undefined : run.driver.pid;
      run.ending ??= endRunProcesses({ marker: handle.runId, driverPid, sessionId: run.driver.pid }, this.killGraceMs);
      await run.ending;
      return;
    }
    // Started by another process (the action's main step, say): find it by its pid and marker.
    const pid = Number(handle.cleanup?.driverPid);
    const driverPid = pid > 0 && (await isRunDriver(pid, handle.runId)) ? pid : undefined;
    await endRunProcesses({ marker: handle.runId, driverPid, sessionId: driverPid }, this.killGraceMs);
    if (handle.cleanup?.runFolder && handle.cleanup.keepRunFolder !== 'true') {
      await rm(handle.cleanup.runFolder, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/** Resolves to why following must stop (abort or deadline), or undefined once the driver has exited. */
async function waitForExitOrStop(exited: Promise<DriverExit>, signal: AbortSignal | undefined, deadline: number): Promise<string | undefined> {
  if (signal?.aborted) return 'cancelled';
  const done = new AbortController();
  const aborted = new Promise<string>((resolve) => signal?.addEventListener('abort', () => resolve('cancelled'), { once: true, signal: done.signal }));
  try {
    return await Promise.race([exited.then(() => undefined), aborted, sleepUntil(deadline, done.signal)]);
  } finally {
    done.abort();
  }
}

async function sleepUntil(deadline: number, signal: AbortSignal): Promise<string> {
  if (deadline === Infinity) return new Promise<never>(() => undefined);
  try {
    while (Date.now() < deadline) await sleep(Math.min(MAX_TIMER_MS, deadline - Date.now()), undefined, { signal });
  } catch {
    return new Promise<never>(() => undefined); // stopped by the other outcome; nothing to report
  }
  return 'timed out';
}

interface Ending {
  cancelled: boolean;
  stopReason?: string;
  failedCell?: RunResult['failedCell'];
  driverError?: string;
  /** False when a run's staged outputs could not be copied to the output folder. */
  outputsCopied: boolean;
}

function resultOf(handle: RunHandle, run: LocalRun, exit: DriverExit, ending: Ending): RunResult {
  const state: RunState = ending.cancelled ? 'CANCELED' : exit.code === 0 && ending.outputsCopied ? 'SUCCEEDED' : 'FAILED';
  const started = run.driver.started;
  const result: RunResult = {
    notebook: handle.notebook,
    jobId: handle.jobId,
    runId: handle.runId,
    state,
    outputUri: handle.outputUri,
    timeAccepted: run.accepted.toISOString(),
    timeStarted: started.toISOString(),
    timeFinished: exit.time.toISOString(),
    durationSeconds: Math.round((exit.time.getTime() - started.getTime()) / 1000),
    failedCell: ending.failedCell,
  };
  if (state === 'SUCCEEDED') return result;
  const stopReason = ending.cancelled ? (ending.stopReason ?? 'cancelled') : undefined;
  const exitDetails = exit.code === 0 ? 'the notebook succeeded, but its outputs could not be copied to the output folder' : describeDriverExit(exit.code, exit.signal);
  result.lifecycleDetails = stopReason ? (stopReason === 'timed out' ? 'cancelled at its deadline' : 'cancelled') : exitDetails;
  result.error = runFailureMessage({ state, stopReason, failedCell: result.failedCell, driverError: ending.driverError, lifecycleDetails: result.lifecycleDetails });
  return result;
}
