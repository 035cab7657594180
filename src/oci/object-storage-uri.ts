/** `oci://bucket@namespace/prefix`, the form ADS and the OCI CLI use for Object Storage places. */
export interface ObjectStorageLocation {
  bucket: string;
  namespace: string;
  /** Object name prefix without leading or trailing slashes; may be empty. */
  prefix: string;
}

const OCI_URI = /^oci:\/\/([A-Za-z0-9._-]+)@([A-Za-z0-9_-]+)(?:\/(.*))?$/;

export const OCI_URI_FORM = 'oci://bucket@namespace/prefix';

/** A `.` or `..` segment: object names are not file paths, so `oci://b@ns/../../etc` does not point where it seems. */
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;

/** Why `uri` is not an oci:// place, in words for a message; undefined when it is one. */
export function objectStorageUriProblem(uri: string): string | undefined {
  const match = OCI_URI.exec(uri.trim());
  if (!match) return `expected ${OCI_URI_FORM}`;
  if (DOT_SEGMENT.test(match[3] ?? '')) {
    return `a "." or ".." segment is not allowed in the path: object names are not file paths, so it would not point where it seems; expected ${OCI_URI_FORM}`;
  }
  return undefined;
}

export function parseObjectStorageUri(uri: string): ObjectStorageLocation | undefined {
  const match = OCI_URI.exec(uri.trim());
  if (!match || DOT_SEGMENT.test(match[3] ?? '')) return undefined;
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
