import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { MAX_JSON_BODY_BYTES } from '../../src/emulator/request-body.js';
import { sdkClients, signedHeaders, type ClientSet } from './sdk-clients.js';

const GIB = 1024 * 1024 * 1024;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: { code?: string; message?: string };
}

/**
 * Sends the headers and the first `sentBytes` of a body declared (or streamed) much larger, and
 * never the rest: resolves with the answer if it comes without the body, fails if it does not.
 */
function sendPartOfBody(url: string, method: string, headers: Record<string, string>, sentBytes = 64 * 1024): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers });
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error(`no answer to ${method} ${url} within 10 s: the emulator is waiting for the rest of the body`));
    }, 10_000);
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => {
        clearTimeout(timer);
        request.destroy();
        resolve({ status: response.statusCode!, headers: response.headers, body: text ? (JSON.parse(text) as Answer['body']) : {} });
      });
    });
    request.write(Buffer.alloc(sentBytes, 0x61));
  });
}

describe('request bodies', () => {
  let emulator: Emulator;
  let clients: ClientSet;

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    emulator = await startEmulator({ maxUploadBytes: 256 * 1024 });
    clients = sdkClients(emulator);
  });
  afterAll(() => emulator.close());

  it('refuses an unsigned 1 GiB POST at once, without reading its body', async () => {
    const answer = await sendPartOfBody(`${emulator.url}/20190101/jobs`, 'POST', { 'content-type': 'application/json', 'content-length': String(GIB) });
    expect([answer.status, answer.body.code]).toEqual([401, 'NotAuthenticated']);
    expect(answer.headers.connection).toBe('close');
  });

  it('refuses a signed JSON body over its limit with 413 before reading it', async () => {
    const path = `/n/${emulator.namespace}/b`;
    const body = 'x'.repeat(MAX_JSON_BODY_BYTES + 1);
    const headers = Object.fromEntries((await signedHeaders(emulator, 'POST', path, body)).entries());
    const answer = await sendPartOfBody(`${emulator.url}${path}`, 'POST', headers);
    expect([answer.status, answer.body.code]).toEqual([413, 'PayloadTooLarge']);
    expect(answer.body.message).toContain(`Content-Length is ${MAX_JSON_BODY_BYTES + 1}`);
  });

  it('refuses an upload through an unknown pre-authenticated request before reading it', async () => {
    const url = `${emulator.url}/p/not-a-token/n/${emulator.namespace}/b/${emulator.outputBucket}/o/big.bin`;
    const answer = await sendPartOfBody(url, 'PUT', { 'content-length': String(GIB) });
    expect([answer.status, answer.body.code]).toEqual([404, 'NotAuthorizedOrNotFound']);
  });

  it('stops reading an upload with no declared length once it passes the upload limit', async () => {
    const { preauthenticatedRequest: par } = await clients.objectStorage.createPreauthenticatedRequest({
      namespaceName: emulator.namespace,
      bucketName: emulator.outputBucket,
      createPreauthenticatedRequestDetails: { name: 'bounds', accessType: 'AnyObjectWrite' as never, timeExpires: new Date(Date.now() + 60_000) },
    });
    // Chunked: the size is known only as it comes; 512 KiB are sent of a body that never ends.
    const answer = await sendPartOfBody(`${par.fullPath}big.bin`, 'PUT', { 'transfer-encoding': 'chunked' }, 512 * 1024);
    expect([answer.status, answer.body.code]).toEqual([413, 'PayloadTooLarge']);
    expect(answer.body.message).toContain(`more than ${256 * 1024} bytes were sent`);
    // Under the limit, the same request stores the object.
    expect((await fetch(`${par.fullPath}small.bin`, { method: 'PUT', body: 'small' })).status).toBe(200);
  });
});
