import { randomBytes } from 'node:crypto';

/** OCI region identifiers and their short keys, as they appear inside regional OCIDs. */
const REGION_KEYS: Record<string, string> = {
  'us-ashburn-1': 'iad',
  'us-phoenix-1': 'phx',
  'eu-frankfurt-1': 'fra',
  'uk-london-1': 'lhr',
};

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function uniquePart(): string {
  // Real unique parts are 60 lower-case base32 characters.
  const bytes = randomBytes(60);
  let out = '';
  for (const byte of bytes) out += BASE32[byte % 32];
  return out;
}

/** A new OCID; `regional` resources carry the region key, global ones (tenancy, user) leave it empty. */
export function newOcid(resourceType: string, region: string | undefined): string {
  const regionKey = region ? (REGION_KEYS[region] ?? region) : '';
  return `ocid1.${resourceType}.oc1.${regionKey}.${uniquePart()}`;
}

/** A URL-safe random token, for pre-authenticated request paths and page tokens. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
