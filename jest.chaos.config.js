/**
 * `npm run test:chaos`: the fault-and-abuse suite (test/chaos/*.chaos.ts), apart from the main
 * suite, as CI runs both. faults.chaos.ts: calls failing and dropped, an outage while following;
 * interrupts.chaos.ts: SIGINT, a second SIGINT, SIGKILL and the post step; local-secrets.chaos.ts:
 * the secret-hunting notebook on the local backend, through the CLI and the action.
 */
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/test/chaos'],
  testMatch: ['**/*.chaos.ts'],
  testTimeout: 240_000,
  // One file at a time: each starts tens of kernels, and interruptions are timed against them.
  maxWorkers: 1,
};
