import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emulator } from '../../src/emulator/emulator.js';
import { signJwt } from '../../src/oci/jwt.js';
import { keylessSettings } from '../../src/oci/keyless-credentials.js';
import { exchangeGitHubIdToken, makeSessionKeyPair } from '../../src/oci/oidc-exchange.js';

/**
 * An OCI config profile as Oracle's oci-token-exchange action writes one after exchanging the
 * job's ID token: `user=not used`, the fingerprint and `key_file` of a fresh PKCS#1 key, and
 * `security_token_file` holding the UPST. `expiredMinutesAgo` writes a token that expired then
 * instead (never sent anywhere: it must be refused before any call). Returns the config file.
 */
export async function writeSessionTokenProfile(emulator: Emulator, folder: string, profile: string, options: { expiredMinutesAgo?: number } = {}): Promise<string> {
  const keys = makeSessionKeyPair(() => undefined);
  const { privateKey } = await keys;
  let token: string;
  if (options.expiredMinutesAgo === undefined) {
    token = (await exchangeGitHubIdToken(keylessSettings(emulator.env), keys, () => undefined)).token.token;
  } else {
    const expiredAt = Math.floor(Date.now() / 1000) - options.expiredMinutesAgo * 60;
    token = signJwt({ sub: emulator.identityDomain.serviceUserId, iat: expiredAt - 3600, exp: expiredAt }, privateKey);
  }
  const publicDer = (await keys).publicKey.export({ type: 'spki', format: 'der' });
  const fingerprint = createHash('md5').update(publicDer).digest('hex').match(/../g)!.join(':');
  const keyFile = join(folder, `${profile}.pem`);
  const tokenFile = join(folder, `${profile}.token`);
  await writeFile(keyFile, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
  await writeFile(tokenFile, token, { mode: 0o600 });
  const config = join(folder, `${profile}.config`);
  const lines = [`[${profile}]`, 'user=not used', `fingerprint=${fingerprint}`, `key_file=${keyFile}`, `tenancy=${emulator.tenancyId}`, `region=${emulator.region}`, `security_token_file=${tokenFile}`];
  await writeFile(config, `${lines.join('\n')}\n`, { mode: 0o600 });
  return config;
}
