import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { ociError, sdkClients, errorBody, signedHeaders } from './sdk-clients.js';

describe('request signatures', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it('accepts what the SDK signs with the emulator key', async () => {
    const response = await fetch(`${emulator.url}/n`, { headers: await signedHeaders(emulator, 'GET', '/n') });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(JSON.stringify(emulator.namespace));
  });

  it('refuses a request signed with a different key as NotAuthenticated', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const clients = sdkClients(emulator, undefined, { ...emulator.env, OCI_CLI_KEY_CONTENT: other });
    const error = await ociError(clients.objectStorage.getNamespace({}));
    expect([error.statusCode, error.serviceCode]).toEqual([401, 'NotAuthenticated']);
    expect(error.opcRequestId).toBeTruthy();
  });

  it('refuses an unknown keyId', async () => {
    const clients = sdkClients(emulator, undefined, { ...emulator.env, OCI_CLI_USER: 'ocid1.user.oc1..someoneelse' });
    const error = await ociError(clients.dataScience.listJobs({ compartmentId: emulator.compartmentId }));
    expect([error.statusCode, error.serviceCode]).toEqual([401, 'NotAuthenticated']);
    expect(error.message).toMatch(/unknown keyId/);
  });

  it('refuses a body changed after signing', async () => {
    const path = `/n/${emulator.namespace}/b`;
    const body = JSON.stringify({ name: 'bucket-aa', compartmentId: emulator.compartmentId });
    const headers = await signedHeaders(emulator, 'POST', path, body);
    const response = await fetch(`${emulator.url}${path}`, { method: 'POST', headers, body: body.replace('bucket-aa', 'bucket-bb') });
    expect(response.status).toBe(401);
    const answer = await errorBody(response);
    expect(answer.code).toBe('NotAuthenticated');
    expect(answer.message).toMatch(/x-content-sha256/);
    expect(response.headers.get('opc-request-id')).toBeTruthy();
  });

  it('refuses a signed header changed after signing', async () => {
    const headers = await signedHeaders(emulator, 'GET', '/n');
    headers.set('x-date', new Date(Date.now() - 1000).toUTCString());
    const response = await fetch(`${emulator.url}/n`, { headers });
    expect(response.status).toBe(401);
  });

  it('refuses a request path other than the one signed', async () => {
    const headers = await signedHeaders(emulator, 'GET', '/n');
    const response = await fetch(`${emulator.url}/n/${emulator.namespace}/b?compartmentId=${emulator.compartmentId}`, { headers });
    expect(response.status).toBe(401);
  });

  it('refuses a JSON body that is not covered by the signature, and unsigned requests', async () => {
    const path = `/n/${emulator.namespace}/b`;
    const body = JSON.stringify({ name: 'bucket-cc', compartmentId: emulator.compartmentId });
    // Signed as binary uploads are: without content-length, content-type and x-content-sha256.
    const headers = await signedHeaders(emulator, 'POST', path, body, true);
    const bodyNotSigned = await fetch(`${emulator.url}${path}`, { method: 'POST', headers, body });
    expect(bodyNotSigned.status).toBe(401);
    expect((await errorBody(bodyNotSigned)).message).toMatch(/"content-length" must be signed/);
    const unsigned = await fetch(`${emulator.url}/20190101/jobs?compartmentId=${emulator.compartmentId}`);
    expect(unsigned.status).toBe(401);
    expect((await errorBody(unsigned)).code).toBe('NotAuthenticated');
  });
});
