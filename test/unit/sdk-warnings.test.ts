import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { routeSdkFailureWarnings } from '../../src/oci/sdk-warnings.js';

const original = console.warn;
afterEach(() => {
  console.warn = original;
});

describe('routeSdkFailureWarnings', () => {
  it("sends the SDK's failure warnings to the sink and every other warning to the console", () => {
    const shown = jest.fn();
    console.warn = shown;
    const sink = jest.fn();
    routeSdkFailureWarnings(sink);

    console.warn('Request cannot be retried. Not Retrying. Exception occurred : Error: not found');
    console.warn('All retry attempts have exhausted. Total Attempts : 8. Last exception occurred : Error: x');
    console.warn('something else', 42);

    expect(sink.mock.calls).toEqual([
      ['Request cannot be retried. Not Retrying. Exception occurred : Error: not found'],
      ['All retry attempts have exhausted. Total Attempts : 8. Last exception occurred : Error: x'],
    ]);
    expect(shown.mock.calls).toEqual([['something else', 42]]);
  });
});
