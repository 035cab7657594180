import { generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { CredentialsError } from './credentials-error.js';
import { requestGitHubIdToken } from './github-id-token.js';
import { decodeJwt } from './jwt.js';
import { parseSessionToken, SessionTokenFormatError } from './session-token.js';
import type { SessionCredentials } from './session-token-signer.js';
import { fetchOrTransient, retryTransient, TransientError } from './transient-retry.js';

const makeKeyPair = promisify(generateKeyPair);

/** How the user named each keyless setting: the action's inputs or the variables, for errors. */
export interface KeylessNames {
  domainUrl: string;
  clientIdentifier: string;
  audience: string;
}

export interface KeylessSettings {
  /** The identity domain's base URL, without a trailing slash. */
  domainUrl: string;
  clientId: string;
  clientSecret: string;
  /** The audience GitHub writes into the ID token; the trust must expect it. */
  audience: string;
  idTokenRequest: { url: string; token: string };
  names: KeylessNames;
}

export interface SessionKeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

/**
 * The key pair a session token is bound to: made in memory for this process, never written
 * anywhere, its private half told to `onSecret` (as PEM, the form a log could show it in).
 */
export async function makeSessionKeyPair(onSecret: (value: string) => void): Promise<SessionKeyPair> {
  const keys = await makeKeyPair('rsa', { modulusLength: 2048 });
  onSecret(keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  return keys;
}

/**
 * One keyless sign-in: a fresh ID token from GitHub, and the identity domain's Token Exchange
 * (`<domain>/oauth2/v1/token`), which answers a session token (UPST) bound to the public half of
 * `keys`. Every secret is told to `onSecret` before it is used.
 */
export async function exchangeGitHubIdToken(
  settings: KeylessSettings,
  keys: Promise<SessionKeyPair>,
  onSecret: (value: string) => void,
): Promise<SessionCredentials> {
  const idToken = await requestGitHubIdToken(settings.idTokenRequest, settings.audience);
  onSecret(idToken);
  const { publicKey, privateKey } = await keys;
  const form = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    requested_token_type: 'urn:oci:token-type:oci-upst',
    subject_token: idToken,
    subject_token_type: 'jwt',
    public_key: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  });
  const endpoint = `${settings.domainUrl}/oauth2/v1/token`;
  const basic = Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64');
  const answer = await retryTransient(async () => {
    const response = await fetchOrTransient(
      endpoint,
      { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: form },
      `the identity domain's token endpoint ${endpoint}`,
    );
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.status >= 500 || response.status === 429) throw new TransientError(`the identity domain's token endpoint ${endpoint} answered HTTP ${response.status}`);
    if (!response.ok) throw refusal(settings, response.status, body, idToken);
    return body;
  });
  if (typeof answer.token !== 'string') throw new CredentialsError(`The identity domain's token endpoint ${endpoint} answered without a session token (no \`token\`).`);
  onSecret(answer.token);
  try {
    return { token: parseSessionToken(answer.token, `The session token from ${endpoint}`), privateKey };
  } catch (error) {
    if (error instanceof SessionTokenFormatError) throw new CredentialsError(`${error.message}.`);
    throw error;
  }
}

/** What the domain said, and what to check for that kind of refusal. */
function refusal(settings: KeylessSettings, status: number, body: Record<string, unknown>, idToken: string): CredentialsError {
  const { names } = settings;
  const error = String(body.error ?? body.code ?? '');
  const description = String(body.error_description ?? body.message ?? 'no description');
  const said = `The identity domain ${settings.domainUrl} refused to exchange the GitHub ID token for an OCI session token (HTTP ${status}${error ? ` ${error}` : ''}): ${description}`;
  if (status === 404) return new CredentialsError(`${said}. Check ${names.domainUrl}: the identity domain's URL, such as https://idcs-0123456789abcdef.identity.oraclecloud.com.`);
  if (error === 'invalid_client' || (status === 401 && !error)) {
    return new CredentialsError(`${said}. Check ${names.clientIdentifier}: client_id:client_secret of the domain's confidential application.`);
  }
  if (error === 'invalid_grant' || error === 'unauthorized_client') {
    const claims = decodeJwt(idToken).payload;
    return new CredentialsError(
      `${said}. The domain's identity propagation trust did not accept this job's token: check its issuer (${String(claims.iss)}), ` +
        `its audience (${names.audience}, here "${settings.audience}"), its oauthClients (the application of ${names.clientIdentifier}) ` +
        `and its impersonation rules (this token's sub is "${String(claims.sub)}"); see docs/keyless.md.`,
    );
  }
  return new CredentialsError(`${said}.`);
}
