import { describe, expect, it } from '@jest/globals';
import { describeError } from '../../src/engine/describe-error.js';

describe('describeError', () => {
  it("says an OCI service error's status and code", () => {
    expect(describeError({ statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound', message: 'no such project' })).toBe('404 NotAuthorizedOrNotFound: no such project');
  });

  it('says what failed and which call, for a request the SDK got no answer to', () => {
    // What oci-common throws, a plain object, when fetch itself fails.
    const failure = { code: undefined, message: 'fetch failed', requestEndpoint: 'POST https://datascience.example/20190101/jobs', troubleshootingPage: 'See …' };
    expect(describeError(failure)).toBe('fetch failed (POST https://datascience.example/20190101/jobs)');
  });

  it('says an Error by its message, and anything else as text', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError('plain')).toBe('plain');
    expect(describeError(null)).toBe('null');
  });
});
