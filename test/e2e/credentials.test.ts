import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOciClients } from '../../src/oci/clients.js';
import { CredentialsError, credentialsFromEnvironment } from '../../src/oci/credentials.js';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { writeSessionTokenProfile } from '../support/session-token-profile.js';

let emulator: Emulator;
let folder: string;
beforeAll(async () => {
  emulator = await startEmulator();
  folder = mkdtempSync(join(tmpdir(), 'credentials-'));
});
afterAll(async () => {
  await emulator?.close();
});

const endpoints = () => ({
  OCI_DATA_SCIENCE_ENDPOINT: emulator.url,
  OCI_OBJECT_STORAGE_ENDPOINT: emulator.url,
  OCI_LOGGING_SEARCH_ENDPOINT: emulator.url,
});

/** A signed call the emulator only answers when the signature checks out. */
async function namespaceWith(env: Record<string, string | undefined>): Promise<string> {
  const clients = await createOciClients(env, { maxAttempts: 1, baseDelaySeconds: 0, maxDelaySeconds: 0 });
  try {
    return (await clients.objectStorage.getNamespace({})).value;
  } finally {
    clients.close();
  }
}

describe('OCI credentials', () => {
  it('signs with the OCI_CLI_* variables and the key content', async () => {
    expect(await namespaceWith({ ...emulator.env })).toBe(emulator.namespace);
  });

  it('reads the key from OCI_CLI_KEY_FILE, encrypted with OCI_CLI_PASSPHRASE', async () => {
    const keyFile = join(folder, 'encrypted.pem');
    const encrypted = createPrivateKey(emulator.env.OCI_CLI_KEY_CONTENT!).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'open sesame' });
    writeFileSync(keyFile, encrypted);
    const env = { ...emulator.env, OCI_CLI_KEY_CONTENT: undefined, OCI_CLI_KEY_FILE: keyFile, OCI_CLI_PASSPHRASE: 'open sesame' };
    expect(await namespaceWith(env)).toBe(emulator.namespace);
  });

  it('reads an OCI config file and its profile', async () => {
    const keyFile = join(folder, 'plain.pem');
    writeFileSync(keyFile, emulator.env.OCI_CLI_KEY_CONTENT!);
    const config = join(folder, 'config');
    writeFileSync(
      config,
      [
        '[DEFAULT]',
        'user=ocid1.user.oc1..aaaaaaaawrongwrongwrong',
        '[EMULATOR]',
        `user=${emulator.env.OCI_CLI_USER}`,
        `fingerprint=${emulator.env.OCI_CLI_FINGERPRINT}`,
        `tenancy=${emulator.env.OCI_CLI_TENANCY}`,
        `region=${emulator.env.OCI_CLI_REGION}`,
        `key_file=${keyFile}`,
        '',
      ].join('\n'),
    );
    const credentials = await credentialsFromEnvironment({ OCI_CONFIG_FILE: config, OCI_CLI_PROFILE: 'EMULATOR' });
    expect(credentials.source).toBe('config-file');
    expect(await namespaceWith({ OCI_CONFIG_FILE: config, OCI_CLI_PROFILE: 'EMULATOR', ...endpoints() })).toBe(emulator.namespace);
  });

  it('refuses a key that is not PEM, naming the variable and never printing the key', async () => {
    const env = { ...emulator.env, OCI_CLI_KEY_CONTENT: 'secret-looking-but-not-a-key' };
    const failure = credentialsFromEnvironment(env);
    await expect(failure).rejects.toThrow(CredentialsError);
    await expect(credentialsFromEnvironment(env)).rejects.toThrow(/^OCI_CLI_KEY_CONTENT: not a usable PEM private key/);
    await expect(credentialsFromEnvironment(env)).rejects.not.toThrow(/secret-looking/);
  });

  it('asks for the passphrase of an encrypted key given without one', async () => {
    const encrypted = createPrivateKey(emulator.env.OCI_CLI_KEY_CONTENT!).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'open sesame' });
    const env = { ...emulator.env, OCI_CLI_KEY_CONTENT: encrypted as string };
    await expect(credentialsFromEnvironment(env)).rejects.toThrow(/OCI_CLI_KEY_CONTENT: .*needs its passphrase \(OCI_CLI_PASSPHRASE/);
    await expect(credentialsFromEnvironment({ ...env, OCI_CLI_PASSPHRASE: 'wrong' })).rejects.toThrow(/^OCI_CLI_KEY_CONTENT: not a usable PEM private key/);
  });

  it('signs with a session-token profile (security_token_file), as Oracle\'s token-exchange action writes one', async () => {
    const config = await writeSessionTokenProfile(emulator, folder, 'SESSION');
    const credentials = await credentialsFromEnvironment({ OCI_CONFIG_FILE: config, OCI_CLI_PROFILE: 'SESSION' });
    expect(credentials.source).toBe('session-token');
    expect(await namespaceWith({ OCI_CONFIG_FILE: config, OCI_CLI_PROFILE: 'SESSION', ...endpoints() })).toBe(emulator.namespace);
    expect(emulator.requests.at(-1)!.signedBy).toMatch(/^upst:/);
  });

  it('refuses a session-token profile whose token has expired, before any call, saying when and how to renew', async () => {
    const config = await writeSessionTokenProfile(emulator, folder, 'STALE', { expiredMinutesAgo: 90 });
    const calls = emulator.requests.length;
    await expect(credentialsFromEnvironment({ OCI_CONFIG_FILE: config, OCI_CLI_PROFILE: 'STALE' })).rejects.toThrow(
      new RegExp(
        `^OCI config file ${config}, profile STALE: its session token \\(security_token_file\\) expired at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, 90 minutes ago\\. ` +
          'Renew it with `oci session refresh --profile STALE` while it is still valid, or `oci session authenticate --profile-name STALE`',
      ),
    );
    expect(emulator.requests.length).toBe(calls);
  });

  it("signs in keyless with the OCI_OIDC_* variables and the job's GitHub ID token, telling every secret it makes", async () => {
    const secrets: string[] = [];
    const env = { ...emulator.env, OCI_CLI_USER: undefined, OCI_CLI_FINGERPRINT: undefined, OCI_CLI_KEY_CONTENT: undefined };
    const clients = await createOciClients(env, undefined, { credentials: { onSecret: (value) => secrets.push(value) } });
    try {
      expect(clients.credentials.source).toBe('oidc-exchange');
      expect((await clients.objectStorage.getNamespace({})).value).toBe(emulator.namespace);
    } finally {
      clients.close();
    }
    const exchanged = emulator.requests.filter((request) => request.path === '/oauth2/v1/token');
    expect(exchanged.at(-1)!.status).toBe(200);
    expect(emulator.requests.at(-1)!.signedBy).toMatch(/^upst:/);
    expect(secrets).toEqual(
      expect.arrayContaining([emulator.identityDomain.clientSecret, expect.stringMatching(/^-----BEGIN PRIVATE KEY-----/), expect.stringMatching(/^eyJ/)]),
    );
  });

  it('keeps the API key when its variables are set beside the keyless ones, and says which to unset when it is incomplete', async () => {
    expect((await credentialsFromEnvironment({ ...emulator.env })).source).toBe('api-key');
    await expect(credentialsFromEnvironment({ ...emulator.env, OCI_CLI_FINGERPRINT: undefined, OCI_CLI_KEY_CONTENT: undefined })).rejects.toThrow(
      'Incomplete OCI API key credentials: set OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT or OCI_CLI_KEY_FILE. To sign in keyless with OCI_OIDC_DOMAIN_URL instead, unset OCI_CLI_USER.',
    );
  });

  it('says that a keyless sign-in without an ID token needs the id-token permission, before any call', async () => {
    const env = { OCI_CLI_REGION: 'us-ashburn-1', OCI_OIDC_DOMAIN_URL: emulator.url, OCI_OIDC_CLIENT_IDENTIFIER: emulator.env.OCI_OIDC_CLIENT_IDENTIFIER };
    await expect(credentialsFromEnvironment(env)).rejects.toThrow(
      /^OCI_OIDC_DOMAIN_URL is set, so this step signs in to OCI with the job's GitHub ID token, but GitHub gave this job none \(ACTIONS_ID_TOKEN_REQUEST_URL is not set\)\. Add `permissions: id-token: write`/,
    );
  });

  it('names a keyless setting that is malformed or missing, never quoting the client secret', async () => {
    const keyless = { ...emulator.env, OCI_CLI_USER: undefined, OCI_CLI_FINGERPRINT: undefined, OCI_CLI_KEY_CONTENT: undefined };
    await expect(credentialsFromEnvironment({ ...keyless, OCI_OIDC_DOMAIN_URL: 'idcs-0123.identity.oraclecloud.com' })).rejects.toThrow(
      /^OCI_OIDC_DOMAIN_URL: expected the identity domain's URL, such as https:\/\/idcs-0123456789abcdef\.identity\.oraclecloud\.com, got "idcs-0123/,
    );
    const noColon = credentialsFromEnvironment({ ...keyless, OCI_OIDC_CLIENT_IDENTIFIER: 'secret-without-colon' });
    await expect(noColon).rejects.toThrow(/^OCI_OIDC_CLIENT_IDENTIFIER: expected client_id:client_secret/);
    await expect(credentialsFromEnvironment({ ...keyless, OCI_OIDC_CLIENT_IDENTIFIER: 'secret-without-colon' })).rejects.not.toThrow(/secret-without/);
    await expect(credentialsFromEnvironment({ ...keyless, OCI_OIDC_DOMAIN_URL: undefined })).rejects.toThrow(
      'OCI_OIDC_DOMAIN_URL: required for keyless sign-in, as OCI_OIDC_CLIENT_IDENTIFIER is set.',
    );
    await expect(credentialsFromEnvironment({ ...keyless, OCI_CLI_REGION: undefined })).rejects.toThrow(/^OCI_CLI_REGION: required for keyless sign-in/);
  });

  it('names every missing API-key variable', async () => {
    const env = { OCI_CLI_USER: emulator.env.OCI_CLI_USER, OCI_CLI_REGION: 'us-ashburn-1' };
    await expect(credentialsFromEnvironment(env)).rejects.toThrow(CredentialsError);
    await expect(credentialsFromEnvironment(env)).rejects.toThrow(
      'Incomplete OCI API key credentials: set OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT or OCI_CLI_KEY_FILE.',
    );
  });

  it('says what to set when there are no credentials at all', async () => {
    await expect(credentialsFromEnvironment({ OCI_CONFIG_FILE: join(folder, 'missing-config') })).rejects.toThrow(/No OCI credentials found\. Set OCI_CLI_USER/);
  });

  it('refuses an endpoint override that is not a base URL, naming the variable', async () => {
    await expect(createOciClients({ ...emulator.env, OCI_DATA_SCIENCE_ENDPOINT: 'http://127.0.0.1:1/20190101' })).rejects.toThrow(
      /OCI_DATA_SCIENCE_ENDPOINT: expected a base URL such as https:\/\/host:port/,
    );
  });
});
