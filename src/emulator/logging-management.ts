import { newOcid } from './ocid.js';
import type { EmulatorRequest, EmulatorResponse, Route } from './route.js';
import { notAuthorizedOrNotFound } from './service-error.js';
import type { LogGroupRecord, LogRecord, Tenancy } from './tenancy.js';

function logGroupJson(group: LogGroupRecord) {
  return {
    id: group.id,
    compartmentId: group.compartmentId,
    displayName: group.displayName,
    description: 'Job run logs',
    lifecycleState: 'ACTIVE',
    timeCreated: group.timeCreated.toISOString(),
    timeLastModified: group.timeCreated.toISOString(),
    freeformTags: {},
    definedTags: {},
  };
}

function logJson(tenancy: Tenancy, group: LogGroupRecord, log: LogRecord) {
  return {
    id: log.id,
    tenancyId: tenancy.tenancyId,
    logGroupId: group.id,
    compartmentId: group.compartmentId,
    displayName: log.displayName,
    logType: 'CUSTOM',
    isEnabled: true,
    lifecycleState: 'ACTIVE',
    retentionDuration: 30,
    timeCreated: log.timeCreated.toISOString(),
    timeLastModified: log.timeCreated.toISOString(),
    freeformTags: {},
    definedTags: {},
  };
}

/** Logging's management API (`/20200531`): what the engine reads of log groups, and deleting the logs jobs made. */
export function loggingManagementRoutes(tenancy: Tenancy): Route[] {
  const group = (request: EmulatorRequest): LogGroupRecord => {
    const found = tenancy.logGroups.get(request.params.logGroupId!);
    if (!found) throw notAuthorizedOrNotFound(`log group ${request.params.logGroupId}`);
    return found;
  };
  const log = (request: EmulatorRequest): [LogGroupRecord, LogRecord] => {
    const owner = group(request);
    const found = owner.logs.get(request.params.logId!);
    if (!found) throw notAuthorizedOrNotFound(`log ${request.params.logId} in log group ${owner.id}`);
    return [owner, found];
  };
  const getLogGroup = (request: EmulatorRequest): EmulatorResponse => ({ status: 200, json: logGroupJson(group(request)) });
  const listLogs = (request: EmulatorRequest): EmulatorResponse => {
    const owner = group(request);
    return { status: 200, json: [...owner.logs.values()].map((entry) => logJson(tenancy, owner, entry)) };
  };
  const getLog = (request: EmulatorRequest): EmulatorResponse => {
    const [owner, found] = log(request);
    return { status: 200, json: logJson(tenancy, owner, found) };
  };
  const deleteLog = (request: EmulatorRequest): EmulatorResponse => {
    const [owner, found] = log(request);
    // OCI deletes through a work request; here it is done at once.
    tenancy.deleteLog(owner.id, found.id);
    return { status: 202, headers: { 'opc-work-request-id': newOcid('logworkrequest', tenancy.region) } };
  };
  const base = '/20200531/logGroups/{logGroupId}';
  return [
    { method: 'GET', path: base, operation: 'getLogGroup', auth: 'required', handle: getLogGroup },
    { method: 'GET', path: `${base}/logs`, operation: 'listLogs', auth: 'required', handle: listLogs },
    { method: 'GET', path: `${base}/logs/{logId}`, operation: 'getLog', auth: 'required', handle: getLog },
    { method: 'DELETE', path: `${base}/logs/{logId}`, operation: 'deleteLog', auth: 'required', handle: deleteLog },
  ];
}
