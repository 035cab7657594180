/** What the console URL needs of a region (the SDK's Region has it). */
export interface ConsoleRegion {
  regionId: string;
  realm: { realmId: string; secondLevelDomain: string };
}

/**
 * The run's page in the OCI Console. cloud.oracle.com serves the commercial realm (oc1) only; other
 * realms (government, sovereign, dedicated) have a console per region under their own domain.
 */
export function consoleUrl(runId: string, region: ConsoleRegion): string {
  const path = `/data-science/job-runs/${runId}?region=${region.regionId}`;
  if (region.realm.realmId === 'oc1') return `https://cloud.oracle.com${path}`;
  return `https://console.${region.regionId}.${region.realm.secondLevelDomain}${path}`;
}
