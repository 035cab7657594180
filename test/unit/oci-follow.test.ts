import { describe, expect, it } from '@jest/globals';
import type { RunHandle } from '../../src/backends/backend.js';
import { OciJobBackend } from '../../src/backends/oci/oci-job-backend.js';
import { fakeOci, JOB_COMPARTMENT, JOB_ID, LOG_COMPARTMENT, RUN_ID, type FakeOciOptions } from './fake-oci.js';

const MINUTE = 60_000;
const handle: RunHandle = { notebook: 'n.ipynb', jobId: JOB_ID, runId: RUN_ID };
const LAST_LINE = 'oci-run-notebook: notebook succeeded';

/** A handle's cleanup record for a run with one output PAR. */
function withPar(): RunHandle['cleanup'] {
  const submission = { id: 's1', notebook: 'n.ipynb', compartmentId: JOB_COMPARTMENT, projectId: 'p', time: '2026-01-01T00:00:00Z', output: { namespace: 'ns', bucket: 'b', parScope: 'runs/' }, parIds: ['par'], jobId: JOB_ID, runId: RUN_ID };
  return { submission: JSON.stringify(submission) };
}

/** Follows a scripted run with the engine's own defaults, on a virtual clock. */
async function follow(options: FakeOciOptions, overrides: Partial<RunHandle> = {}, backendOptions = {}) {
  const fake = fakeOci(options);
  const lines: string[] = [];
  const backend = new OciJobBackend(fake.clients, { clock: fake.clock, ...backendOptions });
  const started = fake.clock.now();
  const result = await backend.follow({ ...handle, ...overrides }, { onLog: (line) => lines.push(line.message) });
  return { ...fake, result, lines, minutes: (fake.clock.now() - started) / MINUTE };
}

describe('following a run through NEEDS_ATTENTION', () => {
  it('keeps polling while the run needs attention, says why, and follows it on when it moves', async () => {
    const { result, lines } = await follow({
      steps: [
        { afterMinutes: 0, lifecycleState: 'ACCEPTED' },
        { afterMinutes: 2, lifecycleState: 'NEEDS_ATTENTION', lifecycleDetails: 'Out of host capacity' },
        { afterMinutes: 10, lifecycleState: 'IN_PROGRESS', logged: true },
        { afterMinutes: 12, lifecycleState: 'SUCCEEDED' },
      ],
      lines: [{ writtenAfterMinutes: 11, message: LAST_LINE }],
    });
    expect(result.state).toBe('SUCCEEDED');
    expect(lines).toEqual([
      expect.stringMatching(/^oci-run-notebook: the run needs attention: Out of host capacity\. It is still live; waiting up to 30 minutes/),
      'oci-run-notebook: the run no longer needs attention: it is IN_PROGRESS',
      LAST_LINE,
    ]);
  });

  it('cancels a run that has not moved from NEEDS_ATTENTION for 30 minutes, and reports it as not succeeded', async () => {
    const { result, calls, minutes } = await follow({
      steps: [
        { afterMinutes: 0, lifecycleState: 'ACCEPTED' },
        { afterMinutes: 1, lifecycleState: 'IN_PROGRESS' },
        { afterMinutes: 3, lifecycleState: 'NEEDS_ATTENTION', lifecycleDetails: 'The job run could not mount its storage' },
      ],
    });
    expect(calls).toContain('cancelJobRun');
    expect(minutes).toBeGreaterThanOrEqual(33);
    expect(minutes).toBeLessThan(34);
    expect(result.state).toBe('CANCELED');
    expect(result.error).toBe(
      'needs attention: in NEEDS_ATTENTION for 30 minutes without moving (NEEDS_ATTENTION: The job run could not mount its storage); the run was cancelled (CANCELED)',
    );
  });

  it('waits as long as the request says', async () => {
    const steps = [{ afterMinutes: 0, lifecycleState: 'NEEDS_ATTENTION' }];
    const { minutes } = await follow({ steps }, { needsAttentionMinutes: 5 });
    expect(minutes).toBeGreaterThanOrEqual(5);
    expect(minutes).toBeLessThan(6);
  });
});

