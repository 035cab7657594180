import { createPublicKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { claimTime, decodeJwt, hasValidSignature, JwtFormatError, type Jwt } from '../oci/jwt.js';
import { DEFAULT_GITHUB_JOB, GITHUB_ISSUER, type GitHubIdTokenService } from './github-id-tokens.js';
import { audienceAccepted, impersonatedUser, type IdentityPropagationTrust } from './identity-trust.js';
import { newOcid } from './ocid.js';
import type { EmulatorRequest, EmulatorResponse, Route } from './route.js';
import type { SessionTokenAuthority } from './session-tokens.js';

export const TOKEN_PATH = '/oauth2/v1/token';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const UPST = 'urn:oci:token-type:oci-upst';
export const DEFAULT_AUDIENCE = 'https://cloud.oracle.com';

/** A refusal, as OAuth 2 names it (`error`) and as OCI does (`code`), with the HTTP status. */
class TokenEndpointError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }

  get code(): string {
    return this.status === 401 ? 'NotAuthenticated' : 'InvalidParameter';
  }
}

const badRequest = (message: string) => new TokenEndpointError(400, 'invalid_request', message);
const refused = (message: string) => new TokenEndpointError(401, 'invalid_grant', message);

export interface IdentityDomainOptions {
  /** Lifetime of the session tokens (UPST) it issues. Default 3600 s, OCI's maximum; a few seconds exercises renewal. */
  sessionTokenSeconds?: number;
}

/**
 * The part of an OCI identity domain that keyless sign-in uses: a confidential application
 * (client id and secret), one Identity Propagation Trust for GitHub's ID tokens (by default: this
 * emulator's GitHub stand-in, audience https://cloud.oracle.com, the default job's repository and
 * branch impersonating a service user), and `POST /oauth2/v1/token`, which exchanges a trusted
 * JWT and a public key for a UPST bound to that key (Token Exchange grant type).
 */
export class IdentityDomain {
  readonly clientId = randomBytes(16).toString('hex');
  readonly clientSecret = `idcscs-${randomBytes(18).toString('hex')}`;
  readonly serviceUserId = newOcid('user', undefined);
  sessionTokenSeconds: number;
  private trustOverrides: Partial<IdentityPropagationTrust> = {};

  constructor(
    private readonly sessionTokens: SessionTokenAuthority,
    private readonly github: GitHubIdTokenService,
    options: IdentityDomainOptions = {},
  ) {
    this.sessionTokenSeconds = options.sessionTokenSeconds ?? 3600;
  }

  /** `client_id:client_secret`, as OCI_OIDC_CLIENT_IDENTIFIER and the action's input take it. */
  get clientIdentifier(): string {
    return `${this.clientId}:${this.clientSecret}`;
  }

  /** The trust in force: the default one for GitHub's stand-in, with any fields `setTrust` replaced. */
  async trust(): Promise<IdentityPropagationTrust> {
    return {
      name: 'github-actions',
      active: true,
      issuer: GITHUB_ISSUER,
      publicKey: this.trustOverrides.publicKey ?? (await this.github.publicKey()),
      clientClaimName: 'aud',
      clientClaimValues: [DEFAULT_AUDIENCE],
      oauthClients: [this.clientId],
      impersonationServiceUsers: [{ rule: `sub eq repo:${DEFAULT_GITHUB_JOB.repository}:ref:${DEFAULT_GITHUB_JOB.ref}`, value: this.serviceUserId }],
      clockSkewSeconds: 60,
      ...this.trustOverrides,
    };
  }

  /** Replaces fields of the trust (an empty object restores the default). */
  setTrust(overrides: Partial<IdentityPropagationTrust>): void {
    this.trustOverrides = overrides;
  }

  routes(): Route[] {
    return [{ method: 'POST', path: TOKEN_PATH, operation: 'exchangeToken', auth: 'none', handle: (request) => this.exchange(request) }];
  }

