import type { LogSearchClient } from 'oci-loggingsearch';

export interface RunLogEntry {
  id: string;
  time: string;
  message: string;
}

export interface LogScope {
  compartmentId: string;
  logGroupId: string;
  logId: string;
}

/** Lines can be searchable a minute or more after they were written; each search looks back this far. */
export const LATE_ARRIVAL_WINDOW_MS = 5 * 60_000;
const PAGE_SIZE = 1000;

/**
 * Reads one job run's log lines from Logging Search, each line once and in time order:
 * overlapping windows catch lines that arrive late, and ids already seen are dropped.
 */
export class RunLogReader {
  private readonly seen = new Set<string>();
  private watermark: number;

  constructor(
    private readonly client: LogSearchClient,
    private readonly scope: LogScope,
    private readonly runId: string,
    since: Date,
    private readonly now: () => number = Date.now,
  ) {
    this.watermark = since.getTime();
  }

  get query(): string {
    const { compartmentId, logGroupId, logId } = this.scope;
    return `search "${compartmentId}/${logGroupId}/${logId}" | where source = '*${this.runId}' | sort by datetime asc`;
  }

  /** Lines not returned before, oldest first. */
  async readNew(): Promise<RunLogEntry[]> {
    const timeStart = new Date(this.watermark - LATE_ARRIVAL_WINDOW_MS);
    const timeEnd = new Date(this.now() + 60_000);
    const fresh: RunLogEntry[] = [];
    let page: string | undefined;
    do {
      const response = await this.client.searchLogs({
        searchLogsDetails: { timeStart, timeEnd, searchQuery: this.query, isReturnFieldInfo: false },
        limit: PAGE_SIZE,
        page,
      });
      for (const result of response.searchResponse.results ?? []) {
        const entry = toEntry(result.data);
        if (entry && !this.seen.has(entry.id)) {
          this.seen.add(entry.id);
          fresh.push(entry);
        }
      }
      page = response.opcNextPage || undefined;
    } while (page);
    fresh.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const newest = fresh.at(-1);
    if (newest) this.watermark = Math.max(this.watermark, Date.parse(newest.time));
    return fresh;
  }
}

function toEntry(data: unknown): RunLogEntry | undefined {
  const record = data as { datetime?: number; logContent?: { id?: string; time?: string; data?: { message?: unknown } } };
  const content = record?.logContent;
  if (!content?.id) return undefined;
  const time = content.time ?? new Date(record.datetime ?? Date.now()).toISOString();
  const message = content.data?.message;
  return { id: content.id, time, message: typeof message === 'string' ? message : JSON.stringify(content.data ?? '') };
}
