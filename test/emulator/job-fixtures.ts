import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import type { models } from 'oci-datascience';
import type { DataScienceClient } from 'oci-datascience';
import type { LogSearchClient } from 'oci-loggingsearch';
import type { Emulator } from '../../src/emulator/index.js';

/** A zip artifact from file name → text. */
export function zipOf(files: Record<string, string>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))));
}

export function jobDetails(emulator: Emulator, environmentVariables: Record<string, string>): models.CreateJobDetails {
  return {
    projectId: emulator.projectId,
    compartmentId: emulator.compartmentId,
    displayName: 'emulator-test',
    jobConfigurationDetails: { jobType: 'DEFAULT', environmentVariables } as models.DefaultJobConfigurationDetails,
    jobInfrastructureConfigurationDetails: {
      jobInfrastructureType: 'ME_STANDALONE',
      shapeName: 'VM.Standard.E4.Flex',
      blockStorageSizeInGBs: 50,
      jobShapeConfigDetails: { ocpus: 1, memoryInGBs: 16 },
    } as models.ManagedEgressStandaloneJobInfrastructureConfigurationDetails,
    jobLogConfigurationDetails: { enableLogging: true, enableAutoLogCreation: true, logGroupId: emulator.logGroupId },
  };
}

/** Creates a job, uploads `artifact`, starts a run; returns the run as created. */
export async function startRun(
  client: DataScienceClient,
  emulator: Emulator,
  artifact: { bytes: Buffer; fileName: string },
  environmentVariables: Record<string, string>,
  override?: models.DefaultJobConfigurationDetails,
): Promise<models.JobRun> {
  const { job } = await client.createJob({ createJobDetails: jobDetails(emulator, environmentVariables) });
  await client.createJobArtifact({
    jobId: job.id,
    jobArtifact: artifact.bytes,
    contentLength: artifact.bytes.length,
    contentDisposition: `attachment; filename=${artifact.fileName}`,
  });
  const { jobRun } = await client.createJobRun({
    createJobRunDetails: {
      projectId: emulator.projectId,
      compartmentId: emulator.compartmentId,
      jobId: job.id,
      ...(override ? { jobConfigurationOverrideDetails: override } : {}),
    },
  });
  return jobRun;
}

export async function waitForRun(
  client: DataScienceClient,
  runId: string,
  states: string[],
  timeoutMs = 15_000,
): Promise<models.JobRun> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { jobRun } = await client.getJobRun({ jobRunId: runId });
    if (states.includes(jobRun.lifecycleState)) return jobRun;
    if (Date.now() > deadline) throw new Error(`run ${runId} is ${jobRun.lifecycleState}, not ${states.join('/')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Polls `probe` until it returns something other than undefined; after `timeoutMs` (long, for a
 * loaded machine) fails with what was awaited and the last value seen.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first log line of `run` that starts with `prefix`, waited for (its log is named only once it is under way). */
export async function waitForLogLine(
  clients: { dataScience: DataScienceClient; logSearch: LogSearchClient },
  emulator: Emulator,
  run: models.JobRun,
  prefix: string,
  timeoutMs = 15_000,
): Promise<string> {
  let current = run;
  return waitFor(
    `a log line starting '${prefix}' from run ${run.id}`,
    async () => {
      if (!current.logDetails) current = (await clients.dataScience.getJobRun({ jobRunId: run.id })).jobRun;
      if (!current.logDetails) return undefined;
      return (await runLogMessages(clients.logSearch, emulator, current)).find((message) => message.startsWith(prefix));
    },
    timeoutMs,
  );
}

/** The run's log messages, as the engine reads them: Logging Search, page by page. */
export async function runLogMessages(client: LogSearchClient, emulator: Emulator, run: models.JobRun): Promise<string[]> {
  const { logGroupId, logId } = run.logDetails!;
  const messages: string[] = [];
  let page: string | undefined;
  do {
    const response = await client.searchLogs({
      searchLogsDetails: {
        timeStart: new Date(Date.now() - 60_000),
        timeEnd: new Date(Date.now() + 1000),
        searchQuery: `search "${emulator.logCompartmentId}/${logGroupId}/${logId}" | where source = '*${run.id}' | sort by datetime asc`,
      },
      limit: 3,
      page,
    });
    for (const result of response.searchResponse.results ?? []) messages.push(result.data.logContent.data.message);
    page = response.opcNextPage;
  } while (page);
  return messages;
}

/** Whether `pid` has ended; a zombie waiting to be reaped (by an init that may never do it) counts as ended. */
export function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}
