import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { artifactLayout } from '../../src/artifact/artifact-layout.js';
import { packContext } from '../../src/artifact/context-packing.js';
import { buildJobArtifact } from '../../src/artifact/job-artifact.js';
import { jobEnvironment } from '../../src/artifact/job-environment.js';
import { outputUriFor } from '../../src/cli/output-layout.js';
import { attachContexts } from '../../src/context/attach-contexts.js';
import { CLI_CONTEXT_FLAGS, parseContextSettings } from '../../src/context/context-settings.js';
import type { NotebookContext } from '../../src/context/notebook-context.js';
import { validateContext } from '../../src/context/validate-context.js';
import { checkDistinctOutputs } from '../../src/engine/distinct-outputs.js';
import { sendBytes, startLocalHttpServer, type LocalHttpServer } from '../sources/support/local-http-server.js';
import { aRequest } from '../support/requests.js';

const text = (value: string) => new TextEncoder().encode(value);

function context(overrides: Partial<NotebookContext> = {}): NotebookContext {
  return {
    rootName: 'sales',
    notebookPath: 'nbs/report.ipynb',
    files: [
      { path: 'helpers.py', content: text('X = 1\n'), size: 6 },
      { path: 'nbs/requirements.txt', content: text('pandas\n'), size: 7 },
    ],
    requirements: 'nbs/requirements.txt',
    ...overrides,
  };
}

let server: LocalHttpServer;
beforeAll(async () => {
  server = await startLocalHttpServer((request, response) =>
    request.url === '/requirements.txt' ? sendBytes(response, 200, Buffer.from('tinypkg==1.0\n')) : sendBytes(response, 404, Buffer.from('not found')),
  );
});
afterAll(async () => {
  await server?.close();
});

describe('a context in the job artifact', () => {
  it('places the context under code/<root>, the notebook in its place, and names both for the driver', async () => {
    const request = aRequest({ context: context() });
    const artifact = buildJobArtifact('report.ipynb', request.notebook.content, 'job', await packContext(request));
    const files = unzipSync(artifact.zip);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['driver_notebook.py', 'code/sales/helpers.py', 'code/sales/nbs/requirements.txt', 'code/sales/nbs/report.ipynb']));
    expect(strFromU8(files['code/sales/helpers.py']!)).toBe('X = 1\n');
    expect(jobEnvironment(request, artifact, 'us-ashburn-1')).toMatchObject({
      JOB_RUN_NOTEBOOK: 'code/sales/nbs/report.ipynb',
      NOTEBOOK_CONTEXT: 'code/sales',
      NOTEBOOK_REQUIREMENTS: 'code/sales/nbs/requirements.txt',
    });
  });

  it('keeps a notebook alone at code/<name>.ipynb, and one with an empty root name straight in code/', () => {
    expect(artifactLayout('https://example.com/x/daily.ipynb')).toEqual({ notebookPath: 'code/daily.ipynb', files: [] });
    const layout = artifactLayout('https://example.com/x/daily.ipynb', context({ rootName: '', notebookPath: 'daily.ipynb', files: [{ path: 'requirements.txt', content: text('x'), size: 1 }], requirements: 'requirements.txt' }));
    expect(layout).toMatchObject({ notebookPath: 'code/daily.ipynb', contextRoot: 'code', requirementsPath: 'code/requirements.txt' });
  });

  it('refuses a context that cannot be laid out: paths leaving it, twice, a file that is also a folder, requirements not in it', () => {
    expect(() => validateContext(context())).not.toThrow();
    expect(() => validateContext(context({ files: [{ path: '../secret', content: text(''), size: 0 }], requirements: undefined }))).toThrow('context: a file\'s path must be relative, without . or .. parts, got "../secret"');
    expect(() => validateContext(context({ rootName: '..' }))).toThrow(/the root's name must be one folder name/);
    expect(() => validateContext(context({ notebookPath: '/abs/report.ipynb' }))).toThrow(/the notebook's path must be a relative path ending in \.ipynb/);
    expect(() => validateContext(context({ files: [...context().files, { path: 'helpers.py', content: text(''), size: 0 }] }))).toThrow('context: helpers.py is listed twice');
    expect(() => validateContext(context({ files: [...context().files, { path: 'helpers.py/x', content: text(''), size: 0 }] }))).toThrow('context: helpers.py is both a file and a folder');
    expect(() => validateContext(context({ requirements: 'missing.txt' }))).toThrow('context: the requirements file missing.txt is not one of the context\'s files');
  });
});

