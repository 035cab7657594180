import { MAX_NOTEBOOK_BYTES } from '../notebook/notebook.js';
import { NotebookSourceError } from './notebook-source.js';

const MIB = 1024 * 1024;

/** The limit in words, as every "too large" message states it. */
export function notebookLimitText(limit = MAX_NOTEBOOK_BYTES): string {
  return `the ${limit}-byte${limit % MIB === 0 ? ` (${limit / MIB} MiB)` : ''} limit for a notebook`;
}

export const NOTEBOOK_LIMIT_TEXT = notebookLimitText();

/** Fails before reading when a declared size (Content-Length, an object's size) is over the limit. */
export function checkDeclaredSize(reference: string, declared: number | string | null | undefined, limit = MAX_NOTEBOOK_BYTES): void {
  const bytes = typeof declared === 'string' ? Number(declared) : declared;
  if (typeof bytes === 'number' && Number.isFinite(bytes) && bytes > limit) {
    throw new NotebookSourceError(reference, 'too-large', `too large: ${bytes} bytes, over ${notebookLimitText(limit)}`);
  }
}

/**
 * Reads a body to its end, but stops (and cancels the stream) as soon as it passes the limit,
 * so a huge file is never held whole; the declared size may be absent or wrong.
 */
export async function readWithinLimit(reference: string, body: AsyncIterable<Uint8Array> | null | undefined, limit = MAX_NOTEBOOK_BYTES): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (body) {
    // Throwing inside for-await calls the iterator's return(), which cancels the download.
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > limit) {
        throw new NotebookSourceError(reference, 'too-large', `too large: over ${notebookLimitText(limit)} (stopped reading after ${total} bytes)`);
      }
      chunks.push(chunk);
    }
  }
  const content = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    content.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return content;
}

/** The first `limit` bytes of a body as text (error bodies), the rest discarded unread. */
export async function readTextPrefix(body: AsyncIterable<Uint8Array> | null | undefined, limit = 16 * 1024): Promise<string> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (body) {
      for await (const chunk of body) {
        chunks.push(chunk);
        total += chunk.byteLength;
        if (total >= limit) break;
      }
    }
  } catch {
    // An error body that breaks off still says what it said so far.
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}
