import { sharedKeyAuthorization } from './azure-shared-key.js';
import { download } from './http-download.js';
import { NotebookSourceError, type FetchedNotebook, type NotebookSource, type SourceContext } from './notebook-source.js';
import { redactReference } from './redaction.js';
import { decodeSegment, encodePath } from './url-path.js';

/** The variables the Azure CLI reads for Blob Storage, and the endpoint override for Azurite and private endpoints. */
export const AZURE_VARIABLES = {
  account: 'AZURE_STORAGE_ACCOUNT',
  key: 'AZURE_STORAGE_KEY',
  sasToken: 'AZURE_STORAGE_SAS_TOKEN',
  blobEndpoint: 'AZURE_STORAGE_BLOB_ENDPOINT',
} as const;

/** The Blob service REST version we speak; Azurite and Azure both answer it. */
export const AZURE_STORAGE_VERSION = '2023-11-03';

/** A blob named by `az://CONTAINER/PATH` or `https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH`. */
export interface AzureBlob {
  /** Undefined for `az://` when AZURE_STORAGE_ACCOUNT is not set. */
  account: string | undefined;
  container: string;
  blob: string;
  /** The SAS token written in an https reference's query, if any. */
  sasInUrl?: string;
  /** Where the reference points when no endpoint override applies. */
  defaultEndpoint: string | undefined;
}

const AZURE_BLOB_HOST = /^([a-z0-9]{3,24})\.blob\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)$/i;
const AZ_URI = /^az:\/\/([^/]+)\/(.+)$/;

export function parseAzureBlobReference(reference: string, env: SourceContext['env']): AzureBlob | undefined {
  const az = AZ_URI.exec(reference);
  if (az) {
    const account = env[AZURE_VARIABLES.account] || undefined;
    return { account, container: az[1]!, blob: az[2]!, defaultEndpoint: account && `https://${account}.blob.core.windows.net` };
  }
  if (!/^https:\/\//i.test(reference) || !URL.canParse(reference)) return undefined;
  const url = new URL(reference);
  // The host decides first: any other https URL goes on to the next source, whatever its path holds.
  const host = AZURE_BLOB_HOST.exec(url.hostname);
  if (!host) return undefined;
  const [container, ...blob] = url.pathname.split('/').filter(Boolean).map(decodeSegment);
  if (!container || blob.length === 0) return undefined;
  const sasInUrl = url.searchParams.has('sig') ? url.search.slice(1) : undefined;
  return { account: host[1]!.toLowerCase(), container, blob: blob.join('/'), sasInUrl, defaultEndpoint: url.origin };
}

/** How a request to this blob is authorized, and the name of that credential for messages. */
type Authorization = { kind: 'sas'; token: string; name: string } | { kind: 'shared-key'; key: string; name: string } | { kind: 'anonymous' };

/**
 * A SAS token in the URL; else, for AZURE_STORAGE_ACCOUNT's blobs (or any account when it is
 * unset), AZURE_STORAGE_SAS_TOKEN, then AZURE_STORAGE_KEY; else anonymous, for public containers.
 */
function authorizationFor(target: AzureBlob, env: SourceContext['env']): Authorization {
  if (target.sasInUrl) return { kind: 'sas', token: target.sasInUrl, name: 'the SAS token in the URL' };
  const configured = env[AZURE_VARIABLES.account];
  if (configured && configured.toLowerCase() !== target.account) return { kind: 'anonymous' };
  const sas = env[AZURE_VARIABLES.sasToken]?.trim().replace(/^\?/, '');
  if (sas) return { kind: 'sas', token: sas, name: AZURE_VARIABLES.sasToken };
  const key = env[AZURE_VARIABLES.key]?.trim();
  if (key) return { kind: 'shared-key', key, name: AZURE_VARIABLES.key };
  return { kind: 'anonymous' };
}

/** AZURE_STORAGE_BLOB_ENDPOINT is AZURE_STORAGE_ACCOUNT's endpoint: it serves `az://` and that account's https links. */
function endpointFor(target: AzureBlob, reference: string, env: SourceContext['env']): string | undefined {
  const override = env[AZURE_VARIABLES.blobEndpoint]?.trim().replace(/\/+$/, '');
  const configured = env[AZURE_VARIABLES.account]?.toLowerCase();
  if (override && (reference.startsWith('az://') || configured === target.account)) return override;
  return target.defaultEndpoint;
}

/** Azure's XML error body: `<Error><Code>BlobNotFound</Code><Message>...</Message></Error>`. */
function azureMessage(body: string, response: Response): string | undefined {
  const code = response.headers.get('x-ms-error-code') ?? /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<\n]*)/.exec(body)?.[1]?.trim();
  return [code, message].filter(Boolean).join(', ') || undefined;
}

function hintsFor(target: AzureBlob, authorization: Authorization): { notFound: string; accessDenied: string } {
  const where = `check the container ${target.container} and the blob ${target.blob} in the account ${target.account}`;
  const ask = `set ${AZURE_VARIABLES.sasToken} or ${AZURE_VARIABLES.key} (with ${AZURE_VARIABLES.account}=${target.account})`;
  switch (authorization.kind) {
    case 'anonymous':
      return { notFound: `${where}; Azure answers 404 to anonymous requests for a private container: ${ask}`, accessDenied: ask };
    case 'sas':
      return { notFound: where, accessDenied: `check that the SAS token is for this account, has not expired (se=) and grants read (sp= with r)` };
    case 'shared-key':
      return { notFound: where, accessDenied: `check that ${AZURE_VARIABLES.key} is a key of the account ${target.account}` };
  }
}

/**
 * Azure Blob Storage over its REST API: GET Blob with a SAS token or a Shared Key signature made
 * with node:crypto, so no Azure SDK is loaded or bundled.
 */
export const azureBlobSource: NotebookSource = {
  accepts: (reference, context) => parseAzureBlobReference(reference, context.env) !== undefined,
  async fetch(reference: string, context: SourceContext): Promise<FetchedNotebook> {
    const shown = redactReference(reference);
    const target = parseAzureBlobReference(reference, context.env)!;
    const endpoint = endpointFor(target, reference, context.env);
    if (!target.account || !endpoint) {
      throw new NotebookSourceError(shown, 'unsupported-reference', `az://CONTAINER/PATH needs ${AZURE_VARIABLES.account} set to the storage account's name`);
    }
    const authorization = authorizationFor(target, context.env);
    const blobUrl = `${endpoint}/${encodeURIComponent(target.container)}/${encodePath(target.blob)}`;
    const url = authorization.kind === 'sas' ? `${blobUrl}?${authorization.token}` : blobUrl;
    const headers: Record<string, string> = { 'x-ms-version': AZURE_STORAGE_VERSION, 'x-ms-date': new Date().toUTCString() };
    if (authorization.kind === 'shared-key') {
      headers.authorization = sharedKeyAuthorization({ method: 'GET', url, headers }, target.account, authorization.key);
    }
    const content = await download({
      reference: shown,
      url,
      headers,
      credential: authorization.kind === 'anonymous' ? undefined : authorization.name,
      hints: hintsFor(target, authorization),
      serviceMessage: azureMessage,
      signal: context.signal,
      maxBytes: context.maxBytes,
      fetch: context.fetch,
    });
    return { path: shown, content };
  },
};
