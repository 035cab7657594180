import { describe, expect, it } from '@jest/globals';
import { errorAnswer, FunctionDeadlineError, FunctionRequestError } from '../../src/function/function-answer.js';
import { notebookPath } from '../../src/function/submit-notebook.js';
import { CredentialsError } from '../../src/oci/credentials.js';
import { NotebookSourceError } from '../../src/sources/notebook-source.js';

/** The shape of the SDK's OciError, as it arrives at the handler. */
function ociError(statusCode: number, serviceCode: string, message: string) {
  return Object.assign(new Error(message), { statusCode, serviceCode, opcRequestId: 'req-1', operationName: 'createJob' });
}

describe('answering a failure with a status that says whose fault it was', () => {
  it('answers a refused request with {"status":"400","info":...}', () => {
    expect(errorAnswer(new FunctionRequestError('missing required field: jobName'))).toEqual({
      status: 400,
      body: { status: '400', info: 'missing required field: jobName' },
    });
  });

  it.each([400, 401, 404, 409, 429])("passes OCI's %i through with its code and message", (statusCode) => {
    const answer = errorAnswer(ociError(statusCode, 'SomeCode', 'the service said why'));
    expect(answer.status).toBe(statusCode);
    expect(answer.body).toEqual({
      status: String(statusCode),
      info: `OCI createJob: ${statusCode} SomeCode: the service said why`,
      code: 'SomeCode',
      message: 'the service said why',
      opcRequestId: 'req-1',
    });
  });

  it.each([500, 503])("answers OCI's %i as 502: the service's fault", (statusCode) => {
    expect(errorAnswer(ociError(statusCode, 'InternalServerError', 'boom')).status).toBe(502);
  });

  it('answers 502 when OCI could not be reached at all', () => {
    const unreachable = { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED', requestEndpoint: 'POST https://datascience.example/20190101/jobs' };
    expect(errorAnswer(unreachable)).toMatchObject({ status: 502, body: { status: '502', code: 'ECONNREFUSED' } });
  });

  it("answers missing credentials as the function's own fault", () => {
    expect(errorAnswer(new CredentialsError('No OCI credentials found.'))).toMatchObject({ status: 500, body: { status: '500' } });
  });

  it('answers anything else as 500 without its message or stack', () => {
    const answer = errorAnswer(new TypeError('cannot read properties of undefined (secret detail)'), 'call-7');
    expect(answer).toEqual({ status: 500, body: { status: '500', info: 'internal error in the function; its log has the details (call call-7)' } });
  });

  it('redacts pre-authenticated request tokens, secret query values, private keys and its own credentials in what it answers', () => {
    const par = 'https://objectstorage.us-ashburn-1.oraclecloud.com/p/AbCdEf123/n/ns/b/bucket/o/';
    const key = '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----';
    const answer = errorAnswer(ociError(400, 'InvalidParameter', `bad value ${par} and https://blob.example/nb.ipynb?sig=abc and ${key}, rpst-token-value`), undefined, ['rpst-token-value']);
    expect(JSON.stringify(answer)).not.toMatch(/AbCdEf123|sig=abc|MIIE|rpst-token-value/);
    expect(answer.body.message).toBe('bad value https://objectstorage.us-ashburn-1.oraclecloud.com/p/***/n/ns/b/bucket/o/ and https://blob.example/nb.ipynb?sig=*** and ***, ***');
  });

  it.each(['unreachable', 'failed'] as const)("answers a notebook host's %s failure with 502, not the caller's fault", (failure) => {
    const answer = errorAnswer(new NotebookSourceError('https://notebooks.example/a.ipynb', failure, 'the server answered HTTP 503'));
    expect(answer).toEqual({ status: 502, body: { status: '502', info: 'noteBook: https://notebooks.example/a.ipynb: the server answered HTTP 503' } });
  });

  it.each(['not-found', 'access-denied', 'too-large', 'not-a-notebook'] as const)('answers a notebook that is %s with 400', (failure) => {
    expect(errorAnswer(new NotebookSourceError('https://notebooks.example/a.ipynb', failure, 'why')).status).toBe(400);
  });

  it('answers a call that ran out of time with 504 saying so', () => {
    const answer = errorAnswer(new FunctionDeadlineError('submission'));
    expect(answer.status).toBe(504);
    expect(answer.body).toEqual({ status: '504', info: expect.stringMatching(/^the function's deadline \(Fn-Deadline\) was reached during the submission; /) });
  });
});

describe('naming the notebook inside the job', () => {
  it('drops queries, fragments, user info and pre-authenticated tokens from URLs', () => {
    expect(notebookPath('https://user:pw@host.example/a/b/hello.ipynb?token=abc#x')).toBe('https://host.example/a/b/hello.ipynb');
    expect(notebookPath('https://objectstorage.example/p/Secret/n/ns/b/bkt/o/hello.ipynb')).toBe('https://objectstorage.example/p/***/n/ns/b/bkt/o/hello.ipynb');
    expect(notebookPath('oci://bucket@ns/hello.ipynb')).toBe('oci://bucket@ns/hello.ipynb');
  });
});
