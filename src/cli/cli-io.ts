/** What the CLI reads and writes, so tests run it in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C or SIGTERM: runs in flight are cancelled. */
  signal?: AbortSignal;
  /** Told every secret a backend makes (an output PAR), so that the output masks it. */
  onSecret?: (value: string) => void;
}
