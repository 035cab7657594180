import { listObjects } from './object-storage.js';
import type { Bucket, ObjectStore } from './object-store.js';
import { randomToken } from './ocid.js';
import { jsonBody, pageHeaders, pageOf, type EmulatorRequest, type EmulatorResponse, type Route } from './route.js';
import { invalidParameter, missingParameter, ServiceError } from './service-error.js';

const ACCESS_TYPES = ['ObjectRead', 'ObjectWrite', 'ObjectReadWrite', 'AnyObjectWrite', 'AnyObjectRead', 'AnyObjectReadWrite'];

interface PreauthenticatedRequest {
  id: string;
  token: string;
  name: string;
  bucketName: string;
  bucketId: string;
  objectName?: string;
  accessType: string;
  bucketListingAction: string;
  timeCreated: Date;
  timeExpires: Date;
}

function parNotFound(): ServiceError {
  return new ServiceError(404, 'NotAuthorizedOrNotFound', 'The pre-authenticated request does not exist, has expired, or does not grant access to this object.');
}

function accessUri(par: PreauthenticatedRequest, namespace: string): string {
  const base = `/p/${par.token}/n/${namespace}/b/${encodeURIComponent(par.bucketName)}/o/`;
  return par.accessType.startsWith('Any') ? base : base + encodeURIComponent(par.objectName ?? '');
}

function summaryJson(par: PreauthenticatedRequest) {
  return {
    id: par.id,
    name: par.name,
    ...(par.objectName !== undefined ? { objectName: par.objectName } : {}),
    bucketListingAction: par.bucketListingAction,
    accessType: par.accessType,
    timeExpires: par.timeExpires.toISOString(),
    timeCreated: par.timeCreated.toISOString(),
  };
}

/**
 * Pre-authenticated requests: create/get/list/delete (signed), and the unsigned access paths
 * `/p/<token>/n/<ns>/b/<bucket>/o/<object>` that hand out reads and writes to whoever has the URL.
 */
