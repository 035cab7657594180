import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FdkContext } from '@fnproject/fdk';
import { createFunctionHandler } from '../../src/function/handler.js';
import { isPublicAddress } from '../../src/function/public-addresses.js';
import { publicNetworkFetch, publicUrlProblem } from '../../src/function/public-network-fetch.js';
import { resolveNotebook } from '../../src/sources/resolve-notebook.js';
import { NotebookSourceError } from '../../src/sources/notebook-source.js';
import { sendBytes, startLocalHttpServer, type LocalHttpServer } from '../sources/support/local-http-server.js';

/** What an internal service answers: no message of the function may ever hold it. */
const INTERNAL_ANSWER = 'internal-service-answer-9931';

let internal: LocalHttpServer;
let redirecting: LocalHttpServer;
let tcp: Server;
let tcpConnections = 0;
let tcpPort: number;

beforeAll(async () => {
  internal = await startLocalHttpServer((_request, response) => sendBytes(response, 403, Buffer.from(INTERNAL_ANSWER)));
  redirecting = await startLocalHttpServer((_request, response) => {
    response.writeHead(302, { location: `${internal.url}/secret.ipynb` });
    response.end();
  });
  // Counts connections: a refused host name must not even be connected to.
  tcp = createServer((socket) => {
    tcpConnections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  tcpPort = (tcp.address() as AddressInfo).port;
});
afterAll(async () => {
  await internal?.close();
  await redirecting?.close();
  await new Promise((resolve) => tcp?.close(resolve));
});

describe('which addresses the OCI Function fetches from', () => {
  it('tells public addresses from loopback, link-local, private and reserved ones', () => {
    for (const address of ['8.8.8.8', '140.91.10.3', '2606:4700::1111', '[2606:4700::1111]']) expect(isPublicAddress(address)).toBe(true);
    const internalAddresses = ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '[::1]', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1', 'not-an-address'];
    for (const address of internalAddresses) expect([address, isPublicAddress(address)]).toEqual([address, false]);
  });

  it('refuses http:// and internal addresses unless the owner allowed them', () => {
    expect(publicUrlProblem(new URL('http://example.com/nb.ipynb'), undefined)).toMatch(/^http:\/\/ is not fetched by this function, only https:\/\/ \(unless NOTEBOOK_SOURCES_ALLOWED allows it\)/);
    expect(publicUrlProblem(new URL('https://169.254.169.254/opc/v2/instance/'), undefined)).toMatch(/^169\.254\.169\.254 is a loopback, link-local, private or reserved address/);
    expect(publicUrlProblem(new URL('https://[::1]:8443/x'), undefined)).toMatch(/^\[::1\]:8443 is a loopback/);
    expect(publicUrlProblem(new URL('https://example.com/nb.ipynb'), undefined)).toBeUndefined();
    expect(publicUrlProblem(new URL('http://10.0.0.5/nb.ipynb'), ['http://10.0.0.5/'])).toBeUndefined();
  });

  it('does not connect to a host name that resolves to an internal address', async () => {
    const before = tcpConnections;
    const error = await resolveNotebook(`https://localhost:${tcpPort}/nb.ipynb`, { workspace: '/', env: {}, fetch: publicNetworkFetch(undefined) }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(NotebookSourceError);
    expect((error as NotebookSourceError).failure).toBe('access-denied');
    expect((error as Error).message).toBe(
      `https://localhost:${tcpPort}/nb.ipynb: refused: localhost resolves to a loopback, link-local, private or reserved address, which this function does not fetch from (unless NOTEBOOK_SOURCES_ALLOWED allows it)`,
    );
    expect(tcpConnections).toBe(before);
  });

  it('checks every redirect: an allowed source that redirects inside is refused, and the inside is never asked', async () => {
    const asked = internal.requests.length;
    const fetch = publicNetworkFetch([`${redirecting.url}/`]);
    const error = await resolveNotebook(`${redirecting.url}/nb.ipynb`, { workspace: '/', env: {}, fetch }).catch((failure: unknown) => failure as Error);
    expect((error as NotebookSourceError).failure).toBe('access-denied');
    expect((error as Error).message).toMatch(/refused: it redirects to a URL that is refused: http:\/\/ is not fetched by this function/);
    expect((error as Error).message).not.toContain(INTERNAL_ANSWER);
    expect(internal.requests.length).toBe(asked);
  });
});

describe('the OCI Function refusing internal notebook sources', () => {
  const context = (): FdkContext => ({
    callID: 'network',
    deadline: null,
    getHeader: () => null,
    responseContentType: 'application/json',
    httpGateway: { requestURL: null, statusCode: 200 },
  });
  const request = (noteBook: string) => ({
    noteBook,
    jobName: 'internal',
    logGroupId: 'ocid1.loggroup.oc1.iad.aaaa',
    projectId: 'ocid1.datascienceproject.oc1.iad.aaaa',
    compartmentId: 'ocid1.compartment.oc1..aaaa',
    outputFolder: 'oci://bucket@namespace/runs',
  });

  it('answers 400 before any connection, saying nothing of what the address would answer', async () => {
    const handler = createFunctionHandler({ env: {}, log: () => undefined });
    const asked = internal.requests.length;
    try {
      const plain = await handler.handle(Buffer.from(JSON.stringify(request(`${internal.url}/nb.ipynb`))), context());
      expect(plain).toEqual({
        status: '400',
        info: `noteBook: "${internal.url}/nb.ipynb" is refused: http:// is not fetched by this function, only https:// (unless NOTEBOOK_SOURCES_ALLOWED allows it)`,
      });
      const metadata = await handler.handle(Buffer.from(JSON.stringify(request('https://169.254.169.254/opc/v2/identity/cert.pem'))), context());
      expect(metadata).toEqual({
        status: '400',
        info: 'noteBook: "https://169.254.169.254/opc/v2/identity/cert.pem" is refused: 169.254.169.254 is a loopback, link-local, private or reserved address, which this function does not fetch from (unless NOTEBOOK_SOURCES_ALLOWED allows it)',
      });
      expect(internal.requests.length).toBe(asked);
    } finally {
      handler.close();
    }
  });
});
