import { CredentialsError } from './credentials-error.js';
import { decodeJwt } from './jwt.js';
import { fetchOrTransient, retryTransient, TransientError } from './transient-retry.js';

/** Where a GitHub Actions job asks for its ID token; set only with `permissions: id-token: write`. */
export const ID_TOKEN_VARIABLES = { url: 'ACTIONS_ID_TOKEN_REQUEST_URL', token: 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' } as const;

type Environment = Record<string, string | undefined>;

/** The step's ID-token request URL and bearer token; a clear error when the job was given none. */
export function idTokenRequest(env: Environment, requestedBy: string): { url: string; token: string } {
  const url = env[ID_TOKEN_VARIABLES.url];
  const token = env[ID_TOKEN_VARIABLES.token];
  if (!url || !token) {
    throw new CredentialsError(
      `${requestedBy} is set, so this step signs in to OCI with the job's GitHub ID token, but GitHub gave this job none ` +
        `(${!url ? ID_TOKEN_VARIABLES.url : ID_TOKEN_VARIABLES.token} is not set). Add \`permissions: id-token: write\` to the workflow or the job ` +
        '(GitHub gives no ID token to workflows run for pull requests from forks); see docs/keyless.md.',
    );
  }
  return { url, token };
}

/**
 * A fresh ID token for `audience` from GitHub's token service, as `@actions/core`'s getIDToken
 * asks for it (`<url>&audience=...`, bearer request token), without loading @actions/core, so the
 * CLI in a workflow step signs in the same way as the action.
 */
export async function requestGitHubIdToken(request: { url: string; token: string }, audience: string): Promise<string> {
  const url = new URL(request.url);
  url.searchParams.set('audience', audience);
  return retryTransient(async () => {
    const response = await fetchOrTransient(
      url.href,
      { headers: { authorization: `Bearer ${request.token}`, accept: 'application/json' } },
      "GitHub's ID-token service",
    );
    if (response.status >= 500 || response.status === 429) throw new TransientError(`GitHub's ID-token service answered HTTP ${response.status}`);
    if (!response.ok) {
      throw new CredentialsError(`GitHub's ID-token service refused an ID token (HTTP ${response.status}): ${await messageOf(response)}`);
    }
    const value = ((await response.json().catch(() => ({}))) as { value?: unknown }).value;
    if (typeof value !== 'string' || !value) throw new CredentialsError("GitHub's ID-token service answered without a token (no `value`).");
    try {
      decodeJwt(value);
    } catch {
      throw new CredentialsError("GitHub's ID-token service answered something that is not a JSON Web Token.");
    }
    return value;
  });
}

async function messageOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    return String((JSON.parse(text) as { message?: unknown }).message ?? text).slice(0, 300);
  } catch {
    return text.slice(0, 300);
  }
}
