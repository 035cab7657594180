/** Lines the notebook driver prints for machines (see docs/driver.md). */
const CELL_FAILED = /^oci-run-notebook: cell (\d+) failed: (.*)$/;
const FINISHED = /^oci-run-notebook: (notebook (succeeded|failed|not run)|batch (succeeded|failed))/;
const NOTEBOOK_END = /^oci-run-notebook: notebook (succeeded(, but)?|failed|not run)/;

export function parseCellFailure(line: string): { cell: number; message: string } | undefined {
  const match = CELL_FAILED.exec(line.trim());
  return match ? { cell: Number(match[1]), message: match[2]! } : undefined;
}

/** The driver's last line: once seen, no more log lines will come for the run. */
export function isDriverFinished(line: string): boolean {
  return FINISHED.test(line.trim());
}

/** How a notebook ended by its driver's last line: outputs not all uploaded count as a failure, as the run's exit does. */
export function parseNotebookEnd(line: string): 'succeeded' | 'failed' | undefined {
  const match = NOTEBOOK_END.exec(line.trim());
  if (!match) return undefined;
  return match[1] === 'succeeded' ? 'succeeded' : 'failed';
}

const DRIVER_ERROR = /^oci-run-notebook: error: (.*)$/;

/** The message of an `oci-run-notebook: error: ...` line: bad setup, or outputs not saved. */
export function parseDriverError(line: string): string | undefined {
  return DRIVER_ERROR.exec(line.trim())?.[1];
}

/** What the driver's exit code means, as docs/driver.md lists them. */
const DRIVER_EXIT_MEANINGS: Readonly<Record<number, string>> = { 1: 'a cell failed', 2: 'bad setup', 3: 'outputs not saved' };

/** A driver process's end in words, for `lifecycleDetails`: its signal, or its exit code and what that means. */
export function describeDriverExit(code: number | null, signal?: string | null): string {
  if (signal) return `the notebook driver was ended by ${signal}`;
  const meaning = code === null ? undefined : DRIVER_EXIT_MEANINGS[code];
  return `the notebook driver exited with code ${code}${meaning ? ` (${meaning})` : ''}`;
}

/** Why a run did not succeed, in one line. */
export interface RunFailure {
  state: string;
  /**
   * Set when the run was cancelled: 'timed out' at its deadline, 'not started' after waiting too
   * long to start, 'needs attention' after too long in NEEDS_ATTENTION, else 'cancelled'.
   */
  stopReason?: string;
  /** What limit was passed, in words (`still running 30 minutes after it started`). */
  stopDetail?: string;
  failedCell?: { cell: number; message: string };
  /** From the driver's `error:` line. */
  driverError?: string;
  lifecycleDetails?: string;
}

/** A failed or cancelled run's `error`: the stop, else the failing cell, else the driver's error, else the state and its details. */
export function runFailureMessage(failure: RunFailure): string {
  const detail = failure.stopDetail ? `: ${failure.stopDetail}` : '';
  if (failure.stopReason === 'timed out') return `timed out${detail}; the run was cancelled (${failure.state})`;
  if (failure.stopReason === 'not started' || failure.stopReason === 'needs attention') {
    return `${failure.stopReason}${detail}; the run was cancelled (${failure.state})`;
  }
  if (failure.stopReason) return `cancelled before it finished (${failure.state})`;
  if (failure.failedCell) return `cell ${failure.failedCell.cell} failed: ${failure.failedCell.message}`;
  if (failure.driverError) return failure.driverError;
  return `${failure.state}${failure.lifecycleDetails ? `: ${failure.lifecycleDetails}` : ''}`;
}