describe('where outputs go', () => {
  it('lays the CLI\'s outputs out by the notebook\'s path under the working directory, by file name otherwise', () => {
    expect(outputUriFor('oci://b@ns/runs/', 'notebooks/a/report.ipynb', '/work/repo')).toBe('oci://b@ns/runs/notebooks/a/report');
    expect(outputUriFor('out', '/work/repo/b/report.ipynb', '/work/repo')).toBe('out/b/report');
    expect(outputUriFor('out', '/elsewhere/report.ipynb', '/work/repo')).toBe('out/report');
    expect(outputUriFor('out', 'https://example.com/nb/report.ipynb?token=x', '/work/repo')).toBe('out/report');
  });

  it('refuses two runs with one output place before any starts, unless $JOB_RUN_OCID tells them apart', () => {
    const a = aRequest({ notebook: { path: 'report.ipynb', content: text('{}') }, outputUri: 'out/report' });
    const b = aRequest({ notebook: { path: '../x/report.ipynb', content: text('{}') }, outputUri: 'out/report/' });
    expect(() => checkDistinctOutputs([a, b])).toThrow('outputUri: report.ipynb and ../x/report.ipynb would write their outputs to out/report');
    expect(() => checkDistinctOutputs([a, a])).toThrow('outputUri: report.ipynb is given twice, and both runs would write');
    expect(() => checkDistinctOutputs([{ ...a, outputUri: 'out/$JOB_RUN_OCID' }, { ...b, outputUri: 'out/$JOB_RUN_OCID' }])).not.toThrow();
  });
});

describe('notebooks given by URL', () => {
  const urlRequest = () => aRequest({ notebook: { path: `${server.url}/nb/daily.ipynb`, content: text('{}') } });

  it('run alone and say so', async () => {
    const request = urlRequest();
    const notes: string[] = [];
    await attachContexts([request], { settings: parseContextSettings({ requirements: 'requirements.txt' }, CLI_CONTEXT_FLAGS), workspace: '/', sources: { workspace: '/', env: {} } }, (note) => notes.push(note));
    expect(request.context).toBeUndefined();
    expect(notes).toEqual([`${server.url}/nb/daily.ipynb: given by URL, it runs alone: no files beside it are shipped; --requirements (a path) does not apply to it`]);
  });

  it('take a requirements file by URL, fetched as notebooks are', async () => {
    const request = urlRequest();
    const settings = parseContextSettings({ requirements: `${server.url}/requirements.txt` }, CLI_CONTEXT_FLAGS);
    await attachContexts([request], { settings, workspace: '/', sources: { workspace: '/', env: {} } }, () => undefined);
    expect(request.context).toMatchObject({ rootName: '', notebookPath: 'daily.ipynb', requirements: 'requirements.txt' });
    expect(strFromU8(request.context!.files[0]!.content!)).toBe('tinypkg==1.0\n');
    const missing = parseContextSettings({ requirements: `${server.url}/missing.txt` }, CLI_CONTEXT_FLAGS);
    await expect(attachContexts([urlRequest()], { settings: missing, workspace: '/', sources: { workspace: '/', env: {} } }, () => undefined)).rejects.toThrow(
      /^--requirements: http:\/\/127\.0\.0\.1:\d+\/missing\.txt: not found/,
    );
  });
});
