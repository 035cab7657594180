import { createHash } from 'node:crypto';
import type { EmulatorResponse } from './route.js';
import { ServiceError } from './service-error.js';

interface Remembered {
  bodyHash: string;
  answer: Promise<EmulatorResponse>;
}

/**
 * Makes creates idempotent as OCI does: a request that repeats an `opc-retry-token` seen before
 * for the same operation gets the first answer again and creates nothing. Only successful
 * answers are remembered, so a create that failed may be retried with the same token.
 */
export class RetryTokenCache {
  private readonly remembered = new Map<string, Remembered>();

  async run(
    operation: string,
    token: string | undefined,
    body: Buffer,
    work: () => Promise<EmulatorResponse>,
  ): Promise<EmulatorResponse> {
    if (!token) return work();
    const key = `${operation}\n${token}`;
    const bodyHash = createHash('sha256').update(body).digest('hex');
    const seen = this.remembered.get(key);
    if (seen) {
      if (seen.bodyHash !== bodyHash) {
        throw new ServiceError(409, 'InvalidatedRetryToken', 'The opc-retry-token was already used for a different request.');
      }
      return seen.answer;
    }
    // Remember the work while it runs, so a retry that arrives meanwhile waits for the same answer.
    const answer = work();
    this.remembered.set(key, { bodyHash, answer });
    try {
      const response = await answer;
      if (response.status >= 300) this.remembered.delete(key);
      return response;
    } catch (error) {
      this.remembered.delete(key);
      throw error;
    }
  }
}
