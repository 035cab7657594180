import type { Bucket, ObjectStore, StoredObject } from './object-store.js';
import { jsonBody, pageHeaders, pageOf, type EmulatorRequest, type EmulatorResponse, type Route } from './route.js';
import { invalidParameter, missingParameter, notAuthorizedOrNotFound, ServiceError } from './service-error.js';
import type { Tenancy } from './tenancy.js';

const OBJECT_FIELDS = ['name', 'size', 'etag', 'md5', 'timeCreated', 'timeModified', 'storageTier', 'archivalState'];

function bucketJson(bucket: Bucket, withCounts: boolean) {
  const size = [...bucket.objects.values()].reduce((total, object) => total + object.bytes.length, 0);
  return {
    namespace: bucket.namespace,
    name: bucket.name,
    compartmentId: bucket.compartmentId,
    metadata: bucket.metadata,
    createdBy: bucket.createdBy,
    timeCreated: bucket.timeCreated.toISOString(),
    etag: bucket.etag,
    publicAccessType: bucket.publicAccessType,
    storageTier: bucket.storageTier,
    objectEventsEnabled: false,
    freeformTags: bucket.freeformTags,
    definedTags: bucket.definedTags,
    versioning: bucket.versioning,
    autoTiering: 'Disabled',
    replicationEnabled: false,
    isReadOnly: false,
    id: bucket.id,
    ...(withCounts ? { approximateCount: bucket.objects.size, approximateSize: size } : {}),
  };
}

function objectSummary(object: StoredObject, fields: string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    name: object.name,
    size: object.bytes.length,
    etag: object.etag,
    md5: object.md5,
    timeCreated: object.timeCreated.toISOString(),
    timeModified: object.timeModified.toISOString(),
    storageTier: 'Standard',
    archivalState: undefined,
  };
  return Object.fromEntries(fields.filter((field) => all[field] !== undefined).map((field) => [field, all[field]]));
}

function listFields(query: URLSearchParams): string[] {
  const text = query.get('fields');
  if (!text) return ['name'];
  const fields = ['name'];
  for (const asked of text.split(',').map((field) => field.trim()).filter(Boolean)) {
    const field = OBJECT_FIELDS.find((known) => known.toLowerCase() === asked.toLowerCase());
    if (!field) throw invalidParameter(`fields may hold ${OBJECT_FIELDS.join(', ')}; got '${asked}'.`);
    if (!fields.includes(field)) fields.push(field);
  }
  return fields;
}

/** listObjects as OCI pages it: by name, `start` inclusive, `end` exclusive, `nextStartWith`. */
export function listObjects(bucket: Bucket, query: URLSearchParams): EmulatorResponse {
  const prefix = query.get('prefix') ?? '';
  const start = query.get('start');
  const end = query.get('end');
  const startAfter = query.get('startAfter');
  const delimiter = query.get('delimiter');
  if (delimiter !== null && delimiter !== '/') throw invalidParameter(`delimiter may only be '/', got '${delimiter}'.`);
  const limitText = query.get('limit');
  const limit = limitText === null ? 1000 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalidParameter(`limit must be an integer from 1 to 1000, got '${limitText}'.`);
  const fields = listFields(query);
  const names = [...bucket.objects.keys()]
    .filter((name) => name.startsWith(prefix))
    .filter((name) => (start === null || name >= start) && (end === null || name < end))
    .filter((name) => startAfter === null || name > startAfter)
    .sort();
  const objects: Record<string, unknown>[] = [];
  const prefixes = new Set<string>();
  let nextStartWith: string | undefined;
  for (const name of names) {
    const cut = delimiter ? name.indexOf(delimiter, prefix.length) : -1;
    const folder = cut === -1 ? undefined : name.slice(0, cut + 1);
    if (folder && prefixes.has(folder)) continue;
    if (objects.length + prefixes.size >= limit) {
      nextStartWith = name;
      break;
    }
    if (folder) prefixes.add(folder);
    else objects.push(objectSummary(bucket.objects.get(name)!, fields));
  }
  return {
    status: 200,
    json: { objects, ...(delimiter ? { prefixes: [...prefixes] } : {}), ...(nextStartWith ? { nextStartWith } : {}) },
  };
}

