import { NotebookSourceError, type FetchedNotebook, type NotebookSource } from './notebook-source.js';

/** Any http(s) URL, read with a plain GET. */
export const httpsSource: NotebookSource = {
  accepts: (reference) => /^https?:\/\//i.test(reference),
  async fetch(reference: string): Promise<FetchedNotebook> {
    let response: Response;
    try {
      response = await fetch(reference, { redirect: 'follow' });
    } catch (error) {
      throw new NotebookSourceError(`${reference}: could not connect (${(error as Error).message})`);
    }
    if (response.status === 404) throw new NotebookSourceError(`${reference}: not found (HTTP 404)`);
    if (response.status === 401 || response.status === 403) throw new NotebookSourceError(`${reference}: access denied (HTTP ${response.status})`);
    if (!response.ok) throw new NotebookSourceError(`${reference}: HTTP ${response.status}`);
    return { path: reference, content: new Uint8Array(await response.arrayBuffer()) };
  },
};
