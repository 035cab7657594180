import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOciClients } from '../../src/oci/clients.js';
import { CredentialsError, credentialsFromEnvironment } from '../../src/oci/credentials.js';
import { startEmulator, type Emulator } from '../../src/emulator/emulator.js';

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

  it('refuses a session-token profile with what to use instead, before any call', async () => {
    const keyFile = join(folder, 'session.pem');
    writeFileSync(keyFile, emulator.env.OCI_CLI_KEY_CONTENT!);
    writeFileSync(join(folder, 'token'), 'eyJ.token.value');
    const config = join(folder, 'session-config');
    writeFileSync(
      config,
      ['[SESSION]', `fingerprint=${emulator.env.OCI_CLI_FINGERPRINT}`, `tenancy=${emulator.env.OCI_CLI_TENANCY}`, 'region=us-ashburn-1', `key_file=${keyFile}`, `security_token_file=${join(folder, 'token')}`, ''].join('\n'),
    );
    await expect(credentialsFromEnvironment({ OCI_CONFIG_FILE: config, OCI_CLI_PROFILE: 'SESSION' })).rejects.toThrow(
      /profile SESSION: session tokens \(security_token_file, from `oci session authenticate`\) are not supported; use a profile with an API key/,
    );
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
