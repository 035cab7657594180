import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_NOTEBOOK_BYTES } from '../../src/notebook/notebook.js';
import type { SourceContext } from '../../src/sources/notebook-source.js';
import { azureBlobSource, parseAzureBlobReference } from '../../src/sources/azure-blob-source.js';
import { httpsSource } from '../../src/sources/https-source.js';
import { SECRET_VARIABLES, redactReference, scrubSecrets, secretsOf } from '../../src/sources/redaction.js';
import { resolveNotebook } from '../../src/sources/resolve-notebook.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { failureOf } from './support/source-failure.js';

const NOTEBOOK = notebookBytes(codeCell('print("from the workspace")'));

describe('workspace paths', () => {
  let workspace: string;
  let context: SourceContext;

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'sources-'));
    context = { workspace, env: {} };
    await mkdir(join(workspace, 'notebooks'));
    await writeFile(join(workspace, 'notebooks', 'daily.ipynb'), NOTEBOOK);
    await writeFile(join(workspace, 'notebooks', 'script.py'), 'print("hello")\n');
    // Sparse: over the limit on paper, nothing on disk, and never read.
    const huge = await open(join(workspace, 'notebooks', 'huge.ipynb'), 'w');
    await huge.truncate(MAX_NOTEBOOK_BYTES + 1);
    await huge.close();
  });
  afterAll(() => rm(workspace, { recursive: true, force: true }));

  it('reads a path relative to the workspace', async () => {
    const fetched = await resolveNotebook('notebooks/daily.ipynb', context);
    expect(fetched).toEqual({ path: 'notebooks/daily.ipynb', content: new Uint8Array(NOTEBOOK) });
  });

  it('reads a file:// URL', async () => {
    const url = pathToFileURL(join(workspace, 'notebooks', 'daily.ipynb')).href;
    expect((await resolveNotebook(url, context)).content.byteLength).toBe(NOTEBOOK.byteLength);
  });

  it('says not found and where it looked', async () => {
    const error = await failureOf('notebooks/missing.ipynb', context);
    expect(error.failure).toBe('not-found');
    expect(error.message).toBe(`notebooks/missing.ipynb: not found (looked at ${join(workspace, 'notebooks', 'missing.ipynb')})`);
  });

  it('refuses a file over the limit from its size, before reading it', async () => {
    const error = await failureOf('notebooks/huge.ipynb', context);
    expect(error.failure).toBe('too-large');
    expect(error.message).toBe(`notebooks/huge.ipynb: too large: ${MAX_NOTEBOOK_BYTES + 1} bytes, over the 104857600-byte (100 MiB) limit for a notebook`);
  });

  it('says a Python script is not a notebook', async () => {
    const error = await failureOf('notebooks/script.py', context);
    expect(error.failure).toBe('not-a-notebook');
  });

  it('says a folder is not a notebook', async () => {
    expect((await failureOf('notebooks', context)).failure).toBe('not-a-notebook');
  });

  it('names the forms it reads when no source takes a reference', async () => {
    const error = await failureOf('s3://bucket/nb.ipynb', context);
    expect(error.failure).toBe('unsupported-reference');
    expect(error.message).toContain('a workspace path, https://, oci://, gs://, az://');
  });
});

