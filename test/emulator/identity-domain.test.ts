import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { decodeJwt, signJwt } from '../../src/oci/jwt.js';
import { signOciRequest } from '../../src/oci/request-signer.js';

const sessionKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicKeyParameter = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('base64');

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

/** GitHub's ID token for the job a request token stands for, asked as @actions/core asks for it. */
async function idToken(requestToken = emulator.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!, audience = 'https://cloud.oracle.com'): Promise<string> {
  const response = await fetch(`${emulator.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${requestToken}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: string }).value;
}

/** The Token Exchange request, form-encoded with the confidential app's Basic credentials. */
async function exchange(subjectToken: string, fields: Record<string, string> = {}, clientIdentifier = emulator.env.OCI_OIDC_CLIENT_IDENTIFIER!) {
  const response = await fetch(`${emulator.env.OCI_OIDC_DOMAIN_URL}/oauth2/v1/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(clientIdentifier).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      requested_token_type: 'urn:oci:token-type:oci-upst',
      subject_token: subjectToken,
      subject_token_type: 'jwt',
      public_key: publicKeyParameter(sessionKey.publicKey),
      ...fields,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** GET /n signed as the session token, with `key`. */
async function namespaceAs(token: string, key: KeyObject) {
  const headers = new Headers();
  await signOciRequest({ method: 'GET', uri: `${emulator.url}/n`, headers }, `ST$${token}`, key);
  const response = await fetch(`${emulator.url}/n`, { headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("the emulator's identity domain and GitHub's ID-token service", () => {
  it("exchanges the job's ID token for a session token that the other APIs accept, signed with the key it is bound to", async () => {
    const token = await idToken();
    expect(decodeJwt(token).payload).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'https://cloud.oracle.com',
      sub: 'repo:octo-org/notebooks:ref:refs/heads/main',
      repository: 'octo-org/notebooks',
      ref: 'refs/heads/main',
    });

    const answer = await exchange(token);

    expect(answer.status).toBe(200);
    const upst = decodeJwt(answer.body.token!).payload;
    expect(upst).toMatchObject({ sub: emulator.identityDomain.serviceUserId, source_authn_prin: 'repo:octo-org/notebooks:ref:refs/heads/main', tenant: emulator.tenancyId });
    expect((upst.exp as number) - (upst.iat as number)).toBe(3600);
    expect(await namespaceAs(answer.body.token!, sessionKey.privateKey)).toEqual({ status: 200, body: emulator.namespace });
    expect(emulator.requests.at(-1)!.signedBy).toBe(`upst:${upst.jti}`);
    // Proof of possession: the token alone, signed with another key, gets nothing.
    const stolen = await namespaceAs(answer.body.token!, strangerKey.privateKey);
    expect(stolen).toMatchObject({ status: 401, body: { code: 'NotAuthenticated', message: expect.stringMatching(/signature does not match/) } });
  });

  it('refuses a token from another repository: no impersonation rule of the trust matches it', async () => {
    const fork = emulator.github.requestTokenFor({ repository: 'someone/notebooks', ref: 'refs/heads/main' });

    const answer = await exchange(await idToken(fork));

    expect(answer).toEqual({
      status: 401,
      body: expect.objectContaining({
        error: 'invalid_grant',
        code: 'NotAuthenticated',
        error_description: 'No impersonation rule of trust "github-actions" matches the subject token (sub "repo:someone/notebooks:ref:refs/heads/main").',
      }),
    });
  });

  it('refuses an untrusted issuer, a forged signature, an expired token and a wrong audience, saying which', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: 'repo:octo-org/notebooks:ref:refs/heads/main', aud: 'https://cloud.oracle.com', iat: now, exp: now + 300 };
    const untrusted = await exchange(signJwt({ ...claims, iss: 'https://gitlab.example.com' }, strangerKey.privateKey));
    expect(untrusted.body.error_description).toBe('No active identity propagation trust for the subject token\'s issuer "https://gitlab.example.com".');
    const forged = await exchange(signJwt({ ...claims, iss: 'https://token.actions.githubusercontent.com' }, strangerKey.privateKey));
    expect(forged.body.error_description).toBe('The subject token\'s signature does not verify with the public key of trust "github-actions".');
    const expired = await exchange(await emulator.github.idToken({ repository: 'octo-org/notebooks', ref: 'refs/heads/main' }, claims.aud, { exp: now - 600 }));
    expect(expired.body.error_description).toMatch(/^The subject token has expired \(at \d{4}-\d\d-\d\dT/);
    const audience = await exchange(await idToken(undefined, 'https://github.com/octo-org'));
    expect(audience.body.error_description).toBe(
      'The subject token\'s audience "https://github.com/octo-org" is not one trust "github-actions" accepts (https://cloud.oracle.com).',
    );
    for (const answer of [untrusted, forged, expired, audience]) expect([answer.status, answer.body.error]).toEqual([401, 'invalid_grant']);
  });

  it("refuses wrong client credentials, other grants and a public key that is not one, and GitHub's stand-in wants its request token", async () => {
    const token = await idToken();
    const client = await exchange(token, {}, `${emulator.identityDomain.clientId}:not-the-secret`);
    expect([client.status, client.body.error]).toEqual([401, 'invalid_client']);
    const grant = await exchange(token, { grant_type: 'client_credentials' });
    expect([grant.status, grant.body.error, grant.body.code]).toEqual([400, 'unsupported_grant_type', 'InvalidParameter']);
    const key = await exchange(token, { public_key: 'bm90IGEga2V5' });
    expect([key.status, key.body.error_description]).toEqual([400, 'public_key is not a base64 DER SubjectPublicKeyInfo.']);
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect((await exchange(token, { public_key: publicKeyParameter(small) })).body.error_description).toBe('public_key must be an RSA key of at least 2048 bits.');
    const anonymous = await fetch(`${emulator.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=x`);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a session token once it has expired, saying when', async () => {
    emulator.identityDomain.sessionTokenSeconds = 1;
    try {
      const { token } = (await exchange(await idToken())).body;
      const expiresAt = (decodeJwt(token!).payload.exp as number) * 1000;
      await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 50));
      const answer = await namespaceAs(token!, sessionKey.privateKey);
      expect(answer).toMatchObject({ status: 401, body: { message: expect.stringContaining(`the session token expired at ${new Date(expiresAt).toISOString()}`) } });
    } finally {
      emulator.identityDomain.sessionTokenSeconds = 3600;
    }
  });
});
