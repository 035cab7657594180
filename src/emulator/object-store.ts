import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { newOcid } from './ocid.js';
import type { EmulatorResponse } from './route.js';
import { invalidParameter, ServiceError } from './service-error.js';

export interface StoredObject {
  name: string;
  bytes: Uint8Array;
  etag: string;
  /** Base64 MD5 of the content, as `content-md5` carries it. */
  md5: string;
  contentType: string;
  /** Content-Encoding, Content-Language, Content-Disposition, Cache-Control and opc-meta-* as sent. */
  storedHeaders: Record<string, string>;
  timeCreated: Date;
  timeModified: Date;
}

export interface Bucket {
  id: string;
  name: string;
  namespace: string;
  compartmentId: string;
  createdBy: string;
  timeCreated: Date;
  etag: string;
  metadata: Record<string, string>;
  publicAccessType: string;
  storageTier: string;
  versioning: string;
  freeformTags: Record<string, string>;
  definedTags: Record<string, Record<string, unknown>>;
  objects: Map<string, StoredObject>;
}

const KEPT_HEADERS = ['content-encoding', 'content-language', 'content-disposition', 'cache-control'];

/** The buckets and objects of the emulator's one namespace. */
export class ObjectStore {
  readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly namespace: string,
    private readonly region: string,
  ) {}

  checkNamespace(namespace: string): void {
    if (namespace !== this.namespace) {
      throw new ServiceError(404, 'NamespaceNotFound', `You do not have authorization to perform this request, or the namespace '${namespace}' could not be found.`);
    }
  }

  bucket(namespace: string, name: string): Bucket {
    this.checkNamespace(namespace);
    const bucket = this.buckets.get(name);
    if (!bucket) {
      throw new ServiceError(404, 'BucketNotFound', `Either the bucket named '${name}' does not exist in the namespace '${namespace}' or you are not authorized to access it`);
    }
    return bucket;
  }

  createBucket(details: Omit<Bucket, 'id' | 'namespace' | 'timeCreated' | 'etag' | 'objects'>): Bucket {
    if (this.buckets.has(details.name)) {
      throw new ServiceError(409, 'BucketAlreadyExists', `Either the bucket '${details.name}' in namespace '${this.namespace}' already exists or you are not authorized to create it`);
    }
    const bucket: Bucket = {
      ...details,
      id: newOcid('bucket', this.region),
      namespace: this.namespace,
      timeCreated: new Date(),
      etag: randomUUID(),
      objects: new Map(),
    };
    this.buckets.set(bucket.name, bucket);
    return bucket;
  }

  object(bucket: Bucket, name: string): StoredObject {
    const found = bucket.objects.get(name);
    if (!found) {
      throw new ServiceError(404, 'ObjectNotFound', `The object '${name}' was not found in the bucket '${bucket.name}'`);
    }
    return found;
  }

  /** putObject, for the SDK and for pre-authenticated uploads alike. */
  putObject(bucket: Bucket, name: string, body: Buffer, headers: IncomingHttpHeaders): EmulatorResponse {
    if (name.length === 0 || name.length > 1024) throw invalidParameter('The object name must be 1 to 1024 characters long.');
    const existing = bucket.objects.get(name);
    const ifMatch = headers['if-match'];
    if (ifMatch && ifMatch !== existing?.etag) {
      throw new ServiceError(412, 'IfMatchFailed', `The If-Match header '${ifMatch}' does not match the object's ETag.`);
    }
    if (headers['if-none-match'] === '*' && existing) {
      throw new ServiceError(412, 'IfNoneMatchFailed', `The object '${name}' already exists and If-None-Match is '*'.`);
    }
    const md5 = createHash('md5').update(body).digest('base64');
    const sentMd5 = headers['content-md5'];
    if (sentMd5 && sentMd5 !== md5) {
      throw new ServiceError(400, 'InvalidContentMD5', `The Content-MD5 '${sentMd5}' does not match the body's MD5 '${md5}'.`);
    }
    const storedHeaders: Record<string, string> = {};
    for (const [key, value] of Object.entries(headers)) {
      if (typeof value === 'string' && (KEPT_HEADERS.includes(key) || key.startsWith('opc-meta-'))) storedHeaders[key] = value;
    }
    const now = new Date();
    const stored: StoredObject = {
      name,
      bytes: new Uint8Array(body),
      etag: randomUUID(),
      md5,
      contentType: (headers['content-type'] as string | undefined) || 'application/octet-stream',
      storedHeaders,
      timeCreated: existing?.timeCreated ?? now,
      timeModified: now,
    };
    bucket.objects.set(name, stored);
    return {
      status: 200,
      headers: { etag: stored.etag, 'opc-content-md5': md5, 'last-modified': now.toUTCString() },
    };
  }

  /** getObject / headObject, with a single `bytes=a-b` range when asked. */
  readObject(stored: StoredObject, headers: IncomingHttpHeaders): EmulatorResponse {
    const answerHeaders: Record<string, string> = {
      ...stored.storedHeaders,
      etag: stored.etag,
      'content-md5': stored.md5,
      'content-type': stored.contentType,
      'last-modified': stored.timeModified.toUTCString(),
      'accept-ranges': 'bytes',
      'storage-tier': 'Standard',
      'content-length': String(stored.bytes.length),
    };
    const range = /^bytes=(\d*)-(\d*)$/.exec((headers.range as string | undefined) ?? '');
    if (!range || (range[1] === '' && range[2] === '')) return { status: 200, headers: answerHeaders, bytes: stored.bytes };
    const size = stored.bytes.length;
    let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
    const end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
    start = Math.max(0, start);
    if (start >= size || start > end) {
      throw new ServiceError(416, 'InvalidRange', `The range '${headers.range}' is not satisfiable for ${size} bytes.`);
    }
    const bytes = stored.bytes.subarray(start, end + 1);
    delete answerHeaders['content-md5']; // the MD5 is of the whole object
    return {
      status: 206,
      headers: { ...answerHeaders, 'content-length': String(bytes.length), 'content-range': `bytes ${start}-${end}/${size}` },
      bytes,
    };
  }
}
