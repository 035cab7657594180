import type { KeyObject } from 'node:crypto';
import type * as common from 'oci-common';
import { signOciRequest } from './request-signer.js';
import type { SessionToken } from './session-token.js';

/** A session token and the private half of the key it is bound to. */
export interface SessionCredentials {
  token: SessionToken;
  privateKey: KeyObject;
}

/** Where the signer gets the token to sign with: a fixed file's, or one renewed before it expires. */
export interface SessionSource {
  current(): Promise<SessionCredentials>;
}

/**
 * Signs as a session token (`keyId="ST$<token>"`) with the session's key, parsed once; the same
 * signing string as API keys (see signOciRequest), which is what OCI and the emulator verify.
 */
export class SessionTokenRequestSigner implements common.RequestSigner {
  constructor(private readonly source: SessionSource) {}

  async signHttpRequest(request: common.HttpRequest, forceExcludeBody = false): Promise<void> {
    const { token, privateKey } = await this.source.current();
    await signOciRequest(request, `ST$${token.token}`, privateKey, forceExcludeBody);
  }
}
