import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LogLine } from '../../src/backends/backend.js';
import { OciJobBackend } from '../../src/backends/oci/oci-job-backend.js';
import { main } from '../../src/cli/main.js';
import { jobTags } from '../../src/engine/job-tags.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import { runNotebooks } from '../../src/engine/run-notebooks.js';
import { FAST_FOLLOW, startEmulatedOci, type EmulatedOci } from '../support/emulated-oci.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { aRequest } from '../support/requests.js';
import { startRun, waitForRun, zipOf } from '../emulator/job-fixtures.js';

let oci: EmulatedOci;
beforeAll(async () => {
  oci = await startEmulatedOci();
});
afterAll(() => oci?.close());

function request(name: string, cells: string[], repository?: string): RunRequest {
  const { env } = oci.emulator;
  return aRequest({
    notebook: { path: `${name}.ipynb`, content: notebookBytes(...cells.map((source) => codeCell(source))) },
    jobName: name,
    compartmentId: env.OCI_COMPARTMENT_ID!,
    projectId: env.OCI_PROJECT_ID!,
    logGroupId: env.OCI_LOG_GROUP_ID!,
    freeformTags: jobTags(repository),
  });
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { ...oci.emulator.env } };
  const status = await main(argv, io, FAST_FOLLOW);
  return { status, stdout, stderr };
}

const jobState = async (jobId: string) => (await oci.clients.dataScience.getJob({ jobId })).job.lifecycleState;
const logExists = async (logGroupId: string, logId: string) => {
  await oci.clients.use('logging');
  return oci.clients.logging.getLog({ logGroupId, logId }).then(
    () => true,
    (error: { statusCode?: number }) => (error.statusCode === 404 ? false : Promise.reject(error)),
  );
};

/** A job of ours, its run under way, and the log OCI made for the run. */
async function runningJob(name: string, repository?: string) {
  const handle = await oci.backend.submit(request(name, ['import time\ntime.sleep(300)'], repository));
  const run = await waitForRun(oci.clients.dataScience, handle.runId, ['IN_PROGRESS']);
  return { jobId: handle.jobId, log: run.logDetails! };
}

