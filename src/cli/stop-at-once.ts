import type { Backend, BatchHandle, FollowOptions, RunHandle } from '../backends/backend.js';
import type { BatchSettings } from '../engine/batches.js';
import type { MemoryLedger, Submission } from '../backends/oci/submission-ledger.js';
import { describeError } from '../engine/describe-error.js';
import type { RunRequest } from '../engine/run-request.js';
import type { RunResult } from '../engine/run-result.js';
import type { OciClients } from '../oci/clients.js';
import type { CliIo } from './cli-io.js';

/** A second Ctrl-C gets this long to cancel and remove what is left; a third exits at once. */
export const STOP_AT_ONCE_MS = 20_000;

/** Which runs are in flight and which have ended, so that results can be told at any moment. */
export class RunProgress {
  private readonly inFlight = new Map<string, RunHandle>();
  private readonly ended = new Map<string, RunResult[]>();

  // A batch's notebooks share one run: each is kept by its run and its path.
  submitted(handle: RunHandle): void {
    this.inFlight.set(`${handle.runId} ${handle.notebook}`, handle);
  }

  finished(result: RunResult): void {
    if (result.runId) this.inFlight.delete(`${result.runId} ${result.notebook}`);
    this.ended.set(result.notebook, [...(this.ended.get(result.notebook) ?? []), result]);
  }

  runsInFlight(): RunHandle[] {
    return [...this.inFlight.values()];
  }

  /** One result per request, in their order: how it ended, or where it was when stopped. */
  resultsNow(requests: RunRequest[]): RunResult[] {
    const ended = new Map([...this.ended].map(([notebook, results]) => [notebook, [...results]]));
    const live = new Map(this.runsInFlight().map((handle) => [handle.notebook, handle]));
    return requests.map((request) => {
      const notebook = request.notebook.path;
      const result = ended.get(notebook)?.shift();
      if (result) return result;
      const handle = live.get(notebook);
      if (!handle) return { notebook, state: 'NOT_SUBMITTED', error: 'stopped before it was submitted' };
      live.delete(notebook);
      const { jobId, runId, outputUri, consoleUrl } = handle;
      return { notebook, jobId, runId, outputUri, consoleUrl, state: 'CANCELING', error: 'stopped at once: the run was cancelled and not followed to its end' };
    });
  }
}

/** A backend whose submissions in progress can be waited for: after Ctrl-C each stops at its next step and removes what it made. */
export class TrackedBackend implements Backend {
  private readonly submitting = new Set<Promise<unknown>>();
  readonly submitBatch?: (requests: RunRequest[], settings: BatchSettings, signal?: AbortSignal) => Promise<BatchHandle>;
  readonly followBatch?: (handle: BatchHandle, options?: FollowOptions) => Promise<RunResult[]>;

  constructor(private readonly inner: Backend) {
    // Only a backend that runs batches offers them, as the engine asks.
    if (inner.submitBatch && inner.followBatch) {
      this.submitBatch = (requests, settings, signal) => this.tracked(inner.submitBatch!(requests, settings, signal));
      this.followBatch = (handle, options) => inner.followBatch!(handle, options);
    }
  }

  validate(request: RunRequest): void {
    this.inner.validate(request);
  }

  submit(request: RunRequest, signal?: AbortSignal): Promise<RunHandle> {
    return this.tracked(this.inner.submit(request, signal));
  }

  private tracked<T>(submission: Promise<T>): Promise<T> {
    this.submitting.add(submission);
    const settled = () => void this.submitting.delete(submission);
    submission.then(settled, settled);
    return submission;
  }

  follow(handle: RunHandle, options?: FollowOptions): Promise<RunResult> {
    return this.inner.follow(handle, options);
  }

  cancel(handle: RunHandle): Promise<void> {
    return this.inner.cancel(handle);
  }

  async submissionsSettled(): Promise<void> {
    await Promise.allSettled([...this.submitting]);
  }
}

/**
 * A second Ctrl-C: submissions in progress stop (they were told by the first) and remove what
 * they made, every run in flight is cancelled without waiting for it to end, and what the
 * submissions left is removed (PARs, jobs whose run never came), all within STOP_AT_ONCE_MS.
 */
export async function stopAtOnce(backend: TrackedBackend, progress: RunProgress, io: CliIo, oci?: { clients: OciClients; ledger: MemoryLedger }): Promise<void> {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  const work = (async () => {
    await backend.submissionsSettled();
    await Promise.all(
      progress.runsInFlight().map((handle) =>
        backend.cancel(handle).catch((error: unknown) => say(`${handle.notebook}: could not cancel run ${handle.runId}: ${describeError(error)}`)),
      ),
    );
    if (oci) await removeLeftovers(oci.clients, oci.ledger, oci.ledger.list(), io, true);
  })();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), STOP_AT_ONCE_MS)));
  try {
    if ((await Promise.race([work, late])) === 'late') say(`oci-run-notebook: not everything could be cancelled or removed within ${STOP_AT_ONCE_MS / 1000} s; \`oci-run-notebook cleanup\` can remove what is left`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * After every run was followed: what the submissions left that nothing uses (a job whose run never
 * came, PARs whose delete failed). A run given up on in an outage keeps its PAR: it may still be
 * writing its outputs, and the PAR expires by itself.
 */
export async function removeUnused(clients: OciClients, ledger: MemoryLedger, io: CliIo): Promise<void> {
  const unused = ledger.list().filter((submission) => !submission.runId || submission.ended);
  await removeLeftovers(clients, ledger, unused, io, false);
}

async function removeLeftovers(clients: OciClients, ledger: MemoryLedger, submissions: Submission[], io: CliIo, thorough: boolean): Promise<void> {
  if (submissions.length === 0) return;
  const { cleanUpSubmission } = await import('../backends/oci/submission-cleanup.js');
  await Promise.all(
    submissions.map(async (submission) => {
      const { removed, problems } = await cleanUpSubmission(clients, submission, { thorough });
      if (removed.length) io.stderr.write(`${submission.notebook}: removed what its submission left: ${removed.join(', ')}\n`);
      for (const problem of problems) io.stderr.write(`${submission.notebook}: could not remove ${problem}; \`oci-run-notebook cleanup\` can later\n`);
      if (problems.length === 0) ledger.forget(submission.id);
    }),
  );
}
