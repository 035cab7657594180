import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_NOTEBOOK_BYTES } from '../../src/notebook/notebook.js';
import type { SourceContext } from '../../src/sources/notebook-source.js';
import { resolveNotebook } from '../../src/sources/resolve-notebook.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { sendBytes, startLocalHttpServer, streamEndlessly, type LocalHttpServer } from './support/local-http-server.js';
import { failureOf } from './support/source-failure.js';

const NOTEBOOK = notebookBytes(codeCell('print("from the web")'));
const context: SourceContext = { workspace: '/nonexistent', env: {} };

describe('https:// references', () => {
  let server: LocalHttpServer;
  let endlessSent: Promise<number> | undefined;

  beforeAll(async () => {
    server = await startLocalHttpServer((request, response) => {
      switch (request.url) {
        case '/nb.ipynb':
          return sendBytes(response, 200, NOTEBOOK, { 'content-type': 'application/x-ipynb+json' });
        case '/moved-permanently':
          return sendBytes(response, 301, new Uint8Array(), { location: '/found-temporarily' });
        case '/found-temporarily':
          return sendBytes(response, 302, new Uint8Array(), { location: '/nb.ipynb' });
        case '/private.ipynb':
          return sendBytes(response, 403, Buffer.from('Forbidden'));
        case '/page.html':
          return sendBytes(response, 200, Buffer.from('<!doctype html><html><body>Sign in</body></html>'), { 'content-type': 'text/html' });
        case '/nbformat3.ipynb':
          return sendBytes(response, 200, Buffer.from(JSON.stringify({ nbformat: 3, nbformat_minor: 0, worksheets: [] })));
        case '/declared-huge.ipynb':
          // Claims more than the limit, sends a little, then waits: only the header can end this quickly.
          response.writeHead(200, { 'content-length': String(MAX_NOTEBOOK_BYTES + 1) });
          response.write(Buffer.alloc(1024, 0x20));
          return;
        case '/endless.ipynb':
          endlessSent = streamEndlessly(response, 4 * MAX_NOTEBOOK_BYTES);
          return;
        case '/p/Par-Token_4711:secret/n/ns/b/notebooks/o/shared.ipynb':
          return sendBytes(response, 200, NOTEBOOK);
        case '/echo-auth.ipynb':
          return request.headers.authorization === `Basic ${Buffer.from('reader:s3cret-password').toString('base64')}`
            ? sendBytes(response, 200, NOTEBOOK)
            : sendBytes(response, 401, Buffer.from('who are you'));
        default:
          return sendBytes(response, 404, Buffer.from('Not Found'));
      }
    });
  });
  afterAll(() => server.close());

  it('reads a notebook from any http(s) host', async () => {
    const fetched = await resolveNotebook(`${server.url}/nb.ipynb`, context);
    expect(fetched.path).toBe(`${server.url}/nb.ipynb`);
    expect(Buffer.from(fetched.content).equals(Buffer.from(NOTEBOOK))).toBe(true);
  });

  it('follows a 301 and then a 302 redirect to the notebook', async () => {
    const fetched = await resolveNotebook(`${server.url}/moved-permanently`, context);
    expect(Buffer.from(fetched.content).equals(Buffer.from(NOTEBOOK))).toBe(true);
    expect(server.requests.map((request) => request.url)).toEqual(expect.arrayContaining(['/moved-permanently', '/found-temporarily', '/nb.ipynb']));
  });

  it('says not found for a 404, naming the reference', async () => {
    const error = await failureOf(`${server.url}/missing.ipynb`, context);
    expect(error.failure).toBe('not-found');
    expect(error.message).toMatch(new RegExp(`^${server.url}/missing.ipynb: not found \\(HTTP 404\\)`));
  });

  it('says access denied for a 403 and that no credentials were sent', async () => {
    const error = await failureOf(`${server.url}/private.ipynb`, context);
    expect(error.failure).toBe('access-denied');
    expect(error.message).toContain('access denied (HTTP 403) anonymously, with no credentials');
  });

  it('refuses a file whose Content-Length is over the limit before reading it', async () => {
    const started = Date.now();
    const error = await failureOf(`${server.url}/declared-huge.ipynb`, context);
    expect(error.failure).toBe('too-large');
    expect(error.message).toContain(`${MAX_NOTEBOOK_BYTES + 1} bytes, over the ${MAX_NOTEBOOK_BYTES}-byte (100 MiB) limit for a notebook`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops reading a download without Content-Length as soon as it passes the limit', async () => {
    const error = await failureOf(`${server.url}/endless.ipynb`, context);
    expect(error.failure).toBe('too-large');
    expect(error.message).toMatch(/over the 104857600-byte \(100 MiB\) limit for a notebook \(stopped reading after \d+ bytes\)/);
    // The server offered four times the limit; the client hung up soon after the limit.
    expect(await endlessSent).toBeLessThan(MAX_NOTEBOOK_BYTES + 32 * 1024 * 1024);
  });

  it('stops at a smaller limit set by the front door, naming it', async () => {
    const error = await failureOf(`${server.url}/endless.ipynb`, { ...context, maxBytes: 2 * 1024 * 1024 });
    expect(error.failure).toBe('too-large');
    expect(error.message).toMatch(/too large: over the 2097152-byte \(2 MiB\) limit for a notebook \(stopped reading after \d+ bytes\)/);
  });

  it('never shows the token of a pre-authenticated request, in the path or in a 404', async () => {
    const par = `${server.url}/p/Par-Token_4711:secret/n/ns/b/notebooks/o`;
    const fetched = await resolveNotebook(`${par}/shared.ipynb`, context);
    expect(fetched.path).toBe(`${server.url}/p/***/n/ns/b/notebooks/o/shared.ipynb`);

    const error = await failureOf(`${par}/missing.ipynb`, context);
    expect(error.failure).toBe('not-found');
    expect(error.reference).toBe(`${server.url}/p/***/n/ns/b/notebooks/o/missing.ipynb`);
    expect(error.message).toMatch(new RegExp(`^${server.url}/p/\\*\\*\\*/n/ns/b/notebooks/o/missing.ipynb: not found \\(HTTP 404\\)`));
    expect(error.message).not.toContain('Par-Token_4711');
  });

  it('says an HTML page is not a notebook', async () => {
    const error = await failureOf(`${server.url}/page.html`, context);
    expect(error.failure).toBe('not-a-notebook');
    expect(error.message).toBe(`${server.url}/page.html: not a Jupyter notebook (expected nbformat 4 JSON, the file is not valid UTF-8 JSON).`);
  });

  it('says an nbformat 3 file is not supported', async () => {
    const error = await failureOf(`${server.url}/nbformat3.ipynb`, context);
    expect(error.failure).toBe('not-a-notebook');
    expect(error.message).toContain('nbformat 3 is not supported; expected nbformat 4');
  });

  it('sends user:password from the URL as HTTP Basic and never shows the password', async () => {
    const withPassword = server.url.replace('http://', 'http://reader:s3cret-password@');
    const fetched = await resolveNotebook(`${withPassword}/echo-auth.ipynb`, context);
    expect(fetched.path).toBe(`${server.url}/echo-auth.ipynb`);
    const error = await failureOf(`${server.url.replace('http://', 'http://reader:wrong-password@')}/echo-auth.ipynb`, context);
    expect(error.failure).toBe('access-denied');
    expect(error.message).not.toContain('wrong-password');
    expect(error.message).toContain('using the credentials written in the URL');
  });

  it('says it could not connect when nothing listens', async () => {
    const closed = await startLocalHttpServer(() => undefined);
    await closed.close();
    const error = await failureOf(`${closed.url}/nb.ipynb`, context);
    expect(error.failure).toBe('unreachable');
    expect(error.message).toContain('could not connect to http://127.0.0.1');
  });
});
