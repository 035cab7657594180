import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { endRunProcesses, RUN_MARKER_VARIABLE } from '../backends/local/run-processes.js';

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /**
   * Set as RUN_MARKER_VARIABLE in the process's environment, so every process it starts carries
   * it, Jupyter kernels in sessions of their own too; it must be unique to the run.
   */
  marker: string;
}

export interface ProcessExit {
  /** The exit code; for a process ended by a signal, 128 + the signal number, as containers report it. */
  exitCode: number;
  signal?: string;
  /** Set when the process could not be started at all. */
  spawnError?: string;
}

export interface RunningProcess {
  readonly exit: Promise<ProcessExit>;
  /** SIGTERM to every process of the run (its group, kernels, their children), SIGKILL after `graceMs`. Resolves on exit. */
  stop(graceMs: number): Promise<ProcessExit>;
}

function lineSplitter(onLine: (line: string) => void) {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  return {
    push(chunk: Buffer) {
      pending += decoder.write(chunk);
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) onLine(line.replace(/\r$/, ''));
    },
    flush() {
      pending += decoder.end();
      if (pending) onLine(pending.replace(/\r$/, ''));
      pending = '';
    },
  };
}

/**
 * Starts a job run's process in its own process group, turning each line of stdout and stderr
 * into a callback. When the main process exits, whatever it left behind is killed: its group,
 * and every process carrying the run's marker (the local backend's way of finding kernels).
 */
export function startProcess(spec: ProcessSpec, onLine: (stream: 'stdout' | 'stderr', line: string) => void): RunningProcess {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...spec.env, [RUN_MARKER_VARIABLE]: spec.marker },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout = lineSplitter((line) => onLine('stdout', line));
  const stderr = lineSplitter((line) => onLine('stderr', line));
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));

  const exit = new Promise<ProcessExit>((resolve) => {
    child.on('error', (error) => resolve({ exitCode: 127, spawnError: error.message }));
    child.on('exit', (code, signal) => {
      const result: ProcessExit =
        code !== null ? { exitCode: code } : { exitCode: 128 + (constants.signals[signal!] ?? 0), signal: signal! };
      const closed = new Promise<void>((done) => child.on('close', () => done()));
      // Background children would keep the pipes open; the run is over, so they go too.
      void endRunProcesses({ marker: spec.marker, sessionId: child.pid }, 0)
        .catch(() => 0)
        .then(() => Promise.race([closed, new Promise<void>((done) => setTimeout(done, 2000).unref())]))
        .then(() => {
          stdout.flush();
          stderr.flush();
          resolve(result);
        });
    });
  });

  return {
    exit,
    async stop(graceMs: number) {
      if (child.pid) await endRunProcesses({ marker: spec.marker, driverPid: child.pid }, graceMs).catch(() => 0);
      return exit;
    },
  };
}

/** Splits `commandLineArguments` as a shell would for plain words and quotes. */
export function splitArguments(text: string | undefined): string[] {
  if (!text) return [];
  const args: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    args.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? match[3]!));
  }
  return args;
}
