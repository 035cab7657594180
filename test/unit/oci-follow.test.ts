import { describe, expect, it } from '@jest/globals';
import { OciJobBackend } from '../../src/backends/oci/oci-job-backend.js';
import type { OciClients } from '../../src/oci/clients.js';

/** Just enough of the clients for `follow`: a run that goes ACCEPTED → IN_PROGRESS → `last`. */
function clientsWithRun(last: { lifecycleState: string; lifecycleDetails?: string }, calls: string[], logged = false): OciClients {
  const states = ['ACCEPTED', 'IN_PROGRESS', last.lifecycleState];
  const run = (state: string) => ({
    id: 'ocid1.datasciencejobrun.oc1.iad.aaaa',
    jobId: 'ocid1.datasciencejob.oc1.iad.aaaa',
    compartmentId: 'ocid1.compartment.oc1..aaaa',
    timeAccepted: new Date('2026-01-01T00:00:00Z'),
    lifecycleState: state,
    ...(logged ? { logDetails: { logGroupId: 'ocid1.loggroup.oc1.iad.aaaa', logId: 'ocid1.log.oc1.iad.aaaa' } } : {}),
    ...(state === last.lifecycleState ? { lifecycleDetails: last.lifecycleDetails } : {}),
  });
  return {
    use: async () => undefined,
    dataScience: {
      getJobRun: async () => {
        calls.push('getJobRun');
        return { jobRun: run(states.shift() ?? last.lifecycleState) };
      },
      cancelJobRun: async () => {
        calls.push('cancelJobRun');
        return {};
      },
    },
    logSearch: {
      searchLogs: async () => {
        calls.push('searchLogs');
        throw Object.assign(new Error('Authorization failed or requested resource not found'), { statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
      },
    },
  } as unknown as OciClients;
}

const handle = { notebook: 'n.ipynb', jobId: 'ocid1.datasciencejob.oc1.iad.aaaa', runId: 'ocid1.datasciencejobrun.oc1.iad.aaaa' };
const fast = { pollSchedule: { initialMs: 1, factor: 1, maxMs: 1 }, logSettleMs: 10, logQuietMs: 10 };

describe('following a run (with a fake Data Science client)', () => {
  it('stops at NEEDS_ATTENTION and reports it as not succeeded, with its details', async () => {
    const calls: string[] = [];
    const backend = new OciJobBackend(clientsWithRun({ lifecycleState: 'NEEDS_ATTENTION', lifecycleDetails: 'Shape capacity unavailable' }, calls), fast);
    const result = await backend.follow(handle);
    expect(result.state).toBe('NEEDS_ATTENTION');
    expect(result.error).toBe('NEEDS_ATTENTION: Shape capacity unavailable');
    expect(calls).toEqual(['getJobRun', 'getJobRun', 'getJobRun']);
  });

  it.each(['SUCCEEDED', 'FAILED', 'CANCELED', 'DELETED'])('stops polling at %s', async (state) => {
    const calls: string[] = [];
    const result = await new OciJobBackend(clientsWithRun({ lifecycleState: state }, calls), fast).follow(handle);
    expect(result.state).toBe(state);
    expect(calls.filter((call) => call === 'getJobRun')).toHaveLength(3);
  });

  it('still follows a run whose logs cannot be read, and says so once', async () => {
    const calls: string[] = [];
    const lines: string[] = [];
    const backend = new OciJobBackend(clientsWithRun({ lifecycleState: 'SUCCEEDED' }, calls, true), fast);
    const result = await backend.follow(handle, { onLog: (line) => lines.push(line.message) });
    expect(result.state).toBe('SUCCEEDED');
    expect(calls.filter((call) => call === 'searchLogs').length).toBeGreaterThan(1);
    expect(lines).toEqual([expect.stringMatching(/^oci-run-notebook: cannot read the run's logs \(404 NotAuthorizedOrNotFound: .*\); still following the run$/)]);
  });
});
