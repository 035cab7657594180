import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator, type EmulatorState, type JobRunVmTime } from '../../src/emulator/index.js';
import { startRun, waitForRun, zipOf } from './job-fixtures.js';
import { sdkClients, type ClientSet } from './sdk-clients.js';

const START_DELAY_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (iso: string | null) => new Date(iso!).getTime();

describe('VM-time and the state listing', () => {
  let emulator: Emulator;
  let clients: ClientSet;

  beforeAll(async () => {
    emulator = await startEmulator({ startDelayMs: START_DELAY_MS, logDelayMs: 0 });
    clients = sdkClients(emulator);
  });
  afterAll(() => emulator.close());

  const runOf = (state: EmulatorState, id: string): JobRunVmTime => {
    const run = state.jobRuns.find((candidate) => candidate.id === id);
    if (!run) throw new Error(`run ${id} is not in the state listing`);
    return run;
  };
  const script = (text: string) => ({ bytes: zipOf({ 'run.sh': text }), fileName: 'job.zip' });

  it('counts a run from acceptance, provisioning included, to its end', async () => {
    const accepted = await startRun(clients.dataScience, emulator, script('sleep 0.5\n'), { JOB_RUN_ENTRYPOINT: 'run.sh' });
    const run = await waitForRun(clients.dataScience, accepted.id, ['SUCCEEDED', 'FAILED']);
    expect(run.lifecycleState).toBe('SUCCEEDED');

    const listed = runOf(emulator.state(), run.id);
    expect(listed).toMatchObject({
      jobId: run.jobId,
      displayName: run.displayName,
      lifecycleState: 'SUCCEEDED',
      shape: 'VM.Standard.E4.Flex',
      ocpus: 1,
      memoryInGBs: 16,
    });
    // The listing's times are the API's times.
    expect([ms(listed.timeAccepted), ms(listed.timeStarted), ms(listed.timeFinished)]).toEqual([
      new Date(run.timeAccepted).getTime(),
      new Date(run.timeStarted!).getTime(),
      new Date(run.timeFinished!).getTime(),
    ]);
    const runtimeSeconds = (ms(listed.timeFinished) - ms(listed.timeStarted)) / 1000;
    expect(runtimeSeconds).toBeGreaterThanOrEqual(0.5);
    expect(listed.vmSeconds).toBeGreaterThanOrEqual(START_DELAY_MS / 1000 + runtimeSeconds);
    expect(listed.vmSeconds).toBeCloseTo((ms(listed.timeFinished) - ms(listed.timeAccepted)) / 1000, 3);
  });

  it('keeps counting a live run up to now, and a cancelled run stops at its end', async () => {
    const accepted = await startRun(clients.dataScience, emulator, script('sleep 30\n'), { JOB_RUN_ENTRYPOINT: 'run.sh' });
    await waitForRun(clients.dataScience, accepted.id, ['IN_PROGRESS']);
    const live = runOf(emulator.state(), accepted.id);
    expect([live.lifecycleState, live.timeFinished]).toEqual(['IN_PROGRESS', null]);
    await sleep(200);
    const later = emulator.state();
    expect(runOf(later, accepted.id).vmSeconds).toBeGreaterThanOrEqual(live.vmSeconds + 0.2);
    expect(runOf(later, accepted.id).vmSeconds).toBeCloseTo((ms(later.time) - ms(live.timeAccepted)) / 1000, 3);

    await clients.dataScience.cancelJobRun({ jobRunId: accepted.id });
    await waitForRun(clients.dataScience, accepted.id, ['CANCELED']);
    const ended = runOf(emulator.state(), accepted.id);
    expect(ended.vmSeconds).toBeCloseTo((ms(ended.timeFinished) - ms(ended.timeAccepted)) / 1000, 3);
    await sleep(300);
    expect(runOf(emulator.state(), accepted.id).vmSeconds).toBe(ended.vmSeconds);
  });

  it('counts the provisioning of a run cancelled before it started', async () => {
    const accepted = await startRun(clients.dataScience, emulator, script('echo never\n'), { JOB_RUN_ENTRYPOINT: 'run.sh' });
    await sleep(100);
    await clients.dataScience.cancelJobRun({ jobRunId: accepted.id });
    await waitForRun(clients.dataScience, accepted.id, ['CANCELED']);
    const listed = runOf(emulator.state(), accepted.id);
    expect(listed.timeStarted).toBeNull();
    expect(listed.vmSeconds).toBeGreaterThanOrEqual(0.1);
    expect(listed.vmSeconds).toBeLessThan(START_DELAY_MS / 1000);
  });

  it('totals every run, in the order they were accepted', () => {
    const state = emulator.state();
    expect(state.totals.jobRuns).toBe(state.jobRuns.length);
    expect(state.jobRuns.length).toBeGreaterThanOrEqual(3);
    const sum = state.jobRuns.reduce((total, run) => total + run.vmSeconds, 0);
    expect(state.totals.vmSeconds).toBeCloseTo(sum, 6);
    const accepted = state.jobRuns.map((run) => ms(run.timeAccepted));
    expect(accepted).toEqual([...accepted].sort((a, b) => a - b));
  });

  it('answers the same listing as JSON over HTTP, unsigned, and faults do not reach it', async () => {
    expect(emulator.stateUrl).toBe(`${emulator.url}/_emulator/state`);
    emulator.setFaults({ errorRate: 1 });
    let response: Response;
    try {
      response = await fetch(emulator.stateUrl);
    } finally {
      emulator.setFaults(undefined);
    }
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as EmulatorState;
    // Every run here has ended, so the listing is the same whenever it is taken.
    const { time: _time, ...fromCode } = emulator.state();
    const { time, ...fromHttp } = body;
    expect(Number.isNaN(ms(time))).toBe(false);
    expect(fromHttp).toEqual(fromCode);
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'GET', path: '/_emulator/state', status: 200, operation: 'getEmulatorState' });
  });

  it('answers an empty listing before any run', async () => {
    const fresh = await startEmulator({ startDelayMs: 0, logDelayMs: 0 });
    try {
      const body = (await (await fetch(`${fresh.url}/_emulator/state`)).json()) as EmulatorState;
      expect([body.jobRuns, body.totals]).toEqual([[], { jobRuns: 0, vmSeconds: 0 }]);
    } finally {
      await fresh.close();
    }
  });
});
