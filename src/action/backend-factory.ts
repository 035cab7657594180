import * as core from '@actions/core';
import type { Backend } from '../backends/backend.js';
import type { SubmissionLedger } from '../backends/oci/submission-ledger.js';
import { InputError } from '../engine/input-values.js';
import type { KeylessNames } from '../oci/oidc-exchange.js';
import { maskSecret } from './credentials-mask.js';
import type { ActionSettings } from './inputs.js';
import { KEYLESS_INPUTS } from './keyless-inputs.js';

/** The backend the inputs ask for; each backend's code (and the OCI SDK) loads only when chosen. */
export async function createBackend(settings: ActionSettings, keylessNames?: KeylessNames, ledger?: SubmissionLedger): Promise<Backend> {
  if (settings.backend === 'local') {
    const { LocalJupyterBackend, LocalJupyterError } = await import('../backends/local/index.js');
    const { python, kernel, installRequirements, isolation } = settings;
    const backend = new LocalJupyterBackend({ python, kernel, installRequirements, isolation });
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
    const clients = await createOciClients(process.env, undefined, { lazy: true, credentials: { onSecret: maskSecret, keylessNames } });
    if (keylessNames?.domainUrl === KEYLESS_INPUTS.domainUrl && clients.credentials.source !== 'oidc-exchange') {
      core.warning(
        `${KEYLESS_INPUTS.domainUrl} is set, but so are OCI API key variables (OCI_CLI_USER, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT or OCI_CLI_KEY_FILE), ` +
          'which come first: signing in with the API key. Remove them from the step to sign in keyless.',
      );
    }
    return new OciJobBackend(clients, { onSecret: (value) => core.setSecret(value), deleteJob: settings.deleteJob, ledger });
  } catch (error) {
    if (error instanceof CredentialsError) throw new InputError('credentials', error.message);
    throw error;
  }
}
