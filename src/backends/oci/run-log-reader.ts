import type { LogSearchClient } from 'oci-loggingsearch';
import { SYSTEM_CLOCK, type Clock } from '../../engine/clock.js';

export interface RunLogEntry {
  id: string;
  time: string;
  message: string;
}

/** Where a run's lines are searched: the log group's own compartment, the group, the log. */
export interface LogScope {
  compartmentId: string;
  logGroupId: string;
  logId: string;
}

/** Lines can be searchable a minute or more after they were written; each search looks back this far. */
export const LATE_ARRIVAL_WINDOW_MS = 5 * 60_000;
const PAGE_SIZE = 1000;
/** Logging Search's times have millisecond precision: a window cannot be split below this. */
const SMALLEST_WINDOW_MS = 1;

/**
 * Reads one job run's log lines from Logging Search, each line once and in time order:
 * overlapping windows catch lines that arrive late, and ids already seen are dropped.
 */
export class RunLogReader {
  private readonly seen = new Set<string>();
  private watermark: number;

  constructor(
    private readonly client: LogSearchClient,
    readonly scope: LogScope,
    private readonly runId: string,
    since: Date,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {
    this.watermark = since.getTime();
  }

  get query(): string {
    const { compartmentId, logGroupId, logId } = this.scope;
    return `search "${compartmentId}/${logGroupId}/${logId}" | where source = '*${this.runId}' | sort by datetime asc`;
  }

  /** Lines not returned before, oldest first. */
  async readNew(): Promise<RunLogEntry[]> {
    const timeStart = this.watermark - LATE_ARRIVAL_WINDOW_MS;
    // Up to now, not beyond: a window that ends in the future is not one OCI promises to answer.
    const timeEnd = this.clock.now();
    if (timeEnd <= timeStart) return [];
    const fresh: RunLogEntry[] = [];
    for (const entry of await this.search(timeStart, timeEnd)) {
      if (!this.seen.has(entry.id)) {
        this.seen.add(entry.id);
        fresh.push(entry);
      }
    }
    fresh.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const newest = fresh.at(-1);
    if (newest) this.watermark = Math.max(this.watermark, Date.parse(newest.time));
    return fresh;
  }

  /** Every page of one window; a window whose result is "too large" is searched in two halves, as ADS does. */
  private async search(timeStart: number, timeEnd: number): Promise<RunLogEntry[]> {
    const entries: RunLogEntry[] = [];
    let page: string | undefined;
    try {
      do {
        const response = await this.client.searchLogs({
          searchLogsDetails: { timeStart: new Date(timeStart), timeEnd: new Date(timeEnd), searchQuery: this.query, isReturnFieldInfo: false },
          limit: PAGE_SIZE,
          page,
        });
        for (const result of response.searchResponse.results ?? []) {
          const entry = toEntry(result.data);
          if (entry) entries.push(entry);
        }
        page = response.opcNextPage || undefined;
      } while (page);
    } catch (error) {
      const middle = Math.floor((timeStart + timeEnd) / 2);
      if (!isResultTooLarge(error) || middle - timeStart < SMALLEST_WINDOW_MS) throw error;
      return [...(await this.search(timeStart, middle)), ...(await this.search(middle, timeEnd))];
    }
    return entries;
  }
}

/** Logging Search's 400 for a window holding more than it will return at once. */
export function isResultTooLarge(error: unknown): boolean {
  const oci = error as { statusCode?: number; message?: unknown } | null;
  return oci?.statusCode === 400 && typeof oci.message === 'string' && /result is too large/i.test(oci.message);
}

function toEntry(data: unknown): RunLogEntry | undefined {
  const record = data as { datetime?: number; logContent?: { id?: string; time?: string; data?: { message?: unknown } } };
  const content = record?.logContent;
  if (!content?.id) return undefined;
  const time = content.time ?? new Date(record.datetime ?? Date.now()).toISOString();
  const message = content.data?.message;
  return { id: content.id, time, message: typeof message === 'string' ? message : JSON.stringify(content.data ?? '') };
}