export function preauthenticatedRequestRoutes(store: ObjectStore, baseUrl: () => string): Route[] {
  const byId = new Map<string, PreauthenticatedRequest>();
  const byToken = new Map<string, PreauthenticatedRequest>();

  function create(request: EmulatorRequest): EmulatorResponse {
    const bucket = store.bucket(request.params.namespaceName!, request.params.bucketName!);
    const body = jsonBody(request);
    if (!body.name) throw missingParameter('name');
    if (!body.accessType) throw missingParameter('accessType');
    if (!ACCESS_TYPES.includes(String(body.accessType))) {
      throw invalidParameter(`accessType '${String(body.accessType)}' is not one of ${ACCESS_TYPES.join(', ')}.`);
    }
    const accessType = String(body.accessType);
    if (!accessType.startsWith('Any') && !body.objectName) throw missingParameter('objectName', `accessType ${accessType} names one object.`);
    if (!body.timeExpires) throw missingParameter('timeExpires');
    const timeExpires = new Date(String(body.timeExpires));
    if (Number.isNaN(timeExpires.getTime())) throw invalidParameter(`timeExpires '${String(body.timeExpires)}' is not an RFC 3339 date-time.`);
    if (timeExpires.getTime() <= Date.now()) throw invalidParameter('timeExpires must be in the future.');
    const listing = (body.bucketListingAction as string | undefined) ?? 'Deny';
    if (!['Deny', 'ListObjects'].includes(listing)) throw invalidParameter(`bucketListingAction '${listing}' is not Deny or ListObjects.`);
    const par: PreauthenticatedRequest = {
      id: randomToken(24),
      token: randomToken(48),
      name: String(body.name),
      bucketName: bucket.name,
      bucketId: bucket.id,
      ...(body.objectName ? { objectName: String(body.objectName) } : {}),
      accessType,
      bucketListingAction: listing,
      timeCreated: new Date(),
      timeExpires,
    };
    byId.set(par.id, par);
    byToken.set(par.token, par);
    const uri = accessUri(par, store.namespace);
    return { status: 200, json: { ...summaryJson(par), accessUri: uri, fullPath: baseUrl() + uri } };
  }

  function find(request: EmulatorRequest): PreauthenticatedRequest {
    const bucket = store.bucket(request.params.namespaceName!, request.params.bucketName!);
    const par = byId.get(request.params.parId!);
    if (!par || par.bucketId !== bucket.id) {
      throw new ServiceError(404, 'NotAuthorizedOrNotFound', `There is no pre-authenticated request '${request.params.parId}' on bucket '${bucket.name}'.`);
    }
    return par;
  }

  function list(request: EmulatorRequest): EmulatorResponse {
    const bucket = store.bucket(request.params.namespaceName!, request.params.bucketName!);
    const prefix = request.query.get('objectNamePrefix') ?? '';
    const pars = [...byId.values()]
      .filter((par) => par.bucketId === bucket.id && (par.objectName ?? '').startsWith(prefix))
      .sort((a, b) => a.timeCreated.getTime() - b.timeCreated.getTime());
    const page = pageOf(pars, request.query, 1000, 1000);
    return { status: 200, headers: pageHeaders(page), json: page.items.map(summaryJson) };
  }

  /** The request's PAR and bucket, if the token is live and names this namespace and bucket. */
  function authorize(request: Pick<EmulatorRequest, 'params'>): { par: PreauthenticatedRequest; bucket: Bucket } {
    const par = byToken.get(request.params.token!);
    if (!par || par.timeExpires.getTime() <= Date.now()) throw parNotFound();
    const bucket = store.buckets.get(par.bucketName);
    if (request.params.namespaceName !== store.namespace || request.params.bucketName !== par.bucketName) throw parNotFound();
    if (!bucket || bucket.id !== par.bucketId) throw parNotFound();
    return { par, bucket };
  }

  function allowedObject(par: PreauthenticatedRequest, objectName: string, access: 'Read' | 'Write'): void {
    const inScope = par.accessType.startsWith('Any') ? objectName.startsWith(par.objectName ?? '') : objectName === par.objectName;
    if (!inScope) throw parNotFound();
    if (!par.accessType.includes(access)) {
      throw new ServiceError(403, 'NotAllowed', `This pre-authenticated request (${par.accessType}) does not allow ${access === 'Read' ? 'reads' : 'writes'}.`);
    }
  }

  const parObject = '/p/{token}/n/{namespaceName}/b/{bucketName}/o/{objectName+}';
  const managed = '/n/{namespaceName}/b/{bucketName}/p';
  return [
    // OCI's CreatePreauthenticatedRequest takes no opc-retry-token: a retried create makes another PAR.
    { method: 'POST', path: managed, operation: 'createPreauthenticatedRequest', auth: 'required', handle: create },
    { method: 'GET', path: managed, operation: 'listPreauthenticatedRequests', auth: 'required', handle: list },
    {
      method: 'GET',
      path: `${managed}/{parId}`,
      operation: 'getPreauthenticatedRequest',
      auth: 'required',
      handle: (request) => ({ status: 200, json: summaryJson(find(request)) }),
    },
    {
      method: 'DELETE',
      path: `${managed}/{parId}`,
      operation: 'deletePreauthenticatedRequest',
      auth: 'required',
      handle: (request) => {
        const par = find(request);
        byId.delete(par.id);
        byToken.delete(par.token);
        return { status: 204 };
      },
    },
    {
      method: 'PUT',
      path: parObject,
      operation: 'parPutObject',
      auth: 'none',
      // The token is the only credential here: checked before a byte of the upload is read.
      checkBeforeBody: (request) => allowedObject(authorize(request).par, request.params.objectName!, 'Write'),
      handle: (request) => {
        const { par, bucket } = authorize(request);
        allowedObject(par, request.params.objectName!, 'Write');
        return store.putObject(bucket, request.params.objectName!, request.body, request.headers);
      },
    },
    ...(['GET', 'HEAD'] as const).map((method) => ({
      method,
      path: parObject,
      operation: method === 'GET' ? 'parGetObject' : 'parHeadObject',
      auth: 'none' as const,
      handle: (request: EmulatorRequest) => {
        const { par, bucket } = authorize(request);
        allowedObject(par, request.params.objectName!, 'Read');
        return store.readObject(store.object(bucket, request.params.objectName!), method === 'GET' ? request.headers : {});
      },
    })),
    {
      method: 'GET',
      path: '/p/{token}/n/{namespaceName}/b/{bucketName}/o',
      operation: 'parListObjects',
      auth: 'none',
      handle: (request) => {
        const { par, bucket } = authorize(request);
        if (par.bucketListingAction !== 'ListObjects') {
          throw new ServiceError(403, 'NotAllowed', 'This pre-authenticated request does not allow listing objects.');
        }
        const query = new URLSearchParams(request.query);
        const scope = par.objectName ?? '';
        const asked = request.query.get('prefix') ?? '';
        query.set('prefix', asked.startsWith(scope) ? asked : scope + asked);
        return listObjects(bucket, query);
      },
    },
  ];
}
