import type { Backend } from '../backends/backend.js';
import { RunRequestError } from '../engine/run-request-error.js';
import { runNotebooks } from '../engine/run-notebooks.js';
import { validateRunRequest } from '../engine/validate-run-request.js';
import { redactReference } from '../sources/redaction.js';
import { resolveNotebook } from '../sources/resolve-notebook.js';
import { contextWithRequirements, fetchRequirements } from '../context/remote-requirements.js';
import { InputError } from '../engine/input-error.js';
import { FunctionRequestError } from './function-answer.js';
import { FIELD_OF_RUN_REQUEST, toRunRequest, type SubmitFields } from './function-request.js';
import { checkAllowedSource } from './notebook-allow-list.js';
import { publicNetworkFetch, publicUrlProblem } from './public-network-fetch.js';

/** The original function's answer: the job run and its job. */
export interface SubmittedRun {
  id: string;
  jobId: string;
}

/** How the function fetches and submits: its configuration and the time it has. */
export interface SubmitSettings {
  env: Record<string, string | undefined>;
  /** Aborted at the function's deadline: stops the notebook's download and the OCI calls. */
  signal?: AbortSignal;
  /** The function's notebook size limit, below the engine's: its memory is small. */
  maxBytes?: number;
  /** Prefixes a noteBook reference must start with (NOTEBOOK_SOURCES_ALLOWED); undefined allows any. */
  allowedSources?: readonly string[];
}

/**
 * Fetches the notebook, checks the whole request, then submits it through the engine without
 * waiting (a function has 300 s; a run takes longer). `backend` is asked for only once the
 * request is known to be good, so bad input is a 400 even where credentials are missing.
 */
export async function submitNotebook(fields: SubmitFields, backend: () => Promise<Backend>, settings: SubmitSettings): Promise<SubmittedRun> {
  const { env, signal, maxBytes } = settings;
  checkAllowedSource(fields.noteBook, settings.allowedSources);
  if (fields.requirements) checkAllowedSource(fields.requirements, settings.allowedSources, 'requirements');
  checkPublicUrl(fields.noteBook, settings.allowedSources);
  if (fields.requirements) checkPublicUrl(fields.requirements, settings.allowedSources, 'requirements');
  // Redirects and host names are checked as they are met, by the fetch itself.
  const sources = { workspace: process.cwd(), env, signal, maxBytes, fetch: publicNetworkFetch(settings.allowedSources) };
  const fetched = await resolveNotebook(fields.noteBook, sources);
  const request = toRunRequest(fields, { path: notebookPath(fetched.path), content: fetched.content });
  if (fields.requirements) request.context = contextWithRequirements(request.notebook.path, await requirementsOf(fields.requirements, sources));
  try {
    validateRunRequest(request);
  } catch (error) {
    if (error instanceof RunRequestError) throw new FunctionRequestError(error.renamed((field) => FIELD_OF_RUN_REQUEST[field] ?? field).message);
    throw error;
  }
  const submission = keepingSubmitError(await backend(), signal);
  const [result] = await runNotebooks([request], submission.backend, { maxParallel: 1, wait: false, signal });
  if (result?.state === 'SUBMITTED' && result.runId && result.jobId) return { id: result.runId, jobId: result.jobId };
  throw submission.error() ?? new Error(result?.error ?? 'the run was not submitted');
}

/** The requirements file a URL points at; a problem with it is the caller's to fix (400). */
async function requirementsOf(url: string, sources: Parameters<typeof fetchRequirements>[1]): Promise<Uint8Array> {
  try {
    return await fetchRequirements(url, sources, 'requirements');
  } catch (error) {
    if (error instanceof InputError) throw new FunctionRequestError(error.message);
    throw error;
  }
}

/** An http(s) reference the function may not fetch is refused at once, before any connection. */
function checkPublicUrl(reference: string, allowedSources: readonly string[] | undefined, field = 'noteBook'): void {
  if (!/^https?:\/\//i.test(reference) || !URL.canParse(reference)) return;
  const problem = publicUrlProblem(new URL(reference), allowedSources);
  if (problem) throw new FunctionRequestError(`${field}: "${redactReference(reference)}" is refused: ${problem}`);
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
  return redactReference(url.toString());
}

/**
 * The engine reports a failed submission in words; the answer needs the service's status and code,
 * so keep the error. The deadline's signal reaches the submission whatever the engine passes.
 */
function keepingSubmitError(backend: Backend, deadline: AbortSignal | undefined): { backend: Backend; error: () => unknown } {
  let error: unknown;
  return {
    backend: {
      validate: (request) => backend.validate(request),
      async submit(request, signal) {
        try {
          return await backend.submit(request, signal && deadline && signal !== deadline ? AbortSignal.any([signal, deadline]) : (signal ?? deadline));
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
