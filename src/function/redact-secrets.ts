// Pre-authenticated request tokens live in the path (`/p/<token>/n/...`), signed-URL tokens in the query.
const PAR_TOKEN = /\/p\/[^/\s"'?#]+\//g;
const URL_QUERY = /(\bhttps?:\/\/[^\s?#"']*)\?[^\s#"']*/gi;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;

/** The text with URL tokens and private keys replaced, fit for an answer or a log line. */
export function redactSecrets(text: string): string {
  return text.replace(PRIVATE_KEY, '<private key redacted>').replace(PAR_TOKEN, '/p/<redacted>/').replace(URL_QUERY, '$1?<redacted>');
}