describe('credentials in references and messages', () => {
  it('removes a SAS signature, a password and token parameters from an https reference', () => {
    expect(redactReference('https://acct.blob.core.windows.net/c/nb.ipynb?sv=2022-11-02&se=2030-01-01&sp=r&sig=abc%2Bdef%3D')).toBe(
      'https://acct.blob.core.windows.net/c/nb.ipynb?sv=2022-11-02&se=2030-01-01&sp=r&sig=***',
    );
    expect(redactReference('https://reader:hunter22@example.com/nb.ipynb')).toBe('https://example.com/nb.ipynb');
    expect(redactReference('https://raw.githubusercontent.com/o/r/main/nb.ipynb?token=GHSAT0AAA')).toBe('https://raw.githubusercontent.com/o/r/main/nb.ipynb?token=***');
  });

  it('masks the token of an OCI pre-authenticated request in the path', () => {
    expect(redactReference('https://objectstorage.us-ashburn-1.oraclecloud.com/p/AbC-123_x:yZ/n/ns/b/bkt/o/dir/nb.ipynb')).toBe(
      'https://objectstorage.us-ashburn-1.oraclecloud.com/p/***/n/ns/b/bkt/o/dir/nb.ipynb',
    );
    expect(scrubSecrets('GET https://ns.objectstorage.eu-frankfurt-1.oci.customer-oci.com/p/AbC-123_x/n/ns/b/bkt/o/nb.ipynb failed')).toBe(
      'GET https://ns.objectstorage.eu-frankfurt-1.oci.customer-oci.com/p/***/n/ns/b/bkt/o/nb.ipynb failed',
    );
    // A GitHub owner named "p" is not a pre-authenticated request.
    expect(redactReference('https://github.com/p/repo/blob/main/nb.ipynb')).toBe('https://github.com/p/repo/blob/main/nb.ipynb');
  });

  it('keeps every other query parameter exactly as written when it masks one', () => {
    const reference = 'https://acct.blob.core.windows.net/c/nb.ipynb?rscd=attachment%3B%20filename%3Dnb.ipynb&sig=abc%2B&x=a+b&flag';
    expect(redactReference(reference)).toBe('https://acct.blob.core.windows.net/c/nb.ipynb?rscd=attachment%3B%20filename%3Dnb.ipynb&sig=***&x=a+b&flag');
  });

  it('leaves references without credentials exactly as written', () => {
    for (const reference of ['oci://bucket@namespace/nb.ipynb', 'gs://b/dir/nb.ipynb', 'az://c/my nb.ipynb', 'https://example.com/a%20b.ipynb?raw=true']) {
      expect(redactReference(reference)).toBe(reference);
    }
  });

  it('masks every credential variable, raw or URL-encoded, and bearer or Shared Key headers', () => {
    const context: SourceContext = {
      workspace: '/',
      githubToken: 'ghp_front-door-token',
      env: { GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.google+token/x', AZURE_STORAGE_KEY: 'a2V5a2V5a2V5', AZURE_STORAGE_SAS_TOKEN: '?sv=2022&sig=c2lnbmF0dXJl%3D' },
    };
    const text = [
      'ghp_front-door-token',
      encodeURIComponent('ya29.google+token/x'),
      'a2V5a2V5a2V5',
      'c2lnbmF0dXJl%3D',
      'Authorization: Bearer something-else',
      'SharedKey devstoreaccount1:c2lnbmF0dXJl',
    ].join(' | ');
    const scrubbed = scrubSecrets(text, secretsOf(context));
    expect(scrubbed).toBe('*** | *** | *** | *** | Authorization: Bearer *** | SharedKey ***');
  });

  it("masks only an Azure connection string's key and SAS, not its account name or endpoints", () => {
    const connection = 'DefaultEndpointsProtocol=https;AccountName=reports;AccountKey=a2V5LWtleS1rZXk=;EndpointSuffix=core.windows.net;SharedAccessSignature=sv=2022&sig=c2lnbmF0dXJl';
    const secrets = secretsOf({ env: { AZURE_STORAGE_CONNECTION_STRING: connection } });
    const text = 'account reports over https at core.windows.net: key a2V5LWtleS1rZXk=, sig c2lnbmF0dXJl';
    expect(scrubSecrets(text, secrets)).toBe('account reports over https at core.windows.net: key ***, sig ***');
  });

  it('lists every credential variable of every cloud in one list', () => {
    expect([...SECRET_VARIABLES].sort()).toEqual(
      [
        'OCI_CLI_KEY_CONTENT',
        'OCI_CLI_PASSPHRASE',
        'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM',
        'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE',
        'OCI_RESOURCE_PRINCIPAL_RPST',
        'OCI_OIDC_CLIENT_IDENTIFIER',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'GOOGLE_OAUTH_ACCESS_TOKEN',
        'AZURE_STORAGE_KEY',
        'AZURE_STORAGE_SAS_TOKEN',
        'AZURE_STORAGE_CONNECTION_STRING',
        'GITHUB_TOKEN',
        'GH_TOKEN',
      ].sort(),
    );
  });
});

describe('choosing a source', () => {
  const context: SourceContext = { workspace: '/', env: {} };

  it('passes an https URL with malformed percent-encoding on to the https source', () => {
    expect(azureBlobSource.accepts('https://example.invalid/a%zz.ipynb', context)).toBe(false);
    expect(httpsSource.accepts('https://example.invalid/a%zz.ipynb', context)).toBe(true);
  });

  it('reads a blob name with malformed percent-encoding as written', () => {
    expect(parseAzureBlobReference('https://acct.blob.core.windows.net/c/a%zz.ipynb', {})).toMatchObject({ account: 'acct', container: 'c', blob: 'a%zz.ipynb' });
  });
});

describe('start-up cost', () => {
  it('loads no cloud client library until a reference needs one', async () => {
    const probe = `
      import { createRequire } from 'node:module';
      await import(${JSON.stringify(join(process.cwd(), 'src/sources/resolve-notebook.ts'))});
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify(loaded.filter((path) => /node_modules\\/(oci-|@azure|@google-cloud)/.test(path))));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { cwd: process.cwd() });
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
