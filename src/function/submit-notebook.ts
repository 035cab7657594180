import type { Backend } from '../backends/backend.js';
import { RunRequestError } from '../engine/run-request-error.js';
import { runNotebooks } from '../engine/run-notebooks.js';
import { validateRunRequest } from '../engine/validate-run-request.js';
import { resolveNotebook } from '../sources/resolve-notebook.js';
import { FunctionRequestError } from './function-answer.js';
import { FIELD_OF_RUN_REQUEST, toRunRequest, type SubmitFields } from './function-request.js';
import { redactSecrets } from './redact-secrets.js';

/** The original function's answer: the job run and its job. */
export interface SubmittedRun {
  id: string;
  jobId: string;
}

/**
 * Fetches the notebook, checks the whole request, then submits it through the engine without
 * waiting (a function has 300 s; a run takes longer). `backend` is asked for only once the
 * request is known to be good, so bad input is a 400 even where credentials are missing.
 */
export async function submitNotebook(
  fields: SubmitFields,
  backend: () => Promise<Backend>,
  env: Record<string, string | undefined>,
): Promise<SubmittedRun> {
  const fetched = await resolveNotebook(fields.noteBook, { workspace: process.cwd(), env });
  const request = toRunRequest(fields, { path: notebookPath(fetched.path), content: fetched.content });
  try {
    validateRunRequest(request);
  } catch (error) {
    if (error instanceof RunRequestError) throw new FunctionRequestError(error.renamed((field) => FIELD_OF_RUN_REQUEST[field] ?? field).message);
    throw error;
  }
  const submission = keepingSubmitError(await backend());
  const [result] = await runNotebooks([request], submission.backend, { maxParallel: 1, wait: false });
  if (result?.state === 'SUBMITTED' && result.runId && result.jobId) return { id: result.runId, jobId: result.jobId };
  throw submission.error() ?? new Error(result?.error ?? 'the run was not submitted');
}

/**
 * The reference as the job may show it (description, file name): no query string, no
 * credentials, no pre-authenticated token; the fetch itself used the full reference.
 */
export function notebookPath(reference: string): string {
  if (!/^https?:\/\//i.test(reference) || !URL.canParse(reference)) return reference;
  const url = new URL(reference);
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  return redactSecrets(url.toString());
}

/** The engine reports a failed submission in words; the answer needs the service's status and code, so keep the error. */
function keepingSubmitError(backend: Backend): { backend: Backend; error: () => unknown } {
  let error: unknown;
  return {
    backend: {
      validate: (request) => backend.validate(request),
      async submit(request, signal) {
        try {
          return await backend.submit(request, signal);
        } catch (failure) {
          error = failure;
          throw failure;
        }
      },
      follow: (handle, options) => backend.follow(handle, options),
      cancel: (handle) => backend.cancel(handle),
    },
    error: () => error,
  };
}
