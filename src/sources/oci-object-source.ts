import type { OciClients } from '../oci/clients.js';
import type { OciCredentials } from '../oci/credentials.js';
import { objectStorageUriProblem, parseObjectStorageUri } from '../oci/object-storage-uri.js';
import { checkDeclaredSize, readWithinLimit } from './bounded-read.js';
import { NotebookSourceError, type FetchedNotebook, type NotebookSource, type SourceContext } from './notebook-source.js';

/** The OCI credentials in use, by the variables or file that gave them. */
function credentialName(credentials: OciCredentials, env: SourceContext['env']): string {
  switch (credentials.source) {
    case 'api-key':
      return `the OCI API key of OCI_CLI_USER (${env.OCI_CLI_KEY_CONTENT ? 'OCI_CLI_KEY_CONTENT' : 'OCI_CLI_KEY_FILE'}, OCI_CLI_FINGERPRINT)`;
    case 'config-file':
    case 'session-token':
      return `the OCI config file ${env.OCI_CONFIG_FILE ?? '~/.oci/config'} (profile ${env.OCI_CLI_PROFILE ?? 'DEFAULT'})`;
    case 'resource-principal':
      return 'the resource principal (OCI_RESOURCE_PRINCIPAL_VERSION)';
    case 'oidc-exchange':
      return 'the keyless session token (OCI_OIDC_DOMAIN_URL)';
  }
}

/** The SDK's error shape, read without loading oci-common. */
interface ServiceFailure {
  statusCode?: number;
  serviceCode?: string;
  message?: string;
}

function failureOf(reference: string, error: unknown, using: string): NotebookSourceError {
  if (error instanceof NotebookSourceError) return error;
  const { statusCode, serviceCode, message } = error as ServiceFailure;
  const status = `${statusCode} ${serviceCode ?? ''}`.trim();
  if (statusCode === 404) {
    return new NotebookSourceError(
      reference,
      'not-found',
      `not found (${status}), asked using ${using}. Object Storage answers 404 also when the credentials may not read the bucket: check the bucket, namespace and object name, and a policy granting read on objects in the bucket's compartment`,
    );
  }
  if (statusCode === 401 || statusCode === 403) {
    return new NotebookSourceError(reference, 'access-denied', `access denied (${status}) using ${using}: check the key, fingerprint, user, tenancy and region`);
  }
  if (typeof statusCode === 'number' && statusCode > 0) return new NotebookSourceError(reference, 'failed', `Object Storage answered ${status}: ${message ?? ''}`.trim());
  return new NotebookSourceError(reference, 'unreachable', `could not read from Object Storage (${message ?? String(error)})`);
}

/** `oci://bucket@namespace/path` through the Object Storage SDK, loaded only when such a reference comes. */
export const ociObjectSource: NotebookSource = {
  accepts: (reference) => reference.startsWith('oci://'),
  async fetch(reference: string, context: SourceContext): Promise<FetchedNotebook> {
    const location = parseObjectStorageUri(reference);
    if (!location || !location.prefix) {
      const problem = objectStorageUriProblem(reference) ?? 'expected oci://bucket@namespace/prefix';
      throw new NotebookSourceError(reference, 'unsupported-reference', problem.replace('prefix', 'path/to/notebook.ipynb'));
    }
    let clients: OciClients | undefined = context.ociClients;
    let ownClients: OciClients | undefined;
    try {
      if (!clients) {
        const { createOciClients } = await import('../oci/clients.js');
        clients = ownClients = await createOciClients(context.env, undefined, { lazy: true });
      }
    } catch (error) {
      throw new NotebookSourceError(reference, 'access-denied', `no usable OCI credentials: ${(error as Error).message}`);
    }
    const using = credentialName(clients.credentials, context.env);
    try {
      await clients.use('objectStorage');
      const response = await clients.objectStorage.getObject({
        namespaceName: location.namespace,
        bucketName: location.bucket,
        objectName: location.prefix,
      });
      const body = response.value as unknown as AsyncIterable<Uint8Array> & { destroy?: () => void; cancel?: () => Promise<void> };
      try {
        checkDeclaredSize(reference, response.contentLength, context.maxBytes);
      } catch (error) {
        body.destroy?.();
        await body.cancel?.().catch(() => undefined);
        throw error;
      }
      return { path: reference, content: await readWithinLimit(reference, body, context.maxBytes) };
    } catch (error) {
      throw failureOf(reference, error, using);
    } finally {
      ownClients?.close();
    }
  },
};
