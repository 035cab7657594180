import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { parseLogQuery } from '../../src/emulator/log-query.js';
import { LogStore } from '../../src/emulator/log-store.js';
import { newOcid } from '../../src/emulator/ocid.js';
import { RunLogReader } from '../../src/backends/oci/run-log-reader.js';
import { FAST_EMULATOR } from '../support/emulated-oci.js';
import { runLogMessages, startRun, waitFor, waitForRun, zipOf } from './job-fixtures.js';
import { ociError, sdkClients, type ClientSet } from './sdk-clients.js';

describe('Logging Search query parsing', () => {
  it('reads the engine query form, whatever the quotes, spacing and keyword case', () => {
    for (const query of [
      `search "c/g/l" | where source = '*ocid1.run' | sort by datetime asc`,
      `SEARCH 'c/g/l'|WHERE source='*ocid1.run'|SORT BY datetime ASC`,
      `  search   "c/g/l"  |  where  source  =  "*ocid1.run"  `,
    ]) {
      const parsed = parseLogQuery(query);
      expect(parsed.scopes).toEqual([['c', 'g', 'l']]);
      expect(parsed.sourcePatterns).toHaveLength(1);
      expect(parsed.sourcePatterns[0]!.test('ocid1.run')).toBe(true);
      expect(parsed.sourcePatterns[0]!.test('ocid1.other')).toBe(false);
      expect(parsed.descending).toBe(false);
    }
    expect(parseLogQuery(`search "c/g", "c" | sort by datetime desc`)).toMatchObject({ scopes: [['c', 'g'], ['c']], descending: true });
  });

  it.each([
    `search "c/g/l" | where level = 'ERROR'`,
    `search "c/g/l" | stats count`,
    `select * from logs`,
    `search "c/g/l/x/y"`,
    `search "c/g/l" | where source = 'unclosed`,
  ])('refuses %s as InvalidParameter naming the supported forms', (query) => {
    expect(() => parseLogQuery(query)).toThrow(/search "<compartment>|unclosed/);
  });
});

describe('the log store', () => {
  it('hides an entry until logDelayMs after it was written, by the clock it is given', () => {
    const store = new LogStore(700);
    const line = { logGroupId: 'g', logId: 'l', compartmentId: 'c', source: 'run', subject: 'stdout', message: 'late' };
    store.append(line, 1_000);
    expect(store.search(['l'], 0, 10_000, 1_699)).toEqual([]);
    expect(store.search(['l'], 0, 10_000, 1_700).map((entry) => entry.message)).toEqual(['late']);
    expect(store.search(['l'], 1_001, 10_000, 5_000)).toEqual([]);
  });
});

describe('Logging Search over job run logs', () => {
  let emulator: Emulator;
  let clients: ClientSet;

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Long enough that the lines are surely still hidden when the test first looks, however loaded the machine.
    emulator = await startEmulator({ startDelayMs: 20, logDelayMs: 4000 });
    clients = sdkClients(emulator);
  });
  afterAll(() => emulator.close());

  it('shows lines only after logDelayMs, then all of them in order, and only inside the time window', async () => {
    const lines = Array.from({ length: 7 }, (_, i) => `echo "entry ${i}"`).join('\n');
    const accepted = await startRun(clients.dataScience, emulator, { bytes: zipOf({ 'log.sh': lines }), fileName: 'job.zip' }, { JOB_RUN_ENTRYPOINT: 'log.sh' });
    const run = await waitForRun(clients.dataScience, accepted.id, ['SUCCEEDED']);
    expect(await runLogMessages(clients.logSearch, emulator, run)).toEqual([]);
    const all = await waitFor('all 7 lines to become searchable', async () => {
      const messages = await runLogMessages(clients.logSearch, emulator, run);
      return messages.length >= 7 ? messages : undefined;
    });
    expect(all).toEqual(Array.from({ length: 7 }, (_, i) => `entry ${i}`));

    const { logGroupId, logId } = run.logDetails!;
    const before = await clients.logSearch.searchLogs({
      searchLogsDetails: {
        timeStart: new Date(Date.now() - 3_600_000),
        timeEnd: new Date(run.timeAccepted),
        searchQuery: `search "${emulator.logCompartmentId}/${logGroupId}/${logId}"`,
      },
    });
    expect(before.searchResponse.summary.resultCount).toBe(0);
    const result = (
      await clients.logSearch.searchLogs({
        searchLogsDetails: {
          timeStart: new Date(Date.now() - 60_000),
          timeEnd: new Date(Date.now() + 1000),
          searchQuery: `search "${emulator.logCompartmentId}/${logGroupId}" | where source = '*${run.id}' | sort by datetime desc`,
        },
        limit: 1,
      })
    ).searchResponse.results![0]!.data;
    expect(result.logContent.data.message).toBe('entry 6');
    expect(typeof result.datetime).toBe('number');
    expect(result.logContent.source).toBe(run.id);
    expect(Date.parse(result.logContent.time)).toBe(result.datetime);
  });

  it('answers 404 for an unknown log and 400 for queries it does not support', async () => {
    const window = { timeStart: new Date(Date.now() - 60_000), timeEnd: new Date() };
    const unknownLog = await ociError(
      clients.logSearch.searchLogs({
        searchLogsDetails: { ...window, searchQuery: `search "${emulator.logCompartmentId}/${emulator.logGroupId}/${newOcid('log', 'us-ashburn-1')}"` },
      }),
    );
    expect([unknownLog.statusCode, unknownLog.serviceCode]).toEqual([404, 'NotAuthorizedOrNotFound']);
    const unknownGroup = await ociError(
      clients.logSearch.searchLogs({ searchLogsDetails: { ...window, searchQuery: `search "${emulator.logCompartmentId}/${newOcid('loggroup', 'us-ashburn-1')}"` } }),
    );
    expect(unknownGroup.statusCode).toBe(404);
    const unsupported = await ociError(
      clients.logSearch.searchLogs({ searchLogsDetails: { ...window, searchQuery: `search "${emulator.compartmentId}" | stats count by source` } }),
    );
    expect([unsupported.statusCode, unsupported.serviceCode]).toEqual([400, 'InvalidParameter']);
    expect(unsupported.message).toMatch(/supports: search "<compartment>/);
  });

  it("finds a log only in its log group's own compartment, which GetLogGroup names", async () => {
    expect(emulator.logCompartmentId).not.toBe(emulator.compartmentId);
    const { logGroup } = await clients.logging.getLogGroup({ logGroupId: emulator.logGroupId });
    expect(logGroup.compartmentId).toBe(emulator.logCompartmentId);
    const window = { timeStart: new Date(Date.now() - 60_000), timeEnd: new Date() };
    const inJobsCompartment = await ociError(
      clients.logSearch.searchLogs({ searchLogsDetails: { ...window, searchQuery: `search "${emulator.compartmentId}/${emulator.logGroupId}"` } }),
    );
    expect([inJobsCompartment.statusCode, inJobsCompartment.serviceCode]).toEqual([404, 'NotAuthorizedOrNotFound']);
  });
});

