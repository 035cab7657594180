import { deleteJobAndLogs, findToolJobs, runsAndCreatedLogs, type JobSearch } from '../backends/oci/job-cleanup.js';
import type { ObjectStorageLocation } from '../oci/object-storage-uri.js';
import { describeError } from '../engine/describe-error.js';
import { CredentialsError } from '../oci/credentials.js';
import { createOciClients } from '../oci/clients.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

/** Finds the tool's jobs and deletes (or, dry, lists) each with its runs and created logs. */
export async function runCleanup(io: CliIo, search: JobSearch & { dryRun: boolean; output?: ObjectStorageLocation }): Promise<number> {
  let clients;
  try {
    clients = await createOciClients(io.env, undefined, { lazy: true });
  } catch (error) {
    if (error instanceof CredentialsError) throw new UsageError(error.message);
    throw error;
  }
  try {
    await clients.use('dataScience');
    const jobs = await findToolJobs(clients, search);
    const verb = search.dryRun ? 'would delete' : 'deleted';
    let failed = 0;
    let logCount = 0;
    for (const job of jobs) {
      const about = `job ${job.displayName} (${job.id}), created ${job.timeCreated}${job.repository ? ` for ${job.repository}` : ''}`;
      try {
        const { runs, logs } = await runsAndCreatedLogs(clients, job.id);
        if (!search.dryRun) await deleteJobAndLogs(clients, job.id, logs);
        logCount += logs.length;
        io.stdout.write(`${verb} ${about}: ${runs} run(s), ${logs.length} log(s)\n`);
      } catch (error) {
        failed += 1;
        io.stderr.write(`oci-run-notebook: could not delete ${about}: ${describeError(error)}\n`);
      }
    }
    const done = jobs.length - failed;
    io.stdout.write(`${search.dryRun ? 'dry run: ' : ''}${done} job(s) ${verb}, with ${logCount} log(s)${failed ? `; ${failed} could not be` : ''}\n`);
    const parsFailed = search.output ? await (await import('./cleanup-pars.js')).cleanUpPars(clients, io, search.output, search.createdBefore, search.dryRun) : 0;
    return failed || parsFailed ? 1 : 0;
  } finally {
    clients.close();
  }
}
