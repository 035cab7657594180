import { createPrivateKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as common from 'oci-common';
import { CredentialsError } from './credentials-error.js';
import { KEYLESS_VARIABLES, keylessRequested, keylessSettings, keylessSigner } from './keyless-credentials.js';
import type { KeylessNames } from './oidc-exchange.js';
import { ApiKeyRequestSigner, type ApiKey } from './request-signer.js';
import { describeExpiry, parseSessionToken, SessionTokenFormatError, type SessionToken } from './session-token.js';
import { SessionTokenRequestSigner } from './session-token-signer.js';

export { CredentialsError } from './credentials-error.js';

/** The API-key variables Oracle's own GitHub Actions read. */
export const API_KEY_VARIABLES = ['OCI_CLI_USER', 'OCI_CLI_TENANCY', 'OCI_CLI_FINGERPRINT', 'OCI_CLI_REGION'] as const;

/** The variables only an API key uses: tenancy and region also say where a keyless sign-in goes. */
const API_KEY_ONLY_VARIABLES = ['OCI_CLI_USER', 'OCI_CLI_FINGERPRINT', 'OCI_CLI_KEY_CONTENT', 'OCI_CLI_KEY_FILE'] as const;

export type CredentialSource = 'api-key' | 'config-file' | 'session-token' | 'resource-principal' | 'oidc-exchange';

interface CredentialsBase {
  source: CredentialSource;
  region: common.Region;
}

/** A signer holding the parsed key (API keys, session tokens), or the SDK's provider to sign with its own signer. */
export type OciCredentials = CredentialsBase &
  ({ signer: common.RequestSigner; provider?: common.AuthenticationDetailsProvider } | { signer?: undefined; provider: common.AuthenticationDetailsProvider });

export interface CredentialOptions {
  /** Told every secret made while signing in (ID tokens, session tokens, ephemeral keys) before anything can print it. */
  onSecret?: (value: string) => void;
  /** How the user gave each keyless setting (the action's inputs), for errors; default the OCI_OIDC_* variables. */
  keylessNames?: Partial<KeylessNames>;
}

type Environment = Record<string, string | undefined>;

/**
 * Credentials, first found wins: the OCI_CLI_* API-key variables; resource principal (inside OCI
 * Functions and job runs); keyless sign-in with the job's GitHub ID token (OCI_OIDC_DOMAIN_URL and
 * OCI_OIDC_CLIENT_IDENTIFIER); an OCI config file (OCI_CONFIG_FILE or ~/.oci/config), with an API
 * key or a session token.
 */
export async function credentialsFromEnvironment(env: Environment = process.env, options: CredentialOptions = {}): Promise<OciCredentials> {
  const keyless = keylessRequested(env);
  const apiKeyNamed = API_KEY_ONLY_VARIABLES.some((name) => env[name]) || (!keyless && API_KEY_VARIABLES.some((name) => env[name]));
  if (apiKeyNamed) return apiKeyCredentials(env, keyless);
  if (env.OCI_RESOURCE_PRINCIPAL_VERSION) return resourcePrincipalCredentials();
  if (keyless) return keylessCredentials(env, options);
  const configFile = env.OCI_CONFIG_FILE ?? join(homedir(), '.oci', 'config');
  if (existsSync(configFile)) return configFileCredentials(configFile, env.OCI_CLI_PROFILE ?? 'DEFAULT', env);
  throw new CredentialsError(
    'No OCI credentials found. Set OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_REGION and ' +
      'OCI_CLI_KEY_CONTENT (or OCI_CLI_KEY_FILE), or point OCI_CONFIG_FILE at an OCI config file, ' +
      'or sign in keyless from a GitHub workflow with OCI_OIDC_DOMAIN_URL, OCI_OIDC_CLIENT_IDENTIFIER and OCI_CLI_REGION, ' +
      'or run inside OCI with a resource principal.',
  );
}

function apiKeyCredentials(env: Environment, keylessToo: boolean): OciCredentials {
  const missing: string[] = API_KEY_VARIABLES.filter((name) => !env[name]);
  if (!env.OCI_CLI_KEY_CONTENT && !env.OCI_CLI_KEY_FILE) missing.push('OCI_CLI_KEY_CONTENT or OCI_CLI_KEY_FILE');
  if (missing.length > 0) {
    const keylessHint = keylessToo ? ` To sign in keyless with ${KEYLESS_VARIABLES.domainUrl} instead, unset ${API_KEY_ONLY_VARIABLES.filter((name) => env[name]).join(', ')}.` : '';
    throw new CredentialsError(`Incomplete OCI API key credentials: set ${missing.join(', ')}.${keylessHint}`);
  }
  const privateKey = env.OCI_CLI_KEY_CONTENT ?? readKeyFile(env.OCI_CLI_KEY_FILE!);
  const region = regionFromId(env.OCI_CLI_REGION!);
  const provider = new common.SimpleAuthenticationDetailsProvider(
    env.OCI_CLI_TENANCY!,
    env.OCI_CLI_USER!,
    env.OCI_CLI_FINGERPRINT!,
    privateKey,
    env.OCI_CLI_PASSPHRASE ?? null,
    region,
  );
  const keyVariable = env.OCI_CLI_KEY_CONTENT ? 'OCI_CLI_KEY_CONTENT' : `OCI_CLI_KEY_FILE (${env.OCI_CLI_KEY_FILE})`;
  const signer = apiKeySigner(keyVariable, {
    keyId: `${env.OCI_CLI_TENANCY}/${env.OCI_CLI_USER}/${env.OCI_CLI_FINGERPRINT}`,
    privateKey,
    passphrase: env.OCI_CLI_PASSPHRASE,
  });
  return { source: 'api-key', provider, region, signer };
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CredentialsError(`OCI_CLI_KEY_FILE: cannot read ${path} (${(error as NodeJS.ErrnoException).code}).`);
  }
}

