import { randomUUID } from 'node:crypto';
import type { Clock } from '../engine/clock.js';

/** One log entry, in the shape Logging Search returns as `logContent`. */
export interface LogEntry {
  id: string;
  /** RFC 3339, milliseconds. */
  time: string;
  /** Epoch milliseconds of `time`, as `datetime` in search results. */
  datetime: number;
  source: string;
  type: string;
  subject: string;
  message: string;
  logGroupId: string;
  logId: string;
  compartmentId: string;
  /** Order of arrival, to keep lines written in the same millisecond in order. */
  sequence: number;
  /** When the entry becomes searchable (OCI Logging ingests late). */
  visibleAt: number;
}

export interface NewLogEntry {
  logGroupId: string;
  logId: string;
  compartmentId: string;
  source: string;
  subject: string;
  message: string;
}

/** Every log line written by job runs, per log, in arrival order. */
export class LogStore {
  private readonly entries = new Map<string, LogEntry[]>();
  private sequence = 0;

  constructor(
    private readonly delayMs: number,
    private readonly clock: Pick<Clock, 'now'> = { now: () => Date.now() },
  ) {}

  append(entry: NewLogEntry, now = this.clock.now()): LogEntry {
    const stored: LogEntry = {
      ...entry,
      id: randomUUID(),
      time: new Date(now).toISOString(),
      datetime: now,
      type: 'com.oraclecloud.datascience.jobrun.log',
      sequence: this.sequence++,
      visibleAt: now + this.delayMs,
    };
    const list = this.entries.get(entry.logId) ?? [];
    list.push(stored);
    this.entries.set(entry.logId, list);
    return stored;
  }

  /** Searchable entries of `logIds` with timeStart <= time < timeEnd, oldest first. */
  search(logIds: string[], timeStart: number, timeEnd: number, now = this.clock.now()): LogEntry[] {
    const found: LogEntry[] = [];
    for (const logId of logIds) {
      for (const entry of this.entries.get(logId) ?? []) {
        if (entry.visibleAt <= now && entry.datetime >= timeStart && entry.datetime < timeEnd) found.push(entry);
      }
    }
    return found.sort((a, b) => a.datetime - b.datetime || a.sequence - b.sequence);
  }
}
