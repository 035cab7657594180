import type { IncomingMessage } from 'node:http';
import { ServiceError } from './service-error.js';

/**
 * The most a JSON request body may hold. OCI's JSON bodies (a job, a run, a search) are a few
 * kilobytes; this is far above any of them and still keeps one request from filling the memory.
 */
export const MAX_JSON_BODY_BYTES = 10 * 1024 * 1024;

/** The most an upload (a job artifact, an object, a PUT through a pre-authenticated request) may hold, unless the emulator is told otherwise. */
export const DEFAULT_MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

export function payloadTooLarge(limit: number, seen: string): ServiceError {
  return new ServiceError(413, 'PayloadTooLarge', `The request body is larger than this service accepts (${limit} bytes): ${seen}.`);
}

/**
 * Reads a request body, refusing it with 413 as soon as it passes `limit`: at once when its
 * Content-Length says so, else when the bytes read so far do. Nothing over the limit is held.
 */
export function readBoundedBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(payloadTooLarge(limit, `Content-Length is ${declared}`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        request.off('data', onData);
        request.pause();
        reject(payloadTooLarge(limit, `more than ${limit} bytes were sent`));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks, total)));
    request.on('error', reject);
  });
}
