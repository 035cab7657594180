import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as common from 'oci-common';
import { ApiKeyRequestSigner, type ApiKey } from './request-signer.js';

/** The API-key variables Oracle's own GitHub Actions read. */
export const API_KEY_VARIABLES = ['OCI_CLI_USER', 'OCI_CLI_TENANCY', 'OCI_CLI_FINGERPRINT', 'OCI_CLI_REGION'] as const;

export class CredentialsError extends Error {}

export type CredentialSource = 'api-key' | 'config-file' | 'resource-principal';

export interface OciCredentials {
  source: CredentialSource;
  provider: common.AuthenticationDetailsProvider;
  region: common.Region;
  /** For API keys: a signer holding the parsed key. Other sources sign through the SDK's own signer. */
  signer?: common.RequestSigner;
}

type Environment = Record<string, string | undefined>;

/**
 * Credentials, first found wins: the OCI_CLI_* API-key variables; resource principal
 * (inside OCI Functions and job runs); an OCI config file (OCI_CONFIG_FILE or ~/.oci/config).
 */
export async function credentialsFromEnvironment(env: Environment = process.env): Promise<OciCredentials> {
  if (API_KEY_VARIABLES.some((name) => env[name]) || env.OCI_CLI_KEY_CONTENT || env.OCI_CLI_KEY_FILE) {
    return apiKeyCredentials(env);
  }
  if (env.OCI_RESOURCE_PRINCIPAL_VERSION) return resourcePrincipalCredentials();
  const configFile = env.OCI_CONFIG_FILE ?? join(homedir(), '.oci', 'config');
  if (existsSync(configFile)) return configFileCredentials(configFile, env.OCI_CLI_PROFILE ?? 'DEFAULT', env);
  throw new CredentialsError(
    'No OCI credentials found. Set OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_REGION and ' +
      'OCI_CLI_KEY_CONTENT (or OCI_CLI_KEY_FILE), or point OCI_CONFIG_FILE at an OCI config file, ' +
      'or run inside OCI with a resource principal.',
  );
}

function apiKeyCredentials(env: Environment): OciCredentials {
  const missing: string[] = API_KEY_VARIABLES.filter((name) => !env[name]);
  if (!env.OCI_CLI_KEY_CONTENT && !env.OCI_CLI_KEY_FILE) missing.push('OCI_CLI_KEY_CONTENT or OCI_CLI_KEY_FILE');
  if (missing.length > 0) {
    throw new CredentialsError(`Incomplete OCI API key credentials: set ${missing.join(', ')}.`);
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
  // The SDK signs such a profile as an API key without a user, which OCI refuses with a bare 401.
  if (provider.sessionToken) {
    throw new CredentialsError(
      `OCI config file ${file}, profile ${profile}: session tokens (security_token_file, from \`oci session authenticate\`) are not supported; ` +
        'use a profile with an API key (user, fingerprint, key_file), or the OCI_CLI_* variables.',
    );
  }
  const signer = apiKeySigner(`the key_file of profile ${profile} in ${file}`, {
    keyId: await provider.getKeyId(),
    privateKey: provider.getPrivateKey(),
    passphrase: provider.getPassphrase(),
  });
  return { source: 'config-file', provider, region, signer };
}

function apiKeySigner(keyName: string, apiKey: ApiKey): ApiKeyRequestSigner {
  try {
    return new ApiKeyRequestSigner(apiKey);
  } catch (error) {
    // Node's message names the problem (bad PEM, wrong or missing passphrase), never the key itself.
    const hint = apiKey.passphrase ? '' : '; an encrypted key needs its passphrase (OCI_CLI_PASSPHRASE, or pass_phrase in a config file)';
    throw new CredentialsError(`${keyName}: not a usable PEM private key (${(error as Error).message})${hint}.`);
  }
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
