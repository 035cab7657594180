import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, hasValidSignature, signJwt } from '../../src/oci/jwt.js';
import { RenewingSession } from '../../src/oci/renewing-session.js';
import { describeExpiry, parseSessionToken, renewalTime, type SessionToken } from '../../src/oci/session-token.js';
import type { SessionCredentials } from '../../src/oci/session-token-signer.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('JSON Web Tokens', () => {
  it('signs RS256 tokens that verify with the right key only', () => {
    const token = signJwt({ sub: 'repo:octo-org/notebooks:ref:refs/heads/main', exp: 2_000_000_000 }, privateKey, 'k1');
    const jwt = decodeJwt(token);
    expect(jwt.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'k1' });
    expect(jwt.payload.sub).toBe('repo:octo-org/notebooks:ref:refs/heads/main');
    expect(hasValidSignature(jwt, publicKey)).toBe(true);
    expect(hasValidSignature(jwt, other.publicKey)).toBe(false);
    const [header, , signature] = token.split('.');
    const tampered = decodeJwt(`${header}.${Buffer.from('{"sub":"repo:evil/fork"}').toString('base64url')}.${signature}`);
    expect(hasValidSignature(tampered, publicKey)).toBe(false);
  });
});

describe('session tokens', () => {
  it('reads the expiry of a token file, trailing newline and all', () => {
    const token = signJwt({ iat: 1_700_000_000, exp: 1_700_003_600 }, privateKey);
    expect(parseSessionToken(`${token}\n`, 'the token file')).toEqual({
      token,
      expiresAt: new Date(1_700_003_600_000),
      issuedAt: new Date(1_700_000_000_000),
    });
  });

  it('refuses what is not a session token, naming where it came from and never quoting it', () => {
    expect(() => parseSessionToken('not-a-token-secret', 'the security_token_file of profile X')).toThrow(
      /^the security_token_file of profile X is not an OCI session token: it is not a JSON Web Token/,
    );
    expect(() => parseSessionToken('not-a-token-secret', 'file')).not.toThrow(/not-a-token-secret/);
    expect(() => parseSessionToken(signJwt({ sub: 'x' }, privateKey), 'file')).toThrow(/it has no expiry \(exp claim\)/);
  });

  it('says when a token expired and how long ago', () => {
    const now = Date.parse('2025-07-01T10:30:00Z');
    expect(describeExpiry(new Date('2025-07-01T10:00:00Z'), now)).toBe('at 2025-07-01T10:00:00Z, 30 minutes ago');
    expect(describeExpiry(new Date('2025-07-01T10:31:00Z'), now)).toBe('at 2025-07-01T10:31:00Z, 1 minute from now');
  });

  it('renews an hour-long token five minutes before it expires, a short one at three quarters of its life', () => {
    const hour: SessionToken = { token: 't', issuedAt: new Date(0), expiresAt: new Date(3_600_000) };
    expect(renewalTime(hour)).toBe(3_300_000);
    const short: SessionToken = { token: 't', issuedAt: new Date(0), expiresAt: new Date(4000) };
    expect(renewalTime(short)).toBe(3000);
  });
});

describe('RenewingSession', () => {
  /** A session whose tokens live `lifetimeMs`, on a clock the test moves; `fail` makes the next renewals throw. */
  function session(lifetimeMs: number) {
    const clock = { now: 0 };
    const state = { obtained: 0, fail: false };
    const renewing = new RenewingSession(
      async () => {
        if (state.fail) throw new Error('identity domain unavailable');
        state.obtained++;
        const credentials: SessionCredentials = {
          token: { token: `token-${state.obtained}`, issuedAt: new Date(clock.now), expiresAt: new Date(clock.now + lifetimeMs) },
          privateKey,
        };
        return credentials;
      },
      { now: () => clock.now, retryAfterFailureMs: 30_000 },
    );
    return { clock, state, renewing, token: async () => (await renewing.current()).token.token };
  }

  it('keeps a token until its renewal time, then renews it once for all the requests signed meanwhile', async () => {
    const { clock, state, token, renewing } = session(3_600_000);
    expect(await token()).toBe('token-1');
    clock.now = 3_299_000;
    expect(await token()).toBe('token-1');
    clock.now = 3_300_000;
    const concurrent = await Promise.all([renewing.current(), renewing.current(), renewing.current()]);
    expect(concurrent.map((credentials) => credentials.token.token)).toEqual(['token-2', 'token-2', 'token-2']);
    expect(state.obtained).toBe(2);
  });

  it('signs with the old token while it is valid when a renewal fails, tries again later, and fails once it has expired', async () => {
    const { clock, state, token } = session(3_600_000);
    await token();
    state.fail = true;
    clock.now = 3_400_000;
    expect(await token()).toBe('token-1');
    clock.now = 3_410_000;
    expect(await token()).toBe('token-1'); // not tried again within 30 s
    state.fail = false;
    clock.now = 3_431_000;
    expect(await token()).toBe('token-2');
    state.fail = true;
    clock.now = 3_431_000 + 3_600_000;
    await expect(token()).rejects.toThrow('identity domain unavailable');
  });
});
