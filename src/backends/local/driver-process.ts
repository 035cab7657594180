import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Launch } from './kernel-isolation.js';

export interface DriverLine {
  time: string;
  message: string;
  stream: 'stdout' | 'stderr';
}

export interface DriverExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  time: Date;
}

/** After the driver exits, how long to wait for the last buffered lines before giving up on them. */
const STREAM_DRAIN_MS = 2_000;
/** Lines kept for a follower that has not attached yet; a run nobody follows must not grow without end. */
const MAX_BUFFERED_LINES = 100_000;

/**
 * The notebook driver running on this machine, in a session and process group of its own so
 * it can be ended without touching the process that started it. Lines are kept until someone
 * listens, so a follower that attaches late still gets the run's first lines.
 */
export class DriverProcess {
  readonly pid: number;
  readonly started = new Date();
  readonly exited: Promise<DriverExit>;
  private buffered: DriverLine[] | undefined = [];
  private listener?: (line: DriverLine) => void;
  private readonly drained: Promise<unknown>;

  private constructor(private readonly child: ChildProcess & { pid: number }) {
    this.pid = child.pid;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, time: new Date() })));
    this.drained = Promise.all([this.readLines(child.stdout!, 'stdout'), this.readLines(child.stderr!, 'stderr')]);
  }

  /** Starts the driver; rejects (ENOENT, EACCES, ...) when the interpreter cannot be started at all. */
  static start(python: string, script: string, cwd: string, env: Record<string, string>): Promise<DriverProcess> {
    return DriverProcess.launch({ command: python, args: [script], cwd, env });
  }

  /**
   * Starts the driver, or the launcher that isolates it; `input` is written to its stdin, which
   * then stays open for as long as it runs: the launcher ends the run when it closes, as it does
   * when this process dies, however.
   */
  static launch(launch: Launch): Promise<DriverProcess> {
    const stdin = launch.input === undefined ? 'ignore' : 'pipe';
    const child = spawn(launch.command, launch.args, { cwd: launch.cwd, env: launch.env, detached: true, stdio: [stdin, 'pipe', 'pipe'] });
    if (launch.input !== undefined) {
      child.stdin!.on('error', () => undefined); // the launcher exited: nothing more to say to it
      child.stdin!.write(launch.input);
    }
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => {
        child.off('error', reject);
        child.on('error', () => undefined); // a failed kill is handled where kills are made
        resolve(new DriverProcess(child as ChildProcess & { pid: number }));
      });
    });
  }

  /** A line of the backend's own at this point of the run's log (the isolation it runs in). */
  note(message: string): void {
    const line = { time: new Date().toISOString(), message, stream: 'stdout' as const };
    if (this.listener) this.listener(line);
    else this.buffered?.push(line);
  }

  /** Every line so far, then each new one as it comes. One listener at a time. */
  listen(listener: (line: DriverLine) => void): void {
    const earlier = this.buffered ?? [];
    this.buffered = undefined;
    this.listener = listener;
    for (const line of earlier) listener(line);
  }

  /**
   * Waits until the output pipes are read to the end. A process that outlived the driver can
   * hold them open, so this gives up after a short while; call it once the run's processes are ended.
   */
  async drain(): Promise<void> {
    const gaveUp = new AbortController();
    await Promise.race([this.drained, sleep(STREAM_DRAIN_MS, undefined, { signal: gaveUp.signal }).catch(() => undefined)]);
    gaveUp.abort(); // no timer left behind to hold the process open
    this.child.stdin?.destroy();
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }

  private readLines(stream: NodeJS.ReadableStream, name: DriverLine['stream']): Promise<void> {
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    lines.on('line', (message) => {
      const line = { time: new Date().toISOString(), message, stream: name };
      if (this.listener) this.listener(line);
      else if (this.buffered && this.buffered.length < MAX_BUFFERED_LINES) this.buffered.push(line);
    });
    return new Promise((resolve) => lines.once('close', resolve));
  }
}
