/** A path's segments URL-encoded one by one, its slashes kept: blob names, repository paths. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A URL path segment decoded, or as written when its percent-encoding is malformed. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
