import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { ociError, sdkClients, type ClientSet, errorBody } from './sdk-clients.js';

async function text(stream: unknown): Promise<string> {
  return new Response(stream as ReadableStream).text();
}

describe('Object Storage emulation', () => {
  let emulator: Emulator;
  let clients: ClientSet;

  beforeAll(async () => {
    emulator = await startEmulator();
    clients = sdkClients(emulator);
  });
  afterAll(() => emulator.close());

  it('answers the namespace', async () => {
    const response = await clients.objectStorage.getNamespace({});
    expect(response.value).toBe(emulator.namespace);
  });

  it('round-trips a bucket and an object', async () => {
    const os = clients.objectStorage;
    const namespaceName = emulator.namespace;
    await os.createBucket({ namespaceName, createBucketDetails: { name: 'round-trip', compartmentId: emulator.compartmentId } });
    const put = await os.putObject({
      namespaceName,
      bucketName: 'round-trip',
      objectName: 'runs/a b/out.txt',
      putObjectBody: Buffer.from('hello emulator'),
      contentType: 'text/plain',
    });
    expect(put.eTag).toBeTruthy();
    const got = await os.getObject({ namespaceName, bucketName: 'round-trip', objectName: 'runs/a b/out.txt' });
    expect(await text(got.value)).toBe('hello emulator');
    expect(got.contentLength).toBe(14);
    expect(got.contentType).toBe('text/plain');
    expect(got.eTag).toBe(put.eTag);
    expect(got.contentMd5).toBe(put.opcContentMd5);
    const head = await os.headObject({ namespaceName, bucketName: 'round-trip', objectName: 'runs/a b/out.txt' });
    expect(head.contentLength).toBe(14);
    const buckets = await os.listBuckets({ namespaceName, compartmentId: emulator.compartmentId });
    expect(buckets.items.map((bucket) => bucket.name)).toEqual(expect.arrayContaining(['round-trip', emulator.outputBucket]));
    const notEmpty = await ociError(os.deleteBucket({ namespaceName, bucketName: 'round-trip' }));
    expect([notEmpty.statusCode, notEmpty.serviceCode]).toEqual([409, 'BucketNotEmpty']);
    await os.deleteObject({ namespaceName, bucketName: 'round-trip', objectName: 'runs/a b/out.txt' });
    await os.deleteBucket({ namespaceName, bucketName: 'round-trip' });
  });

  it('lists objects by prefix, start and limit, with nextStartWith and fields', async () => {
    const os = clients.objectStorage;
    const namespaceName = emulator.namespace;
    const bucketName = emulator.outputBucket;
    for (const name of ['list/a', 'list/b', 'list/c', 'other/d']) {
      await os.putObject({ namespaceName, bucketName, objectName: name, putObjectBody: Buffer.from(name) });
    }
    const first = await os.listObjects({ namespaceName, bucketName, prefix: 'list/', limit: 2, fields: 'name,size,md5' });
    expect(first.listObjects.objects.map((object) => object.name)).toEqual(['list/a', 'list/b']);
    expect(first.listObjects.objects[0]!.size).toBe(6);
    expect(first.listObjects.nextStartWith).toBe('list/c');
    const rest = await os.listObjects({ namespaceName, bucketName, prefix: 'list/', start: first.listObjects.nextStartWith });
    expect(rest.listObjects.objects).toEqual([{ name: 'list/c' }]);
    expect(rest.listObjects.nextStartWith).toBeUndefined();
  });

  it('reports BucketNotFound and ObjectNotFound as the SDK surfaces them', async () => {
    const os = clients.objectStorage;
    const namespaceName = emulator.namespace;
    const noBucket = await ociError(os.getObject({ namespaceName, bucketName: 'nope', objectName: 'x' }));
    expect([noBucket.statusCode, noBucket.serviceCode]).toEqual([404, 'BucketNotFound']);
    expect(noBucket.opcRequestId).toBeTruthy();
    const noObject = await ociError(os.getObject({ namespaceName, bucketName: emulator.outputBucket, objectName: 'missing' }));
    expect([noObject.statusCode, noObject.serviceCode]).toEqual([404, 'ObjectNotFound']);
  });

  it('accepts unsigned uploads through a pre-authenticated request, under its prefix only', async () => {
    const os = clients.objectStorage;
    const namespaceName = emulator.namespace;
    const bucketName = emulator.outputBucket;
    const created = await os.createPreauthenticatedRequest({
      namespaceName,
      bucketName,
      createPreauthenticatedRequestDetails: {
        name: 'run-output',
        accessType: 'AnyObjectWrite' as never,
        objectName: 'runs/run-1/',
        timeExpires: new Date(Date.now() + 60_000),
      },
    });
    const par = created.preauthenticatedRequest;
    expect(par.accessUri).toMatch(new RegExp(`^/p/[\\w-]+/n/${namespaceName}/b/${bucketName}/o/$`));
    const upload = await fetch(`${emulator.url}${par.accessUri}runs/run-1/notebook.ipynb`, { method: 'PUT', body: '{"cells":[]}' });
    expect(upload.status).toBe(200);
    expect(upload.headers.get('opc-request-id')).toBeTruthy();
    const got = await os.getObject({ namespaceName, bucketName, objectName: 'runs/run-1/notebook.ipynb' });
    expect(await text(got.value)).toBe('{"cells":[]}');

    const outside = await fetch(`${emulator.url}${par.accessUri}elsewhere.txt`, { method: 'PUT', body: 'x' });
    expect(outside.status).toBe(404);
    const read = await fetch(`${emulator.url}${par.accessUri}runs/run-1/notebook.ipynb`);
    expect(read.status).toBe(403);
    expect((await errorBody(read)).code).toBe('NotAllowed');

    const listed = await os.listPreauthenticatedRequests({ namespaceName, bucketName });
    expect(listed.items.map((item) => item.id)).toContain(par.id);
    await os.deletePreauthenticatedRequest({ namespaceName, bucketName, parId: par.id });
    const afterDelete = await fetch(`${emulator.url}${par.accessUri}runs/run-1/late.txt`, { method: 'PUT', body: 'x' });
    expect(afterDelete.status).toBe(404);
  });

  it('refuses pre-authenticated requests that have expired', async () => {
    const os = clients.objectStorage;
    const created = await os.createPreauthenticatedRequest({
      namespaceName: emulator.namespace,
      bucketName: emulator.outputBucket,
      createPreauthenticatedRequestDetails: {
        name: 'short',
        accessType: 'AnyObjectReadWrite' as never,
        // Far enough ahead that it is still in the future when a loaded machine's request arrives.
        timeExpires: new Date(Date.now() + 2000),
      },
    });
    const expires = new Date(created.preauthenticatedRequest.timeExpires).getTime();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expires - Date.now()) + 100));
    const late = await fetch(`${emulator.url}${created.preauthenticatedRequest.accessUri}x.txt`, { method: 'PUT', body: 'x' });
    expect(late.status).toBe(404);
  });
});
