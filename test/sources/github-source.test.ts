import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { contentsApiUrlOf, parseGitHubLink, rawUrlOf } from '../../src/sources/github-source.js';
import type { SourceContext } from '../../src/sources/notebook-source.js';
import { resolveNotebook } from '../../src/sources/resolve-notebook.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { sendBytes, sendJson, startLocalHttpServer, type LocalHttpServer } from './support/local-http-server.js';
import { failureOf } from './support/source-failure.js';

const NOTEBOOK = notebookBytes(codeCell('print("from GitHub")'));
const TOKEN = 'ghs_0123456789abcdefSECRET';

describe('GitHub links, mapped without the network', () => {
  it('turns a github.com blob link into its raw.githubusercontent.com file', () => {
    const file = parseGitHubLink('https://github.com/octo/notebooks/blob/main/reports/daily%20report.ipynb');
    expect(file).toEqual({ owner: 'octo', repo: 'notebooks', ref: 'main', path: 'reports/daily report.ipynb' });
    expect(rawUrlOf(file!)).toBe('https://raw.githubusercontent.com/octo/notebooks/main/reports/daily%20report.ipynb');
  });

  it('reads a raw link that spells the branch as refs/heads/NAME', () => {
    expect(parseGitHubLink('https://raw.githubusercontent.com/octo/notebooks/refs/heads/main/nb.ipynb')).toEqual({
      owner: 'octo',
      repo: 'notebooks',
      ref: 'refs/heads/main',
      path: 'nb.ipynb',
    });
  });

  it('builds the contents API request for a file at a ref', () => {
    const file = { owner: 'octo', repo: 'private', ref: 'v1.0', path: 'dir/my nb.ipynb' };
    expect(contentsApiUrlOf(file)).toBe('https://api.github.com/repos/octo/private/contents/dir/my%20nb.ipynb?ref=v1.0');
  });

  it('leaves other GitHub pages to the plain https source', () => {
    expect(parseGitHubLink('https://github.com/octo/notebooks/tree/main/reports')).toBeUndefined();
    expect(parseGitHubLink('https://gist.github.com/octo/abc123')).toBeUndefined();
  });
});

describe('GitHub links against local servers', () => {
  let web: LocalHttpServer;
  let api: LocalHttpServer;
  let elsewhere: LocalHttpServer;

  beforeAll(async () => {
    elsewhere = await startLocalHttpServer((_request, response) => sendBytes(response, 200, NOTEBOOK));
    web = await startLocalHttpServer((request, response) => {
      if (request.url === '/octo/notebooks/raw/main/dir/nb.ipynb') {
        return sendBytes(response, 302, new Uint8Array(), { location: '/raw-files/octo/notebooks/main/dir/nb.ipynb' });
      }
      if (request.url === '/raw-files/octo/notebooks/main/dir/nb.ipynb') return sendBytes(response, 200, NOTEBOOK);
      return sendBytes(response, 404, Buffer.from('404: Not Found'));
    });
    api = await startLocalHttpServer((request, response) => {
      const authorized = request.headers.authorization === `Bearer ${TOKEN}`;
      if (request.url === '/repos/octo/private/contents/dir/my%20nb.ipynb?ref=main' && authorized) {
        return request.headers.accept === 'application/vnd.github.raw'
          ? sendBytes(response, 200, NOTEBOOK, { 'content-type': 'application/vnd.github.raw' })
          : sendJson(response, 200, { type: 'file', encoding: 'base64', content: '' });
      }
      if (request.url?.startsWith('/repos/octo/forbidden/')) {
        return sendJson(response, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      }
      if (request.url?.startsWith('/repos/octo/renamed/')) {
        return sendBytes(response, 301, new Uint8Array(), { location: `${elsewhere.url}/repos/octo/new-name/contents/nb.ipynb?ref=main` });
      }
      return sendJson(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    });
  });
  afterAll(async () => {
    await Promise.all([web.close(), api.close(), elsewhere.close()]);
  });

  const anonymous = (): SourceContext => ({ workspace: '/nonexistent', env: { GITHUB_SERVER_URL: web.url, GITHUB_API_URL: api.url } });
  const withToken = (): SourceContext => ({ ...anonymous(), githubToken: TOKEN });

  it('reads a blob link through its raw file, following the redirect', async () => {
    const [webBefore, apiBefore] = [web.requests.length, api.requests.length];
    const fetched = await resolveNotebook(`${web.url}/octo/notebooks/blob/main/dir/nb.ipynb`, anonymous());
    expect(Buffer.from(fetched.content).equals(Buffer.from(NOTEBOOK))).toBe(true);
    // Only this test's requests: the servers are shared with the other tests.
    expect(web.requests.slice(webBefore).map((request) => request.url)).toEqual([
      '/octo/notebooks/raw/main/dir/nb.ipynb',
      '/raw-files/octo/notebooks/main/dir/nb.ipynb',
    ]);
    expect(api.requests.length).toBe(apiBefore);
  });

  it('reads a private repository through the contents API with the token as a bearer', async () => {
    const fetched = await resolveNotebook(`${web.url}/octo/private/blob/main/dir/my%20nb.ipynb`, withToken());
    expect(Buffer.from(fetched.content).equals(Buffer.from(NOTEBOOK))).toBe(true);
    const call = api.requests.at(-1)!;
    expect(call.url).toBe('/repos/octo/private/contents/dir/my%20nb.ipynb?ref=main');
    expect(call.headers.accept).toBe('application/vnd.github.raw');
    expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call.headers['x-github-api-version']).toBe('2022-11-28');
  });

  it('says not found for a 404 from the contents API, naming the token input and never its value', async () => {
    const error = await failureOf(`${web.url}/octo/private/blob/main/missing.ipynb`, { ...withToken(), githubTokenName: 'the github-token input' });
    expect(error.failure).toBe('not-found');
    expect(error.message).toContain('not found (HTTP 404: Not Found), asked using the github-token input');
    expect(error.message).toContain('private repository the token may not read');
    expect(error.message).not.toContain(TOKEN);
  });

  it('says access denied for a 403, naming GITHUB_TOKEN when the token came from the environment', async () => {
    const context: SourceContext = { ...anonymous(), env: { ...anonymous().env, GITHUB_TOKEN: TOKEN } };
    const error = await failureOf(`${web.url}/octo/forbidden/blob/main/nb.ipynb`, context);
    expect(error.failure).toBe('access-denied');
    expect(error.message).toContain('access denied (HTTP 403: Resource not accessible by integration) using GITHUB_TOKEN');
    expect(error.message).not.toContain(TOKEN);
  });

  it('follows an API redirect to another host without sending the token there', async () => {
    const fetched = await resolveNotebook(`${web.url}/octo/renamed/blob/main/nb.ipynb`, withToken());
    expect(Buffer.from(fetched.content).equals(Buffer.from(NOTEBOOK))).toBe(true);
    expect(elsewhere.requests).toHaveLength(1);
    expect(elsewhere.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('points at the token when an anonymous raw download finds nothing', async () => {
    const error = await failureOf(`${web.url}/octo/secret/blob/main/nb.ipynb`, anonymous());
    expect(error.failure).toBe('not-found');
    expect(error.message).toContain('asked anonymously, with no credentials');
    expect(error.message).toContain('for a private repository, pass a GitHub token');
  });
});
