import type { Backend } from '../backends/backend.js';
import type { OciJobBackendOptions } from '../backends/oci/oci-job-backend.js';
import type { MemoryLedger } from '../backends/oci/submission-ledger.js';
import type { OciClients } from '../oci/clients.js';
import { validateBatchSettings } from '../engine/batches.js';
import { checkDistinctOutputs } from '../engine/distinct-outputs.js';
import { RunRequestError } from '../engine/run-request-error.js';
import type { RunResult } from '../engine/run-result.js';
import type { CliIo } from './cli-io.js';
import { FLAG_OF_FIELD, parseRunFlags, RUN_USAGE, type RunCommand } from './run-flags.js';
import { removeUnused, RunProgress, stopAtOnce, TrackedBackend } from './stop-at-once.js';
import { UsageError } from './usage-error.js';

/** `oci-run-notebook run`: every notebook on OCI Data Science (or this machine), followed to its end. */
export async function runCommand(argv: string[], io: CliIo, backendOptions?: OciJobBackendOptions): Promise<number> {
  const command = await parseRunFlags(argv, io.env);
  if (command.help) {
    io.stdout.write(`${RUN_USAGE}\n`);
    return 0;
  }
  const [{ runNotebooks }, opened] = await Promise.all([
    import('../engine/run-notebooks.js'),
    command.backend === 'local' ? openLocalBackend(command, io) : openOciBackend(io, { ...backendOptions, deleteJob: command.deleteJob }),
  ]);
  const backend = new TrackedBackend(opened.backend);
  try {
    try {
      for (const request of command.requests) backend.validate(request);
      checkDistinctOutputs(command.requests);
      if (command.batch) validateBatchSettings(command.requests, command.batch);
    } catch (error) {
      if (error instanceof RunRequestError) throw new UsageError(error.renamed((field) => FLAG_OF_FIELD[field] ?? field).message);
      throw error;
    }
    for (const note of command.notes) io.stderr.write(`${note}\n`);
    await opened.ready?.();
    const logStream = command.json ? io.stderr : io.stdout;
    const submitted = command.backend === 'local' ? 'started local run' : 'submitted job run';
    const progress = new RunProgress();
    const running = runNotebooks(command.requests, backend, {
      maxParallel: command.maxParallel,
      wait: command.wait,
      batch: command.batch,
      signal: io.signal,
      onSubmitted: (handle) => {
        // Not followed: the run is meant to go on, with its PAR.
        if (!command.wait) opened.ledger?.forgetRun(handle.runId);
        progress.submitted(handle);
        io.stderr.write(`${handle.notebook}: ${submitted} ${handle.runId}\n`);
      },
      onFinished: (result) => progress.finished(result),
      onLog: (line) => logStream.write(`[${line.notebook}] ${line.message}\n`),
      onWarning: (notebook, message) => io.stderr.write(`${notebook}: warning: ${message}\n`),
    });
    const oci = opened.clients && opened.ledger ? { clients: opened.clients, ledger: opened.ledger } : undefined;
    const results = await Promise.race([running, stopped(io.stopNow)]);
    if (!results) {
      // A second Ctrl-C: the results as they are now, whatever is still under way.
      await stopAtOnce(backend, progress, io, oci);
      printResults(io, command, progress.resultsNow(command.requests));
      return 130;
    }
    if (oci) await removeUnused(oci.clients, oci.ledger, io);
    printResults(io, command, results);
    const expected = command.wait ? 'SUCCEEDED' : 'SUBMITTED';
    return results.every((result) => result.state === expected) ? 0 : 1;
  } finally {
    opened.close();
  }
}

interface OpenedBackend {
  backend: Backend;
  /** OCI: the clients, and where submissions are written down, to remove what a stopped run left. */
  clients?: OciClients;
  ledger?: MemoryLedger;
  /** Checks what the backend needs on this machine, after the requests are validated and before anything runs. */
  ready?: () => Promise<void>;
  close(): void;
}

async function openOciBackend(io: CliIo, backendOptions?: OciJobBackendOptions): Promise<OpenedBackend> {
  // Loaded only now: the SDK is most of the start-up time, and --help and local runs need none of it.
  const [{ createOciClients }, { CredentialsError }, { OciJobBackend }, { MemoryLedger }] = await Promise.all([
    import('../oci/clients.js'),
    import('../oci/credentials.js'),
    import('../backends/oci/oci-job-backend.js'),
    import('../backends/oci/submission-ledger.js'),
  ]);
  let clients: OciClients;
  try {
    clients = await createOciClients(io.env, io.retryPolicy, { lazy: true });
  } catch (error) {
    if (error instanceof CredentialsError) throw new UsageError(error.message);
    throw error;
  }
  const onSecret = (value: string) => {
    io.onSecret?.(value);
    backendOptions?.onSecret?.(value);
  };
  const ledger = new MemoryLedger();
  return { backend: new OciJobBackend(clients, { ...backendOptions, onSecret, ledger }), clients, ledger, close: () => clients.close() };
}

async function openLocalBackend(command: RunCommand, io: CliIo): Promise<OpenedBackend> {
  const { LocalJupyterBackend, LocalJupyterError } = await import('../backends/local/index.js');
  const backend = new LocalJupyterBackend({ ...command.local, env: io.env });
  const ready = async () => {
    try {
      await backend.check();
    } catch (error) {
      if (error instanceof LocalJupyterError) throw new UsageError(`--${error.option}: ${error.message}`);
      throw error;
    }
  };
  return { backend, ready, close: () => undefined };
}

/** Resolves (to nothing) when `signal` aborts; never without one. */
function stopped(signal: AbortSignal | undefined): Promise<undefined> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve(undefined);
    signal?.addEventListener('abort', () => resolve(undefined), { once: true });
  });
}

function printResults(io: CliIo, command: RunCommand, results: RunResult[]): void {
  io.stdout.write(command.json ? `${JSON.stringify(results, null, 2)}\n` : summary(results));
}

function summary(results: RunResult[]): string {
  const lines = results.map((result) => {
    const duration = result.durationSeconds === undefined ? '' : ` in ${result.durationSeconds}s`;
    const details = [result.runId, result.outputUri, result.error].filter(Boolean).join('\n    ');
    return `${result.state.padEnd(10)} ${result.notebook}${duration}${details ? `\n    ${details}` : ''}`;
  });
  return `\n${lines.join('\n')}\n`;
}
