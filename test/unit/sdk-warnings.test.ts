import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ignoreSdkPunycodeDeprecation, routeSdkFailureWarnings } from '../../src/oci/sdk-warnings.js';

const original = console.warn;
const originalEmitWarning = process.emitWarning;
afterEach(() => {
  console.warn = original;
  process.emitWarning = originalEmitWarning;
});

describe('routeSdkFailureWarnings', () => {
  it("sends the SDK's failure and retry warnings to the sink and every other warning to the console", () => {
    const shown = jest.fn();
    console.warn = shown;
    const sink = jest.fn();
    routeSdkFailureWarnings(sink);

    console.warn('Request cannot be retried. Not Retrying. Exception occurred : Error: not found');
    console.warn('All retry attempts have exhausted. Total Attempts : 8. Last exception occurred : Error: x');
    console.warn('Request failed with Exception : {"statusCode":503}\nRetrying request -> Total Attempts : 1, Retrying after 0.4 seconds...');
    console.warn('something else', 42);
    console.warn('Request failed with Exception : but not retried');

    expect(sink.mock.calls).toEqual([
      ['Request cannot be retried. Not Retrying. Exception occurred : Error: not found'],
      ['All retry attempts have exhausted. Total Attempts : 8. Last exception occurred : Error: x'],
      ['Request failed with Exception : {"statusCode":503}\nRetrying request -> Total Attempts : 1, Retrying after 0.4 seconds...'],
    ]);
    expect(shown.mock.calls).toEqual([['something else', 42], ['Request failed with Exception : but not retried']]);
  });
});

describe('ignoreSdkPunycodeDeprecation', () => {
  it("drops node's punycode deprecation, in either calling form, and passes every other warning on", () => {
    const emitted = jest.fn();
    process.emitWarning = emitted as unknown as typeof process.emitWarning;
    ignoreSdkPunycodeDeprecation();

    process.emitWarning('The `punycode` module is deprecated.', 'DeprecationWarning', 'DEP0040');
    process.emitWarning('The `punycode` module is deprecated.', { type: 'DeprecationWarning', code: 'DEP0040' });
    process.emitWarning('Buffer() is deprecated', 'DeprecationWarning', 'DEP0005');
    process.emitWarning('something odd');

    expect(emitted.mock.calls).toEqual([['Buffer() is deprecated', 'DeprecationWarning', 'DEP0005'], ['something odd']]);
  });
});
