import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The variable every process of a local run inherits (driver, kernel, whatever the notebook
 * starts). Jupyter starts kernels in a session of their own, so the driver's process group does
 * not hold them; on Linux this marker finds them, and their orphans, in /proc.
 */
export const RUN_MARKER_VARIABLE = 'OCI_RUN_NOTEBOOK_LOCAL_RUN';

interface ProcessEntry {
  pid: number;
  ppid: number;
  pgid: number;
  /** -1 where the platform does not say (macOS `ps`). */
  sid: number;
}

/** Which run to find: its marker value, and the driver's pid when it is known to be the run's. */
export interface RunIdentity {
  marker: string;
  /** The driver, while it runs. */
  driverPid?: number;
  /** The session (and process group) the driver led, after it exited: its members are the run's. */
  sessionId?: number;
}

const HAS_PROC = process.platform === 'linux';
const PS_ARGS = ['-A', '-o', 'pid=,ppid=,pgid=,stat='];

/** Live processes (zombies left out: they run nothing and go when their parent reaps them), and which carry the marker. */
interface ProcessTable {
  entries: ProcessEntry[];
  marked: Set<number>;
}

async function readProcessTable(marker: string): Promise<ProcessTable> {
  if (!HAS_PROC) return { entries: parsePs((await run('ps', PS_ARGS)).stdout), marked: new Set() };
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const read = (path: string) => readFile(path, 'latin1').catch(() => undefined); // gone, or another user's
  const rows = await Promise.all(pids.map(async (pid) => [pid, await read(`/proc/${pid}/stat`), await read(`/proc/${pid}/environ`)] as const));
  return tableOf(rows, marker);
}

/** The same, synchronously, for the moment this process exits and nothing asynchronous runs any more. */
function readProcessTableSync(marker: string): ProcessTable {
  if (!HAS_PROC) return { entries: parsePs(execFileSync('ps', PS_ARGS, { encoding: 'utf8' })), marked: new Set() };
  const read = (path: string) => {
    try {
      return readFileSync(path, 'latin1');
    } catch {
      return undefined;
    }
  };
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  return tableOf(pids.map((pid) => [pid, read(`/proc/${pid}/stat`), read(`/proc/${pid}/environ`)] as const), marker);
}

function tableOf(rows: ReadonlyArray<readonly [number, string | undefined, string | undefined]>, marker: string): ProcessTable {
  const entries: ProcessEntry[] = [];
  const marked = new Set<number>();
  for (const [pid, stat, environ] of rows) {
    const entry = stat === undefined ? undefined : parseStat(pid, stat);
    if (!entry) continue;
    entries.push(entry);
    if (environ !== undefined && `\0${environ}`.includes(`\0${RUN_MARKER_VARIABLE}=${marker}\0`)) marked.add(pid);
  }
  return { entries, marked };
}

/** `/proc/<pid>/stat`: "pid (comm) state ppid pgrp session ..."; comm may hold spaces and parentheses. */
function parseStat(pid: number, stat: string): ProcessEntry | undefined {
  const [state, ppid, pgid, sid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (state === 'Z' || state === 'X') return undefined;
  return { pid, ppid: Number(ppid), pgid: Number(pgid), sid: Number(sid) };
}

function parsePs(stdout: string): ProcessEntry[] {
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 4 && !fields[3]!.startsWith('Z'))
    .map(([pid, ppid, pgid]) => ({ pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), sid: -1 }));
}

/**
 * The run's live processes: the driver and its process group, everything carrying the marker,
 * their descendants, and the groups and sessions they lead. `known` keeps pids seen earlier, so
 * orphans of a leader that died meanwhile are still found by its group or session.
 */
function selectRunProcesses(table: ProcessTable, run: RunIdentity, known: Set<number>): ProcessEntry[] {
  const entries = table.entries.filter((entry) => entry.pid !== process.pid);
  const members = new Map<number, ProcessEntry>();
  const leaders = new Set(known);
  if (run.driverPid) leaders.add(run.driverPid);
  if (run.sessionId) leaders.add(run.sessionId);
  for (const entry of entries) {
    if (table.marked.has(entry.pid) || entry.pid === run.driverPid) members.set(entry.pid, entry);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const pid of members.keys()) leaders.add(pid);
    for (const entry of entries) {
      if (members.has(entry.pid)) continue;
      if (members.has(entry.ppid) || leaders.has(entry.pgid) || leaders.has(entry.sid)) {
        members.set(entry.pid, entry);
        grew = true;
      }
    }
  }
  for (const pid of members.keys()) known.add(pid);
  return [...members.values()];
}

async function findRunProcesses(run: RunIdentity, known: Set<number>): Promise<ProcessEntry[]> {
  return selectRunProcesses(await readProcessTable(run.marker), run, known);
}

/** Signals every process and every group it leads; ones that are already gone are skipped. */
function signalAll(entries: ProcessEntry[], signal: NodeJS.Signals): void {
  const groups = new Set(entries.filter((entry) => entry.pgid === entry.pid).map((entry) => entry.pgid));
  for (const group of groups) trySignal(-group, signal);
  for (const entry of entries) trySignal(entry.pid, signal);
}

function trySignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // ESRCH: already gone; EPERM: not ours to end.
  }
}

/**
 * Ends every process of the run: SIGTERM, then SIGKILL for whatever is still there after
 * `graceMs`. Resolves once none is left (or, for processes that ignore even SIGKILL, after a
 * few more rounds). Returns how many processes it found.
 */
export async function endRunProcesses(run: RunIdentity, graceMs: number): Promise<number> {
  const known = new Set<number>();
  let alive = await findRunProcesses(run, known);
  const found = alive.length;
  if (found === 0) return 0;
  signalAll(alive, 'SIGTERM');
  const killAt = Date.now() + graceMs;
  while (alive.length > 0 && Date.now() < killAt) {
    await sleep(Math.min(100, Math.max(0, killAt - Date.now())));
    alive = await findRunProcesses(run, known);
    // A process started after the first round gets its SIGTERM too.
    if (alive.length > 0) signalAll(alive, 'SIGTERM');
  }
  for (let round = 0; alive.length > 0 && round < 20; round++) {
    signalAll(alive, 'SIGKILL');
    await sleep(50);
    alive = await findRunProcesses(run, known);
  }
  return found;
}

/**
 * SIGKILL to every process of the run, at once and synchronously: for when this process exits
 * (a second Ctrl-C, a crash) with runs still going, and a grace period is no longer possible.
 */
export function killRunProcessesNow(run: RunIdentity): void {
  try {
    signalAll(selectRunProcesses(readProcessTableSync(run.marker), run, new Set()), 'SIGKILL');
  } catch {
    if (run.driverPid) trySignal(-run.driverPid, 'SIGKILL'); // the driver's group at least
  }
}

/** Whether `pid` is the driver of the run with this marker (checked where the platform allows). */
export async function isRunDriver(pid: number, marker: string): Promise<boolean> {
  if (HAS_PROC) return (await readProcessTable(marker)).marked.has(pid);
  try {
    const { stdout } = await run('ps', ['-o', 'command=', '-p', String(pid)]);
    return stdout.includes('driver_notebook.py');
  } catch {
    return false;
  }
}
