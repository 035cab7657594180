import * as core from '@actions/core';
import type { LogLine } from '../backends/backend.js';
import type { RunResult } from '../engine/run-result.js';

/** Lines of each notebook held for its group at the end; the executed notebook has them all. */
export const HELD_LINES_PER_NOTEBOOK = 2_000;

/** The last `capacity` lines of a run, in constant time a line. */
class LastLines {
  private readonly lines: string[] = [];
  private next = 0;
  /** Lines that came before the ones held. */
  dropped = 0;

  constructor(private readonly capacity: number) {}

  push(line: string): void {
    if (this.lines.length < this.capacity) {
      this.lines.push(line);
      return;
    }
    this.lines[this.next] = line;
    this.next = (this.next + 1) % this.capacity;
    this.dropped += 1;
  }

  inOrder(): string[] {
    return [...this.lines.slice(this.next), ...this.lines.slice(0, this.next)];
  }
}

/**
 * Every log line goes to the step log the moment it comes, prefixed with its notebook's path, as
 * the CLI prints it. When one run at a time goes, its lines stream inside a group of its own.
 * When several go at once, groups cannot interleave, so the lines stream ungrouped, and each run
 * gets a group at its end with its last lines again.
 */
export class RunLogs {
  private readonly held = new Map<string, LastLines>();

  /** `oneAtATime`: no two runs are ever in flight together (one notebook, or max-parallel 1). */
  constructor(
    private readonly oneAtATime: boolean,
    private readonly heldLines = HELD_LINES_PER_NOTEBOOK,
  ) {}

  started(notebook: string, runId: string): void {
    if (this.oneAtATime) core.startGroup(`${notebook}: run ${runId}`);
    else core.info(`${notebook}: submitted run ${runId}`);
  }

  line(line: LogLine): void {
    // Prefixed, a notebook's line can never start with `::` and be taken for a workflow command.
    const text = `[${line.notebook}] ${line.message}`;
    core.info(text);
    if (this.oneAtATime) return;
    let held = this.held.get(line.notebook);
    if (!held) this.held.set(line.notebook, (held = new LastLines(this.heldLines)));
    held.push(text);
  }

  finished(result: RunResult): void {
    const summary = `${result.notebook}: ${result.state}${result.error ? ` (${result.error})` : ''}`;
    if (this.oneAtATime) {
      if (result.runId) core.endGroup();
    } else {
      const held = this.held.get(result.notebook);
      this.held.delete(result.notebook);
      if (held) {
        core.startGroup(summary);
        if (held.dropped) core.info(`(${held.dropped} earlier line(s) are above, not repeated here; the executed notebook has every line)`);
        for (const text of held.inOrder()) core.info(text);
        core.endGroup();
      }
    }
    core.info(summary);
  }
}
