import * as core from '@actions/core';
import type { Backend } from '../backends/backend.js';
import { InputError } from '../engine/input-values.js';
import type { ActionSettings } from './inputs.js';

/** The backend the inputs ask for; each backend's code (and the OCI SDK) loads only when chosen. */
export async function createBackend(settings: ActionSettings): Promise<Backend> {
  if (settings.backend === 'local') {
    const { LocalJupyterBackend, LocalJupyterError } = await import('../backends/local/index.js');
    const backend = new LocalJupyterBackend({ python: settings.python, kernel: settings.kernel, isolation: settings.isolation });
    try {
      // Missing Python, Jupyter or kernel: said once, before anything runs.
      await backend.check();
    } catch (error) {
      if (error instanceof LocalJupyterError) throw new InputError(error.option, error.message);
      throw error;
    }
    return backend;
  }
  const [{ createOciClients }, { OciJobBackend }, { CredentialsError }] = await Promise.all([
    import('../oci/clients.js'),
    import('../backends/oci/oci-job-backend.js'),
    import('../oci/credentials.js'),
  ]);
  try {
    return new OciJobBackend(await createOciClients(process.env, undefined, { lazy: true }), { onSecret: (value) => core.setSecret(value) });
  } catch (error) {
    if (error instanceof CredentialsError) throw new InputError('credentials', error.message);
    throw error;
  }
}
