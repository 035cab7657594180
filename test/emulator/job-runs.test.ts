import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { FAST_EMULATOR } from '../support/emulated-oci.js';
import { jobDetails, processIsGone, runLogMessages, startRun, waitFor, waitForLogLine, waitForRun, zipOf } from './job-fixtures.js';
import { ociError, sdkClients, type ClientSet } from './sdk-clients.js';

const PRINTING_SCRIPT = [
  'import os, sys',
  'for i in range(1, 6):',
  '    print(f"line {i}")',
  'print("run", os.environ["JOB_RUN_OCID"])',
  'print("from job", os.environ["FROM_JOB"], "overridden", os.environ["OVERRIDDEN"])',
  'print("warning on stderr", file=sys.stderr)',
].join('\n');

describe('Data Science job runs', () => {
  let emulator: Emulator;
  let clients: ClientSet;

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    emulator = await startEmulator(FAST_EMULATOR);
    clients = sdkClients(emulator);
  });
  afterAll(() => emulator.close());

  it('runs a zipped Python entrypoint to SUCCEEDED, with its lines searchable in order', async () => {
    const accepted = await startRun(
      clients.dataScience,
      emulator,
      { bytes: zipOf({ 'src/main.py': PRINTING_SCRIPT }), fileName: 'job.zip' },
      { JOB_RUN_ENTRYPOINT: 'src/main.py', FROM_JOB: 'job', OVERRIDDEN: 'job' },
      { jobType: 'DEFAULT', environmentVariables: { OVERRIDDEN: 'run' } },
    );
    expect(accepted.lifecycleState).toBe('ACCEPTED');
    // As on OCI, the log is named once the run is under way, not when it is accepted.
    expect(accepted.logDetails).toBeUndefined();

    const run = await waitForRun(clients.dataScience, accepted.id, ['SUCCEEDED', 'FAILED']);
    expect(run.lifecycleState).toBe('SUCCEEDED');
    expect(run.logDetails?.logGroupId).toBe(emulator.logGroupId);
    expect(run.logDetails?.logId).toMatch(/^ocid1\.log\.oc1\./);
    expect(new Date(run.timeStarted!).getTime()).toBeGreaterThanOrEqual(new Date(run.timeAccepted).getTime());
    expect(new Date(run.timeFinished!).getTime()).toBeGreaterThanOrEqual(new Date(run.timeStarted!).getTime());
    const messages = await runLogMessages(clients.logSearch, emulator, run);
    expect(messages).toEqual(
      expect.arrayContaining(['line 1', `run ${run.id}`, 'from job job overridden run', 'warning on stderr']),
    );
    expect(messages.filter((message) => message.startsWith('line '))).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5']);
  });

  it("ends a run that exits 3 as FAILED with OCI's lifecycleDetails", async () => {
    const accepted = await startRun(
      clients.dataScience,
      emulator,
      { bytes: zipOf({ 'run.sh': 'echo about to fail\nexit 3\n' }), fileName: 'job.zip' },
      { JOB_RUN_ENTRYPOINT: 'run.sh' },
    );
    const run = await waitForRun(clients.dataScience, accepted.id, ['SUCCEEDED', 'FAILED']);
    expect(run.lifecycleState).toBe('FAILED');
    expect(run.lifecycleDetails).toBe('Job run artifact execution failed with exit code 3.');
    expect(await runLogMessages(clients.logSearch, emulator, run)).toEqual(['about to fail']);
  });

  it('runs a single .sh artifact uploaded without a zip', async () => {
    const accepted = await startRun(
      clients.dataScience,
      emulator,
      { bytes: Buffer.from('echo "args: $*"\n'), fileName: 'hello.sh' },
      {},
      { jobType: 'DEFAULT', commandLineArguments: 'one "two words"' },
    );
    const run = await waitForRun(clients.dataScience, accepted.id, ['SUCCEEDED', 'FAILED']);
    expect(run.lifecycleState).toBe('SUCCEEDED');
    expect(await runLogMessages(clients.logSearch, emulator, run)).toEqual(['args: one two words']);
  });

  it('cancels a sleeping run: CANCELING, then CANCELED, and its whole process group is gone', async () => {
    const script = 'sleep 30 &\necho "pids $$ $!"\nwait\n';
    const accepted = await startRun(
      clients.dataScience,
      emulator,
      { bytes: zipOf({ 'sleep.sh': script }), fileName: 'job.zip' },
      { JOB_RUN_ENTRYPOINT: 'sleep.sh' },
    );
    await waitForRun(clients.dataScience, accepted.id, ['IN_PROGRESS']);
    const pids = (await waitForLogLine(clients, emulator, accepted, 'pids ')).split(' ').slice(1).map(Number);
    expect(pids.every((pid) => !processIsGone(pid))).toBe(true);

    await clients.dataScience.cancelJobRun({ jobRunId: accepted.id });
    const canceling = (await clients.dataScience.getJobRun({ jobRunId: accepted.id })).jobRun;
    expect(['CANCELING', 'CANCELED']).toContain(canceling.lifecycleState);
    const run = await waitForRun(clients.dataScience, accepted.id, ['CANCELED']);
    expect(run.timeFinished).toBeDefined();
    expect(pids.every(processIsGone)).toBe(true);

    const again = await ociError(clients.dataScience.cancelJobRun({ jobRunId: run.id }));
    expect([again.statusCode, again.serviceCode]).toEqual([409, 'IncorrectState']);
  });

  it('holds runs in NEEDS_ATTENTION when told to: live, cancellable, not deletable, and able to move on', async () => {
    const script = { bytes: zipOf({ 'a.sh': 'echo started' }), fileName: 'job.zip' };
    emulator.setRunFaults({ needsAttention: { details: 'Out of capacity' } });
    const stuck = await startRun(clients.dataScience, emulator, script, { JOB_RUN_ENTRYPOINT: 'a.sh' });
    emulator.setRunFaults({ needsAttention: { recoverAfterMs: 200 } });
    const recovering = await startRun(clients.dataScience, emulator, script, { JOB_RUN_ENTRYPOINT: 'a.sh' });
    emulator.setRunFaults(undefined);
    const held = await waitForRun(clients.dataScience, stuck.id, ['NEEDS_ATTENTION']);
    expect([held.lifecycleDetails, held.timeStarted, held.logDetails]).toEqual(['Out of capacity', undefined, undefined]);
    const refused = await ociError(clients.dataScience.deleteJobRun({ jobRunId: stuck.id }));
    expect([refused.statusCode, refused.serviceCode]).toEqual([409, 'IncorrectState']);
    await clients.dataScience.cancelJobRun({ jobRunId: stuck.id });
    expect((await waitForRun(clients.dataScience, stuck.id, ['CANCELED'])).timeStarted).toBeUndefined();
    const moved = await waitForRun(clients.dataScience, recovering.id, ['SUCCEEDED', 'FAILED', 'CANCELED']);
    expect(moved.lifecycleState).toBe('SUCCEEDED');
    expect(moved.logDetails).toBeDefined();
  });

  it('cancels a run that has not started yet', async () => {
    const slow = await startEmulator({ startDelayMs: 10_000, logDelayMs: 0 });
    try {
      const slowClients = sdkClients(slow);
      const accepted = await startRun(slowClients.dataScience, slow, { bytes: zipOf({ 'a.sh': 'exit 0' }), fileName: 'job.zip' }, { JOB_RUN_ENTRYPOINT: 'a.sh' });
      await slowClients.dataScience.cancelJobRun({ jobRunId: accepted.id });
      const run = await waitForRun(slowClients.dataScience, accepted.id, ['CANCELED']);
      expect(run.timeStarted).toBeUndefined();
    } finally {
      await slow.close();
    }
  });

  it('stops a run that exceeds maximumRuntimeInMinutes and fails it', async () => {
    const accepted = await startRun(
      clients.dataScience,
      emulator,
      { bytes: zipOf({ 'long.sh': 'sleep 30\n' }), fileName: 'job.zip' },
      { JOB_RUN_ENTRYPOINT: 'long.sh' },
      { jobType: 'DEFAULT', maximumRuntimeInMinutes: 0.005 },
    );
    const run = await waitForRun(clients.dataScience, accepted.id, ['FAILED', 'SUCCEEDED']);
    expect(run.lifecycleState).toBe('FAILED');
    expect(run.lifecycleDetails).toMatch(/maximum runtime of 0.005 minutes/);
  });

  it('fails a run whose artifact is not a zip, whose entrypoint is missing, or whose name is no file name, saying which', async () => {
    const notZip = await startRun(clients.dataScience, emulator, { bytes: Buffer.from('not a zip'), fileName: 'job.zip' }, { JOB_RUN_ENTRYPOINT: 'x.py' });
    const missing = await startRun(clients.dataScience, emulator, { bytes: zipOf({ 'a.py': '' }), fileName: 'job.zip' }, { JOB_RUN_ENTRYPOINT: 'b.py' });
    // Percent-decoded by the service, the name holds a NUL that no file system takes.
    const badName = await startRun(clients.dataScience, emulator, { bytes: Buffer.from('print(1)'), fileName: 'job%00.py' }, {});
    const [notZipRun, missingRun, badNameRun] = await Promise.all([
      waitForRun(clients.dataScience, notZip.id, ['FAILED', 'SUCCEEDED']),
      waitForRun(clients.dataScience, missing.id, ['FAILED', 'SUCCEEDED']),
      waitForRun(clients.dataScience, badName.id, ['FAILED', 'SUCCEEDED']),
    ]);
    expect(badNameRun.lifecycleState).toBe('FAILED');
    expect(badNameRun.lifecycleDetails).toBe(`Job artifact name 'job\\u0000.py' is not a usable file name: upload it as e.g. "attachment; filename=job.py".`);
    expect(notZipRun.lifecycleState).toBe('FAILED');
    expect(notZipRun.lifecycleDetails).toMatch(/'job\.zip' is not a zip archive/);
    expect(missingRun.lifecycleState).toBe('FAILED');
    expect(missingRun.lifecycleDetails).toMatch(/JOB_RUN_ENTRYPOINT 'b\.py' was not found/);
  });

  it('keeps a job CREATING until its artifact is uploaded, and the artifact immutable', async () => {
    const ds = clients.dataScience;
    const { job } = await ds.createJob({ createJobDetails: jobDetails(emulator, { JOB_RUN_ENTRYPOINT: 'a.py' }) });
    expect(job.lifecycleState).toBe('CREATING');
    const early = await ociError(
      ds.createJobRun({ createJobRunDetails: { projectId: emulator.projectId, compartmentId: emulator.compartmentId, jobId: job.id } }),
    );
    expect([early.statusCode, early.serviceCode]).toEqual([409, 'IncorrectState']);

    const bytes = zipOf({ 'a.py': 'print(1)' });
    await ds.createJobArtifact({ jobId: job.id, jobArtifact: bytes, contentLength: bytes.length, contentDisposition: 'attachment; filename=job.zip' });
    expect((await ds.getJob({ jobId: job.id })).job.lifecycleState).toBe('ACTIVE');
    const head = await ds.headJobArtifact({ jobId: job.id });
    expect(head.contentLength).toBe(bytes.length);
    expect(head.contentDisposition).toBe('attachment; filename=job.zip');
    expect(head.contentMd5).toBeTruthy();

    const second = await ociError(
      ds.createJobArtifact({ jobId: job.id, jobArtifact: bytes, contentLength: bytes.length, contentDisposition: 'attachment; filename=job.zip' }),
    );
    expect([second.statusCode, second.serviceCode]).toEqual([409, 'Conflict']);
  });

  it('answers a repeated opc-retry-token with the same job, creating nothing new', async () => {
    const ds = clients.dataScience;
    const details = jobDetails(emulator, { JOB_RUN_ENTRYPOINT: 'a.py' });
    const first = await ds.createJob({ createJobDetails: details, opcRetryToken: 'same-token-1' });
    const second = await ds.createJob({ createJobDetails: details, opcRetryToken: 'same-token-1' });
    expect(second.job.id).toBe(first.job.id);
    const listed = await ds.listJobs({ compartmentId: emulator.compartmentId, id: first.job.id });
    expect(listed.items).toHaveLength(1);
    const reused = await ociError(
      ds.createJob({ createJobDetails: { ...details, displayName: 'different' }, opcRetryToken: 'same-token-1' }),
    );
    expect([reused.statusCode, reused.serviceCode]).toEqual([409, 'InvalidatedRetryToken']);
  });

  it('lists job runs page by page and deletes a job with its runs', async () => {
    const ds = clients.dataScience;
    const bytes = zipOf({ 'a.sh': 'exit 0' });
    const first = await startRun(ds, emulator, { bytes, fileName: 'job.zip' }, { JOB_RUN_ENTRYPOINT: 'a.sh' });
    for (let i = 0; i < 2; i++) {
      await ds.createJobRun({ createJobRunDetails: { projectId: emulator.projectId, compartmentId: emulator.compartmentId, jobId: first.jobId } });
    }
    const page1 = await ds.listJobRuns({ compartmentId: emulator.compartmentId, jobId: first.jobId, limit: 2 });
    expect(page1.items).toHaveLength(2);
    expect(page1.opcNextPage).toBeDefined();
    const page2 = await ds.listJobRuns({ compartmentId: emulator.compartmentId, jobId: first.jobId, limit: 2, page: page1.opcNextPage });
    expect(page2.items).toHaveLength(1);
    expect(page2.opcNextPage).toBeUndefined();

    const deleted = await ds.deleteJob({ jobId: first.jobId, deleteRelatedJobRuns: true });
    expect(deleted.opcWorkRequestId).toMatch(/^ocid1\.datascienceworkrequest\./);
    await waitFor(`job ${first.jobId} to be DELETED`, async () =>
      (await ds.getJob({ jobId: first.jobId })).job.lifecycleState === 'DELETED' ? true : undefined,
    );
    expect((await ds.getJobRun({ jobRunId: first.id })).jobRun.lifecycleState).toBe('DELETED');
    const workRequest = await ds.getWorkRequest({ workRequestId: deleted.opcWorkRequestId });
    expect(workRequest.workRequest.status).toBe('SUCCEEDED');
  });
});
