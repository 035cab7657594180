/** OCI errors carry the service's code; say it, so users can look it up. */
export function describeError(error: unknown): string {
  const oci = error as { serviceCode?: string; statusCode?: number; message?: string };
  if (oci?.serviceCode && oci.statusCode) return `${oci.statusCode} ${oci.serviceCode}: ${oci.message ?? ''}`.trim();
  return error instanceof Error ? error.message : String(error);
}