/** Keyless: GitHub's ID token exchanged at the identity domain for session tokens, renewed as runs go on. */
async function keylessCredentials(env: Environment, options: CredentialOptions): Promise<OciCredentials> {
  const settings = keylessSettings(env, { ...KEYLESS_VARIABLES, ...options.keylessNames });
  if (!env.OCI_CLI_REGION) {
    throw new CredentialsError(`OCI_CLI_REGION: required for keyless sign-in (${settings.names.domainUrl}): the region of the jobs, such as us-ashburn-1.`);
  }
  const onSecret = options.onSecret ?? (() => undefined);
  onSecret(settings.clientSecret);
  onSecret(Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64'));
  return { source: 'oidc-exchange', region: regionFromId(env.OCI_CLI_REGION), signer: await keylessSigner(settings, onSecret) };
}

async function resourcePrincipalCredentials(): Promise<OciCredentials> {
  const provider = await common.ResourcePrincipalAuthenticationDetailsProvider.builder();
  return { source: 'resource-principal', provider, region: provider.getRegion() };
}

async function configFileCredentials(file: string, profile: string, env: Environment): Promise<OciCredentials> {
  let provider: common.ConfigFileAuthenticationDetailsProvider;
  try {
    provider = new common.ConfigFileAuthenticationDetailsProvider(file, profile);
  } catch (error) {
    throw new CredentialsError(`OCI config file ${file}, profile ${profile}: ${(error as Error).message}`);
  }
  const region = env.OCI_CLI_REGION ? regionFromId(env.OCI_CLI_REGION) : provider.getRegion();
  if (!region) throw new CredentialsError(`OCI config file ${file}, profile ${profile}: no region; set region there or OCI_CLI_REGION.`);
  // Profiles with an authentication_type (instance principal, delegation tokens) keep the SDK's signer.
  if (provider.getAuthType()) return { source: 'config-file', provider, region };
  // The SDK would sign such a profile as an API key without a user, which OCI refuses with a bare 401.
  if (provider.sessionToken) return sessionTokenProfileCredentials(file, profile, provider, region);
  const signer = apiKeySigner(`the key_file of profile ${profile} in ${file}`, {
    keyId: await provider.getKeyId(),
    privateKey: provider.getPrivateKey(),
    passphrase: provider.getPassphrase(),
  });
  return { source: 'config-file', provider, region, signer };
}

/**
 * A profile written by `oci session authenticate` or Oracle's oci-token-exchange action:
 * `security_token_file` holds the session token, `key_file` the key it is bound to. The token
 * cannot be renewed from here, so one that has expired fails now, saying how to get another.
 */
function sessionTokenProfileCredentials(
  file: string,
  profile: string,
  provider: common.ConfigFileAuthenticationDetailsProvider,
  region: common.Region,
): OciCredentials {
  const where = `OCI config file ${file}, profile ${profile}`;
  let token: SessionToken;
  try {
    token = parseSessionToken(provider.sessionToken ?? '', `the security_token_file of profile ${profile} in ${file}`);
  } catch (error) {
    if (error instanceof SessionTokenFormatError) throw new CredentialsError(`${error.message}.`);
    throw error;
  }
  const renew =
    `Renew it with \`oci session refresh --profile ${profile}\` while it is still valid, or \`oci session authenticate --profile-name ${profile}\`, ` +
    'or run again the step that wrote it; for runs that outlive a session token, sign in keyless (docs/keyless.md), which renews its token itself.';
  const expired = (when: string) => new CredentialsError(`${where}: its session token (security_token_file) expired ${describeExpiry(token.expiresAt)}${when}. ${renew}`);
  if (token.expiresAt.getTime() <= Date.now()) throw expired('');
  const privateKey = parsePrivateKey(`the key_file of profile ${profile} in ${file}`, provider.getPrivateKey(), provider.getPassphrase());
  const signer = new SessionTokenRequestSigner({
    async current() {
      if (token.expiresAt.getTime() <= Date.now()) throw expired(', while runs were being followed');
      return { token, privateKey };
    },
  });
  return { source: 'session-token', provider, region, signer };
}

function apiKeySigner(keyName: string, apiKey: ApiKey): ApiKeyRequestSigner {
  try {
    return new ApiKeyRequestSigner(apiKey);
  } catch (error) {
    throw unusableKey(keyName, error, apiKey.passphrase);
  }
}

function parsePrivateKey(keyName: string, pem: string, passphrase: string | null | undefined): KeyObject {
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase: passphrase ?? undefined });
  } catch (error) {
    throw unusableKey(keyName, error, passphrase);
  }
}

function unusableKey(keyName: string, error: unknown, passphrase: string | null | undefined): CredentialsError {
  // Node's message names the problem (bad PEM, wrong or missing passphrase), never the key itself.
  const hint = passphrase ? '' : '; an encrypted key needs its passphrase (OCI_CLI_PASSPHRASE, or pass_phrase in a config file)';
  return new CredentialsError(`${keyName}: not a usable PEM private key (${(error as Error).message})${hint}.`);
}

/** A region the SDK knows, or one registered on the fly (new regions, other realms, the emulator). */
export function regionFromId(regionId: string): common.Region {
  try {
    const known = common.Region.fromRegionId(regionId);
    if (known) return known;
  } catch {
    // Unknown to this SDK version: register it below.
  }
  return common.Region.register(regionId, common.Realm.OC1);
}
