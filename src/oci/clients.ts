import * as common from 'oci-common';
import type { DataScienceClient } from 'oci-datascience';
import type { LoggingManagementClient } from 'oci-logging';
import type { LogSearchClient } from 'oci-loggingsearch';
import type { ObjectStorageClient } from 'oci-objectstorage';
import { credentialsFromEnvironment, type CredentialOptions, type OciCredentials } from './credentials.js';
import { DEFAULT_RETRY_POLICY, sdkRetryConfiguration, type RetryPolicy } from './retry-policy.js';

/** The OCI services a notebook run touches, signed with one set of credentials. */
export interface OciClients {
  credentials: OciCredentials;
  /** Each client can be used once its service is loaded: always, unless created `lazy`; see `use`. */
  readonly dataScience: DataScienceClient;
  readonly objectStorage: ObjectStorageClient;
  readonly logSearch: LogSearchClient;
  /** Logging's management API: a log group's compartment, and deleting the logs jobs created. */
  readonly logging: LoggingManagementClient;
  /** How each call is retried by the SDK; the engine's own retries around whole steps back off alike. */
  readonly retryPolicy?: RetryPolicy;
  /** Object Storage's base URL, to turn a pre-authenticated request's path into a full URL. */
  readonly objectStorageEndpoint: string;
  /** Loads these services' SDK packages (each once) and makes their clients. */
  use(...services: OciService[]): Promise<void>;
  close(): void;
}

export type OciService = 'dataScience' | 'objectStorage' | 'logSearch' | 'logging';

type Environment = Record<string, string | undefined>;
type SdkClient = DataScienceClient | ObjectStorageClient | LogSearchClient | LoggingManagementClient;
type ClientParams = common.AuthParams;

/** Base URLs (`http(s)://host:port`) for private endpoints, other realms and the emulator. */
export const ENDPOINT_VARIABLES = {
  dataScience: 'OCI_DATA_SCIENCE_ENDPOINT',
  objectStorage: 'OCI_OBJECT_STORAGE_ENDPOINT',
  logSearch: 'OCI_LOGGING_SEARCH_ENDPOINT',
  logging: 'OCI_LOGGING_ENDPOINT',
} as const;

/** Each service's package is large; a front door in a hurry loads only what its next call needs. */
const CLIENT_CLASSES: Record<OciService, () => Promise<new (params: ClientParams, configuration: common.ClientConfiguration) => SdkClient>> = {
  dataScience: async () => (await import('oci-datascience')).DataScienceClient,
  objectStorage: async () => (await import('oci-objectstorage')).ObjectStorageClient,
  logSearch: async () => (await import('oci-loggingsearch')).LogSearchClient,
  logging: async () => (await import('oci-logging')).LoggingManagementClient,
};

export interface OciClientsOptions {
  /** Load each service on first `use` instead of the three every run needs now (faster start-up for the CLI and the action). */
  lazy?: boolean;
  /** Secrets to mask, and how the user named keyless settings. */
  credentials?: CredentialOptions;
}

export async function createOciClients(
  env: Environment = process.env,
  retryPolicy: RetryPolicy = DEFAULT_RETRY_POLICY,
  options: OciClientsOptions = {},
): Promise<OciClients> {
  const credentials = await credentialsFromEnvironment(env, options.credentials);
  for (const service of Object.keys(ENDPOINT_VARIABLES) as OciService[]) checkEndpoint(env, service);
  const configuration: common.ClientConfiguration = {
    retryConfiguration: sdkRetryConfiguration(retryPolicy),
    // Our retries already back off; a breaker shared by parallel runs would fail them all after a blip.
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  };
  // One signer for every service; the SDK would make (and parse the key for) one per client.
  const params: ClientParams = credentials.signer
    ? { httpClient: new common.FetchHttpClient(credentials.signer, null) }
    : { authenticationDetailsProvider: credentials.provider };
  const made = new Map<OciService, SdkClient>();
  const loading = new Map<OciService, Promise<void>>();
  const load = (service: OciService): Promise<void> => {
    let promise = loading.get(service);
    if (!promise) {
      promise = CLIENT_CLASSES[service]().then((ClientClass) => {
        const client = new ClientClass(params, configuration);
        client.region = credentials.region;
        // Endpoints last: setting a region rewrites them.
        const base = env[ENDPOINT_VARIABLES[service]];
        if (base) client.endpoint = base.replace(/\/+$/, '');
        made.set(service, client);
      });
      loading.set(service, promise);
    }
    return promise;
  };
  const client = <T extends SdkClient>(service: OciService): T => {
    const found = made.get(service);
    if (!found) throw new Error(`OCI ${service} client used before \`use('${service}')\` loaded it`);
    return found as T;
  };
  const clients: OciClients = {
    credentials,
    retryPolicy,
    get dataScience() {
      return client<DataScienceClient>('dataScience');
    },
    get objectStorage() {
      return client<ObjectStorageClient>('objectStorage');
    },
    get logSearch() {
      return client<LogSearchClient>('logSearch');
    },
    get logging() {
      return client<LoggingManagementClient>('logging');
    },
    get objectStorageEndpoint() {
      return (env[ENDPOINT_VARIABLES.objectStorage] ?? client<ObjectStorageClient>('objectStorage').endpoint).replace(/\/+$/, '');
    },
    async use(...services) {
      await Promise.all(services.map(load));
    },
    close() {
      for (const sdkClient of made.values()) sdkClient.close();
    },
  };
  if (!options.lazy) await clients.use('dataScience', 'objectStorage', 'logSearch');
  return clients;
}

/** An override is a base URL; the SDK adds the API version itself. */
function checkEndpoint(env: Environment, service: OciService): void {
  const variable = ENDPOINT_VARIABLES[service];
  const base = env[variable];
  if (base && !/^https?:\/\/[^/\s]+\/?$/.test(base)) {
    throw new Error(`${variable}: expected a base URL such as https://host:port (the SDK adds the API version), got "${base}".`);
  }
}
