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
  // Variables in the prefix ($JOB_RUN_OCID) are expanded in the run: allow everything before them.
  const prefix = location.prefix.split('$')[0]!;
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
