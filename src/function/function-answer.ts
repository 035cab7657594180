import { CredentialsError } from '../oci/credentials.js';
import { NotebookSourceError } from '../sources/notebook-source.js';
import { scrubSecrets } from '../sources/redaction.js';

/**
 * What the function answers. `status` goes out as `Fn-Http-Status` (which API Gateway and Fn HTTP
 * triggers turn into the HTTP status) and, for errors, into the body's `"status"`, because a
 * plain `fn invoke` / OCI invoke endpoint always answers 200 and only the body reaches the caller.
 */
export interface FunctionAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** A request the function refuses before any cloud call; `info` names the fields as the caller spelled them. */
export class FunctionRequestError extends Error {
  constructor(
    readonly info: string,
    readonly status = 400,
  ) {
    super(info);
  }
}

/** The SDK's OciError, and the plain object it throws when it could not reach the service at all. */
interface SdkFailure {
  statusCode?: unknown;
  serviceCode?: unknown;
  code?: unknown;
  message?: unknown;
  opcRequestId?: unknown;
  operationName?: unknown;
  requestEndpoint?: unknown;
}

/** The function ran out of time (its Fn-Deadline, less a margin) before it could answer. */
export class FunctionDeadlineError extends Error {
  constructor(readonly operation: string) {
    super(`the function's deadline (Fn-Deadline) was reached during the ${operation}`);
  }
}

export function errorBody(status: number, info: string, extra: Record<string, unknown> = {}, secrets: readonly string[] = []): FunctionAnswer {
  return { status, body: { status: String(status), info: scrubSecrets(info, secrets), ...extra } };
}

/** A notebook host that could not be reached or failed (5xx) is not the caller's fault: 502, like OCI's. */
const NOTEBOOK_HOST_FAILURES: ReadonlySet<string> = new Set(['unreachable', 'failed']);

/**
 * Any failure as an answer whose status says whose fault it was: 4xx the caller's (OCI's own 4xx
 * passed through with its code), 502 OCI's (its 5xx, or no answer at all), 500 the function's.
 * A notebook host's failure is 502 too, and a call that ran out of time 504. Never a stack trace;
 * URL tokens, keys and the `secrets` given (the function's own credentials) are redacted.
 */
export function errorAnswer(error: unknown, callId?: string, secrets: readonly string[] = []): FunctionAnswer {
  const body = (status: number, info: string, extra: Record<string, unknown> = {}) => errorBody(status, info, extra, secrets);
  if (error instanceof FunctionRequestError) return body(error.status, error.info);
  if (error instanceof FunctionDeadlineError) {
    const created = error.operation === 'submission' ? '; the run may have been created all the same: check before submitting again' : '';
    return body(504, `${error.message}; retry, or raise the function's timeout (func.yaml, the OCI Console)${created}`);
  }
  if (error instanceof NotebookSourceError) return body(NOTEBOOK_HOST_FAILURES.has(error.failure) ? 502 : 400, `noteBook: ${error.message}`);
  if (error instanceof CredentialsError) return body(500, `the function has no usable OCI credentials: ${error.message}`);
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SdkFailure;
  const message = typeof failure.message === 'string' ? scrubSecrets(failure.message, secrets) : '';
  if (typeof failure.statusCode === 'number' && typeof failure.serviceCode === 'string') {
    const status = failure.statusCode >= 400 && failure.statusCode < 500 ? failure.statusCode : 502;
    const operation = typeof failure.operationName === 'string' ? `${failure.operationName}: ` : '';
    return body(status, `OCI ${operation}${failure.statusCode} ${failure.serviceCode}: ${message}`, {
      code: failure.serviceCode,
      message,
      ...(typeof failure.opcRequestId === 'string' ? { opcRequestId: failure.opcRequestId } : {}),
    });
  }
  if (typeof failure.requestEndpoint === 'string') {
    const code = typeof failure.code === 'string' ? failure.code : 'ConnectionFailed';
    return body(502, `OCI could not be reached (${failure.requestEndpoint}): ${message || code}`, { code, message });
  }
  return body(500, `internal error in the function; its log has the details${callId ? ` (call ${callId})` : ''}`);
}
