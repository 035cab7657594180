import { describe, expect, it } from '@jest/globals';
import { jobEnvironment } from '../../src/artifact/job-environment.js';
import { buildJobArtifact } from '../../src/artifact/job-artifact.js';
import { driverFiles } from '../../src/artifact/driver-files.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import { aRequest } from '../support/requests.js';
import { RunRequestError } from '../../src/engine/run-request-error.js';
import { validateRunRequest } from '../../src/engine/validate-run-request.js';
import { parseObjectStorageUri } from '../../src/oci/object-storage-uri.js';
import { parPrefix } from '../../src/backends/oci/output-par.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { unzipSync, strFromU8 } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function errorOf(request: RunRequest): RunRequestError {
  try {
    validateRunRequest(request);
  } catch (error) {
    return error as RunRequestError;
  }
  throw new Error('expected the request to be refused');
}

describe('validateRunRequest', () => {
  it('accepts a complete request', () => {
    expect(() => validateRunRequest(aRequest({ outputUri: 'oci://bucket@ns/runs', logGroupId: 'ocid1.loggroup.oc1.iad.aaaaexample' }))).not.toThrow();
  });

  it.each([
    ['a malformed compartment OCID', { compartmentId: 'compartment-1' }, 'compartmentId', /expected an OCID of a compartment or tenancy/],
    ['a project OCID of the wrong type', { projectId: 'ocid1.compartment.oc1..aaaa' }, 'projectId', /datascienceproject/],
    ['an output URI not of the oci:// form', { outputUri: 's3://bucket/prefix' }, 'outputUri', /expected oci:\/\/bucket@namespace\/prefix, got "s3:\/\/bucket\/prefix"/],
    ['block storage under 50 GB', { blockStorageSizeInGBs: 20 }, 'blockStorageSizeInGBs', /at least 50, got 20/],
    ['a notebook that is not nbformat 4', { notebook: { path: 'bad.ipynb', content: new TextEncoder().encode('{"nbformat": 3}') } }, 'notebook', /bad\.ipynb: nbformat 3 is not supported/],
    ['a log without its group', { logId: 'ocid1.log.oc1.iad.aaaa' }, 'logId', /needs its log group/],
    ['a reserved variable', { environmentVariables: { OUTPUT_URI: 'x' } }, 'environmentVariables', /OUTPUT_URI is set by oci-run-notebook/],
    ['a bad variable name', { environmentVariables: { '1A': 'x' } }, 'environmentVariables', /"1A" is not a variable name/],
    ['a parameter that is no Python name', { parameters: { 'a-b': 1 } }, 'parameters', /"a-b" is not a Python variable name/],
    ['a bad conda', { conda: 'not a slug' }, 'conda', /service conda slug/],
    ['zero OCPUs on a Flex shape', { ocpus: 0 }, 'ocpus', /above 0/],
    ['a fractional runtime', { maximumRuntimeInMinutes: 1.5 }, 'maximumRuntimeInMinutes', /whole number of minutes/],
    ['block storage over OCI\'s largest volume', { blockStorageSizeInGBs: 10_241 }, 'blockStorageSizeInGBs', /at most 10240 GB, OCI's largest block volume for a job, got 10241/],
    ['a runtime of 10^12 minutes, which is no date', { maximumRuntimeInMinutes: 1e12 }, 'maximumRuntimeInMinutes', /at most 525600 minutes \(a year\), got 1000000000000/],
    ['a cell timeout over a year', { cellTimeoutSeconds: 1e12 }, 'cellTimeoutSeconds', /at most 31536000 seconds/],
    ['an output URI that climbs out of its prefix', { outputUri: 'oci://b@ns/../../etc' }, 'outputUri', /a "\." or "\.\." segment is not allowed in the path.*got "oci:\/\/b@ns\/\.\.\/\.\.\/etc"/],
  ])('refuses %s, naming the field', (_case, overrides, field, message) => {
    const error = errorOf(aRequest(overrides as Partial<RunRequest>));
    expect(error).toBeInstanceOf(RunRequestError);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('takes the largest values OCI takes', () => {
    expect(() => validateRunRequest(aRequest({ blockStorageSizeInGBs: 10_240, maximumRuntimeInMinutes: 525_600, cellTimeoutSeconds: 31_536_000 }))).not.toThrow();
  });

  it('reads no oci:// place with a "." or ".." segment, wherever it is given', () => {
    for (const uri of ['oci://b@ns/../../etc', 'oci://b@ns/a/./b', 'oci://b@ns/..', 'oci://b@ns/a/..']) expect(parseObjectStorageUri(uri)).toBeUndefined();
    expect(parseObjectStorageUri('oci://b@ns/a..b/c.d')).toEqual({ bucket: 'b', namespace: 'ns', prefix: 'a..b/c.d' });
  });

  it('renames the field as a front door calls it', () => {
    const error = errorOf(aRequest({ blockStorageSizeInGBs: 10 })).renamed(() => '--block-storage-size');
    expect(error.message).toMatch(/^--block-storage-size: /);
    expect(error.field).toBe('blockStorageSizeInGBs');
  });
});

describe('the job artifact and environment', () => {
  it('zips the driver at the root and the notebook under code/, as ADS does', () => {
    const artifact = buildJobArtifact('hello.ipynb', notebookBytes(codeCell('1')), 'my job/1');
    const files = unzipSync(artifact.zip);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['driver_notebook.py', 'code/hello.ipynb']));
    expect(JSON.parse(strFromU8(files['code/hello.ipynb']!)).nbformat).toBe(4);
    expect(artifact.fileName).toBe('my-job-1.zip');
    expect(artifact.notebookPath).toBe('code/hello.ipynb');
  });

  it('passes the CRC and integrity checks of Python\'s zipfile, which unpacks it in the job', () => {
    const artifact = buildJobArtifact('hello.ipynb', notebookBytes(codeCell('print("hé")')), 'hello');
    const folder = mkdtempSync(join(tmpdir(), 'artifact-'));
    writeFileSync(join(folder, 'hello.zip'), artifact.zip);
    const check = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), sorted(z.namelist()))';
    const answer = execFileSync('python3', ['-c', check, join(folder, 'hello.zip')], { encoding: 'utf8' });
    rmSync(folder, { recursive: true });
    const expected = ['code/hello.ipynb', ...driverFiles().keys()].sort();
    expect(answer.trim()).toBe(`None [${expected.map((name) => `'${name}'`).join(', ')}]`);
  });

  it('zips the same inputs to the same bytes', () => {
    const a = buildJobArtifact('a.ipynb', notebookBytes(codeCell('1')), 'a');
    const b = buildJobArtifact('a.ipynb', notebookBytes(codeCell('1')), 'a');
    expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true);
  });

  it('sets the variables of ADS NotebookRuntime for a service conda', () => {
    const request = aRequest({ conda: 'tensorflow28_p38_cpu_v1', outputUri: 'oci://b@ns/out', environmentVariables: { MINE: '1' } });
    const env = jobEnvironment(request, buildJobArtifact('hello.ipynb', request.notebook.content, 'hello'), 'us-ashburn-1');
    expect(env).toEqual({
      MINE: '1',
      JOB_RUN_ENTRYPOINT: 'driver_notebook.py',
      JOB_RUN_NOTEBOOK: 'code/hello.ipynb',
      NOTEBOOK_ENCODING: 'utf-8',
      NOTEBOOK_EXCLUDE_TAGS: '["remove"]',
      OUTPUT_URI: 'oci://b@ns/out',
      CONDA_ENV_TYPE: 'service',
      CONDA_ENV_SLUG: 'tensorflow28_p38_cpu_v1',
    });
  });

  it('sets the published conda variables for an oci:// conda', () => {
    const request = aRequest({ conda: 'oci://envs@tenancyns/conda/mypack_v1' });
    const env = jobEnvironment(request, buildJobArtifact('hello.ipynb', request.notebook.content, 'hello'), 'eu-frankfurt-1');
    expect(env).toMatchObject({
      CONDA_ENV_TYPE: 'published',
      CONDA_ENV_OBJECT_NAME: 'conda/mypack_v1',
      CONDA_ENV_REGION: 'eu-frankfurt-1',
      CONDA_ENV_NAMESPACE: 'tenancyns',
      CONDA_ENV_BUCKET: 'envs',
    });
  });

  it('parses oci:// URIs with and without a prefix', () => {
    expect(parseObjectStorageUri('oci://b@ns/a/b/')).toEqual({ bucket: 'b', namespace: 'ns', prefix: 'a/b' });
    expect(parseObjectStorageUri('oci://b@ns')).toEqual({ bucket: 'b', namespace: 'ns', prefix: '' });
    expect(parseObjectStorageUri('oci://b/prefix')).toBeUndefined();
  });
});

describe('the output PAR', () => {
  it('allows the output prefix as a folder only, so that runs does not also open runs-other/', () => {
    expect(parPrefix('runs')).toBe('runs/');
    expect(parPrefix('runs/nightly/')).toBe('runs/nightly/');
    expect(parPrefix('')).toBe('');
    expect(parPrefix('runs/$JOB_RUN_OCID')).toBe('runs/');
    expect(parPrefix('runs/${JOB_RUN_OCID}/out')).toBe('runs/');
  });
});