describe('oci-run-notebook cleanup', () => {
  it("deletes only this tool's tagged jobs, with their runs and the logs OCI made for them, never an untagged one", async () => {
    const ours = await runningJob('ours', 'octo-org/notebooks');
    const other = await runningJob('other-repository', 'octo-org/elsewhere');
    const untaggedRun = await startRun(oci.clients.dataScience, oci.emulator, { bytes: zipOf({ 's.sh': 'sleep 300' }), fileName: 'job.zip' }, { JOB_RUN_ENTRYPOINT: 's.sh' });
    const untagged = { jobId: untaggedRun.jobId, log: (await waitForRun(oci.clients.dataScience, untaggedRun.id, ['IN_PROGRESS'])).logDetails! };

    const young = await cli('cleanup', '--older-than', '30d');
    expect([young.status, young.stdout]).toEqual([0, '0 job(s) deleted, with 0 log(s)\n']);

    const dry = await cli('cleanup', '--older-than', '0m', '--repository', 'octo-org/notebooks', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(new RegExp(`^would delete job ours \\(${ours.jobId}\\), created \\S+ for octo-org/notebooks: 1 run\\(s\\), 1 log\\(s\\)\\ndry run: 1 job\\(s\\) would delete, with 1 log\\(s\\)\\n$`));
    expect(await jobState(ours.jobId)).toBe('ACTIVE');

    const one = await cli('cleanup', '--older-than', '0m', '--repository', 'octo-org/notebooks');
    expect([one.status, one.stderr]).toEqual([0, '']);
    expect(one.stdout).toContain(`deleted job ours (${ours.jobId})`);
    expect(['DELETING', 'DELETED']).toContain(await jobState(ours.jobId));
    expect(await logExists(ours.log.logGroupId, ours.log.logId)).toBe(false);
    expect(await jobState(other.jobId)).toBe('ACTIVE');

    const all = await cli('cleanup', '--older-than', '0m');
    expect(all.stdout).toContain(`deleted job other-repository (${other.jobId})`);
    expect(all.stdout).not.toContain(untagged.jobId);
    expect(await jobState(untagged.jobId)).toBe('ACTIVE');
    expect(await logExists(untagged.log.logGroupId, untagged.log.logId)).toBe(true);
    await oci.clients.dataScience.cancelJobRun({ jobRunId: untaggedRun.id });
  });

  it.each([
    [[], /--older-than: required, such as 30d/],
    [['--older-than', '30'], /--older-than: expected a whole number of days, hours or minutes such as 30d, 12h or 90m, got "30"/],
    [['--older-than', '30d', '--repository', 'notebooks'], /--repository: expected OWNER\/NAME/],
    [['--older-than', '30d', '--compartment-id', 'ocid1.bucket.oc1..x'], /--compartment-id: expected an OCID of a compartment/],
    [['--older-than', '30d', '--output-uri', 's3://bucket/runs'], /--output-uri: expected oci:\/\/bucket@namespace\/prefix, got "s3:\/\/bucket\/runs"/],
  ])('exits 2 on %j before any API call', async (flags, message) => {
    const before = oci.emulator.requests.length;
    const { status, stderr } = await cli('cleanup', ...flags);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(oci.emulator.requests.length).toBe(before);
  });
});

describe('oci-run-notebook cleanup --output-uri', () => {
  it("deletes its PARs there that expired or are older than the age, and old handover objects, never anyone else's", async () => {
    const { namespace, outputBucket: bucket } = oci.emulator;
    const where = { namespaceName: namespace, bucketName: bucket };
    const par = async (name: string, seconds: number) =>
      (await oci.clients.objectStorage.createPreauthenticatedRequest({
        ...where,
        createPreauthenticatedRequestDetails: { name, objectName: 'runs/left/', accessType: 'AnyObjectWrite' as never, timeExpires: new Date(Date.now() + seconds * 1000) },
      })).preauthenticatedRequest.id;
    const expiring = await par('oci-run-notebook-0123456789abcdef0123456789abcdef-output', 1);
    const foreign = await par('nightly-export', 1);
    const live = await par('oci-run-notebook-fedcba9876543210fedcba9876543210-output', 3600);
    await oci.clients.objectStorage.putObject({ ...where, objectName: 'runs/left/.oci-run-notebook-handover-0123', putObjectBody: Buffer.from('v1.x.y') });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const remaining = async () => (await oci.clients.objectStorage.listPreauthenticatedRequests(where)).items.map((found) => found.id);
    const uri = `oci://${bucket}@${namespace}/runs/left`;

    const expired = await cli('cleanup', '--older-than', '30d', '--repository', 'octo-org/none', '--output-uri', uri);
    expect(expired.status).toBe(0);
    expect(expired.stdout).toContain(`deleted PAR oci-run-notebook-0123456789abcdef0123456789abcdef-output (${expiring}) for runs/left/, expired `);
    expect(expired.stdout).toContain(`1 PAR(s) and handover object(s) deleted under ${uri}`);
    expect(await remaining()).toEqual(expect.arrayContaining([foreign, live]));
    expect(await remaining()).not.toContain(expiring);

    const old = await cli('cleanup', '--older-than', '0m', '--repository', 'octo-org/none', '--output-uri', uri);
    expect(old.stdout).toContain(`deleted PAR oci-run-notebook-fedcba9876543210fedcba9876543210-output (${live})`);
    expect(old.stdout).toContain('deleted handover object runs/left/.oci-run-notebook-handover-0123');
    expect(await remaining()).toContain(foreign);
    expect(await remaining()).not.toContain(live);
  });
});

describe('delete-job', () => {
  it('deletes the job, its run and its log once the run has succeeded, and keeps a failed one for a look', async () => {
    const backend = new OciJobBackend(oci.clients, { ...FAST_FOLLOW, deleteJob: 'succeeded' });
    const lines: LogLine[] = [];
    const [passed, failed] = await runNotebooks([request('passes', ['print("ok")']), request('fails', ['1 / 0'])], backend, {
      maxParallel: 2,
      wait: true,
      onLog: (line) => lines.push(line),
    });
    expect([passed!.state, failed!.state]).toEqual(['SUCCEEDED', 'FAILED']);
    expect(['DELETING', 'DELETED']).toContain(await jobState(passed!.jobId!));
    expect(await jobState(failed!.jobId!)).toBe('ACTIVE');
    const said = lines.filter((line) => line.message.includes('delete-job'));
    expect(said.map((line) => [line.notebook, line.message])).toEqual([['passes.ipynb', 'oci-run-notebook: deleted the job, its run and the log it created (delete-job: succeeded)']]);
  });
});
