/** A notebook fetched from wherever its reference points. */
export interface FetchedNotebook {
  /** The reference as the user wrote it: a workspace path, a URL, `oci://...`. */
  path: string;
  content: Uint8Array;
}

/** Credentials and settings sources may need; each reads only its own. */
export interface SourceContext {
  /** Folder that relative paths are resolved against. */
  workspace: string;
  env: Record<string, string | undefined>;
  githubToken?: string;
}

/** One kind of place notebooks live (a file, https, oci://, gs://, Azure Blob). */
export interface NotebookSource {
  /** Whether this source reads references of this form. */
  accepts(reference: string): boolean;
  fetch(reference: string, context: SourceContext): Promise<FetchedNotebook>;
}

export class NotebookSourceError extends Error {}
