import * as core from '@actions/core';
import type { LogLine } from '../backends/backend.js';
import type { RunResult } from '../engine/run-result.js';

/**
 * Each run's log lines in a group of its own, prefixed with the notebook's path. Groups cannot
 * interleave, so with several runs at once a run's lines are held until it ends; a lone run
 * streams live.
 */
export class RunLogs {
  private readonly held = new Map<string, string[]>();

  constructor(private readonly live: boolean) {}

  started(notebook: string, runId: string): void {
    if (this.live) core.startGroup(`${notebook}: run ${runId}`);
    else core.info(`${notebook}: submitted run ${runId}`);
  }

  line(line: LogLine): void {
    const text = `[${line.notebook}] ${line.message}`;
    if (this.live) core.info(text);
    else this.held.set(line.notebook, [...(this.held.get(line.notebook) ?? []), text]);
  }

  finished(result: RunResult): void {
    const summary = `${result.notebook}: ${result.state}${result.error ? ` (${result.error})` : ''}`;
    if (this.live) {
      if (result.runId) core.endGroup();
    } else {
      const lines = this.held.get(result.notebook) ?? [];
      this.held.delete(result.notebook);
      if (lines.length) {
        core.startGroup(summary);
        for (const text of lines) core.info(text);
        core.endGroup();
      }
    }
    core.info(summary);
  }
}
