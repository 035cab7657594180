import { createHmac } from 'node:crypto';

/** A request to sign: header names in lower case, exactly as they will be sent. */
export interface StorageRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** The standard headers in the order Shared Key signs them (Blob service, version 2015-02-21 and later). */
const SIGNED_HEADERS = [
  'content-encoding',
  'content-language',
  'content-length',
  'content-md5',
  'content-type',
  'date',
  'if-modified-since',
  'if-match',
  'if-none-match',
  'if-unmodified-since',
  'range',
] as const;

/**
 * The `Authorization: SharedKey ACCOUNT:SIGNATURE` header value: an HMAC-SHA256, keyed with the
 * account key, of the verb, standard headers, `x-ms-*` headers and the canonicalized resource.
 */
export function sharedKeyAuthorization(request: StorageRequest, account: string, accountKey: string): string {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const standard = SIGNED_HEADERS.map((name) => {
    const value = headers[name] ?? '';
    return name === 'content-length' && value === '0' ? '' : value;
  });
  const stringToSign = [request.method.toUpperCase(), ...standard].join('\n') + '\n' + canonicalizedHeaders(headers) + canonicalizedResource(request.url, account);
  const signature = createHmac('sha256', Buffer.from(accountKey, 'base64')).update(stringToSign, 'utf8').digest('base64');
  return `SharedKey ${account}:${signature}`;
}

function canonicalizedHeaders(headers: Record<string, string>): string {
  return Object.keys(headers)
    .filter((name) => name.startsWith('x-ms-'))
    .sort()
    .map((name) => `${name}:${headers[name]!.trim()}\n`)
    .join('');
}

/** `/ACCOUNT/PATH` as sent (still URL-encoded), then each query parameter as `\nname:value[,value]`, sorted. */
function canonicalizedResource(rawUrl: string, account: string): string {
  const url = new URL(rawUrl);
  const parameters = new Map<string, string[]>();
  for (const [name, value] of url.searchParams) {
    const key = name.toLowerCase();
    parameters.set(key, [...(parameters.get(key) ?? []), value]);
  }
  const query = [...parameters.keys()]
    .sort()
    .map((name) => `\n${name}:${parameters.get(name)!.sort().join(',')}`)
    .join('');
  return `/${account}${url.pathname}${query}`;
}
