import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import type { SourceContext } from '../../src/sources/notebook-source.js';
import { resolveNotebook } from '../../src/sources/resolve-notebook.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { failureOf } from './support/source-failure.js';

const NOTEBOOK = notebookBytes(codeCell('print("from Object Storage")'));
const FAST_RETRIES = { maxAttempts: 2, baseDelaySeconds: 0.01, maxDelaySeconds: 0.05 };

describe('oci:// references against the emulator', () => {
  let emulator: Emulator;
  let uploader: OciClients;
  const uri = (name: string) => `oci://${emulator.outputBucket}@${emulator.namespace}/${name}`;

  beforeAll(async () => {
    emulator = await startEmulator();
    uploader = await createOciClients(emulator.env, FAST_RETRIES);
    for (const [name, body] of [
      ['notebooks/daily report.ipynb', NOTEBOOK],
      ['notebooks/readme.md', Buffer.from('# not a notebook')],
    ] as const) {
      await uploader.objectStorage.putObject({
        namespaceName: emulator.namespace,
        bucketName: emulator.outputBucket,
        objectName: name,
        // No contentLength: these clients back bodies up for retries and set it themselves (see OciJobBackend.submit).
        putObjectBody: Buffer.from(body),
      });
    }
  });
  afterAll(async () => {
    uploader?.close();
    await emulator?.close();
  });

  const context = (env: Record<string, string> = emulator.env): SourceContext => ({ workspace: '/nonexistent', env });

  it('reads an object with the OCI credentials from the environment, through the SDK', async () => {
    const fetched = await resolveNotebook(uri('notebooks/daily report.ipynb'), context());
    expect(fetched.path).toBe(uri('notebooks/daily report.ipynb'));
    expect(Buffer.from(fetched.content).equals(Buffer.from(NOTEBOOK))).toBe(true);
    expect(emulator.requests.some((request) => request.operation === 'getObject' && request.status === 200)).toBe(true);
  });

  it('reuses the clients a front door passes in', async () => {
    // No credentials in the environment: only the clients passed in can read the object.
    const fetched = await resolveNotebook(uri('notebooks/daily report.ipynb'), { workspace: '/nonexistent', env: {}, ociClients: uploader });
    expect(fetched.content.byteLength).toBe(NOTEBOOK.byteLength);
  });

  it("refuses an object over the front door's limit from its size", async () => {
    const error = await failureOf(uri('notebooks/daily report.ipynb'), { ...context(), maxBytes: 100 });
    expect(error.failure).toBe('too-large');
    expect(error.message).toContain(`too large: ${NOTEBOOK.byteLength} bytes, over the 100-byte limit for a notebook`);
  });

  it('says not found for a missing object, and that Object Storage also hides unreadable buckets behind 404', async () => {
    const error = await failureOf(uri('notebooks/missing.ipynb'), context());
    expect(error.failure).toBe('not-found');
    expect(error.message).toContain(`${uri('notebooks/missing.ipynb')}: not found (404 ObjectNotFound), asked using the OCI API key of OCI_CLI_USER (OCI_CLI_KEY_CONTENT, OCI_CLI_FINGERPRINT)`);
  });

  it('says not found for a missing bucket', async () => {
    const error = await failureOf(`oci://no-such-bucket@${emulator.namespace}/nb.ipynb`, context());
    expect(error.failure).toBe('not-found');
    expect(error.message).toContain('404 BucketNotFound');
  });

  it('says access denied when the key does not match the fingerprint, naming the variables and never the key', async () => {
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const error = await failureOf(uri('notebooks/daily report.ipynb'), context({ ...emulator.env, OCI_CLI_KEY_CONTENT: otherKey }));
    expect(error.failure).toBe('access-denied');
    expect(error.message).toContain('access denied (401 NotAuthenticated) using the OCI API key of OCI_CLI_USER (OCI_CLI_KEY_CONTENT, OCI_CLI_FINGERPRINT)');
    expect(error.message).not.toContain('PRIVATE KEY');
    expect(error.message).not.toContain(otherKey.split('\n')[1]!);
  });

  it('says which variables to set when there are no OCI credentials at all', async () => {
    const error = await failureOf(uri('notebooks/daily report.ipynb'), context({ OCI_CONFIG_FILE: '/nonexistent/oci-config' }));
    expect(error.failure).toBe('access-denied');
    expect(error.message).toContain('no usable OCI credentials: No OCI credentials found. Set OCI_CLI_USER');
  });

  it('says a Markdown object is not a notebook', async () => {
    const error = await failureOf(uri('notebooks/readme.md'), context());
    expect(error.failure).toBe('not-a-notebook');
  });

  it('asks for an object name when the reference names only a bucket', async () => {
    const error = await failureOf(`oci://${emulator.outputBucket}@${emulator.namespace}`, context());
    expect(error.failure).toBe('unsupported-reference');
    expect(error.message).toContain('expected oci://bucket@namespace/path/to/notebook.ipynb');
  });
});
