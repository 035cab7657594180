import * as common from 'oci-common';
import { DataScienceClient } from 'oci-datascience';
import { LogSearchClient } from 'oci-loggingsearch';
import { ObjectStorageClient } from 'oci-objectstorage';
import { credentialsFromEnvironment, type OciCredentials } from './credentials.js';
import { DEFAULT_RETRY_POLICY, sdkRetryConfiguration, type RetryPolicy } from './retry-policy.js';

/** The three OCI services a notebook run touches, signed with one set of credentials. */
export interface OciClients {
  credentials: OciCredentials;
  dataScience: DataScienceClient;
  objectStorage: ObjectStorageClient;
  logSearch: LogSearchClient;
  /** Object Storage's base URL, to turn a pre-authenticated request's path into a full URL. */
  objectStorageEndpoint: string;
  close(): void;
}

type Environment = Record<string, string | undefined>;

/** Base URLs (`http(s)://host:port`) for private endpoints, other realms and the emulator. */
export const ENDPOINT_VARIABLES = {
  dataScience: 'OCI_DATA_SCIENCE_ENDPOINT',
  objectStorage: 'OCI_OBJECT_STORAGE_ENDPOINT',
  logSearch: 'OCI_LOGGING_SEARCH_ENDPOINT',
} as const;

export async function createOciClients(
  env: Environment = process.env,
  retryPolicy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<OciClients> {
  const credentials = await credentialsFromEnvironment(env);
  const configuration: common.ClientConfiguration = {
    retryConfiguration: sdkRetryConfiguration(retryPolicy),
    // Our retries already back off; a breaker shared by parallel runs would fail them all after a blip.
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  };
  const params = { authenticationDetailsProvider: credentials.provider };
  const dataScience = new DataScienceClient(params, configuration);
  const objectStorage = new ObjectStorageClient(params, configuration);
  const logSearch = new LogSearchClient(params, configuration);
  for (const client of [dataScience, objectStorage, logSearch]) client.region = credentials.region;
  // Endpoints last: setting a region rewrites them.
  overrideEndpoint(dataScience, env[ENDPOINT_VARIABLES.dataScience], ENDPOINT_VARIABLES.dataScience);
  overrideEndpoint(objectStorage, env[ENDPOINT_VARIABLES.objectStorage], ENDPOINT_VARIABLES.objectStorage);
  overrideEndpoint(logSearch, env[ENDPOINT_VARIABLES.logSearch], ENDPOINT_VARIABLES.logSearch);
  return {
    credentials,
    dataScience,
    objectStorage,
    logSearch,
    objectStorageEndpoint: (env[ENDPOINT_VARIABLES.objectStorage] ?? objectStorage.endpoint).replace(/\/+$/, ''),
    close() {
      for (const client of [dataScience, objectStorage, logSearch]) client.close();
    },
  };
}

function overrideEndpoint(client: { endpoint: string }, base: string | undefined, variable: string): void {
  if (!base) return;
  if (!/^https?:\/\/[^/\s]+\/?$/.test(base)) {
    throw new Error(`${variable}: expected a base URL such as https://host:port (the SDK adds the API version), got "${base}".`);
  }
  client.endpoint = base.replace(/\/+$/, '');
}
