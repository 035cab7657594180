import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_CLOCK, type Clock } from '../engine/clock.js';
import { findJupyterPython } from '../jupyter/python.js';
import { jobRoutes } from './data-science-jobs.js';
import { DataScienceStore } from './data-science-model.js';
import { emulatorState, emulatorStateRoutes, STATE_PATH, type EmulatorState } from './emulator-state.js';
import { jobRunRoutes } from './data-science-runs.js';
import { FaultInjector, type FaultOptions } from './faults.js';
import { GitHubIdTokenService, ID_TOKEN_PATH } from './github-id-tokens.js';
import { createEmulatorServer, type RecordedRequest } from './http-server.js';
import { IdentityDomain } from './identity-domain.js';
import { JobRunLifecycle, type RunFaultOptions } from './job-run-lifecycle.js';
import { LogStore } from './log-store.js';
import { loggingManagementRoutes } from './logging-management.js';
import { loggingSearchRoutes } from './logging-search.js';
import { objectStorageRoutes } from './object-storage.js';
import { ObjectStore } from './object-store.js';
import { preauthenticatedRequestRoutes } from './pre-authenticated-requests.js';
import { newOcid } from './ocid.js';
import { DEFAULT_MAX_UPLOAD_BYTES } from './request-body.js';
import { RetryTokenCache } from './retry-tokens.js';
import { makeRsaKeyPair, SessionTokenAuthority } from './session-tokens.js';
import { Tenancy } from './tenancy.js';

export type { EmulatorState, JobRunVmTime } from './emulator-state.js';
export type { FaultOptions } from './faults.js';
export type { RunFaultOptions } from './job-run-lifecycle.js';

export interface EmulatorOptions {
  /** 0 (default) = a free port. */
  port?: number;
  /** Interpreter for `.py` entrypoints; default $OCI_EMULATOR_PYTHON, else findJupyterPython(), else python3. */
  python?: string;
  faults?: FaultOptions;
  /** Run faults: NEEDS_ATTENTION instead of a start. */
  runFaults?: RunFaultOptions;
  /**
   * ACCEPTED → IN_PROGRESS, as OCI provisions a machine: `logDetails` appear only then. Default
   * 20 s (OCI takes minutes); tests that need speed lower it.
   */
  startDelayMs?: number;
  /** Log entries become searchable only this long after they were written, as OCI Logging ingests late. Default 40 s. */
  logDelayMs?: number;
  /** A log search matching more entries than this is refused as "too large". Default 10,000. */
  maxSearchResults?: number;
  /** The emulator's time: run times, log times, delays. Tests share a faster one with the engine. */
  clock?: Clock;
  /** Where job runs are unpacked. Default: a fresh temporary directory, removed by close(). */
  workDir?: string;
  /** Lifetime of the session tokens the identity domain issues. Default 3600 s; a few seconds exercises renewal. */
  sessionTokenSeconds?: number;
  /** The largest upload (job artifact, object, PUT through a pre-authenticated request) accepted, in bytes. Default 1 GiB. */
  maxUploadBytes?: number;
}

export interface Emulator {
  url: string;
  port: number;
  region: string;
  namespace: string;
  tenancyId: string;
  compartmentId: string;
  /** The log group's compartment, another than the jobs'. */
  logCompartmentId: string;
  projectId: string;
  logGroupId: string;
  outputBucket: string;
  /** Everything a client needs: credentials, endpoints and the emulator's resources. */
  env: Record<string, string>;
  setFaults(faults: FaultOptions | undefined): void;
  /** Faults of the runs accepted from now on (NEEDS_ATTENTION); undefined turns them off. */
  setRunFaults(faults: RunFaultOptions | undefined): void;
  /** Every request seen, for tests that count calls. */
  requests: ReadonlyArray<RecordedRequest>;
  /** Keyless sign-in: the identity domain (confidential app, trust, token exchange) ... */
  identityDomain: IdentityDomain;
  /** ... and the stand-in for GitHub's ID-token service whose tokens its trust accepts. */
  github: GitHubIdTokenService;
  /** Variables of a resource principal (version 2.2), as OCI Functions sets them, with a session token this emulator accepts. */
  resourcePrincipalEnv(lifetimeSeconds?: number): Promise<Record<string, string>>;
  /** Every job run with its VM-time (acceptance to end, by the emulator's clock) and the totals; as `GET <url>/_emulator/state` answers. */
  state(): EmulatorState;
  /** `<url>/_emulator/state`. */
  stateUrl: string;
  /** Refuses new job runs (503), stops the server, then kills running jobs and waits for them. */
  close(): Promise<void>;
}

