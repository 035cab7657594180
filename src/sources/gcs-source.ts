import { download } from './http-download.js';
import { NotebookSourceError, type FetchedNotebook, type NotebookSource, type SourceContext } from './notebook-source.js';

/** `gs://bucket/object`, the form gcloud and gsutil use. */
export interface GcsObject {
  bucket: string;
  object: string;
}

export const GCS_TOKEN_VARIABLE = 'GOOGLE_OAUTH_ACCESS_TOKEN';
/** The endpoint override Google's own client libraries read: `host:port` or a base URL. */
export const GCS_ENDPOINT_VARIABLE = 'STORAGE_EMULATOR_HOST';
const DEFAULT_BASE = 'https://storage.googleapis.com';

const GCS_URI = /^gs:\/\/([^/]+)\/(.+)$/;
const BUCKET_NAME = /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/;

export function parseGcsUri(reference: string): GcsObject | undefined {
  const match = GCS_URI.exec(reference);
  if (!match || !BUCKET_NAME.test(match[1]!)) return undefined;
  return { bucket: match[1]!, object: match[2]! };
}

/** Cloud Storage's base URL: STORAGE_EMULATOR_HOST (`http://` assumed without a scheme), else Google's. */
export function gcsBaseUrl(env: SourceContext['env']): string {
  const override = env[GCS_ENDPOINT_VARIABLE]?.trim();
  if (!override) return DEFAULT_BASE;
  return (/^https?:\/\//i.test(override) ? override : `http://${override}`).replace(/\/+$/, '');
}

/** The JSON API's media download; the object name is one path segment, its slashes encoded. */
export function mediaDownloadUrlOf(location: GcsObject, base = DEFAULT_BASE): string {
  return `${base}/storage/v1/b/${encodeURIComponent(location.bucket)}/o/${encodeURIComponent(location.object)}?alt=media`;
}

/** Google's JSON error body: `{"error": {"code": 404, "message": "No such object: ..."}}`. */
function googleMessage(body: string): string | undefined {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    return typeof message === 'string' ? message.slice(0, 300) : undefined;
  } catch {
    return undefined;
  }
}

/** Google Cloud Storage through its JSON API: a bearer token from the environment, or anonymous for public objects. */
export const gcsSource: NotebookSource = {
  accepts: (reference) => reference.startsWith('gs://'),
  async fetch(reference: string, context: SourceContext): Promise<FetchedNotebook> {
    const location = parseGcsUri(reference);
    if (!location) {
      throw new NotebookSourceError(reference, 'unsupported-reference', 'expected gs://BUCKET/PATH/TO/NOTEBOOK.ipynb with a valid bucket name');
    }
    const token = context.env[GCS_TOKEN_VARIABLE];
    const content = await download({
      reference,
      url: mediaDownloadUrlOf(location, gcsBaseUrl(context.env)),
      headers: token ? { authorization: `Bearer ${token}` } : {},
      credential: token ? GCS_TOKEN_VARIABLE : undefined,
      hints: {
        notFound: `check the bucket ${location.bucket} and the object ${location.object}`,
        accessDenied: token
          ? `the token may have expired (access tokens last an hour), or its identity lacks storage.objects.get (roles/storage.objectViewer) on gs://${location.bucket}`
          : `the object is not public: set ${GCS_TOKEN_VARIABLE} (google-github-actions/auth with token_format: access_token)`,
      },
      serviceMessage: googleMessage,
      signal: context.signal,
      maxBytes: context.maxBytes,
      fetch: context.fetch,
    });
    return { path: reference, content };
  },
};
