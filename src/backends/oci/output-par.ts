import { setTimeout as sleep } from 'node:timers/promises';
import { NoRetryConfigurationDetails } from 'oci-common';
import type { ObjectStorageClient } from 'oci-objectstorage';
import { models } from 'oci-objectstorage';
import { DEFAULT_RETRY_POLICY, retryDelaySeconds, type RetryPolicy } from '../../oci/retry-policy.js';
import { isOutage } from './through-outages.js';

/** A pre-authenticated request the engine made for a run; its URL is a secret. */
export interface OutputPar {
  id: string;
  namespace: string;
  bucket: string;
  /** Full URL ending in `/o/`; the driver PUTs each output to it plus the object name. */
  url: string;
}

/** What to make: where, its unique name, what it allows, and until when. */
export interface ParSpec {
  namespace: string;
  bucket: string;
  /** Unique to the submission: a PAR whose create answer was lost is found, and removed, by it. */
  name: string;
  /** The object (ObjectRead) or the prefix (AnyObject...) it allows. */
  objectName: string;
  accessType: 'AnyObjectWrite' | 'AnyObjectRead';
  expires: Date;
}

/** How often to try, and who hears that a create failed (a PAR may exist all the same). */
export interface ParCreateOptions {
  policy?: RetryPolicy;
  onUncertain?: () => void;
}

/**
 * Lets the run upload its outputs over plain HTTPS, with no `oci` package in the job and no IAM
 * policy for job-run resource principals. Only writes, only under the prefix, only until it expires.
 *
 * CreatePreauthenticatedRequest takes no retry token, so the SDK's own retries could leave a spare
 * PAR for each lost answer. Instead each attempt is sent once, and after a failed one the PARs of
 * this name are looked for and deleted before the next: whatever the faults, one PAR stays.
 */
export async function createPar(client: ObjectStorageClient, endpoint: string, spec: ParSpec, options: ParCreateOptions = {}): Promise<OutputPar> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  // As many attempts as the SDK would make in three rounds of its retries, as the other creates get.
  const attempts = policy.maxAttempts * 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await client.createPreauthenticatedRequest({
        namespaceName: spec.namespace,
        bucketName: spec.bucket,
        createPreauthenticatedRequestDetails: {
          name: spec.name,
          accessType: models.CreatePreauthenticatedRequestDetails.AccessType[spec.accessType],
          ...(spec.objectName ? { objectName: spec.objectName } : {}),
          timeExpires: spec.expires,
        },
        retryConfiguration: NoRetryConfigurationDetails,
      });
      const par = response.preauthenticatedRequest;
      return { id: par.id, namespace: spec.namespace, bucket: spec.bucket, url: par.fullPath ?? `${endpoint}${par.accessUri}` };
    } catch (error) {
      if (!isOutage(error) || attempt >= attempts) throw error;
      options.onUncertain?.();
      // Best effort: what this misses, the submission's cleanup finds by the same name.
      await deleteParsNamed(client, spec).catch(() => undefined);
      await sleep(retryDelaySeconds(policy, Math.min(attempt - 1, policy.maxAttempts)) * 1000);
    }
  }
}

/** Deletes every PAR of the bucket, under the spec's object name, that carries the spec's name. */
async function deleteParsNamed(client: ObjectStorageClient, spec: ParSpec): Promise<void> {
  let page: string | undefined;
  do {
    const response = await client.listPreauthenticatedRequests({
      namespaceName: spec.namespace,
      bucketName: spec.bucket,
      ...(spec.objectName ? { objectNamePrefix: spec.objectName } : {}),
      page,
    });
    for (const par of response.items.filter((found) => found.name === spec.name)) {
      await client.deletePreauthenticatedRequest({ namespaceName: spec.namespace, bucketName: spec.bucket, parId: par.id }).catch((error: { statusCode?: number }) => {
        if (error.statusCode !== 404) throw error;
      });
    }
    page = response.opcNextPage || undefined;
  } while (page);
}

/**
 * The object name prefix a run's PAR allows: the output prefix as a folder, so that `runs` does
 * not also open `runs-other/`. Variables ($JOB_RUN_OCID) are expanded in the run, so only what
 * comes before the first one is known before the run exists.
 */
export function parPrefix(outputPrefix: string): string {
  const variable = outputPrefix.indexOf('$');
  if (variable >= 0) return outputPrefix.slice(0, variable);
  return outputPrefix === '' || outputPrefix.endsWith('/') ? outputPrefix : `${outputPrefix}/`;
}