describe('the limits of a run', () => {
  it('counts the timeout from the start of the run, not from its acceptance', async () => {
    const { result, minutes } = await follow(
      { steps: [{ afterMinutes: 0, lifecycleState: 'ACCEPTED' }, { afterMinutes: 45, lifecycleState: 'IN_PROGRESS' }] },
      { maximumRuntimeMinutes: 30 },
    );
    expect(minutes).toBeGreaterThanOrEqual(75);
    expect(minutes).toBeLessThan(76);
    expect(result.state).toBe('CANCELED');
    expect(result.error).toBe('timed out: still running 30 minutes after it started; the run was cancelled (CANCELED)');
  });

  it('cancels a run that has not started 60 minutes after it was accepted', async () => {
    const { result, minutes } = await follow({ steps: [{ afterMinutes: 0, lifecycleState: 'ACCEPTED' }] });
    expect(minutes).toBeGreaterThanOrEqual(60);
    expect(minutes).toBeLessThan(61);
    expect(result.error).toBe('not started: not started 60 minutes after it was accepted (ACCEPTED); the run was cancelled (CANCELED)');
  });

  it('keeps the output PAR while the run may still start, and deletes it once the run has ended', async () => {
    const cleanup = withPar();
    const stuck = await follow({ steps: [{ afterMinutes: 0, lifecycleState: 'ACCEPTED' }], honourCancel: false }, { cleanup, maxQueueMinutes: 1 }, { cancelWaitMs: 5 * MINUTE });
    expect(stuck.result.state).toBe('ACCEPTED');
    expect(stuck.calls).not.toContain('deletePreauthenticatedRequest');
    const ended = await follow({ steps: [{ afterMinutes: 0, lifecycleState: 'ACCEPTED' }] }, { cleanup, maxQueueMinutes: 1 });
    expect(ended.result.state).toBe('CANCELED');
    expect(ended.calls).toContain('deletePreauthenticatedRequest');
  });

  it.each(['SUCCEEDED', 'FAILED', 'CANCELED', 'DELETED'])('stops polling at %s', async (state) => {
    const { result, calls } = await follow({ steps: [{ afterMinutes: 0, lifecycleState: 'IN_PROGRESS' }, { afterMinutes: 0.1, lifecycleState: state }] });
    expect(result.state).toBe(state);
    expect(calls.filter((call) => call === 'cancelJobRun')).toEqual([]);
  });
});

