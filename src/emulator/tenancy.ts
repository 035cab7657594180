import { isOcid, ocidResourceType } from '../oci/ocid.js';
import { newOcid } from './ocid.js';
import { invalidParameter, missingParameter, notAuthorizedOrNotFound } from './service-error.js';

/**
 * The fixed world every emulator starts with: one tenancy, one user, one compartment, one
 * Data Science project, one log group. Logs are added to the group as job runs need them.
 */
export class Tenancy {
  readonly tenancyId: string;
  readonly userId: string;
  readonly compartmentId: string;
  readonly projectId: string;
  readonly logGroupId: string;
  /** logGroupId → the logs in it. */
  private readonly logGroups = new Map<string, { compartmentId: string; logs: Set<string> }>();

  constructor(readonly region: string) {
    this.tenancyId = newOcid('tenancy', undefined);
    this.userId = newOcid('user', undefined);
    this.compartmentId = newOcid('compartment', undefined);
    this.projectId = newOcid('datascienceproject', region);
    this.logGroupId = newOcid('loggroup', region);
    this.logGroups.set(this.logGroupId, { compartmentId: this.compartmentId, logs: new Set() });
  }

  isCompartment(id: string): boolean {
    return id === this.compartmentId || id === this.tenancyId;
  }

  /** A new log in `logGroupId`, as Data Science's automatic log creation makes one. */
  createLog(logGroupId: string): string {
    const group = this.logGroups.get(logGroupId);
    if (!group) throw notAuthorizedOrNotFound(`log group ${logGroupId}`);
    const logId = newOcid('log', this.region);
    group.logs.add(logId);
    return logId;
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
    return [...(this.logGroups.get(logGroupId)?.logs ?? [])];
  }

  logGroupsIn(compartmentId: string): string[] {
    return [...this.logGroups].filter(([, group]) => group.compartmentId === compartmentId).map(([id]) => id);
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
