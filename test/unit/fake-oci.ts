import type { OciClients } from '../../src/oci/clients.js';
import { VirtualClock } from '../support/clock.js';

/** One state of a scripted run, from `afterMinutes` after it was accepted until the next step. */
export interface RunStep {
  afterMinutes: number;
  lifecycleState: string;
  lifecycleDetails?: string;
  /** The run names its log from this step on. */
  logged?: boolean;
}

export interface LogLineAt {
  /** Minutes after acceptance the line was written... */
  writtenAfterMinutes: number;
  /** ...and how much later it became searchable. */
  lagMinutes?: number;
  message: string;
}

export interface FakeOciOptions {
  steps: RunStep[];
  lines?: LogLineAt[];
  /** A cancel is honoured (the run goes CANCELED at the next poll) unless this is false. */
  honourCancel?: boolean;
  /** Search windows longer than this many minutes answer 400 "too large". */
  tooLargeOverMinutes?: number;
  /** GetLogGroup fails with this status instead of answering. */
  logGroupFailure?: number;
  /** Every search fails with this status. */
  searchFailure?: number;
  /** Minutes after acceptance during which GetJobRun (or the named call) answers `status` (default 503) instead. */
  outages?: Array<{ fromMinutes: number; toMinutes: number; status?: number; call?: 'getJobRun' | 'cancelJobRun' }>;
  /** Called at every GetJobRun, with the minutes since acceptance (to abort at a given time, say). */
  onGetJobRun?: (minutes: number) => void;
}

export const RUN_ID = 'ocid1.datasciencejobrun.oc1.iad.aaaa';
export const JOB_ID = 'ocid1.datasciencejob.oc1.iad.aaaa';
export const JOB_COMPARTMENT = 'ocid1.compartment.oc1..jobs';
export const LOG_COMPARTMENT = 'ocid1.compartment.oc1..logs';
const MINUTE = 60_000;

const SERVICE_CODES: Record<number, string> = { 400: 'InvalidParameter', 404: 'NotAuthorizedOrNotFound', 503: 'ServiceUnavailable', 500: 'InternalServerError' };
const serviceError = (statusCode: number, message: string) =>
  Object.assign(new Error(message), { statusCode, serviceCode: SERVICE_CODES[statusCode] ?? 'NotAuthorizedOrNotFound' });

/** Just enough of the OCI clients to follow one scripted run, on a virtual clock. */
export function fakeOci(options: FakeOciOptions) {
  const clock = new VirtualClock();
  const accepted = clock.now();
  const calls: string[] = [];
  const queries: string[] = [];
  let cancelledAt: number | undefined;
  const at = (minutes: number) => new Date(accepted + minutes * MINUTE);

  const runNow = () => {
    const elapsed = (clock.now() - accepted) / MINUTE;
    let steps = options.steps.filter((step) => step.afterMinutes <= elapsed);
    if (cancelledAt !== undefined && options.honourCancel !== false) {
      steps = [...steps.filter((step) => step.afterMinutes * MINUTE + accepted <= cancelledAt!), { afterMinutes: (cancelledAt - accepted) / MINUTE, lifecycleState: 'CANCELED' }];
    }
    const current = steps.at(-1)!;
    const started = steps.find((step) => step.lifecycleState === 'IN_PROGRESS');
    const ended = ['SUCCEEDED', 'FAILED', 'CANCELED', 'DELETED'].includes(current.lifecycleState);
    const logged = steps.some((step) => step.logged);
    return {
      id: RUN_ID,
      jobId: JOB_ID,
      compartmentId: JOB_COMPARTMENT,
      timeAccepted: at(0),
      ...(started ? { timeStarted: at(started.afterMinutes) } : {}),
      ...(ended ? { timeFinished: at(current.afterMinutes) } : {}),
      lifecycleState: current.lifecycleState,
      ...(current.lifecycleDetails ? { lifecycleDetails: current.lifecycleDetails } : {}),
      ...(logged ? { logDetails: { logGroupId: 'ocid1.loggroup.oc1.iad.aaaa', logId: 'ocid1.log.oc1.iad.aaaa' } } : {}),
    };
  };

  const outage = (call: 'getJobRun' | 'cancelJobRun') => {
    const minutes = (clock.now() - accepted) / MINUTE;
    const down = (options.outages ?? []).find((o) => (o.call ?? 'getJobRun') === call && minutes >= o.fromMinutes && minutes < o.toMinutes);
    if (down) throw serviceError(down.status ?? 503, 'The service is unavailable');
  };

  const clients = {
    credentials: { region: { regionId: 'us-ashburn-1', realm: { realmId: 'oc1', secondLevelDomain: 'oraclecloud.com' } } },
    use: async () => undefined,
    dataScience: {
      getJobRun: async () => {
        calls.push('getJobRun');
        options.onGetJobRun?.((clock.now() - accepted) / MINUTE);
        outage('getJobRun');
        return { jobRun: runNow() };
      },
      cancelJobRun: async () => {
        calls.push('cancelJobRun');
        outage('cancelJobRun');
        cancelledAt ??= clock.now();
        return {};
      },
    },
    logging: {
      getLogGroup: async () => {
        calls.push('getLogGroup');
        if (options.logGroupFailure) throw serviceError(options.logGroupFailure, 'Authorization failed or requested resource not found');
        return { logGroup: { compartmentId: LOG_COMPARTMENT } };
      },
    },
    logSearch: {
      searchLogs: async (request: { searchLogsDetails: { timeStart: Date; timeEnd: Date; searchQuery: string } }) => {
        calls.push('searchLogs');
        const { timeStart, timeEnd, searchQuery } = request.searchLogsDetails;
        queries.push(searchQuery);
        if (options.searchFailure) throw serviceError(options.searchFailure, 'Authorization failed or requested resource not found');
        if (options.tooLargeOverMinutes !== undefined && timeEnd.getTime() - timeStart.getTime() > options.tooLargeOverMinutes * MINUTE) {
          throw serviceError(400, 'The search result is too large; narrow the time range.');
        }
        const results = (options.lines ?? [])
          .map((line, index) => ({ line, index, time: accepted + line.writtenAfterMinutes * MINUTE }))
          .filter(({ line, time }) => time + (line.lagMinutes ?? 0) * MINUTE <= clock.now() && time >= timeStart.getTime() && time < timeEnd.getTime())
          .map(({ line, index, time }) => ({ data: { datetime: time, logContent: { id: `line-${index}`, time: new Date(time).toISOString(), data: { message: line.message } } } }));
        return { searchResponse: { results } };
      },
    },
    objectStorage: {
      deletePreauthenticatedRequest: async () => {
        calls.push('deletePreauthenticatedRequest');
        return {};
      },
    },
  } as unknown as OciClients;
  return { clients, clock, calls, queries };
}
