import type { RetryPolicy } from '../oci/retry-policy.js';

/** What the CLI reads and writes, so tests run it in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C or SIGTERM: runs in flight are cancelled. */
  signal?: AbortSignal;
  /** Told every secret a backend makes (an output PAR), so that the output masks it. */
  onSecret?: (value: string) => void;
  /** Aborted on a second one: runs are cancelled without waiting, what they made removed, and results printed at once. */
  stopNow?: AbortSignal;
  /** How OCI calls are retried (tests shorten the waits); default: src/oci/retry-policy.ts. */
  retryPolicy?: RetryPolicy;
}
