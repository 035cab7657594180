import { isOcid, ocidResourceType } from '../oci/ocid.js';
import { newOcid } from './ocid.js';
import { invalidParameter, missingParameter, notAuthorizedOrNotFound } from './service-error.js';

/** A log in a log group: one a job run made itself, or one a test added. */
export interface LogRecord {
  id: string;
  logGroupId: string;
  displayName: string;
  timeCreated: Date;
}

export interface LogGroupRecord {
  id: string;
  compartmentId: string;
  displayName: string;
  timeCreated: Date;
  logs: Map<string, LogRecord>;
}

/**
 * The fixed world every emulator starts with: one tenancy, one user, a compartment for the jobs
 * (with the Data Science project) and another for the log group, as shared log groups often are:
 * log searches must name the log group's own compartment. Logs are added as job runs need them.
 */
export class Tenancy {
  readonly tenancyId: string;
  readonly userId: string;
  readonly compartmentId: string;
  /** Where the log group lives: not the jobs' compartment. */
  readonly logCompartmentId: string;
  readonly projectId: string;
  readonly logGroupId: string;
  readonly logGroups = new Map<string, LogGroupRecord>();

  constructor(readonly region: string) {
    this.tenancyId = newOcid('tenancy', undefined);
    this.userId = newOcid('user', undefined);
    this.compartmentId = newOcid('compartment', undefined);
    this.logCompartmentId = newOcid('compartment', undefined);
    this.projectId = newOcid('datascienceproject', region);
    this.logGroupId = newOcid('loggroup', region);
    const timeCreated = new Date();
    this.logGroups.set(this.logGroupId, { id: this.logGroupId, compartmentId: this.logCompartmentId, displayName: 'notebook-runs', timeCreated, logs: new Map() });
  }

  isCompartment(id: string): boolean {
    return id === this.compartmentId || id === this.logCompartmentId || id === this.tenancyId;
  }

  /** A new log in `logGroupId`, as Data Science's automatic log creation makes one. */
  createLog(logGroupId: string, displayName: string): string {
    const group = this.logGroups.get(logGroupId);
    if (!group) throw notAuthorizedOrNotFound(`log group ${logGroupId}`);
    const id = newOcid('log', this.region);
    group.logs.set(id, { id, logGroupId, displayName, timeCreated: new Date() });
    return id;
  }

  deleteLog(logGroupId: string, logId: string): void {
    if (!this.logGroups.get(logGroupId)?.logs.delete(logId)) throw notAuthorizedOrNotFound(`log ${logId} in log group ${logGroupId}`);
  }

  hasLogGroup(logGroupId: string): boolean {
    return this.logGroups.has(logGroupId);
  }

  hasLog(logGroupId: string, logId: string): boolean {
    return this.logGroups.get(logGroupId)?.logs.has(logId) ?? false;
  }

  logGroupCompartment(logGroupId: string): string | undefined {
    return this.logGroups.get(logGroupId)?.compartmentId;
  }

  logsIn(logGroupId: string): string[] {
    return [...(this.logGroups.get(logGroupId)?.logs.keys() ?? [])];
  }

  logGroupsIn(compartmentId: string): string[] {
    return [...this.logGroups.values()].filter((group) => group.compartmentId === compartmentId).map((group) => group.id);
  }
}

/**
 * Checks that `value` (found at `field`) is a well-formed OCID of one of `types`:
 * missing → 400 MissingParameter, malformed or of another type → 400 InvalidParameter.
 */
export function requireOcid(value: unknown, field: string, types: string[]): string {
  if (value === undefined || value === null || value === '') throw missingParameter(field);
  const resourceType = typeof value === 'string' ? ocidResourceType(value) : undefined;
  if (resourceType === undefined) {
    throw invalidParameter(
      `${field} '${String(value)}' is not a valid OCID; expected ocid1.<type>.<realm>.<region>.<unique id>.`,
    );
  }
  if (!isOcid(value as string, ...types)) {
    throw invalidParameter(`${field} must be the OCID of a ${types.join(' or ')}, got a ${resourceType} OCID.`);
  }
  return value as string;
}
