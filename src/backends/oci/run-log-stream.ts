import type { models } from 'oci-datascience';
import type { Clock } from '../../engine/clock.js';
import { describeError } from '../../engine/describe-error.js';
import { isDriverFinished, parseCellFailure, parseDriverError } from '../../engine/driver-messages.js';
import type { RunResult } from '../../engine/run-result.js';
import type { OciClients } from '../../oci/clients.js';
import type { LogScopes } from './log-scope.js';
import { RunLogReader } from './run-log-reader.js';

/**
 * A run's log lines as they become searchable, and what the driver's lines say. OCI fills in the
 * run's `logDetails` only once the run is under way (ADS streams only once it is set), so each
 * poll's run is looked at until a log appears.
 */
export class RunLogStream {
  failedCell: RunResult['failedCell'];
  driverError: string | undefined;
  /** The driver's last line was seen: no more lines will come. */
  driverFinished = false;
  private reader: RunLogReader | undefined;
  private opening: Promise<RunLogReader> | undefined;
  private failures = 0;
  private reads = 0;

  constructor(
    private readonly clients: OciClients,
    private readonly scopes: LogScopes,
    private readonly logCompartmentId: string | undefined,
    private readonly clock: Clock,
    /** Every line, the run's own and the follower's notes. */
    private readonly emit: (time: string, message: string) => void,
  ) {}

  /** Whether the run has a log to read (it may not have one yet). */
  get hasLog(): boolean {
    return this.reader !== undefined;
  }

  /** Whether searching has failed every time it was tried (no read log-content policy, say). */
  get unreadable(): boolean {
    return this.failures > 0 && this.reads === 0;
  }

  /**
   * Prints the lines of `run`'s log that are new. A search that fails (no policy, a log not yet
   * created) is said once and never turns the run's result into a failure: logs are a view of it.
   */
  async read(run: models.JobRun): Promise<number> {
    const reader = await this.readerFor(run);
    if (!reader) return 0;
    let entries;
    try {
      entries = await reader.readNew();
      this.reads += 1;
    } catch (error) {
      if (this.failures++ === 0) this.note(`cannot read the run's logs (${describeError(error)}); still following the run`);
      return 0;
    }
    for (const entry of entries) {
      this.failedCell ??= parseCellFailure(entry.message);
      this.driverError ??= parseDriverError(entry.message);
      this.driverFinished ||= isDriverFinished(entry.message);
      this.emit(entry.time, entry.message);
    }
    return entries.length;
  }

  /** A line from the follower itself, stamped now. */
  note(message: string): void {
    this.emit(new Date(this.clock.now()).toISOString(), `oci-run-notebook: ${message}`);
  }

  private async readerFor(run: models.JobRun): Promise<RunLogReader | undefined> {
    if (this.reader) return this.reader;
    const details = run.logDetails;
    if (!details?.logId || !details.logGroupId) return undefined;
    this.opening ??= this.scopes.resolve({ logGroupId: details.logGroupId, logId: details.logId }, run.compartmentId, this.logCompartmentId).then((resolved) => {
      if (resolved.problem) this.note(resolved.problem);
      return new RunLogReader(this.clients.logSearch, resolved.scope, run.id, new Date(run.timeAccepted), this.clock);
    });
    this.reader = await this.opening;
    return this.reader;
  }
}
