import { expect } from '@jest/globals';
import { NotebookSourceError, type SourceContext } from '../../../src/sources/notebook-source.js';
import { resolveNotebook } from '../../../src/sources/resolve-notebook.js';

/** The NotebookSourceError resolving `reference` fails with; the test fails if it resolves or throws anything else. */
export async function failureOf(reference: string, context: SourceContext): Promise<NotebookSourceError> {
  const error = await resolveNotebook(reference, context).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(NotebookSourceError);
  return error as NotebookSourceError;
}
