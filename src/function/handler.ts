import type { FdkContext } from '@fnproject/fdk';
import { OciJobBackend, type OciJobBackendOptions } from '../backends/oci/oci-job-backend.js';
import { createOciClients, type OciClients } from '../oci/clients.js';
import type { RetryPolicy } from '../oci/retry-policy.js';
import { errorAnswer, type FunctionAnswer } from './function-answer.js';
import { parseInvocation } from './function-request.js';
import { redactSecrets } from './redact-secrets.js';
import { submitNotebook } from './submit-notebook.js';

/**
 * Fewer, shorter retries than the CLI's: a submission makes three calls in a row and the
 * function is stopped at 300 s, so a failing service must be reported well before that.
 */
export const FUNCTION_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelaySeconds: 0.5, maxDelaySeconds: 8 };

export interface FunctionHandlerOptions {
  /** Credentials and endpoints: resource principal inside OCI Functions, OCI_CLI_* locally. Default process.env. */
  env?: Record<string, string | undefined>;
  retryPolicy?: RetryPolicy;
  backendOptions?: OciJobBackendOptions;
  /** One line per call, for the function's log. Default stderr. */
  log?: (line: string) => void;
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
  // Kept across calls: a hot container reuses its clients and resource principal token.
  let clients: Promise<OciClients> | undefined;
  const ociClients = (): Promise<OciClients> => {
    clients ??= createOciClients(env, options.retryPolicy ?? FUNCTION_RETRY_POLICY).catch((error: unknown) => {
      clients = undefined;
      throw error;
    });
    return clients;
  };

  const backend = async () => new OciJobBackend(await ociClients(), options.backendOptions);

  async function answer(input: Uint8Array, context: FdkContext, called: { operation: string }): Promise<FunctionAnswer> {
    const operation = parseInvocation(input, context.httpGateway.requestURL);
    called.operation = operation.kind;
    if (operation.kind === 'status') {
      return { status: 200, body: { ...(await (await backend()).status(operation.jobRunId)) } };
    }
    return { status: 200, body: { ...(await submitNotebook(operation.fields, backend, env)) } };
  }

  return {
    async handle(input, context) {
      const callId = context.callID ?? 'unknown';
      const called = { operation: 'request' };
      let result: FunctionAnswer;
      try {
        result = await answer(input, context, called);
      } catch (error) {
        result = errorAnswer(error, callId);
        if (result.status === 500) log(`call ${callId}: ${redactSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error))}`);
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

/** What the log says about an answer: ids and states, or the error's info; never request values. */
function summary({ body }: FunctionAnswer): string {
  if (typeof body.info === 'string') return body.info;
  return [body.id, body.lifecycleState].filter(Boolean).join(' ');
}