  private async exchange(request: EmulatorRequest): Promise<EmulatorResponse> {
    try {
      const clientId = this.authenticateClient(request.headers.authorization);
      const form = formOf(request);
      if (form.get('grant_type') !== TOKEN_EXCHANGE) {
        throw new TokenEndpointError(400, 'unsupported_grant_type', `grant_type must be ${TOKEN_EXCHANGE}, got "${form.get('grant_type') ?? ''}".`);
      }
      if (form.get('requested_token_type') !== UPST) throw badRequest(`requested_token_type must be ${UPST}.`);
      if (form.get('subject_token_type') !== 'jwt') throw badRequest('subject_token_type must be jwt.');
      const subjectToken = form.get('subject_token');
      if (!subjectToken) throw badRequest('subject_token is missing.');
      const publicKey = sessionPublicKey(form.get('public_key'));
      const jwt = subjectJwt(subjectToken);
      const subject = this.checkAgainstTrust(await this.trust(), jwt, clientId);
      const token = await this.sessionTokens.issue({
        kind: 'upst',
        subject,
        publicKey,
        lifetimeSeconds: this.sessionTokenSeconds,
        claims: { source_authn_prin: jwt.payload.sub },
      });
      return { status: 200, headers: { 'cache-control': 'no-store' }, json: { token } };
    } catch (error) {
      if (!(error instanceof TokenEndpointError)) throw error;
      return { status: error.status, json: { error: error.error, error_description: error.message, code: error.code, message: error.message } };
    }
  }

  /** HTTP Basic with the confidential application's client id and secret. */
  private authenticateClient(authorization: string | undefined): string {
    const basic = /^Basic (.+)$/.exec(authorization ?? '');
    const [id, ...secret] = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(':') : [];
    const given = Buffer.from(secret.join(':'));
    const expected = Buffer.from(this.clientSecret);
    if (id !== this.clientId || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new TokenEndpointError(401, 'invalid_client', 'Client authentication failed: the client id and secret (Basic authorization) are not those of an application of this domain.');
    }
    return id;
  }

  /** Issuer, client, signature, time, audience, then the impersonation rules, in the order a refusal is most useful. */
  private checkAgainstTrust(trust: IdentityPropagationTrust, jwt: Jwt, clientId: string): string {
    const claims = jwt.payload;
    if (!trust.active || trust.issuer !== claims.iss) {
      throw refused(`No active identity propagation trust for the subject token's issuer "${String(claims.iss)}".`);
    }
    if (!trust.oauthClients.includes(clientId)) {
      throw new TokenEndpointError(401, 'unauthorized_client', `The client ${clientId} is not among the oauthClients of trust "${trust.name}".`);
    }
    if (!hasValidSignature(jwt, trust.publicKey)) {
      throw refused(`The subject token's signature does not verify with the public key of trust "${trust.name}".`);
    }
    const now = Date.now();
    const skew = trust.clockSkewSeconds * 1000;
    const expiresAt = claimTime(claims, 'exp');
    if (!expiresAt || now > expiresAt.getTime() + skew) {
      throw refused(`The subject token has expired${expiresAt ? ` (at ${expiresAt.toISOString()})` : ' (no exp claim)'}.`);
    }
    const notBefore = claimTime(claims, 'nbf');
    if (notBefore && now < notBefore.getTime() - skew) throw refused(`The subject token is not valid before ${notBefore.toISOString()}.`);
    if (!audienceAccepted(trust, claims)) {
      throw refused(
        `The subject token's audience ${JSON.stringify(claims[trust.clientClaimName] ?? null)} is not one trust "${trust.name}" accepts (${trust.clientClaimValues.join(', ')}).`,
      );
    }
    const user = impersonatedUser(trust, claims);
    if (!user) {
      throw refused(`No impersonation rule of trust "${trust.name}" matches the subject token (sub "${String(claims.sub)}").`);
    }
    return user;
  }
}

function formOf(request: EmulatorRequest): URLSearchParams {
  const type = String(request.headers['content-type'] ?? '');
  if (!type.startsWith('application/x-www-form-urlencoded')) throw badRequest('The body must be application/x-www-form-urlencoded.');
  return new URLSearchParams(request.body.toString('utf8'));
}

/** `public_key`: base64 DER SubjectPublicKeyInfo of an RSA key of at least 2048 bits. */
function sessionPublicKey(value: string | null): KeyObject {
  if (!value) throw badRequest('public_key is missing.');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'spki' });
  } catch {
    throw badRequest('public_key is not a base64 DER SubjectPublicKeyInfo.');
  }
  if (key.asymmetricKeyType !== 'rsa' || (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
    throw badRequest('public_key must be an RSA key of at least 2048 bits.');
  }
  return key;
}

function subjectJwt(token: string): Jwt {
  try {
    return decodeJwt(token);
  } catch (error) {
    if (error instanceof JwtFormatError) throw refused(`The subject token is not valid: ${error.message}.`);
    throw error;
  }
}
