import { describe, expect, it } from '@jest/globals';
import { Region } from 'oci-common';
import { consoleUrl } from '../../src/backends/oci/console-url.js';

describe("a run's console URL", () => {
  const run = 'ocid1.datasciencejobrun.oc1.iad.aaaa';

  it('is on cloud.oracle.com in the commercial realm', () => {
    expect(consoleUrl(run, Region.fromRegionId('eu-frankfurt-1'))).toBe(`https://cloud.oracle.com/data-science/job-runs/${run}?region=eu-frankfurt-1`);
  });

  it.each([
    ['us-langley-1', 'https://console.us-langley-1.oraclegovcloud.com'],
    ['uk-gov-london-1', 'https://console.uk-gov-london-1.oraclegovcloud.uk'],
    ['eu-frankfurt-2', 'https://console.eu-frankfurt-2.oraclecloud.eu'],
  ])("is on the realm's own console domain in %s", (region, origin) => {
    expect(consoleUrl(run, Region.fromRegionId(region))).toBe(`${origin}/data-science/job-runs/${run}?region=${region}`);
  });
});
