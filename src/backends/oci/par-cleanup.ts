import type { OciClients } from '../../oci/clients.js';
import type { ObjectStorageLocation } from '../../oci/object-storage-uri.js';
import { parPrefix } from './output-par.js';
import { HANDOVER_OBJECT_MARK } from './par-handover.js';
import { PAR_NAME_PREFIX } from './submission-ledger.js';

/** One of this tool's PARs, found for deletion. */
export interface ToolPar {
  id: string;
  name: string;
  objectName?: string;
  timeCreated: string;
  timeExpires: string;
  expired: boolean;
}

/**
 * The tool's PARs (named `oci-run-notebook-...`) under the output prefix that have expired, or
 * were made before `createdBefore`: PARs of runs that ended while nobody was there to delete them.
 * Any other PAR of the bucket is never returned.
 */
export async function findToolPars(clients: OciClients, output: ObjectStorageLocation, createdBefore: number, now = Date.now()): Promise<ToolPar[]> {
  await clients.use('objectStorage');
  const scope = parPrefix(output.prefix);
  const found: ToolPar[] = [];
  let page: string | undefined;
  do {
    const response = await clients.objectStorage.listPreauthenticatedRequests({
      namespaceName: output.namespace,
      bucketName: output.bucket,
      ...(scope ? { objectNamePrefix: scope } : {}),
      page,
    });
    for (const par of response.items) {
      if (!par.name.startsWith(PAR_NAME_PREFIX)) continue;
      const expired = new Date(par.timeExpires).getTime() <= now;
      if (!expired && new Date(par.timeCreated).getTime() >= createdBefore) continue;
      found.push({
        id: par.id,
        name: par.name,
        ...(par.objectName ? { objectName: par.objectName } : {}),
        timeCreated: new Date(par.timeCreated).toISOString(),
        timeExpires: new Date(par.timeExpires).toISOString(),
        expired,
      });
    }
    page = response.opcNextPage || undefined;
  } while (page);
  return found;
}

export async function deleteToolPar(clients: OciClients, output: ObjectStorageLocation, parId: string): Promise<void> {
  try {
    await clients.objectStorage.deletePreauthenticatedRequest({ namespaceName: output.namespace, bucketName: output.bucket, parId });
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
}

/** Objects PARs were handed over in (`<prefix>.oci-run-notebook-handover-<submission>`) made before `createdBefore`. */
export async function findHandoverObjects(clients: OciClients, output: ObjectStorageLocation, createdBefore: number): Promise<string[]> {
  await clients.use('objectStorage');
  const prefix = `${parPrefix(output.prefix)}${HANDOVER_OBJECT_MARK}`;
  const found: string[] = [];
  let start: string | undefined;
  do {
    const { listObjects } = await clients.objectStorage.listObjects({ namespaceName: output.namespace, bucketName: output.bucket, prefix, fields: 'timeCreated', start });
    for (const object of listObjects.objects) {
      if (object.timeCreated && new Date(object.timeCreated).getTime() < createdBefore) found.push(object.name);
    }
    start = listObjects.nextStartWith || undefined;
  } while (start);
  return found;
}

export async function deleteHandoverObject(clients: OciClients, output: ObjectStorageLocation, objectName: string): Promise<void> {
  try {
    await clients.objectStorage.deleteObject({ namespaceName: output.namespace, bucketName: output.bucket, objectName });
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
}