/** Namespace, buckets and objects, as the SDK's ObjectStorageClient calls them. */
export function objectStorageRoutes(store: ObjectStore, tenancy: Tenancy): Route[] {
  const bucketOf = (request: EmulatorRequest) => store.bucket(request.params.namespaceName!, request.params.bucketName!);

  function createBucket(request: EmulatorRequest): EmulatorResponse {
    store.checkNamespace(request.params.namespaceName!);
    const body = jsonBody(request);
    if (body.name === undefined || body.name === '') throw missingParameter('name');
    if (typeof body.name !== 'string' || !/^[A-Za-z0-9._-]{1,256}$/.test(body.name)) {
      throw invalidParameter(`Bucket name '${String(body.name)}' may only hold letters, digits, '-', '_' and '.' (1 to 256 characters).`);
    }
    if (!body.compartmentId) throw missingParameter('compartmentId');
    if (!tenancy.isCompartment(String(body.compartmentId))) throw notAuthorizedOrNotFound(`compartment ${String(body.compartmentId)}`);
    const bucket = store.createBucket({
      name: body.name,
      compartmentId: String(body.compartmentId),
      createdBy: tenancy.userId,
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      publicAccessType: (body.publicAccessType as string | undefined) ?? 'NoPublicAccess',
      storageTier: (body.storageTier as string | undefined) ?? 'Standard',
      versioning: (body.versioning as string | undefined) ?? 'Disabled',
      freeformTags: (body.freeformTags as Record<string, string> | undefined) ?? {},
      definedTags: (body.definedTags as Bucket['definedTags'] | undefined) ?? {},
    });
    return {
      status: 200,
      headers: { etag: bucket.etag, location: `/n/${bucket.namespace}/b/${encodeURIComponent(bucket.name)}` },
      json: bucketJson(bucket, false),
    };
  }

  function listBuckets(request: EmulatorRequest): EmulatorResponse {
    store.checkNamespace(request.params.namespaceName!);
    const compartmentId = request.query.get('compartmentId');
    if (!compartmentId) throw missingParameter('compartmentId');
    const buckets = [...store.buckets.values()]
      .filter((bucket) => bucket.compartmentId === compartmentId)
      .sort((a, b) => a.name.localeCompare(b.name));
    const page = pageOf(buckets, request.query, 1000, 1000);
    const summaries = page.items.map((bucket) => ({
      namespace: bucket.namespace,
      name: bucket.name,
      compartmentId: bucket.compartmentId,
      createdBy: bucket.createdBy,
      timeCreated: bucket.timeCreated.toISOString(),
      etag: bucket.etag,
      ...(request.query.get('fields') === 'tags' ? { freeformTags: bucket.freeformTags, definedTags: bucket.definedTags } : {}),
    }));
    return { status: 200, headers: pageHeaders(page), json: summaries };
  }

  function deleteBucket(request: EmulatorRequest): EmulatorResponse {
    const bucket = bucketOf(request);
    if (bucket.objects.size > 0) {
      throw new ServiceError(409, 'BucketNotEmpty', `Bucket named '${bucket.name}' is not empty. Delete all objects first.`);
    }
    store.buckets.delete(bucket.name);
    return { status: 204 };
  }

  function getBucket(request: EmulatorRequest): EmulatorResponse {
    const bucket = bucketOf(request);
    const withCounts = /approximate(Count|Size)/.test(request.query.get('fields') ?? '');
    return { status: 200, headers: { etag: bucket.etag }, json: bucketJson(bucket, withCounts) };
  }

  const objectOf = (request: EmulatorRequest) => store.object(bucketOf(request), request.params.objectName!);
  const bucketPath = '/n/{namespaceName}/b/{bucketName}';
  return [
    { method: 'GET', path: '/n', operation: 'getNamespace', auth: 'required', handle: () => ({ status: 200, json: store.namespace }) },
    { method: 'POST', path: '/n/{namespaceName}/b', operation: 'createBucket', auth: 'required', retryToken: true, handle: createBucket },
    { method: 'GET', path: '/n/{namespaceName}/b', operation: 'listBuckets', auth: 'required', handle: listBuckets },
    { method: 'GET', path: bucketPath, operation: 'getBucket', auth: 'required', handle: getBucket },
    { method: 'HEAD', path: bucketPath, operation: 'headBucket', auth: 'required', handle: (r) => ({ status: 200, headers: { etag: bucketOf(r).etag } }) },
    { method: 'DELETE', path: bucketPath, operation: 'deleteBucket', auth: 'required', handle: deleteBucket },
    { method: 'GET', path: `${bucketPath}/o`, operation: 'listObjects', auth: 'required', handle: (r) => listObjects(bucketOf(r), r.query) },
    {
      method: 'PUT',
      path: `${bucketPath}/o/{objectName+}`,
      operation: 'putObject',
      auth: 'excluded',
      handle: (r) => store.putObject(bucketOf(r), r.params.objectName!, r.body, r.headers),
    },
    { method: 'GET', path: `${bucketPath}/o/{objectName+}`, operation: 'getObject', auth: 'required', handle: (r) => store.readObject(objectOf(r), r.headers) },
    { method: 'HEAD', path: `${bucketPath}/o/{objectName+}`, operation: 'headObject', auth: 'required', handle: (r) => store.readObject(objectOf(r), {}) },
    {
      method: 'DELETE',
      path: `${bucketPath}/o/{objectName+}`,
      operation: 'deleteObject',
      auth: 'required',
      handle: (r) => {
        const bucket = bucketOf(r);
        store.object(bucket, r.params.objectName!);
        bucket.objects.delete(r.params.objectName!);
        return { status: 204, headers: { 'last-modified': new Date().toUTCString() } };
      },
    },
  ];
}
