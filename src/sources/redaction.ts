import type { SourceContext } from './notebook-source.js';

const MASK = '***';

/** Query parameters that carry a secret: SAS and signed-URL signatures, tokens, keys. */
const SECRET_PARAMETER = /^(sig|signature|x-goog-signature|x-amz-signature|x-amz-security-token|token|access_token|api_key|apikey|key|code|password|secret)$/i;

/** Environment variables whose values are credentials a source may send. */
export const SECRET_VARIABLES = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
  'AZURE_STORAGE_KEY',
  'AZURE_STORAGE_SAS_TOKEN',
  'OCI_CLI_KEY_CONTENT',
  'OCI_CLI_PASSPHRASE',
] as const;

/**
 * The reference fit to show: an http(s) URL loses its user name, password and secret query
 * values; other references are returned as written.
 */
export function redactReference(reference: string): string {
  if (!/^https?:\/\//i.test(reference)) return reference;
  let url: URL;
  try {
    url = new URL(reference);
  } catch {
    return reference.replace(/[?#].*$/s, '');
  }
  let changed = false;
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
    changed = true;
  }
  for (const [name, value] of [...url.searchParams]) {
    if (SECRET_PARAMETER.test(name) && value !== MASK) {
      url.searchParams.set(name, MASK);
      changed = true;
    }
  }
  return changed ? url.toString().replaceAll(encodeURIComponent(MASK), MASK) : reference;
}

/** Every credential value the context could put on the wire. */
export function secretsOf(context: SourceContext): string[] {
  const values = [context.githubToken, ...SECRET_VARIABLES.map((name) => context.env[name])];
  const connection = context.env.AZURE_STORAGE_CONNECTION_STRING;
  if (connection) values.push(connection, ...connection.split(';').map((part) => part.replace(/^[^=]*=/, '')));
  const sas = context.env.AZURE_STORAGE_SAS_TOKEN;
  if (sas) values.push(new URLSearchParams(sas.replace(/^\?/, '')).get('sig') ?? undefined);
  return values.filter((value): value is string => typeof value === 'string' && value.length >= 6);
}

/** `text` with every known secret, its URL-encoded form, and anything shaped like a credential masked. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret), secret.trim()])) {
      if (form.length >= 6) scrubbed = scrubbed.split(form).join(MASK);
    }
  }
  return scrubbed
    .replace(/([?&](?:sig|signature|token|access_token|key)=)[^&\s"'<>]+/gi, `$1${MASK}`)
    .replace(/\b(Bearer|SharedKey)\s+[^\s"',]+/g, `$1 ${MASK}`)
    .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, MASK);
}
