import * as common from 'oci-common';
import { DataScienceClient } from 'oci-datascience';
import { LoggingManagementClient } from 'oci-logging';
import { LogSearchClient } from 'oci-loggingsearch';
import { ObjectStorageClient } from 'oci-objectstorage';
import type { Emulator } from '../../src/emulator/index.js';

/** The SDK's own auth provider, fed from the emulator's environment as a user's would be. */
export function authFrom(env: Record<string, string>): common.SimpleAuthenticationDetailsProvider {
  return new common.SimpleAuthenticationDetailsProvider(
    env.OCI_CLI_TENANCY!,
    env.OCI_CLI_USER!,
    env.OCI_CLI_FINGERPRINT!,
    env.OCI_CLI_KEY_CONTENT!,
    null,
    common.Region.fromRegionId(env.OCI_CLI_REGION!),
  );
}

/** SDK retries as configured by default (8 attempts) but without the seconds of backoff. */
export const fastRetries: common.RetryConfiguration = {
  terminationStrategy: new common.MaxAttemptsTerminationStrategy(8),
  delayStrategy: new common.FixedTimeDelayStrategy(0.02),
};

export const noRetries: common.RetryConfiguration = {
  terminationStrategy: new common.MaxAttemptsTerminationStrategy(1),
};

export interface ClientSet {
  dataScience: DataScienceClient;
  objectStorage: ObjectStorageClient;
  logSearch: LogSearchClient;
  logging: LoggingManagementClient;
}

export function sdkClients(
  emulator: Emulator,
  retryConfiguration: common.RetryConfiguration = noRetries,
  env: Record<string, string> = emulator.env,
): ClientSet {
  const params = { authenticationDetailsProvider: authFrom(env) };
  // Each client gets its own disabled breaker: tests inject faults on purpose.
  const configuration = () => ({
    retryConfiguration,
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  });
  const dataScience = new DataScienceClient(params, configuration());
  const objectStorage = new ObjectStorageClient(params, configuration());
  const logSearch = new LogSearchClient(params, configuration());
  const logging = new LoggingManagementClient(params, configuration());
  dataScience.endpoint = emulator.url;
  objectStorage.endpoint = emulator.url;
  logSearch.endpoint = emulator.url;
  logging.endpoint = emulator.url;
  return { dataScience, objectStorage, logSearch, logging };
}

/** The OCI error the SDK threw, for asserting on serviceCode and statusCode. */
export async function ociError(promise: Promise<unknown>): Promise<common.OciError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof common.OciError) return error;
    throw error;
  }
  throw new Error('expected the SDK call to fail');
}

/** The `{code, message}` body of an error answered to a plain fetch. */
export async function errorBody(response: Response): Promise<{ code: string; message: string }> {
  return (await response.json()) as { code: string; message: string };
}

/** Signs a request with the SDK's own signer, as its clients do, and returns the headers it set. */
export async function signedHeaders(emulator: Emulator, method: common.Method, path: string, body?: string, excludeBody = false): Promise<Headers> {
  const headers = new Headers();
  if (body !== undefined) headers.set('content-type', 'application/json');
  const signer = new common.DefaultRequestSigner(authFrom(emulator.env));
  await signer.signHttpRequest({ method, uri: `${emulator.url}${path}`, headers, body }, excludeBody);
  return headers;
}
