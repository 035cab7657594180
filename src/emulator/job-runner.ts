import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

export interface ProcessExit {
  /** The exit code; for a process ended by a signal, 128 + the signal number, as containers report it. */
  exitCode: number;
  signal?: string;
  /** Set when the process could not be started at all. */
  spawnError?: string;
}

export interface RunningProcess {
  readonly pid: number | undefined;
  readonly exit: Promise<ProcessExit>;
  /** SIGTERM to the whole process group, SIGKILL after `graceMs`. Resolves on exit. */
  stop(graceMs: number): Promise<ProcessExit>;
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
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
 * into a callback. When the main process exits, whatever it left behind in its group is killed.
 */
export function startProcess(spec: ProcessSpec, onLine: (stream: 'stdout' | 'stderr', line: string) => void): RunningProcess {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
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
      // Background children would keep the pipes open; the run is over, so they go too.
      signalGroup(child.pid, 'SIGKILL');
      const result: ProcessExit =
        code !== null ? { exitCode: code } : { exitCode: 128 + (constants.signals[signal!] ?? 0), signal: signal! };
      const closed = new Promise<void>((done) => child.on('close', () => done()));
      const timeout = new Promise<void>((done) => setTimeout(done, 2000).unref());
      void Promise.race([closed, timeout]).then(() => {
        stdout.flush();
        stderr.flush();
        resolve(result);
      });
    });
  });

  return {
    pid: child.pid,
    exit,
    async stop(graceMs: number) {
      signalGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), graceMs);
      const result = await exit;
      clearTimeout(timer);
      return result;
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
