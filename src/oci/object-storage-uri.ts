/** `oci://bucket@namespace/prefix`, the form ADS and the OCI CLI use for Object Storage places. */
export interface ObjectStorageLocation {
  bucket: string;
  namespace: string;
  /** Object name prefix without leading or trailing slashes; may be empty. */
  prefix: string;
}

const OCI_URI = /^oci:\/\/([A-Za-z0-9._-]+)@([A-Za-z0-9_-]+)(?:\/(.*))?$/;

export const OCI_URI_FORM = 'oci://bucket@namespace/prefix';

export function parseObjectStorageUri(uri: string): ObjectStorageLocation | undefined {
  const match = OCI_URI.exec(uri.trim());
  if (!match) return undefined;
  const prefix = (match[3] ?? '').replace(/^\/+|\/+$/g, '');
  return { bucket: match[1]!, namespace: match[2]!, prefix };
}

export function formatObjectStorageUri(location: ObjectStorageLocation): string {
  const base = `oci://${location.bucket}@${location.namespace}`;
  return location.prefix ? `${base}/${location.prefix}` : base;
}

/** The URI of one object under a location's prefix. */
export function objectUri(location: ObjectStorageLocation, name: string): string {
  return formatObjectStorageUri({ ...location, prefix: joinObjectName(location.prefix, name) });
}

export function joinObjectName(...parts: string[]): string {
  return parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part.length > 0)
    .join('/');
}
