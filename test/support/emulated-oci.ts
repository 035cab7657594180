import { OciJobBackend, type OciJobBackendOptions } from '../../src/backends/oci/oci-job-backend.js';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/emulator.js';

/** Quick polls and short settling, so end-to-end tests wait on the notebooks, not the schedule. */
export const FAST_FOLLOW: OciJobBackendOptions = {
  pollSchedule: { initialMs: 100, factor: 1.5, maxMs: 500 },
  logSettleMs: 10_000,
  cancelWaitMs: 30_000,
};

/** Runs start at once and their lines are searchable at once: for tests of other things than OCI's delays. */
export const FAST_EMULATOR = { startDelayMs: 50, logDelayMs: 0 } as const;

export const FAST_RETRIES = { maxAttempts: 8, baseDelaySeconds: 0.02, maxDelaySeconds: 0.2 };

export interface EmulatedOci {
  emulator: Emulator;
  clients: OciClients;
  backend: OciJobBackend;
  close(): Promise<void>;
}

/**
 * The emulator, and the real SDK clients and backend pointed at it through its env. Fast by
 * default; give the strict delays and the follower's defaults to test against OCI's own timing.
 */
export async function startEmulatedOci(options: EmulatorOptions = {}, backendOptions: OciJobBackendOptions = FAST_FOLLOW): Promise<EmulatedOci> {
  const emulator = await startEmulator({ ...FAST_EMULATOR, ...options });
  const clients = await createOciClients(emulator.env, FAST_RETRIES);
  return {
    emulator,
    clients,
    backend: new OciJobBackend(clients, backendOptions),
    async close() {
      clients.close();
      await emulator.close();
    },
  };
}

/** Counts the calls the emulator answered for an operation, by method and path. */
export function callsTo(emulator: Emulator, method: string, path: RegExp): number {
  return emulator.requests.filter((request) => request.method === method && path.test(request.path)).length;
}
