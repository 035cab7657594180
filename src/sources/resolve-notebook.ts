import { checkNotebook, NotebookFormatError } from '../notebook/notebook.js';
import { azureBlobSource } from './azure-blob-source.js';
import { fileSource } from './file-source.js';
import { gcsSource } from './gcs-source.js';
import { githubSource } from './github-source.js';
import { httpsSource } from './https-source.js';
import { NotebookSourceError, type FetchedNotebook, type NotebookSource, type SourceContext } from './notebook-source.js';
import { ociObjectSource } from './oci-object-source.js';
import { redactReference, scrubSecrets, secretsOf } from './redaction.js';

/**
 * Every source, most specific first; the first that accepts a reference reads it. None loads
 * a cloud's client library until a reference needs it.
 */
const SOURCES: NotebookSource[] = [ociObjectSource, gcsSource, azureBlobSource, githubSource, httpsSource, fileSource];

/**
 * Fetches the notebook a reference points at and checks it is nbformat 4 JSON. Fails with a
 * NotebookSourceError naming the reference and why: not found, access denied (and with which
 * credential), too large, not a notebook. No credential is ever part of its message.
 */
export async function resolveNotebook(reference: string, context: SourceContext): Promise<FetchedNotebook> {
  return resolveReference(reference, context, (fetched) => {
    try {
      checkNotebook(fetched.content, fetched.path);
    } catch (error) {
      if (!(error instanceof NotebookFormatError)) throw error;
      throw new NotebookSourceError(fetched.path, 'not-a-notebook', error.message.replace(`${fetched.path}: `, ''));
    }
  });
}

/** Any other file a reference points at (a notebook's requirements file), fetched the same way and with the same errors. */
export async function resolveFile(reference: string, context: SourceContext): Promise<FetchedNotebook> {
  return resolveReference(reference, context, () => undefined);
}

async function resolveReference(reference: string, context: SourceContext, check: (fetched: FetchedNotebook) => void): Promise<FetchedNotebook> {
  const shown = redactReference(reference);
  const secrets = secretsOf(context);
  try {
    const source = SOURCES.find((candidate) => candidate.accepts(reference, context));
    if (!source) {
      throw new NotebookSourceError(shown, 'unsupported-reference', 'no notebook source reads references of this form (a workspace path, https://, oci://, gs://, az://)');
    }
    const fetched = await source.fetch(reference, context);
    check(fetched);
    return fetched;
  } catch (error) {
    throw scrubbed(error, shown, secrets);
  }
}

/** Any failure as a NotebookSourceError whose message went through the secret scrubber. */
function scrubbed(error: unknown, shown: string, secrets: string[]): NotebookSourceError {
  if (error instanceof NotebookSourceError) {
    const message = scrubSecrets(error.message, secrets);
    const detail = message.startsWith(`${error.reference}: `) ? message.slice(error.reference.length + 2) : message;
    return new NotebookSourceError(scrubSecrets(error.reference, secrets), error.failure, detail);
  }
  return new NotebookSourceError(shown, 'failed', scrubSecrets((error as Error)?.message ?? String(error), secrets));
}
