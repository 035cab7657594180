import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { Readable } from 'node:stream';
import * as common from 'oci-common';
import { ApiKeyRequestSigner } from '../../src/oci/request-signer.js';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const [tenancy, user, fingerprint] = ['ocid1.tenancy.oc1..aaaatenancy', 'ocid1.user.oc1..aaaauser', '12:34:56:78'];
const ours = new ApiKeyRequestSigner({ keyId: `${tenancy}/${user}/${fingerprint}`, privateKey: pem });
const sdks = new common.DefaultRequestSigner(
  new common.SimpleAuthenticationDetailsProvider(tenancy, user, fingerprint, pem, null, common.Region.US_ASHBURN_1),
);

interface Case {
  method: common.Method;
  uri: string;
  body?: string;
  contentType?: string;
  forceExcludeBody?: boolean;
}

/** Signs with ours, then lets the SDK's signer sign a copy with the same date: RSA PKCS#1 v1.5 is deterministic. */
async function bothSignatures({ method, uri, body, contentType, forceExcludeBody = false }: Case): Promise<[Headers, Headers]> {
  const mine = new Headers(contentType ? { 'content-type': contentType } : {});
  await ours.signHttpRequest({ method, uri, headers: mine, body }, forceExcludeBody);
  const theirs = new Headers(contentType ? { 'content-type': contentType } : {});
  theirs.set('x-date', mine.get('x-date')!);
  await sdks.signHttpRequest({ method, uri, headers: theirs, body }, forceExcludeBody);
  return [mine, theirs];
}

describe('ApiKeyRequestSigner', () => {
  it.each<[string, Case]>([
    ['a GET with a query', { method: 'GET', uri: 'https://datascience.us-ashburn-1.oci.oraclecloud.com/20190101/jobRuns?compartmentId=ocid1.compartment.oc1..aaaa&limit=10' }],
    ['a POST with a JSON body', { method: 'POST', uri: 'http://127.0.0.1:4567/20190101/jobs', body: JSON.stringify({ displayName: 'nb – ü' }) }],
    ['a PUT of a binary upload, body excluded', { method: 'PUT', uri: 'http://127.0.0.1:4567/n/ns/b/bk/o/a%2Fb.ipynb', body: 'ignored', contentType: 'application/octet-stream', forceExcludeBody: true }],
    ['a POST with no body', { method: 'POST', uri: 'http://127.0.0.1:4567/20190101/jobRuns/ocid1.datasciencejobrun.oc1..aaaa/actions/cancelJobRun' }],
    ['a DELETE', { method: 'DELETE', uri: 'http://127.0.0.1:4567/n/ns/b/bk/p/par-id' }],
  ])('signs %s exactly as the SDK does', async (_name, request) => {
    const [mine, theirs] = await bothSignatures(request);
    expect(mine.get('authorization')).toBe(theirs.get('authorization'));
    for (const name of ['host', 'content-type', 'content-length', 'x-content-sha256']) expect([name, mine.get(name)]).toEqual([name, theirs.get(name)]);
  });

  it('reads a streamed body to sign it', async () => {
    const headers = new Headers();
    await ours.signHttpRequest({ method: 'POST', uri: 'http://127.0.0.1:1/search', headers, body: Readable.from(['{"a":', '1}']) });
    const reference = new Headers({ 'x-date': headers.get('x-date')! });
    await sdks.signHttpRequest({ method: 'POST', uri: 'http://127.0.0.1:1/search', headers: reference, body: '{"a":1}' });
    expect(headers.get('authorization')).toBe(reference.get('authorization'));
  });

  it('dates every attempt afresh, so a retry after a long backoff is not refused for its clock', async () => {
    const headers = new Headers({ 'x-date': new Date(Date.now() - 3_600_000).toUTCString() });
    await ours.signHttpRequest({ method: 'GET', uri: 'http://127.0.0.1:1/n', headers });
    expect(Math.abs(Date.parse(headers.get('x-date')!) - Date.now())).toBeLessThan(5_000);
  });

  it('refuses a key that is not a PEM private key when it is made, not at the first request', () => {
    expect(() => new ApiKeyRequestSigner({ keyId: 'a/b/c', privateKey: 'not a key' })).toThrow();
  });
});
