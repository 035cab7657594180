import * as core from '@actions/core';
import { InputError } from '../engine/input-error.js';
import {
  CLIENT_IDENTIFIER_FORM,
  domainUrlProblem,
  KEYLESS_VARIABLES,
  splitClientIdentifier,
} from '../oci/keyless-credentials.js';
import type { KeylessNames } from '../oci/oidc-exchange.js';

/** The action's keyless inputs, and the variables they set for the step's process. */
export const KEYLESS_INPUTS: KeylessNames = {
  domainUrl: 'oidc-domain-url',
  clientIdentifier: 'oidc-client-identifier',
  audience: 'oidc-audience',
};

const FIELDS = Object.keys(KEYLESS_INPUTS) as Array<keyof KeylessNames>;

/**
 * Reads and checks the `oidc-*` inputs, masks the client secret, and sets the OCI_OIDC_*
 * variables of this process from them, so that every OCI client of the step (the backend,
 * `oci://` notebook sources, the post step's) signs in the same way. Inputs left empty keep what
 * the workflow's env gives. Returns how each setting was given, for errors.
 */
export function applyKeylessInputs(env: Record<string, string | undefined> = process.env): KeylessNames {
  const given: Record<keyof KeylessNames, string> = {
    domainUrl: core.getInput(KEYLESS_INPUTS.domainUrl).trim(),
    clientIdentifier: core.getInput(KEYLESS_INPUTS.clientIdentifier).trim(),
    audience: core.getInput(KEYLESS_INPUTS.audience).trim(),
  };
  if (given.clientIdentifier) {
    core.setSecret(given.clientIdentifier);
    const client = splitClientIdentifier(given.clientIdentifier);
    if (!client) throw new InputError(KEYLESS_INPUTS.clientIdentifier, `${CLIENT_IDENTIFIER_FORM}; pass it from a secret`);
    core.setSecret(client.clientSecret);
  }
  if (given.domainUrl) {
    const problem = domainUrlProblem(given.domainUrl);
    if (problem) throw new InputError(KEYLESS_INPUTS.domainUrl, problem);
  }
  const domainUrl = given.domainUrl || env[KEYLESS_VARIABLES.domainUrl];
  const clientIdentifier = given.clientIdentifier || env[KEYLESS_VARIABLES.clientIdentifier];
  if (given.domainUrl && !clientIdentifier) {
    throw new InputError(KEYLESS_INPUTS.clientIdentifier, `required with ${KEYLESS_INPUTS.domainUrl}: client_id:client_secret of the identity domain's confidential application, from a secret`);
  }
  if (given.clientIdentifier && !domainUrl) {
    throw new InputError(KEYLESS_INPUTS.domainUrl, `required with ${KEYLESS_INPUTS.clientIdentifier}: the identity domain's URL`);
  }
  const names = { ...KEYLESS_VARIABLES };
  for (const field of FIELDS) {
    if (!given[field]) continue;
    env[KEYLESS_VARIABLES[field]] = given[field];
    names[field] = KEYLESS_INPUTS[field];
  }
  return names;
}