const REGION = 'us-ashburn-1';
/** As strict as OCI by default: runs wait to start, and log lines arrive late (ADS expects both). */
export const STRICT_DELAYS = { startDelayMs: 20_000, logDelayMs: 40_000 } as const;
const OUTPUT_BUCKET = 'notebook-outputs';
const STOP_GRACE_MS = 2000;

function randomNamespace(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return 'emu' + Array.from({ length: 9 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

function apiKey() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const fingerprint = createHash('md5').update(der).digest('hex').match(/../g)!.join(':');
  return { publicKey, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, fingerprint };
}

function pythonFinder(requested: string | undefined): () => Promise<string> {
  let found: Promise<string> | undefined;
  return () => {
    const explicit = requested ?? process.env.OCI_EMULATOR_PYTHON;
    found ??= explicit ? Promise.resolve(explicit) : findJupyterPython().catch(() => 'python3');
    return found;
  };
}

/** Starts the emulator on 127.0.0.1 with a fresh tenancy, API key, project, log group (in a compartment of its own) and output bucket. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const tenancy = new Tenancy(REGION);
  const key = apiKey();
  const namespace = randomNamespace();
  const ownWorkDir = options.workDir === undefined;
  const workDir = options.workDir ?? (await mkdtemp(join(tmpdir(), 'oci-emulator-')));

  const objects = new ObjectStore(namespace, REGION);
  objects.createBucket({
    name: OUTPUT_BUCKET,
    compartmentId: tenancy.compartmentId,
    createdBy: tenancy.userId,
    metadata: {},
    publicAccessType: 'NoPublicAccess',
    storageTier: 'Standard',
    versioning: 'Disabled',
    freeformTags: {},
    definedTags: {},
  });
  const clock = options.clock ?? SYSTEM_CLOCK;
  const logs = new LogStore(options.logDelayMs ?? STRICT_DELAYS.logDelayMs, clock);
  const dataScience = new DataScienceStore();
  const lifecycle = new JobRunLifecycle(tenancy, dataScience, logs, {
    startDelayMs: options.startDelayMs ?? STRICT_DELAYS.startDelayMs,
    clock,
    stopGraceMs: STOP_GRACE_MS,
    workDir,
    python: pythonFinder(options.python),
  });
  lifecycle.runFaults = options.runFaults;
  const faults = new FaultInjector(options.faults);
  const requests: RecordedRequest[] = [];
  const sessionTokens = new SessionTokenAuthority(tenancy.tenancyId);
  const github = new GitHubIdTokenService(() => sessionTokens.prepare());
  const identityDomain = new IdentityDomain(sessionTokens, github, { sessionTokenSeconds: options.sessionTokenSeconds });
  let url = '';
  const state = () => emulatorState(dataScience, lifecycle.now());
  const routes = [
    ...emulatorStateRoutes(state),
    ...identityDomain.routes(),
    ...github.routes(),
    ...jobRoutes(tenancy, dataScience, lifecycle),
    ...jobRunRoutes(tenancy, dataScience, lifecycle),
    ...preauthenticatedRequestRoutes(objects, () => url),
    ...objectStorageRoutes(objects, tenancy),
    ...loggingSearchRoutes(tenancy, logs, options.maxSearchResults ?? 10_000),
    ...loggingManagementRoutes(tenancy),
  ];
  const server = createEmulatorServer(routes, {
    identity: { keyId: `${tenancy.tenancyId}/${tenancy.userId}/${key.fingerprint}`, publicKey: key.publicKey, sessionTokens },
    faults,
    retryTokens: new RetryTokenCache(),
    requests,
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // EADDRINUSE and the like: nothing was started, so nothing is left behind either.
    if (ownWorkDir) await rm(workDir, { recursive: true, force: true });
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}`;

  const env: Record<string, string> = {
    OCI_CLI_USER: tenancy.userId,
    OCI_CLI_TENANCY: tenancy.tenancyId,
    OCI_CLI_FINGERPRINT: key.fingerprint,
    OCI_CLI_KEY_CONTENT: key.privateKeyPem,
    OCI_CLI_REGION: REGION,
    OCI_DATA_SCIENCE_ENDPOINT: url,
    OCI_OBJECT_STORAGE_ENDPOINT: url,
    OCI_LOGGING_SEARCH_ENDPOINT: url,
    OCI_LOGGING_ENDPOINT: url,
    OCI_COMPARTMENT_ID: tenancy.compartmentId,
    OCI_LOG_COMPARTMENT_ID: tenancy.logCompartmentId,
    OCI_PROJECT_ID: tenancy.projectId,
    OCI_LOG_GROUP_ID: tenancy.logGroupId,
    OCI_OUTPUT_URI: `oci://${OUTPUT_BUCKET}@${namespace}/runs`,
    OCI_NAMESPACE: namespace,
    // Keyless: without OCI_CLI_USER, OCI_CLI_FINGERPRINT and OCI_CLI_KEY_CONTENT, these sign in instead.
    OCI_OIDC_DOMAIN_URL: url,
    OCI_OIDC_CLIENT_IDENTIFIER: identityDomain.clientIdentifier,
    ACTIONS_ID_TOKEN_REQUEST_URL: `${url}${ID_TOKEN_PATH}?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken,
  };

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    region: REGION,
    namespace,
    tenancyId: tenancy.tenancyId,
    compartmentId: tenancy.compartmentId,
    logCompartmentId: tenancy.logCompartmentId,
    projectId: tenancy.projectId,
    logGroupId: tenancy.logGroupId,
    outputBucket: OUTPUT_BUCKET,
    env,
    requests,
    identityDomain,
    github,
    async resourcePrincipalEnv(lifetimeSeconds = 3600) {
      const { publicKey, privateKey } = await makeRsaKeyPair();
      const rpst = await sessionTokens.issue({
        kind: 'rpst',
        subject: newOcid('fnfunc', REGION),
        publicKey,
        lifetimeSeconds,
        claims: { res_compartment: tenancy.compartmentId, res_type: 'fnfunc' },
      });
      return {
        OCI_RESOURCE_PRINCIPAL_VERSION: '2.2',
        OCI_RESOURCE_PRINCIPAL_RPST: rpst,
        OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
        OCI_RESOURCE_PRINCIPAL_REGION: REGION,
      };
    },
    state,
    stateUrl: `${url}${STATE_PATH}`,
    setFaults: (next) => faults.set(next),
    setRunFaults: (next) => {
      lifecycle.runFaults = next;
    },
    close() {
      closing ??= (async () => {
        // In this order, so that no run is created after the runs to end have been counted.
        lifecycle.refuseNewRuns();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await lifecycle.close();
        if (ownWorkDir) await rm(workDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}

/** Single-quotes a value for POSIX shells; multi-line values (the PEM) survive intact. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Writes `env` so that `set -a; . FILE; set +a` in bash loads it. The file holds a private key: mode 600. */
export async function writeEnvFile(emulator: Emulator, file: string): Promise<void> {
  const lines = Object.entries(emulator.env).map(([name, value]) => `${name}=${shellQuote(value)}`);
  await writeFile(file, `# OCI emulator at ${emulator.url}\n${lines.join('\n')}\n`, { mode: 0o600 });
}
