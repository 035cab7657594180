/**
 * Credentials that cannot sign: missing, malformed, expired, or refused by the identity domain.
 * Thrown while signing, it tells the SDK not to retry: trying again would not change the answer.
 */
export class CredentialsError extends Error {
  readonly shouldBeRetried = false;
}
