import { fileSource } from './file-source.js';
import { httpsSource } from './https-source.js';
import { NotebookSourceError, type FetchedNotebook, type NotebookSource, type SourceContext } from './notebook-source.js';

/** Every source, most specific first; the first that accepts a reference reads it. */
const SOURCES: NotebookSource[] = [httpsSource, fileSource];

export async function resolveNotebook(reference: string, context: SourceContext): Promise<FetchedNotebook> {
  const source = SOURCES.find((candidate) => candidate.accepts(reference));
  if (!source) throw new NotebookSourceError(`${reference}: no notebook source reads references of this form`);
  return source.fetch(reference, context);
}
