import { describe, expect, it } from '@jest/globals';
import { FunctionRequestError } from '../../src/function/function-answer.js';
import { FUNCTION_DEFAULTS, parseInvocation, SUBMIT_FIELDS, toRunRequest, type SubmitFields } from '../../src/function/function-request.js';

const REQUIRED = {
  noteBook: 'https://example.com/notebooks/hello.ipynb',
  jobName: 'hello',
  logGroupId: 'ocid1.loggroup.oc1.iad.aaaa',
  projectId: 'ocid1.datascienceproject.oc1.iad.aaaa',
  compartmentId: 'ocid1.compartment.oc1..aaaa',
  outputFolder: 'oci://bucket@namespace/runs',
};
const RUN_ID = 'ocid1.datasciencejobrun.oc1.iad.aaaa';

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

function submitted(body: unknown): SubmitFields {
  const operation = parseInvocation(bytes(body));
  if (operation.kind !== 'submit') throw new Error(`expected a submission, got ${operation.kind}`);
  return operation.fields;
}

function refusal(body: unknown, requestUrl?: string): string {
  try {
    parseInvocation(bytes(body), requestUrl);
  } catch (error) {
    if (error instanceof FunctionRequestError) return error.info;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('reading a submission', () => {
  it("fills in the original function's defaults", () => {
    expect(submitted(REQUIRED)).toEqual({ ...REQUIRED, ...FUNCTION_DEFAULTS, excludeTags: ['ignore', 'remove'], env: {}, parameters: {} });
    expect(FUNCTION_DEFAULTS).toEqual({
      shape: 'VM.Standard.E3.Flex',
      ocpus: 1,
      memoryInGBs: 16,
      blockStorageSize: 50,
      conda: 'tensorflow28_p38_cpu_v1',
      excludeTags: ['ignore', 'remove'],
    });
  });

  it('takes every optional field', () => {
    const fields = submitted({
      ...REQUIRED,
      shape: 'VM.Standard2.1',
      ocpus: 2,
      memoryInGBs: 32,
      blockStorageSize: 100,
      conda: 'generalml_p38_cpu_v1',
      excludeTags: ['skip'],
      env: { STAGE: 'prod', RETRIES: '3', DEBUG: 'false' },
      parameters: { alpha: 0.5, names: ['a'] },
      subnetId: 'ocid1.subnet.oc1.iad.aaaa',
    });
    expect(fields).toMatchObject({ shape: 'VM.Standard2.1', ocpus: 2, memoryInGBs: 32, blockStorageSize: 100, conda: 'generalml_p38_cpu_v1' });
    expect(fields.excludeTags).toEqual(['skip']);
    expect(fields.env).toEqual({ STAGE: 'prod', RETRIES: '3', DEBUG: 'false' });
    expect(fields.parameters).toEqual({ alpha: 0.5, names: ['a'] });
    expect(fields.subnetId).toBe('ocid1.subnet.oc1.iad.aaaa');
  });

  it('reads empty strings as "use the default", as templated pipeline bodies send them', () => {
    const fields = submitted({ ...REQUIRED, ocpus: '', memoryInGBs: '', shape: '', conda: '', subnetId: '', excludeTags: 'ignore, skip' });
    expect(fields).toMatchObject({ ocpus: FUNCTION_DEFAULTS.ocpus, memoryInGBs: FUNCTION_DEFAULTS.memoryInGBs, shape: FUNCTION_DEFAULTS.shape, conda: FUNCTION_DEFAULTS.conda });
    expect(fields.excludeTags).toEqual(['ignore', 'skip']);
    expect(fields).not.toHaveProperty('subnetId');
  });

  it('refuses a number sent as a string, and an env value that is not a string, naming the field', () => {
    expect(refusal({ ...REQUIRED, ocpus: '60' })).toBe('ocpus: expected a JSON number such as 2 (not in quotes), got a string ("60")');
    expect(refusal({ ...REQUIRED, blockStorageSize: true })).toBe('blockStorageSize: expected a JSON number such as 2 (not in quotes), got a boolean');
    expect(refusal({ ...REQUIRED, env: { RETRIES: 3 } })).toBe('env: the value of "RETRIES" must be a string (in quotes), got a number');
    expect(refusal({ ...REQUIRED, env: { DEBUG: false } })).toBe('env: the value of "DEBUG" must be a string (in quotes), got a boolean');
  });

  it('names the fields it does not know, with those it does', () => {
    expect(refusal({ ...REQUIRED, ocpu: 2, timeout: 60 })).toBe(`unknown fields "ocpu", "timeout"; a submission takes ${SUBMIT_FIELDS.join(', ')}`);
    expect(refusal({ operation: 'status', jobRunId: 'ocid1.datasciencejobrun.oc1.iad.aaaa', verbose: true })).toBe('unknown field "verbose"; a status request takes operation, jobRunId, id, jobId');
    // A submission's answer passed back as it is asks for its state.
    expect(parseInvocation(bytes({ operation: 'status', id: 'ocid1.datasciencejobrun.oc1.iad.aaaa', jobId: 'ocid1.datasciencejob.oc1.iad.aaaa' }))).toEqual({
      kind: 'status',
      jobRunId: 'ocid1.datasciencejobrun.oc1.iad.aaaa',
    });
  });

  it('names every missing required field at once', () => {
    expect(refusal({ jobName: 'x' })).toBe('missing required fields: noteBook, logGroupId, projectId, compartmentId, outputFolder');
    expect(refusal({ ...REQUIRED, outputFolder: '  ' })).toBe('missing required field: outputFolder');
    expect(refusal('')).toBe(`missing required fields: ${Object.keys(REQUIRED).join(', ')}`);
  });

  it('says which field has the wrong type, never quoting an env value', () => {
    expect(refusal({ ...REQUIRED, jobName: 7 })).toBe('jobName: expected a string, got a number');
    expect(refusal({ ...REQUIRED, ocpus: 'two' })).toBe('ocpus: expected a JSON number such as 2 (not in quotes), got a string ("two")');
    expect(refusal({ ...REQUIRED, excludeTags: [1] })).toMatch(/^excludeTags: expected a list of strings/);
    expect(refusal({ ...REQUIRED, parameters: [1, 2] })).toMatch(/^parameters: expected a JSON object/);
    const envRefusal = refusal({ ...REQUIRED, env: { TOKEN: { secret: 'hunter2' } } });
    expect(envRefusal).toBe('env: the value of "TOKEN" must be a string (in quotes), got an object');
  });

  it('reads notebooks from URLs only, never from the function’s own file system', () => {
    expect(refusal({ ...REQUIRED, noteBook: 'notebooks/hello.ipynb' })).toMatch(/^noteBook: expected a URL/);
    expect(refusal({ ...REQUIRED, noteBook: 'file:///proc/self/environ' })).toMatch(/^noteBook: expected a URL/);
    expect(submitted({ ...REQUIRED, noteBook: 'oci://bucket@namespace/nb.ipynb' }).noteBook).toBe('oci://bucket@namespace/nb.ipynb');
  });

  it('takes a requirements file by URL, as its notebooks are; auto and none mean none', () => {
    expect(submitted({ ...REQUIRED, requirements: 'https://example.com/notebooks/requirements.txt' }).requirements).toBe('https://example.com/notebooks/requirements.txt');
    expect(submitted({ ...REQUIRED, requirements: 'auto' })).not.toHaveProperty('requirements');
    expect(submitted({ ...REQUIRED, requirements: 'none' })).not.toHaveProperty('requirements');
    expect(refusal({ ...REQUIRED, requirements: 'requirements.txt' })).toMatch(/^requirements: expected the URL of a requirements file/);
    expect(refusal({ ...REQUIRED, requirements: ['x'] })).toBe('requirements: expected a string, got a list');
  });

  it('says the body is malformed JSON, or not an object, without quoting it', () => {
    expect(refusal('{"noteBook": "https://x", "env": {"TOKEN": "hunter2"')).toMatch(/^malformed JSON in the request body/);
    expect(refusal('{"noteBook": "https://x", "env": {"TOKEN": "hunter2"')).not.toContain('hunter2');
    expect(refusal('[1, 2]')).toBe('expected a JSON object in the request body, got an array');
    expect(refusal('"text"')).toBe('expected a JSON object in the request body, got a string');
  });

  it('maps the fields onto the engine request', () => {
    const request = toRunRequest(submitted({ ...REQUIRED, env: { A: 'b' }, parameters: { n: 1 } }), { path: 'hello.ipynb', content: new Uint8Array() });
    expect(request).toMatchObject({
      jobName: 'hello',
      outputUri: REQUIRED.outputFolder,
      blockStorageSizeInGBs: 50,
      environmentVariables: { A: 'b' },
      parameters: { n: 1 },
      excludeTags: ['ignore', 'remove'],
      conda: 'tensorflow28_p38_cpu_v1',
    });
  });
});

describe('choosing the operation', () => {
  it('submits unless told otherwise', () => {
    expect(parseInvocation(bytes(REQUIRED)).kind).toBe('submit');
    expect(parseInvocation(bytes({ ...REQUIRED, operation: 'submit' })).kind).toBe('submit');
  });

  it('reports a status for {"operation":"status"} with jobRunId, or with the id a submission answered', () => {
    expect(parseInvocation(bytes({ operation: 'status', jobRunId: RUN_ID }))).toEqual({ kind: 'status', jobRunId: RUN_ID });
    expect(parseInvocation(bytes({ operation: 'status', id: RUN_ID }))).toEqual({ kind: 'status', jobRunId: RUN_ID });
  });

  it('reports a status for a gateway path ending in /status, the run id in the body or the query', () => {
    expect(parseInvocation(bytes({ jobRunId: RUN_ID }), '/notebooks/status')).toEqual({ kind: 'status', jobRunId: RUN_ID });
    expect(parseInvocation(bytes(''), `https://gw.example/notebooks/status/?jobRunId=${RUN_ID}`)).toEqual({ kind: 'status', jobRunId: RUN_ID });
    expect(parseInvocation(bytes(REQUIRED), 'https://gw.example/notebooks/run').kind).toBe('submit');
  });

  it('refuses an unknown operation, a missing run id and a malformed one', () => {
    expect(refusal({ operation: 'cancel' })).toBe('operation: expected one of submit, status, got "cancel"');
    expect(refusal({ operation: 'status' })).toMatch(/^missing required field: jobRunId/);
    expect(refusal({ operation: 'status', jobRunId: 'ocid1.datasciencejob.oc1.iad.aaaa' })).toMatch(/^jobRunId: expected the OCID of a job run/);
  });
});
