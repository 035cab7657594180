/** The run's page in the OCI Console. */
export function consoleUrl(runId: string, region: string): string {
  return `https://cloud.oracle.com/data-science/job-runs/${runId}?region=${region}`;
}
