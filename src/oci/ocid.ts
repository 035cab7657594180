/** OCI resource identifiers: `ocid1.<type>.<realm>.[region][.future].<unique>`. */
const OCID_PATTERN = /^ocid1\.([a-z0-9_]+)\.([a-z0-9_-]+)\.([a-z0-9_-]*)(\.[a-z0-9_-]*)?\.([a-z0-9]+)$/i;

export function ocidResourceType(value: string): string | undefined {
  return OCID_PATTERN.exec(value)?.[1]?.toLowerCase();
}

export function isOcid(value: string, ...types: string[]): boolean {
  const type = ocidResourceType(value);
  return type !== undefined && (types.length === 0 || types.includes(type));
}