describe('a Logging Search result that is too large', () => {
  it('is refused with 400 "search result is too large"; the engine reads it in smaller windows', async () => {
    const small = await startEmulator({ ...FAST_EMULATOR, maxSearchResults: 3 });
    try {
      const own = sdkClients(small);
      const lines = Array.from({ length: 6 }, (_, i) => `echo "entry ${i}"; sleep 0.05`).join('\n');
      const accepted = await startRun(own.dataScience, small, { bytes: zipOf({ 'log.sh': lines }), fileName: 'job.zip' }, { JOB_RUN_ENTRYPOINT: 'log.sh' });
      const run = await waitForRun(own.dataScience, accepted.id, ['SUCCEEDED']);
      const { logGroupId, logId } = run.logDetails!;
      const searchQuery = `search "${small.logCompartmentId}/${logGroupId}/${logId}"`;
      const tooLarge = await ociError(
        own.logSearch.searchLogs({ searchLogsDetails: { timeStart: new Date(run.timeAccepted), timeEnd: new Date(Date.now() + 1000), searchQuery } }),
      );
      expect([tooLarge.statusCode, tooLarge.serviceCode]).toEqual([400, 'InvalidParameter']);
      expect(tooLarge.message).toMatch(/search result is too large/);
      // The engine's reader splits the window until each half is small enough.
      const reader = new RunLogReader(own.logSearch, { compartmentId: small.logCompartmentId, logGroupId, logId }, run.id, new Date(run.timeAccepted));
      expect((await reader.readNew()).map((entry) => entry.message)).toEqual(Array.from({ length: 6 }, (_, i) => `entry ${i}`));
    } finally {
      await small.close();
    }
  });
});
