import { describeError } from '../../engine/describe-error.js';
import type { OciClients } from '../../oci/clients.js';
import type { LogScope } from './run-log-reader.js';

/** A scope to search, and why it may be the wrong one. */
export interface ResolvedLogScope {
  scope: LogScope;
  /** Set when the log group's compartment could not be looked up and the run's is used instead. */
  problem?: string;
}

/**
 * Logging Search wants the log group's own compartment, which need not be the jobs' one: a
 * shared log group often lives in a compartment of its own. It is looked up once per log group
 * (GetLogGroup, as ADS loads the log's group), unless the user named it.
 */
export class LogScopes {
  private readonly compartments = new Map<string, Promise<string>>();

  constructor(private readonly clients: OciClients) {}

  async resolve(logDetails: { logGroupId: string; logId: string }, runCompartmentId: string, given?: string): Promise<ResolvedLogScope> {
    if (given) return { scope: { compartmentId: given, ...logDetails } };
    let lookup = this.compartments.get(logDetails.logGroupId);
    if (!lookup) {
      lookup = this.clients
        .use('logging')
        .then(() => this.clients.logging.getLogGroup({ logGroupId: logDetails.logGroupId }))
        .then((response) => response.logGroup.compartmentId);
      this.compartments.set(logDetails.logGroupId, lookup);
      // A failed lookup is not kept: the next run asks again.
      lookup.catch(() => this.compartments.delete(logDetails.logGroupId));
    }
    try {
      return { scope: { compartmentId: await lookup, ...logDetails } };
    } catch (error) {
      return {
        scope: { compartmentId: runCompartmentId, ...logDetails },
        problem: `cannot read log group ${logDetails.logGroupId} to find its compartment (${describeError(error)}); searching the run's compartment instead (give log-compartment-id, or allow reading the log group)`,
      };
    }
  }
}
