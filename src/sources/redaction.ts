import type { SourceContext } from './notebook-source.js';

/** What every redacted value becomes, in references, messages, answers and logs. */
export const MASK = '***';

/** Query parameters that carry a secret: SAS and signed-URL signatures, tokens, keys. */
const SECRET_PARAMETERS = [
  'sig',
  'signature',
  'x-goog-signature',
  'x-amz-signature',
  'x-amz-security-token',
  'token',
  'access_token',
  'api_key',
  'apikey',
  'key',
  'code',
  'password',
  'secret',
];
const SECRET_PARAMETER = new RegExp(`^(?:${SECRET_PARAMETERS.join('|')})$`, 'i');
const SECRET_PARAMETER_IN_TEXT = new RegExp(`([?&](?:${SECRET_PARAMETERS.join('|')})=)[^&\\s"'<>#]+`, 'gi');

/** An OCI pre-authenticated request carries its token in the path: `/p/<token>/n/<namespace>/b/...`. */
const PAR_TOKEN = /\/p\/[^/\s"'?#]+\/(?=n\/)/g;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g;

/**
 * Environment variables whose values are credentials, for every front door: the sources scrub
 * them from messages, the action registers them with the runner, the function redacts its answers.
 */
export const SECRET_VARIABLES = [
  'OCI_CLI_KEY_CONTENT',
  'OCI_CLI_PASSPHRASE',
  'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM',
  'OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE',
  'OCI_RESOURCE_PRINCIPAL_RPST',
  'OCI_OIDC_CLIENT_IDENTIFIER',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
  'AZURE_STORAGE_KEY',
  'AZURE_STORAGE_SAS_TOKEN',
  'AZURE_STORAGE_CONNECTION_STRING',
  'GITHUB_TOKEN',
  'GH_TOKEN',
] as const;

/** The query with secret parameters' values masked; every other byte as written. */
function maskQuery(query: string): string {
  return query
    .split('&')
    .map((part) => {
      const equals = part.indexOf('=');
      if (equals < 0) return part;
      const name = part.slice(0, equals);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replaceAll('+', ' '));
      } catch {
        // A malformed name is compared as written.
      }
      return SECRET_PARAMETER.test(decoded) ? `${name}=${MASK}` : part;
    })
    .join('&');
}

/**
 * The reference fit to show: an http(s) URL loses its user name and password, its
 * pre-authenticated request token and its secret query values; the rest stays as written.
 * Other references are returned as written.
 */
export function redactReference(reference: string): string {
  if (!/^https?:\/\//i.test(reference)) return reference;
  if (!URL.canParse(reference)) return reference.replace(/[?#].*$/s, '').replace(PAR_TOKEN, `/p/${MASK}/`);
  const parts = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(?:\?([^#]*))?(#.*)?$/is.exec(reference);
  if (!parts) return reference.replace(/[?#].*$/s, '').replace(PAR_TOKEN, `/p/${MASK}/`);
  const [, scheme, authority = '', path = '', query, fragment = ''] = parts;
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return `${scheme}${host}${path.replace(PAR_TOKEN, `/p/${MASK}/`)}${query === undefined ? '' : `?${maskQuery(query)}`}${fragment}`;
}

/** The secret parts of an Azure connection string: its account key and its SAS, not its account name or endpoints. */
function connectionStringSecrets(connection: string): string[] {
  return connection
    .split(';')
    .map((part) => /^\s*(AccountKey|SharedAccessSignature)\s*=(.*)$/is.exec(part)?.[2]?.trim())
    .filter((value): value is string => Boolean(value));
}

/** Every credential value the environment (and the context's GitHub token) could put on the wire. */
export function secretsOf(context: Pick<SourceContext, 'env' | 'githubToken'>): string[] {
  const values = [context.githubToken, ...SECRET_VARIABLES.map((name) => context.env[name])];
  // client_id:client_secret: the secret alone is one too.
  values.push(context.env.OCI_OIDC_CLIENT_IDENTIFIER?.split(':').slice(1).join(':'));
  const connection = context.env.AZURE_STORAGE_CONNECTION_STRING;
  const sasTokens = [context.env.AZURE_STORAGE_SAS_TOKEN];
  if (connection) {
    for (const value of connectionStringSecrets(connection)) {
      values.push(value);
      if (value.includes('sig=')) sasTokens.push(value);
    }
  }
  for (const sas of sasTokens) {
    if (sas) values.push(new URLSearchParams(sas.replace(/^\?/, '')).get('sig') ?? undefined);
  }
  return values.filter((value): value is string => typeof value === 'string' && value.length >= 6);
}

/**
 * `text` with every known secret (and its URL-encoded form) masked, and anything shaped like a
 * credential too: pre-authenticated request tokens, secret query values, Bearer and SharedKey
 * authorizations, private keys.
 */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let scrubbed = text;
  // Longest first, so a secret inside another (a SAS's sig) does not leave the rest of the longer one.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    for (const form of new Set([secret, encodeURIComponent(secret), secret.trim()])) {
      if (form.length >= 6) scrubbed = scrubbed.split(form).join(MASK);
    }
  }
  return scrubbed
    .replace(PRIVATE_KEY, MASK)
    .replace(PAR_TOKEN, `/p/${MASK}/`)
    .replace(SECRET_PARAMETER_IN_TEXT, `$1${MASK}`)
    .replace(/\b(Bearer|SharedKey)\s+[^\s"',]+/g, `$1 ${MASK}`);
}
