import type { OciClients } from '../oci/clients.js';

/** A notebook fetched from wherever its reference points. */
export interface FetchedNotebook {
  /** The reference as the user wrote it, less any credential in it (a URL's SAS signature or password). */
  path: string;
  content: Uint8Array;
}

/** Credentials and settings sources may need; each reads only its own. */
export interface SourceContext {
  /** Folder that relative paths are resolved against. */
  workspace: string;
  env: Record<string, string | undefined>;
  /** For private GitHub repositories; without it GITHUB_TOKEN, then GH_TOKEN, from `env`. */
  githubToken?: string;
  /** What the user calls `githubToken` in messages, e.g. the action's `github-token` input. Default `github-token`. */
  githubTokenName?: string;
  /** Clients a front door already has; without them an `oci://` reference creates its own from `env`. */
  ociClients?: OciClients;
  /** Stops a download in flight. */
  signal?: AbortSignal;
  /** The most bytes a notebook may have, below the engine's MAX_NOTEBOOK_BYTES where memory is tight (the OCI Function). */
  maxBytes?: number;
  /** What makes HTTP requests; default the global fetch. The OCI Function's reaches public addresses only. */
  fetch?: typeof fetch;
}

/** One kind of place notebooks live (a file, https, oci://, gs://, Azure Blob). */
export interface NotebookSource {
  /** Whether this source reads references of this form. */
  accepts(reference: string, context: SourceContext): boolean;
  fetch(reference: string, context: SourceContext): Promise<FetchedNotebook>;
}

/** Why a notebook could not be fetched, for callers that act on the kind of failure. */
export type SourceFailure =
  | 'not-found'
  | 'access-denied'
  | 'too-large'
  | 'not-a-notebook'
  | 'unsupported-reference'
  | 'unreachable'
  | 'failed';

/** A fetch that failed; the message starts with the reference (credentials removed) and says why. */
export class NotebookSourceError extends Error {
  constructor(
    readonly reference: string,
    readonly failure: SourceFailure,
    detail: string,
  ) {
    super(`${reference}: ${detail}`);
    this.name = 'NotebookSourceError';
  }
}
