import { parseCellFailure, parseDriverError, parseNotebookEnd } from '../../engine/driver-messages.js';
import type { RunResult } from '../../engine/run-result.js';
import type { LogLine } from '../backend.js';

/** What one notebook's own lines in a batch's log said of it. */
export interface NotebookLog {
  failedCell?: RunResult['failedCell'];
  driverError?: string;
  end?: 'succeeded' | 'failed';
}

/**
 * A batch run's log, split back into each notebook's lines: the batch driver prefixes every line
 * of a notebook with `[<its path>] `. Lines of the batch itself go under the batch's label.
 */
export class BatchLogs {
  private readonly notebooks = new Map<string, NotebookLog>();
  // Longest first: `[a/b.ipynb] ` must not be taken for a notebook named `a`.
  private readonly prefixes: Array<[string, string]>;

  constructor(
    names: readonly string[],
    private readonly label: string,
    private readonly onLog?: (line: LogLine) => void,
  ) {
    for (const name of names) this.notebooks.set(name, {});
    this.prefixes = names.map((name): [string, string] => [`[${name}] `, name]).sort(([a], [b]) => b.length - a.length);
  }

  /** Takes one line of the run's log (as the follower emits it) and passes it on as its notebook's. */
  readonly line = (line: LogLine): void => {
    const found = this.prefixes.find(([prefix]) => line.message.startsWith(prefix));
    if (!found) {
      this.onLog?.({ ...line, notebook: this.label });
      return;
    }
    const [prefix, name] = found;
    const message = line.message.slice(prefix.length);
    const log = this.notebooks.get(name)!;
    log.failedCell ??= parseCellFailure(message);
    log.driverError ??= parseDriverError(message);
    log.end ??= parseNotebookEnd(message);
    this.onLog?.({ ...line, notebook: name, message });
  };

  of(name: string): NotebookLog {
    return this.notebooks.get(name) ?? {};
  }
}
