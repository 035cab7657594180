import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SourceContext } from '../../src/sources/notebook-source.js';
import { resolveNotebook } from '../../src/sources/resolve-notebook.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { AZURITE_ACCOUNT, AZURITE_KEY, accountSas, startAzurite, uploadBlob, type Azurite } from './support/azurite.js';
import { failureOf } from './support/source-failure.js';

const NOTEBOOK = notebookBytes(codeCell('print("from Azure Blob Storage")'));
const WRONG_KEY = Buffer.alloc(64, 7).toString('base64');

describe('Azure Blob references against Azurite', () => {
  let azurite: Azurite;

  beforeAll(async () => {
    azurite = await startAzurite();
    await uploadBlob(azurite, 'notebooks', 'reports/daily report.ipynb', NOTEBOOK);
    await uploadBlob(azurite, 'notebooks', 'notes.txt', Buffer.from('just some notes'));
  }, 30_000);
  afterAll(() => azurite?.close());

  const context = (credentials: Record<string, string>): SourceContext => ({
    workspace: '/nonexistent',
    env: { AZURE_STORAGE_ACCOUNT: AZURITE_ACCOUNT, AZURE_STORAGE_BLOB_ENDPOINT: azurite.blobEndpoint, ...credentials },
  });
  const withKey = (key = AZURITE_KEY) => context({ AZURE_STORAGE_KEY: key });
  const withSas = (sas: string) => context({ AZURE_STORAGE_SAS_TOKEN: sas });
  const readSas = () => accountSas({ permissions: 'r', expiry: new Date(Date.now() + 3_600_000) });

  it('reads az://CONTAINER/PATH signed with the account key (Shared Key)', async () => {
    const fetched = await resolveNotebook('az://notebooks/reports/daily report.ipynb', withKey());
    expect(fetched.path).toBe('az://notebooks/reports/daily report.ipynb');
    expect(Buffer.from(fetched.content).equals(Buffer.from(NOTEBOOK))).toBe(true);
  });

  it('reads az://CONTAINER/PATH with AZURE_STORAGE_SAS_TOKEN, with or without its leading "?"', async () => {
    for (const sas of [readSas(), `?${readSas()}`]) {
      const fetched = await resolveNotebook('az://notebooks/reports/daily report.ipynb', withSas(sas));
      expect(fetched.content.byteLength).toBe(NOTEBOOK.byteLength);
    }
  });

  it("reads an https://ACCOUNT.blob.core.windows.net link through AZURE_STORAGE_BLOB_ENDPOINT for that account", async () => {
    const reference = `https://${AZURITE_ACCOUNT}.blob.core.windows.net/notebooks/reports/daily%20report.ipynb`;
    const fetched = await resolveNotebook(reference, withKey());
    expect(fetched.path).toBe(reference);
    expect(fetched.content.byteLength).toBe(NOTEBOOK.byteLength);
  });

  it('reads a link that carries its own SAS token, and keeps the signature out of the returned path', async () => {
    const sas = readSas();
    const signature = new URLSearchParams(sas).get('sig')!;
    const reference = `https://${AZURITE_ACCOUNT}.blob.core.windows.net/notebooks/reports/daily%20report.ipynb?${sas}`;
    const fetched = await resolveNotebook(reference, context({}));
    expect(fetched.content.byteLength).toBe(NOTEBOOK.byteLength);
    expect(fetched.path).toContain('sig=***');
    expect(fetched.path).not.toContain(signature);
    expect(fetched.path).not.toContain(encodeURIComponent(signature));
  });

  it('says not found for a missing blob, with Azure\'s error code', async () => {
    const error = await failureOf('az://notebooks/reports/missing.ipynb', withKey());
    expect(error.failure).toBe('not-found');
    expect(error.message).toMatch(/^az:\/\/notebooks\/reports\/missing\.ipynb: not found \(HTTP 404: BlobNotFound, The specified blob does not exist\.\), asked using AZURE_STORAGE_KEY/);
  });

  it('says not found for a missing container', async () => {
    const error = await failureOf('az://no-such-container/nb.ipynb', withKey());
    expect(error.failure).toBe('not-found');
    expect(error.message).toContain('ContainerNotFound');
  });

  it('says access denied with a wrong account key, naming AZURE_STORAGE_KEY and never the key', async () => {
    const error = await failureOf('az://notebooks/reports/daily report.ipynb', withKey(WRONG_KEY));
    expect(error.failure).toBe('access-denied');
    // Azure says AuthenticationFailed, Azurite AuthorizationFailure.
    expect(error.message).toMatch(/access denied \(HTTP 403: (AuthenticationFailed|AuthorizationFailure), Server failed to authenticate the request/);
    expect(error.message).toContain(`using AZURE_STORAGE_KEY; check that AZURE_STORAGE_KEY is a key of the account ${AZURITE_ACCOUNT}`);
    expect(error.message).not.toContain(WRONG_KEY);
    expect(error.message).not.toContain(AZURITE_KEY);
  });

  it('says access denied with an expired SAS token, naming AZURE_STORAGE_SAS_TOKEN and never its signature', async () => {
    const expired = accountSas({ permissions: 'r', expiry: new Date(Date.now() - 3_600_000) });
    const error = await failureOf('az://notebooks/reports/daily report.ipynb', withSas(expired));
    expect(error.failure).toBe('access-denied');
    expect(error.message).toContain('using AZURE_STORAGE_SAS_TOKEN');
    expect(error.message).not.toContain(new URLSearchParams(expired).get('sig')!);
  });

  it('says access denied for a SAS token signed with another key', async () => {
    const forged = accountSas({ permissions: 'r', expiry: new Date(Date.now() + 3_600_000), key: WRONG_KEY });
    const error = await failureOf('az://notebooks/reports/daily report.ipynb', withSas(forged));
    expect(error.failure).toBe('access-denied');
    expect(error.message).toMatch(/HTTP 403: (AuthenticationFailed|AuthorizationFailure)/);
  });

  it('says a text blob is not a notebook', async () => {
    const error = await failureOf('az://notebooks/notes.txt', withKey());
    expect(error.failure).toBe('not-a-notebook');
    expect(error.message).toBe('az://notebooks/notes.txt: not a Jupyter notebook (expected nbformat 4 JSON, the file is not valid UTF-8 JSON).');
  });

  it('asks for AZURE_STORAGE_ACCOUNT when an az:// reference has no account to read from', async () => {
    const error = await failureOf('az://notebooks/nb.ipynb', { workspace: '/nonexistent', env: {} });
    expect(error.failure).toBe('unsupported-reference');
    expect(error.message).toContain('az://CONTAINER/PATH needs AZURE_STORAGE_ACCOUNT');
  });

  it('asks anonymously, and says which variables to set, when no Azure credential is configured', async () => {
    const error = await failureOf('az://notebooks/reports/daily report.ipynb', context({}));
    // Azurite answers 403; Azure itself answers 404 ResourceNotFound, whose message gives the same advice.
    expect(error.failure).toBe('access-denied');
    expect(error.message).toContain('anonymously, with no credentials');
    expect(error.message).toContain('set AZURE_STORAGE_SAS_TOKEN or AZURE_STORAGE_KEY');
  });
});
