import { createPublicKey, generateKeyPair, randomUUID, type JsonWebKey, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { decodeJwt, hasValidSignature, JwtFormatError, signJwt, type JwtClaims } from '../oci/jwt.js';
import { notAuthenticated } from './service-error.js';

/** A user principal session token (from a token exchange) or a resource principal's (a function's, a job run's). */
export type SessionKind = 'upst' | 'rpst';

export interface SessionTokenRequest {
  kind: SessionKind;
  /** The principal: the impersonated service user, or the resource. */
  subject: string;
  /** The public half of the key the caller will sign with; it goes into the token as `jwk`. */
  publicKey: KeyObject;
  lifetimeSeconds: number;
  /** More claims, such as `source_authn_prin` (on whose behalf a service user is impersonated). */
  claims?: JwtClaims;
}

/** Who signed a request with a session token, for tests that check which credentials were used. */
export interface SessionPrincipal {
  kind: SessionKind;
  subject: string;
  tokenId: string;
}

const ISSUER = 'authService.oracle.com';

type KeyPair = { privateKey: KeyObject; publicKey: KeyObject };

/** RSA keys take a good part of a second to make: in the background, so the server keeps answering meanwhile. */
export const makeRsaKeyPair = (): Promise<KeyPair> => promisify(generateKeyPair)('rsa', { modulusLength: 2048 });

/**
 * Issues session tokens and verifies them when they come back in `keyId="ST$<token>"`, as OCI's
 * services do: the token must be signed by the issuer and unexpired, and the request's signature
 * must verify with the public key the token carries in its `jwk` claim (proof of possession).
 */
export class SessionTokenAuthority {
  private signingKey?: Promise<KeyPair>;
  private publicKey?: KeyObject;

  constructor(readonly tenancyId: string) {}

  async issue(request: SessionTokenRequest): Promise<string> {
    const { privateKey } = await this.key();
    const issuedAt = Math.floor(Date.now() / 1000);
    const jwk = { ...(request.publicKey.export({ format: 'jwk' }) as Record<string, unknown>), alg: 'RS256', use: 'sig' };
    const tenancyClaim = request.kind === 'upst' ? { tenant: this.tenancyId, ptype: 'user' } : { res_tenant: this.tenancyId, ptype: 'resource' };
    const claims: JwtClaims = {
      iss: ISSUER,
      aud: 'oci',
      sub: request.subject,
      jti: randomUUID(),
      iat: issuedAt,
      exp: issuedAt + request.lifetimeSeconds,
      ttype: request.kind === 'upst' ? 'upst' : 'res',
      ...tenancyClaim,
      ...request.claims,
      // OCI puts the key as a JSON string; the services read it back from there.
      jwk: JSON.stringify(jwk),
    };
    return signJwt(claims, privateKey, 'asw');
  }

  /** The key a request signed with `token` must verify with; 401 NotAuthenticated when the token is not good. */
  verify(token: string, now = Date.now()): { publicKey: KeyObject; principal: SessionPrincipal } {
    let jwt;
    try {
      jwt = decodeJwt(token);
    } catch (error) {
      if (error instanceof JwtFormatError) throw notAuthenticated(`the session token in keyId is not valid: ${error.message}`);
      throw error;
    }
    if (jwt.payload.iss !== ISSUER || !this.publicKey || !hasValidSignature(jwt, this.publicKey)) {
      throw notAuthenticated('the session token in keyId was not issued by this tenancy');
    }
    const { exp, sub, jti, jwk, ttype } = jwt.payload;
    if (typeof exp !== 'number' || now >= exp * 1000) {
      throw notAuthenticated(`the session token expired at ${new Date((exp as number) * 1000).toISOString()}`);
    }
    let publicKey: KeyObject;
    try {
      publicKey = createPublicKey({ key: JSON.parse(String(jwk)) as JsonWebKey, format: 'jwk' });
    } catch {
      throw notAuthenticated('the session token carries no usable public key (jwk claim)');
    }
    return { publicKey, principal: { kind: ttype === 'upst' ? 'upst' : 'rpst', subject: String(sub), tokenId: String(jti) } };
  }

  /** Starts making the signing key, which is otherwise made on first use: most emulators never issue a session token. */
  prepare(): void {
    void this.key();
  }

  private key(): Promise<KeyPair> {
    this.signingKey ??= makeRsaKeyPair().then((keys) => {
      this.publicKey = keys.publicKey;
      return keys;
    });
    return this.signingKey;
  }
}
