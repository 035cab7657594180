import { CredentialsError } from './credentials-error.js';
import { idTokenRequest } from './github-id-token.js';
import { exchangeGitHubIdToken, makeSessionKeyPair, type KeylessNames, type KeylessSettings } from './oidc-exchange.js';
import { RenewingSession } from './renewing-session.js';
import { SessionTokenRequestSigner } from './session-token-signer.js';

/** The variables that ask for keyless sign-in; the action's inputs set the same. */
export const KEYLESS_VARIABLES: KeylessNames = {
  domainUrl: 'OCI_OIDC_DOMAIN_URL',
  clientIdentifier: 'OCI_OIDC_CLIENT_IDENTIFIER',
  audience: 'OCI_OIDC_AUDIENCE',
};

/** The audience Oracle's own token-exchange action asks GitHub for, and trusts expect by default. */
export const DEFAULT_OIDC_AUDIENCE = 'https://cloud.oracle.com';

type Environment = Record<string, string | undefined>;

export function keylessRequested(env: Environment): boolean {
  return Boolean(env[KEYLESS_VARIABLES.domainUrl] || env[KEYLESS_VARIABLES.clientIdentifier]);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What is wrong with an identity domain URL, or undefined; plain http only on loopback (the emulator). */
export function domainUrlProblem(value: string): string | undefined {
  const expected = "expected the identity domain's URL, such as https://idcs-0123456789abcdef.identity.oraclecloud.com";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${expected}, got "${value}"`;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return `${expected} (https), got "${value}"`;
  if (url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash) return `${expected}, without a path (the token endpoint /oauth2/v1/token is added), got "${value}"`;
  return undefined;
}

/** `client_id:client_secret`, split; undefined when it is not of that form. The value itself never goes into a message. */
export function splitClientIdentifier(value: string): { clientId: string; clientSecret: string } | undefined {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) return undefined;
  return { clientId: value.slice(0, colon), clientSecret: value.slice(colon + 1) };
}

export const CLIENT_IDENTIFIER_FORM = "expected client_id:client_secret of the identity domain's confidential application";

/** The keyless settings from the environment, checked; errors name each setting as `names` says the user gave it. */
export function keylessSettings(env: Environment, names: KeylessNames = KEYLESS_VARIABLES): KeylessSettings {
  const domainUrl = env[KEYLESS_VARIABLES.domainUrl]?.trim() ?? '';
  const identifier = env[KEYLESS_VARIABLES.clientIdentifier]?.trim() ?? '';
  if (!domainUrl || !identifier) {
    const missing = !domainUrl ? names.domainUrl : names.clientIdentifier;
    const given = !domainUrl ? names.clientIdentifier : names.domainUrl;
    throw new CredentialsError(`${missing}: required for keyless sign-in, as ${given} is set.`);
  }
  const problem = domainUrlProblem(domainUrl);
  if (problem) throw new CredentialsError(`${names.domainUrl}: ${problem}.`);
  const client = splitClientIdentifier(identifier);
  if (!client) throw new CredentialsError(`${names.clientIdentifier}: ${CLIENT_IDENTIFIER_FORM}.`);
  return {
    domainUrl: domainUrl.replace(/\/+$/, ''),
    ...client,
    audience: env[KEYLESS_VARIABLES.audience]?.trim() || DEFAULT_OIDC_AUDIENCE,
    idTokenRequest: idTokenRequest(env, names.domainUrl),
    names,
  };
}

/**
 * Signs with session tokens from the identity domain, renewed before they expire; each renewal
 * binds a new token to this process's key pair. The first exchange happens now, so that a
 * refusal fails the run before anything is created.
 */
export async function keylessSigner(settings: KeylessSettings, onSecret: (value: string) => void): Promise<SessionTokenRequestSigner> {
  // Made while GitHub is asked for the first ID token.
  const keys = makeSessionKeyPair(onSecret);
  keys.catch(() => undefined); // awaited by the exchange; a failure before then must not go unhandled
  const session = new RenewingSession(() => exchangeGitHubIdToken(settings, keys, onSecret));
  await session.current();
  return new SessionTokenRequestSigner(session);
}
