/** Shared by the local backend's tests: requests for notebooks built in code, and process checks. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLine, RunHandle } from '../../src/backends/backend.js';
import { LocalJupyterBackend, type LocalJupyterBackendOptions } from '../../src/backends/local/local-jupyter-backend.js';
import { RUN_MARKER_VARIABLE } from '../../src/backends/local/run-processes.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import type { NotebookCell } from '../../src/notebook/notebook.js';
import { notebookBytes } from '../support/notebooks.js';
import { aRequest } from '../support/requests.js';

/** A request as a local run gets it: no compartment or project, a notebook made of `cells`. */
export function localRequest(name: string, cells: NotebookCell[], overrides: Partial<RunRequest> = {}): RunRequest {
  return aRequest({
    notebook: { path: `notebooks/${name}.ipynb`, content: notebookBytes(...cells) },
    jobName: name,
    compartmentId: '',
    projectId: '',
    ...overrides,
  });
}

/** A backend whose run folders go to a temp folder of the test's own, with a short kill grace. */
export async function testBackend(options: LocalJupyterBackendOptions = {}): Promise<LocalJupyterBackend> {
  const workDir = await mkdtemp(join(tmpdir(), 'local-backend-test-'));
  return new LocalJupyterBackend({ workDir, killGraceMs: 1_000, ...options });
}

/** Collects a run's log lines; `waitFor` resolves once a line matches. */
export class LogCollector {
  readonly lines: string[] = [];
  private waiters: Array<{ pattern: RegExp; resolve: (match: RegExpExecArray) => void }> = [];

  readonly onLog = (line: LogLine): void => {
    this.lines.push(line.message);
    for (const waiter of [...this.waiters]) {
      const match = waiter.pattern.exec(line.message);
      if (match) {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        waiter.resolve(match);
      }
    }
  };

  /** Rejects, with the lines seen, if `until` settles first (the run ended without printing it). */
  waitFor(pattern: RegExp, until?: Promise<unknown>): Promise<RegExpExecArray> {
    const seen = this.lines.map((line) => pattern.exec(line)).find(Boolean);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { pattern, resolve };
      this.waiters.push(waiter);
      const gaveUp = () => {
        if (!this.waiters.includes(waiter)) return;
        this.waiters = this.waiters.filter((other) => other !== waiter);
        reject(new Error(`the run ended without printing a line matching ${pattern}; it printed:\n${this.text}`));
      };
      until?.then(gaveUp, gaveUp);
    });
  }

  get text(): string {
    return this.lines.join('\n');
  }
}

/** Whether the process still runs (a zombie does not: it only waits to be reaped). */
export async function isRunning(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

/** Whether the process runs and belongs to one of the runs: a pid reused by another process does not count. */
export async function isRunningFor(pid: number, runIds: readonly string[]): Promise<boolean> {
  const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '');
  const marked = runIds.some((runId) => `\0${environ}`.includes(`\0${RUN_MARKER_VARIABLE}=${runId}\0`));
  return marked && (await isRunning(pid));
}

/** The pids among `pids` that still run as part of the runs `runIds`, after giving init a moment to reap orphans. */
export async function stillRunning(pids: number[], runIds: string | readonly string[]): Promise<number[]> {
  const runs = [runIds].flat();
  for (let attempt = 0; ; attempt++) {
    const running = (await Promise.all(pids.map(async (pid) => ((await isRunningFor(pid, runs)) ? pid : undefined)))).filter((pid): pid is number => pid !== undefined);
    if (running.length === 0 || attempt >= 20) return running;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Notebook source that starts a child in the kernel's process group and one in a session of
 * its own (as a daemon would), then prints the kernel's pid and theirs, and writes them to
 * $PIDS_FILE when that is set.
 */
export const SPAWNS_PROCESSES = [
  'import os, subprocess',
  'child = subprocess.Popen(["sleep", "300"])',
  'daemon = subprocess.Popen(["sleep", "301"], start_new_session=True)',
  'line = "pids %d %d %d" % (os.getpid(), child.pid, daemon.pid)',
  'print(line, flush=True)',
  'if os.environ.get("PIDS_FILE"):',
  '    open(os.environ["PIDS_FILE"] + ".part", "w").write(line)',
  '    os.rename(os.environ["PIDS_FILE"] + ".part", os.environ["PIDS_FILE"])',
].join('\n');

/**
 * The pids SPAWNS_PROCESSES wrote to `file`, once it has. Throws when the run's driver has
 * exited without writing them (the kernel failed, say) or after `timeoutMs`, so that a broken
 * run fails the test with a reason instead of hanging it.
 */
export async function pidsWrittenTo(file: string, handle: Pick<RunHandle, 'runId' | 'cleanup'>, timeoutMs = 30_000): Promise<number[]> {
  const driverPid = Number(handle.cleanup?.driverPid);
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const driverEnded = !(await isRunningFor(driverPid, [handle.runId]));
    const text = await readFile(file, 'utf8').catch(() => undefined);
    const match = text === undefined ? null : PIDS_LINE.exec(text);
    if (match) return pidsOf(match);
    if (driverEnded) throw new Error(`${handle.runId} ended without writing its pids to ${file}`);
    if (Date.now() > giveUpAt) throw new Error(`${handle.runId} did not write its pids to ${file} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const PIDS_LINE = /^pids (\d+) (\d+) (\d+)$/;

export function pidsOf(match: RegExpExecArray): number[] {
  return match.slice(1, 4).map(Number);
}
