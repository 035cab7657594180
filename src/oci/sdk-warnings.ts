/**
 * What oci-common prints with `console.warn` each time a call fails for good, just before it
 * throws the error that we report ourselves (with the notebook it concerns).
 */
const SDK_FAILURE_WARNING = /^(Request cannot be retried\. Not Retrying\.|All retry attempts have exhausted\.)/;

/**
 * Sends the SDK's failure warnings to `sink` instead of the console, so a failed call is told
 * once and in our words; every other warning still reaches the console.
 */
export function routeSdkFailureWarnings(sink: (message: string) => void): void {
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && SDK_FAILURE_WARNING.test(args[0])) sink(args[0]);
    else warn(...args);
  };
}
