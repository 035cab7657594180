import * as core from '@actions/core';

/** Secret values among the OCI and cloud variables a run reads. */
const SECRET_VARIABLES = [
  'OCI_CLI_KEY_CONTENT',
  'OCI_CLI_PASSPHRASE',
  'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM',
  'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE',
  'OCI_RESOURCE_PRINCIPAL_RPST',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
  'AZURE_STORAGE_KEY',
  'AZURE_STORAGE_SAS_TOKEN',
  'AZURE_STORAGE_CONNECTION_STRING',
];

/**
 * Registers every credential with the runner before anything can print it. The runner masks a
 * multi-line value only line by line, so each line of a PEM key is registered too.
 */
export function maskCredentials(env: Record<string, string | undefined>): void {
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    core.setSecret(value);
    for (const line of value.split(/\r?\n/)) {
      if (line.trim().length >= 8 && !/^-----(BEGIN|END) /.test(line.trim())) core.setSecret(line.trim());
    }
  }
}
