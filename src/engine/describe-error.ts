/**
 * One line for an error, whatever threw it. OCI service errors carry the service's code: say it,
 * so users can look it up. The SDK throws a plain object, not an Error, when a request never got
 * an answer (refused, reset, timed out): say what failed and which call it was.
 */
export function describeError(error: unknown): string {
  const oci = error as { serviceCode?: string; statusCode?: number; message?: unknown; requestEndpoint?: unknown } | null;
  if (oci?.serviceCode && oci.statusCode) return `${oci.statusCode} ${oci.serviceCode}: ${String(oci.message ?? '')}`.trim();
  if (error instanceof Error) return error.message;
  if (typeof oci?.message === 'string') return typeof oci.requestEndpoint === 'string' ? `${oci.message} (${oci.requestEndpoint})` : oci.message;
  return String(error);
}
