/**
 * What oci-common prints with `console.warn` each time an attempt fails: before each retry
 * ("Request failed with Exception : ...\nRetrying request -> ..."), a line per attempt that
 * says nothing once the retry succeeds, and when a call fails for good, just before it throws
 * the error that we report ourselves (with the notebook it concerns).
 */
const SDK_FAILURE_WARNING = /^(Request cannot be retried\. Not Retrying\.|All retry attempts have exhausted\.|Request failed with Exception : [\s\S]*\nRetrying request -> )/;

/**
 * Sends the SDK's failure and retry warnings to `sink` instead of the console, so a failed call
 * is told once and in our words, and a retried one not at all; every other warning still
 * reaches the console.
 */
export function routeSdkFailureWarnings(sink: (message: string) => void): void {
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && SDK_FAILURE_WARNING.test(args[0])) sink(args[0]);
    else warn(...args);
  };
}

/**
 * oci-common loads node-fetch, whose URL library requires node's own `punycode` module, which
 * Node 21 and later deprecate (DEP0040) with a warning at every start: noise in every step log
 * about code no user of ours can change. Only that deprecation is dropped.
 */
export function ignoreSdkPunycodeDeprecation(): void {
  const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const [typeOrOptions, code] = rest;
    const warningCode = typeof typeOrOptions === 'object' && typeOrOptions !== null ? (typeOrOptions as { code?: string }).code : code;
    if (warningCode === 'DEP0040') return;
    emitWarning(warning, ...rest);
  }) as typeof process.emitWarning;
}
