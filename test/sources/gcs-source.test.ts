import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_NOTEBOOK_BYTES } from '../../src/notebook/notebook.js';
import { gcsBaseUrl, mediaDownloadUrlOf, parseGcsUri } from '../../src/sources/gcs-source.js';
import type { SourceContext } from '../../src/sources/notebook-source.js';
import { resolveNotebook } from '../../src/sources/resolve-notebook.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { sendBytes, sendJson, startLocalHttpServer, type LocalHttpServer } from './support/local-http-server.js';
import { failureOf } from './support/source-failure.js';

const NOTEBOOK = notebookBytes(codeCell('print("from Cloud Storage")'));
const TOKEN = 'ya29.a0AfB_SECRET_access_token';

/** Google's JSON API error body, as Cloud Storage sends it. */
function googleError(code: number, message: string, reason: string) {
  return { error: { code, message, errors: [{ message, domain: 'global', reason }] } };
}

describe('gs:// references', () => {
  let storage: LocalHttpServer;

  beforeAll(async () => {
    // Answers the JSON API's media download the way Cloud Storage does, for one private and one public object.
    storage = await startLocalHttpServer((request, response) => {
      const url = new URL(request.url!, 'http://localhost');
      const match = /^\/storage\/v1\/b\/([^/]+)\/o\/([^/]+)$/.exec(url.pathname);
      if (!match || url.searchParams.get('alt') !== 'media') return sendJson(response, 400, googleError(400, 'Invalid request', 'invalid'));
      const [bucket, object] = [decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)];
      const bearer = request.headers.authorization;
      if (bucket === 'team-notebooks' && object === 'public/nb.ipynb') return sendBytes(response, 200, NOTEBOOK);
      if (bucket === 'huge-notebooks') {
        response.writeHead(200, { 'content-length': String(MAX_NOTEBOOK_BYTES + 10) });
        return void response.write(Buffer.alloc(16));
      }
      if (bearer === undefined) {
        return sendJson(response, 401, googleError(401, 'Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object.', 'required'));
      }
      if (bearer !== `Bearer ${TOKEN}`) return sendJson(response, 401, googleError(401, 'Invalid Credentials', 'authError'));
      if (bucket === 'locked-notebooks') {
        return sendJson(response, 403, googleError(403, 'ci@project.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object.', 'forbidden'));
      }
      if (bucket === 'team-notebooks' && object === 'dir/nb.ipynb') return sendBytes(response, 200, NOTEBOOK);
      return sendJson(response, 404, googleError(404, `No such object: ${bucket}/${object}`, 'notFound'));
    });
  });
  afterAll(() => storage.close());

  const context = (env: Record<string, string> = {}): SourceContext => ({
    workspace: '/nonexistent',
    env: { STORAGE_EMULATOR_HOST: storage.url, ...env },
  });

  it('downloads through the JSON API media link with the object name URL-encoded and the bearer token', async () => {
    const fetched = await resolveNotebook('gs://team-notebooks/dir/nb.ipynb', context({ GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN }));
    expect(fetched.path).toBe('gs://team-notebooks/dir/nb.ipynb');
    expect(Buffer.from(fetched.content).equals(Buffer.from(NOTEBOOK))).toBe(true);
    const call = storage.requests.at(-1)!;
    expect(call.url).toBe('/storage/v1/b/team-notebooks/o/dir%2Fnb.ipynb?alt=media');
    expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('reads a public object anonymously when no token is set', async () => {
    const fetched = await resolveNotebook('gs://team-notebooks/public/nb.ipynb', context());
    expect(fetched.content.byteLength).toBe(NOTEBOOK.byteLength);
    expect(storage.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it("says not found with Google's own message, naming GOOGLE_OAUTH_ACCESS_TOKEN but not its value", async () => {
    const error = await failureOf('gs://team-notebooks/dir/missing.ipynb', context({ GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN }));
    expect(error.failure).toBe('not-found');
    expect(error.message).toBe(
      'gs://team-notebooks/dir/missing.ipynb: not found (HTTP 404: No such object: team-notebooks/dir/missing.ipynb), ' +
        'asked using GOOGLE_OAUTH_ACCESS_TOKEN; check the bucket team-notebooks and the object dir/missing.ipynb',
    );
  });

  it('says access denied for a 403 using GOOGLE_OAUTH_ACCESS_TOKEN and what role is missing', async () => {
    const error = await failureOf('gs://locked-notebooks/nb.ipynb', context({ GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN }));
    expect(error.failure).toBe('access-denied');
    expect(error.message).toContain('access denied (HTTP 403: ci@project.iam.gserviceaccount.com does not have storage.objects.get access');
    expect(error.message).toContain('using GOOGLE_OAUTH_ACCESS_TOKEN');
    expect(error.message).toContain('roles/storage.objectViewer');
    expect(error.message).not.toContain(TOKEN);
  });

  it('says access denied anonymously and which variable to set for a private object', async () => {
    const error = await failureOf('gs://locked-notebooks/nb.ipynb', context());
    expect(error.failure).toBe('access-denied');
    expect(error.message).toContain('access denied (HTTP 401: Anonymous caller does not have storage.objects.get access');
    expect(error.message).toContain('anonymously, with no credentials');
    expect(error.message).toContain('set GOOGLE_OAUTH_ACCESS_TOKEN');
  });

  it('refuses an object larger than the limit from its Content-Length', async () => {
    const error = await failureOf('gs://huge-notebooks/nb.ipynb', context());
    expect(error.failure).toBe('too-large');
  });

  it('rejects a gs:// reference without an object name', async () => {
    const error = await failureOf('gs://team-notebooks', context());
    expect(error.failure).toBe('unsupported-reference');
  });

  it('takes STORAGE_EMULATOR_HOST with or without a scheme, and Google otherwise', () => {
    expect(gcsBaseUrl({ STORAGE_EMULATOR_HOST: 'localhost:4443' })).toBe('http://localhost:4443');
    expect(gcsBaseUrl({ STORAGE_EMULATOR_HOST: 'https://gcs.internal/' })).toBe('https://gcs.internal');
    expect(mediaDownloadUrlOf(parseGcsUri('gs://bkt/a b/c#d.ipynb')!, gcsBaseUrl({}))).toBe(
      'https://storage.googleapis.com/storage/v1/b/bkt/o/a%20b%2Fc%23d.ipynb?alt=media',
    );
  });
});
