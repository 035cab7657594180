/** Lines the notebook driver prints for machines (see docs/driver.md). */
const CELL_FAILED = /^oci-run-notebook: cell (\d+) failed: (.*)$/;
const FINISHED = /^oci-run-notebook: notebook (succeeded|failed|not run)/;

export function parseCellFailure(line: string): { cell: number; message: string } | undefined {
  const match = CELL_FAILED.exec(line.trim());
  return match ? { cell: Number(match[1]), message: match[2]! } : undefined;
}

/** The driver's last line: once seen, no more log lines will come for the run. */
export function isDriverFinished(line: string): boolean {
  return FINISHED.test(line.trim());
}
