import { download } from './http-download.js';
import type { FetchedNotebook, NotebookSource, SourceContext } from './notebook-source.js';
import { redactReference } from './redaction.js';

/** Any http(s) URL, read with a plain GET and no credentials but those written in the URL itself. */
export const httpsSource: NotebookSource = {
  accepts: (reference) => /^https?:\/\//i.test(reference),
  async fetch(reference: string, context: SourceContext): Promise<FetchedNotebook> {
    const shown = redactReference(reference);
    const url = new URL(reference);
    const headers: Record<string, string> = {};
    // fetch refuses URLs with user:password@; send them as HTTP Basic, as browsers and curl do.
    if (url.username || url.password) {
      const user = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
      headers.authorization = `Basic ${Buffer.from(user).toString('base64')}`;
      url.username = '';
      url.password = '';
    }
    const credential = shown === reference ? undefined : 'the credentials written in the URL';
    const content = await download({ reference: shown, url: url.toString(), headers, credential, signal: context.signal, maxBytes: context.maxBytes, fetch: context.fetch });
    return { path: shown, content };
  },
};