describe('the logs of a run', () => {
  const quickRun = [
    { afterMinutes: 0, lifecycleState: 'ACCEPTED' },
    { afterMinutes: 5, lifecycleState: 'IN_PROGRESS', logged: true },
    { afterMinutes: 6, lifecycleState: 'SUCCEEDED' },
  ];

  it("reads the log once the run names it, searching the log group's own compartment", async () => {
    const { lines, queries, calls } = await follow({ steps: quickRun, lines: [{ writtenAfterMinutes: 5.5, message: 'hello' }, { writtenAfterMinutes: 5.6, message: LAST_LINE }] });
    expect(lines).toEqual(['hello', LAST_LINE]);
    expect(calls.filter((call) => call === 'getLogGroup')).toHaveLength(1);
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((query) => query.startsWith(`search "${LOG_COMPARTMENT}/ocid1.loggroup.`))).toBe(true);
  });

  it('searches the compartment the request names, without looking it up', async () => {
    const given = 'ocid1.compartment.oc1..given';
    const { queries, calls } = await follow({ steps: quickRun, lines: [{ writtenAfterMinutes: 5.5, message: LAST_LINE }] }, { logCompartmentId: given });
    expect(calls).not.toContain('getLogGroup');
    expect(queries.every((query) => query.startsWith(`search "${given}/`))).toBe(true);
  });

  it("says so and searches the run's compartment when the log group cannot be read", async () => {
    const { lines, queries } = await follow({ steps: quickRun, logGroupFailure: 404, lines: [{ writtenAfterMinutes: 5.5, message: LAST_LINE }] });
    expect(lines[0]).toMatch(/^oci-run-notebook: cannot read log group ocid1\.loggroup\.\S+ to find its compartment \(404 NotAuthorizedOrNotFound: .*\); searching the run's compartment instead/);
    expect(queries.every((query) => query.startsWith(`search "${JOB_COMPARTMENT}/`))).toBe(true);
  });

  it('reads lines that become searchable 75 s after the run ended, up to its last line', async () => {
    const { result, lines, minutes } = await follow({
      steps: quickRun,
      lines: [
        { writtenAfterMinutes: 5.9, lagMinutes: 1.25, message: 'late' },
        { writtenAfterMinutes: 5.95, lagMinutes: 1.25, message: LAST_LINE },
      ],
    });
    expect(result.state).toBe('SUCCEEDED');
    expect(lines).toEqual(['late', LAST_LINE]);
    expect(minutes).toBeGreaterThanOrEqual(7.1);
    expect(minutes).toBeLessThan(7.5);
  });

  it("waits 90 s past timeFinished for a last line that never comes, then stops", async () => {
    const { lines, clock } = await follow({ steps: quickRun, lines: [{ writtenAfterMinutes: 5.5, message: 'no last line' }] });
    expect(lines).toEqual(['no last line']);
    const finished = Date.parse('2026-01-01T00:06:00Z');
    expect(clock.now() - finished).toBeGreaterThanOrEqual(90_000);
    expect(clock.now() - finished).toBeLessThan(100_000);
  });

  it('splits a search window that Logging Search finds too large, and reads every line once, in order', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ writtenAfterMinutes: 0.5 + i * 0.5, message: `line ${i}` }));
    const { lines, calls } = await follow({
      steps: [{ afterMinutes: 0, lifecycleState: 'IN_PROGRESS', logged: true }, { afterMinutes: 7, lifecycleState: 'SUCCEEDED' }],
      lines: [...many, { writtenAfterMinutes: 6.9, message: LAST_LINE }],
      tooLargeOverMinutes: 2,
    });
    expect(lines).toEqual([...many.map((line) => line.message), LAST_LINE]);
    expect(calls.filter((call) => call === 'searchLogs').length).toBeGreaterThan(calls.filter((call) => call === 'getJobRun').length);
  });

  it('still follows a run whose logs cannot be read, and says so once', async () => {
    const { result, lines, calls } = await follow({ steps: quickRun, searchFailure: 404 });
    expect(result.state).toBe('SUCCEEDED');
    expect(calls.filter((call) => call === 'searchLogs').length).toBeGreaterThan(1);
    expect(lines).toEqual([expect.stringMatching(/^oci-run-notebook: cannot read the run's logs \(404 NotAuthorizedOrNotFound: .*\); still following the run$/)]);
  });
});

describe('following a run through an outage of the API', () => {
  const cleanup = withPar();
  const running = [
    { afterMinutes: 0, lifecycleState: 'IN_PROGRESS' },
    { afterMinutes: 5, lifecycleState: 'SUCCEEDED' },
  ];

  it('sits out 45 s of 503s from GetJobRun, says so, follows the run to its end and only then deletes its PAR', async () => {
    const { result, lines, calls } = await follow({ steps: running, outages: [{ fromMinutes: 1, toMinutes: 1.75 }] }, { cleanup });
    expect(result.state).toBe('SUCCEEDED');
    expect(lines).toEqual([
      expect.stringMatching(/^oci-run-notebook: OCI does not answer about the run \(503 ServiceUnavailable: .*\); the run is left to go on, and asked about again until 2026-01-02T00:15:00\.000Z$/),
      expect.stringMatching(/^oci-run-notebook: OCI answers again, after (4[5-9]|5\d) s$/),
    ]);
    expect(calls.at(-1)).toBe('deletePreauthenticatedRequest');
  });

  it('gives up only when the run must have ended by its limits, and keeps its PAR then', async () => {
    const fake = fakeOci({ steps: running, outages: [{ fromMinutes: 1, toMinutes: 10_000 }] });
    const backend = new OciJobBackend(fake.clients, { clock: fake.clock });
    const started = fake.clock.now();
    await expect(backend.follow({ ...handle, cleanup, maximumRuntimeMinutes: 30 })).rejects.toMatchObject({ statusCode: 503 });
    // Its runtime from its start, plus the 15 minutes its PAR outlives that.
    expect((fake.clock.now() - started) / MINUTE).toBeGreaterThanOrEqual(45);
    expect((fake.clock.now() - started) / MINUTE).toBeLessThan(46);
    expect(fake.calls).not.toContain('deletePreauthenticatedRequest');
  });

  it('waits out a run with no runtime limit for as long as its PAR lives', async () => {
    const fake = fakeOci({ steps: running, outages: [{ fromMinutes: 1, toMinutes: 10_000 }] });
    const backend = new OciJobBackend(fake.clients, { clock: fake.clock, defaultParLifetimeMinutes: 120 });
    const started = fake.clock.now();
    await expect(backend.follow({ ...handle, cleanup })).rejects.toMatchObject({ statusCode: 503 });
    expect((fake.clock.now() - started) / MINUTE).toBeGreaterThanOrEqual(135);
    expect((fake.clock.now() - started) / MINUTE).toBeLessThan(136);
  });

  it('does not wait out an answer that will not change (404)', async () => {
    const fake = fakeOci({ steps: running, outages: [{ fromMinutes: 1, toMinutes: 10_000, status: 404 }] });
    const backend = new OciJobBackend(fake.clients, { clock: fake.clock });
    const started = fake.clock.now();
    await expect(backend.follow({ ...handle, cleanup })).rejects.toMatchObject({ statusCode: 404 });
    expect((fake.clock.now() - started) / MINUTE).toBeLessThan(1.1);
    expect(fake.calls).not.toContain('deletePreauthenticatedRequest');
  });

  it('cancels the run as last seen on Ctrl-C during an outage, retrying the cancel until it goes through', async () => {
    const controller = new AbortController();
    const fake = fakeOci({
      steps: [{ afterMinutes: 0, lifecycleState: 'IN_PROGRESS' }],
      outages: [{ fromMinutes: 1, toMinutes: 4 }, { fromMinutes: 1, toMinutes: 3, call: 'cancelJobRun' }],
      onGetJobRun: (minutes) => minutes >= 2 && controller.abort(),
    });
    const backend = new OciJobBackend(fake.clients, { clock: fake.clock });
    const result = await backend.follow({ ...handle, cleanup }, { signal: controller.signal });
    expect(result.state).toBe('CANCELED');
    expect(fake.calls.filter((call) => call === 'cancelJobRun').length).toBeGreaterThan(1);
    expect(fake.calls).toContain('deletePreauthenticatedRequest');
  });
});
