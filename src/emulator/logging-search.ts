import type { LogStore } from './log-store.js';
import { parseLogQuery } from './log-query.js';
import { jsonBody, pageHeaders, pageOf, type EmulatorRequest, type EmulatorResponse, type Route } from './route.js';
import { invalidParameter, missingParameter, notAuthorizedOrNotFound } from './service-error.js';
import type { Tenancy } from './tenancy.js';

const MAX_RANGE_MS = 14 * 24 * 60 * 60 * 1000;

function timeAt(body: Record<string, unknown>, field: string): number {
  const value = body[field];
  if (value === undefined || value === null || value === '') throw missingParameter(field);
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) throw invalidParameter(`${field} '${String(value)}' is not an RFC 3339 date-time.`);
  return time;
}

/** The log ids a query's scopes name; unknown compartments, log groups or logs are 404. */
function resolveLogs(scopes: string[][], tenancy: Tenancy): string[] {
  const logIds = new Set<string>();
  for (const [compartmentId, logGroupId, logId] of scopes) {
    if (!tenancy.isCompartment(compartmentId!)) throw notAuthorizedOrNotFound(`compartment ${compartmentId}`);
    const groups = logGroupId ? [logGroupId] : tenancy.logGroupsIn(compartmentId!);
    for (const group of groups) {
      if (tenancy.logGroupCompartment(group) !== compartmentId) {
        throw notAuthorizedOrNotFound(`log group ${group} in compartment ${compartmentId}`);
      }
      if (logId && !tenancy.hasLog(group, logId)) throw notAuthorizedOrNotFound(`log ${logId} in log group ${group}`);
      for (const id of logId ? [logId] : tenancy.logsIn(group)) logIds.add(id);
    }
  }
  return [...logIds];
}

const FIELDS = [
  { fieldName: 'datetime', fieldType: 'NUMBER' },
  { fieldName: 'logContent', fieldType: 'STRING' },
];

/**
 * POST /20190909/search: the query forms the engine uses, over the job runs' log lines. A window
 * holding more than `maxResults` entries is refused as "too large", as OCI refuses big ones.
 */
export function loggingSearchRoutes(tenancy: Tenancy, logs: LogStore, maxResults: number): Route[] {
  function searchLogs(request: EmulatorRequest): EmulatorResponse {
    const body = jsonBody(request);
    const timeStart = timeAt(body, 'timeStart');
    const timeEnd = timeAt(body, 'timeEnd');
    if (timeStart >= timeEnd) throw invalidParameter('timeStart must be before timeEnd.');
    if (timeEnd - timeStart > MAX_RANGE_MS) throw invalidParameter('The time range of a search may not exceed 14 days.');
    if (typeof body.searchQuery !== 'string' || body.searchQuery.trim() === '') throw missingParameter('searchQuery');
    const query = parseLogQuery(body.searchQuery);
    const logIds = resolveLogs(query.scopes, tenancy);
    let entries = logs
      .search(logIds, timeStart, timeEnd)
      .filter((entry) => query.sourcePatterns.every((pattern) => pattern.test(entry.source)));
    if (entries.length > maxResults) {
      throw invalidParameter(`The search result is too large (${entries.length} entries, at most ${maxResults}): narrow the time range or the query.`);
    }
    if (query.descending) entries = entries.reverse();
    const page = pageOf(entries, request.query, 100, 1000);
    const results = page.items.map((entry) => ({
      data: {
        datetime: entry.datetime,
        logContent: {
          data: { message: entry.message },
          id: entry.id,
          oracle: {
            compartmentid: entry.compartmentId,
            ingestedtime: new Date(entry.visibleAt).toISOString(),
            loggroupid: entry.logGroupId,
            logid: entry.logId,
            tenantid: tenancy.tenancyId,
          },
          source: entry.source,
          specversion: '1.0',
          subject: entry.subject,
          time: entry.time,
          type: entry.type,
        },
      },
    }));
    const withFields = body.isReturnFieldInfo === true;
    return {
      status: 200,
      headers: pageHeaders(page),
      json: {
        results,
        ...(withFields ? { fields: FIELDS } : {}),
        summary: { resultCount: results.length, fieldCount: withFields ? FIELDS.length : 0 },
      },
    };
  }
  return [{ method: 'POST', path: '/20190909/search', operation: 'searchLogs', auth: 'required', handle: searchLogs }];
}
