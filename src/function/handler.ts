import type { FdkContext } from '@fnproject/fdk';
import { OciJobBackend, type OciJobBackendOptions } from '../backends/oci/oci-job-backend.js';
import { describeError } from '../engine/describe-error.js';
import { createOciClients, type OciClients } from '../oci/clients.js';
import type { RetryPolicy } from '../oci/retry-policy.js';
import { scrubSecrets, secretsOf } from '../sources/redaction.js';
import { errorAnswer, FunctionDeadlineError, type FunctionAnswer } from './function-answer.js';
import { parseInvocation } from './function-request.js';
import { allowedSourcesOf } from './notebook-allow-list.js';
import { submitNotebook } from './submit-notebook.js';

/**
 * Fewer, shorter retries than the CLI's: a submission makes three calls in a row and the
 * function is stopped at 300 s, so a failing service must be reported well before that.
 */
export const FUNCTION_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelaySeconds: 0.5, maxDelaySeconds: 8 };

/** Time kept back from Fn-Deadline, so the answer (a 504 at worst) reaches Fn before it stops the container. */
export const DEADLINE_MARGIN_MS = 10_000;

/**
 * The function's notebook size limit: the container has 256 MB, and a notebook is held several
 * times over (download, check, artifact zip), so the engine's 100 MiB would not fit.
 */
export const FUNCTION_MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024;

export interface FunctionHandlerOptions {
  /** Credentials and endpoints: resource principal inside OCI Functions, OCI_CLI_* locally. Default process.env. */
  env?: Record<string, string | undefined>;
  retryPolicy?: RetryPolicy;
  backendOptions?: OciJobBackendOptions;
  /** One line per call, for the function's log. Default stderr. */
  log?: (line: string) => void;
  /** Default DEADLINE_MARGIN_MS. */
  deadlineMarginMs?: number;
  /** Default FUNCTION_MAX_NOTEBOOK_BYTES. */
  maxNotebookBytes?: number;
}

export interface FunctionHandler {
  /** The FDK's callback. Never rejects: a rejection would make the FDK answer its own 502 with the error text. */
  handle(input: Uint8Array, context: FdkContext): Promise<Record<string, unknown>>;
  /** Closes the OCI clients (tests; a function container just exits). */
  close(): void;
}

/** The OCI Function: submit a notebook, or report a run's state (see docs/oci-function.md). */
export function createFunctionHandler(options: FunctionHandlerOptions = {}): FunctionHandler {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = secretsOf({ env });
  const allowedSources = allowedSourcesOf(env);
  const maxBytes = options.maxNotebookBytes ?? FUNCTION_MAX_NOTEBOOK_BYTES;
  const margin = options.deadlineMarginMs ?? DEADLINE_MARGIN_MS;
  // Kept across calls: a hot container reuses its clients and resource principal token.
  let clients: Promise<OciClients> | undefined;
  const ociClients = (): Promise<OciClients> => {
    clients ??= createOciClients(env, options.retryPolicy ?? FUNCTION_RETRY_POLICY, { lazy: true }).catch((error: unknown) => {
      clients = undefined;
      throw error;
    });
    return clients;
  };

  const backend = async () => new OciJobBackend(await ociClients(), options.backendOptions);

  async function answer(input: Uint8Array, context: FdkContext, called: { operation: string }, signal: AbortSignal | undefined): Promise<FunctionAnswer> {
    const operation = parseInvocation(input, context.httpGateway.requestURL);
    called.operation = operation.kind;
    if (operation.kind === 'status') {
      return { status: 200, body: { ...(await (await backend()).status(operation.jobRunId)) } };
    }
    return { status: 200, body: { ...(await submitNotebook(operation.fields, backend, { env, signal, maxBytes, allowedSources })) } };
  }

  return {
    async handle(input, context) {
      const callId = context.callID ?? 'unknown';
      const called = { operation: 'request' };
      const deadline = deadlineSignal(context.deadline, margin);
      let result: FunctionAnswer;
      try {
        result = await beforeDeadline(answer(input, context, called, deadline), deadline);
      } catch (error) {
        const failure = deadline?.aborted ? new FunctionDeadlineError(called.operation === 'status' ? 'status request' : 'submission') : error;
        result = errorAnswer(failure, callId, secrets);
        if (result.status === 500) log(`call ${callId}: ${scrubSecrets(error instanceof Error ? (error.stack ?? error.message) : describeError(error), secrets)}`);
      }
      context.httpGateway.statusCode = result.status;
      log(`call ${callId}: ${called.operation} -> ${result.status} ${summary(result)}`);
      return result.body;
    },
    close() {
      void clients?.then((opened) => opened.close(), () => undefined);
    },
  };
}

/** Aborts `margin` ms before Fn's deadline; none when Fn sent no Fn-Deadline. */
function deadlineSignal(deadline: Date | null, margin: number): AbortSignal | undefined {
  if (!deadline || Number.isNaN(deadline.getTime())) return undefined;
  return AbortSignal.timeout(Math.max(0, deadline.getTime() - Date.now() - margin));
}

/** The operation's answer, or a rejection as soon as the deadline passes, even if the operation ignores its signal. */
function beforeDeadline<T>(operation: Promise<T>, deadline: AbortSignal | undefined): Promise<T> {
  if (!deadline) return operation;
  operation.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(deadline.reason);
    if (deadline.aborted) return stop();
    deadline.addEventListener('abort', stop, { once: true });
    operation.then(resolve, reject).finally(() => deadline.removeEventListener('abort', stop));
  });
}

/** What the log says about an answer: ids and states, or the error's info; never request values. */
function summary({ body }: FunctionAnswer): string {
  if (typeof body.info === 'string') return body.info;
  return [body.id, body.lifecycleState].filter(Boolean).join(' ');
}
