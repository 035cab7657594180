import type { ObjectStorageClient } from 'oci-objectstorage';
import { models } from 'oci-objectstorage';
import type { ObjectStorageLocation } from '../../oci/object-storage-uri.js';

/** A write-only pre-authenticated request for a run's output prefix; its URL is a secret. */
export interface OutputPar {
  id: string;
  namespace: string;
  bucket: string;
  /** Full URL ending in `/o/`; the driver PUTs each output to it plus the object name. */
  url: string;
}

/**
 * Lets the run upload its outputs over plain HTTPS, with no `oci` package in the job and no IAM
 * policy for job-run resource principals. Only writes, only under the prefix, only until it expires.
 */
export async function createOutputPar(
  client: ObjectStorageClient,
  endpoint: string,
  location: ObjectStorageLocation,
  name: string,
  expires: Date,
): Promise<OutputPar> {
  const prefix = parPrefix(location.prefix);
  const response = await client.createPreauthenticatedRequest({
    namespaceName: location.namespace,
    bucketName: location.bucket,
    createPreauthenticatedRequestDetails: {
      name,
      accessType: models.CreatePreauthenticatedRequestDetails.AccessType.AnyObjectWrite,
      ...(prefix ? { objectName: prefix } : {}),
      timeExpires: expires,
    },
  });
  const par = response.preauthenticatedRequest;
  const url = par.fullPath ?? `${endpoint}${par.accessUri}`;
  return { id: par.id, namespace: location.namespace, bucket: location.bucket, url };
}

export async function deleteOutputPar(client: ObjectStorageClient, par: Pick<OutputPar, 'id' | 'namespace' | 'bucket'>): Promise<void> {
  await client.deletePreauthenticatedRequest({ namespaceName: par.namespace, bucketName: par.bucket, parId: par.id });
}

/**
 * The object name prefix a run's PAR allows: the output prefix as a folder, so that `runs` does
 * not also open `runs-other/`. Variables ($JOB_RUN_OCID) are expanded in the run, so only what
 * comes before the first one is known; inside a path segment that is a wider prefix, unavoidably.
 */
export function parPrefix(outputPrefix: string): string {
  const variable = outputPrefix.indexOf('$');
  if (variable >= 0) return outputPrefix.slice(0, variable);
  return outputPrefix === '' || outputPrefix.endsWith('/') ? outputPrefix : `${outputPrefix}/`;
}
