import { randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { signJwt, type JwtClaims } from '../oci/jwt.js';
import type { Route } from './route.js';
import { makeRsaKeyPair } from './session-tokens.js';

/** What GitHub puts in a job's ID token besides the standard claims; `sub` is derived unless given. */
export interface GitHubJob {
  repository: string;
  ref: string;
  event_name?: string;
  [claim: string]: unknown;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const ID_TOKEN_PATH = '/_github/idtoken';
const ID_TOKEN_LIFETIME_SECONDS = 300;

export const DEFAULT_GITHUB_JOB: GitHubJob = { repository: 'octo-org/notebooks', ref: 'refs/heads/main', event_name: 'push' };

/**
 * A stand-in for GitHub's ID-token service (`ACTIONS_ID_TOKEN_REQUEST_URL`): a job's request
 * token, sent as a bearer token, gets a short-lived JWT whose claims describe that job, signed
 * with a key the emulator's identity domain trusts. `requestTokenFor` makes more jobs, such as
 * one in another repository.
 */
export class GitHubIdTokenService {
  private keyPair?: Promise<{ privateKey: KeyObject; publicKey: KeyObject }>;
  private readonly jobs = new Map<string, GitHubJob>();
  /** The request token of the default job (octo-org/notebooks, refs/heads/main), as the env file gives it. */
  readonly requestToken: string;

  /** `onUse`: called at each ID-token request, so that what follows (a token exchange) can get ready meanwhile. */
  constructor(private readonly onUse: () => void = () => undefined) {
    this.requestToken = this.requestTokenFor(DEFAULT_GITHUB_JOB);
  }

  /** The public half of the issuer's key, for trusts (GitHub's JWKS). */
  async publicKey(): Promise<KeyObject> {
    return (await this.key()).publicKey;
  }

  requestTokenFor(job: GitHubJob): string {
    const token = randomBytes(24).toString('base64url');
    this.jobs.set(token, job);
    return token;
  }

  /** An ID token as GitHub would sign it for `job`; `overrides` replace any claim (tests of refusals: `exp`, `iss`). */
  async idToken(job: GitHubJob, audience: string, overrides: JwtClaims = {}): Promise<string> {
    const { privateKey } = await this.key();
    const issuedAt = Math.floor(Date.now() / 1000);
    const owner = job.repository.split('/')[0];
    const claims: JwtClaims = {
      jti: randomUUID(),
      sub: `repo:${job.repository}:ref:${job.ref}`,
      aud: audience,
      repository_owner: owner,
      ref_type: job.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      workflow: 'notebooks',
      actor: 'octocat',
      runner_environment: 'github-hosted',
      ...job,
      iss: GITHUB_ISSUER,
      nbf: issuedAt,
      iat: issuedAt,
      exp: issuedAt + ID_TOKEN_LIFETIME_SECONDS,
      ...overrides,
    };
    return signJwt(claims, privateKey, 'github-actions');
  }

  routes(): Route[] {
    return [
      {
        method: 'GET',
        path: ID_TOKEN_PATH,
        operation: 'getGitHubIdToken',
        auth: 'none',
        handle: async (request) => {
          this.onUse();
          const authorization = String(request.headers.authorization ?? '');
          const job = this.jobs.get(authorization.replace(/^Bearer /, ''));
          if (!authorization.startsWith('Bearer ') || !job) {
            return { status: 401, json: { message: 'Bad credentials: the bearer token is not an ACTIONS_ID_TOKEN_REQUEST_TOKEN of this service.' } };
          }
          const audience = request.query.get('audience') ?? `https://github.com/${job.repository.split('/')[0]}`;
          return { status: 200, json: { value: await this.idToken(job, audience) } };
        },
      },
    ];
  }

  /** Made on first use: most emulators never sign in keyless. */
  private key(): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
    this.keyPair ??= makeRsaKeyPair();
    return this.keyPair;
  }
}
