import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LogLine } from '../../src/backends/backend.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import { runNotebooks } from '../../src/engine/run-notebooks.js';
import { scaledClock } from '../support/clock.js';
import { startEmulatedOci, type EmulatedOci } from '../support/emulated-oci.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { aRequest } from '../support/requests.js';

// Minutes of OCI time in seconds: a clock 60 times faster, shared by the emulator and the follower.
const clock = scaledClock(60);
let oci: EmulatedOci;

beforeAll(async () => {
  // 90 s to provision, a minute and a half of OCI time.
  // A cancelled run's processes stop in real seconds, many OCI minutes on this clock: wait an OCI hour for CANCELED.
  oci = await startEmulatedOci({ startDelayMs: 90_000, logDelayMs: 0, clock }, { clock, cancelWaitMs: 60 * 60_000 });
});
afterAll(() => oci?.close());

function request(name: string, overrides: Partial<RunRequest> = {}): RunRequest {
  const { env } = oci.emulator;
  return aRequest({
    notebook: { path: `${name}.ipynb`, content: notebookBytes(codeCell('import time\nprint("started", flush=True)\ntime.sleep(600)')) },
    jobName: name,
    compartmentId: env.OCI_COMPARTMENT_ID!,
    projectId: env.OCI_PROJECT_ID!,
    logGroupId: env.OCI_LOG_GROUP_ID!,
    ...overrides,
  });
}

describe('runs that wait, and runs that need attention', () => {
  it("counts timeout-minutes from the run's start: 90 s of provisioning do not use up a 1-minute timeout", async () => {
    const handle = await oci.backend.submit(request('from-start'));
    const result = await oci.backend.follow({ ...handle, maximumRuntimeMinutes: 1 });
    expect(result.state).toBe('CANCELED');
    expect(result.error).toBe('timed out: still running 1 minute after it started; the run was cancelled (CANCELED)');
    const started = Date.parse(result.timeStarted!);
    expect(started - Date.parse(result.timeAccepted!)).toBeGreaterThanOrEqual(90_000);
    expect(Date.parse(result.timeFinished!) - started).toBeGreaterThanOrEqual(60_000);
  });

  it('follows a run in NEEDS_ATTENTION, says why, and cancels it once it has not moved for needs-attention-minutes', async () => {
    oci.emulator.setRunFaults({ needsAttention: { details: 'Out of host capacity for VM.Standard.E3.Flex' } });
    const lines: LogLine[] = [];
    try {
      const [result] = await runNotebooks([request('stuck', { needsAttentionMinutes: 2 })], oci.backend, {
        maxParallel: 1,
        wait: true,
        onLog: (line) => lines.push(line),
      });
      expect(result!.state).toBe('CANCELED');
      expect(result!.error).toBe(
        'needs attention: in NEEDS_ATTENTION for 2 minutes without moving (NEEDS_ATTENTION: Out of host capacity for VM.Standard.E3.Flex); the run was cancelled (CANCELED)',
      );
      expect(result!.timeStarted).toBeUndefined();
      expect(lines.map((line) => line.message)).toEqual([
        'oci-run-notebook: the run needs attention: Out of host capacity for VM.Standard.E3.Flex. It is still live; waiting up to 2 minutes for it to move before cancelling it',
        expect.stringMatching(/^oci-run-notebook: cancelling the run: in NEEDS_ATTENTION for 2 minutes without moving/),
      ]);
    } finally {
      oci.emulator.setRunFaults(undefined);
    }
  });
});
