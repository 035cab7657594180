import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main.js';
import type { RunResult } from '../../src/engine/run-result.js';
import { startEmulator, writeEnvFile, type Emulator } from '../../src/emulator/emulator.js';
import { decodeJwt } from '../../src/oci/jwt.js';
import { keylessSettings } from '../../src/oci/keyless-credentials.js';
import { exchangeGitHubIdToken, makeSessionKeyPair } from '../../src/oci/oidc-exchange.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { writeSessionTokenProfile } from '../support/session-token-profile.js';

let emulator: Emulator;
let folder: string;
beforeAll(async () => {
  emulator = await startEmulator({ startDelayMs: 50 });
  folder = await mkdtemp(join(tmpdir(), 'keyless-cli-'));
  await writeFile(join(folder, 'hello.ipynb'), notebookBytes(codeCell('print("hello", 6 * 7)')));
});
afterAll(() => emulator?.close());

/** Where the emulator's resources are, but no credentials: each test brings its own. */
const resources = () => {
  const { OCI_DATA_SCIENCE_ENDPOINT, OCI_OBJECT_STORAGE_ENDPOINT, OCI_LOGGING_SEARCH_ENDPOINT, OCI_COMPARTMENT_ID, OCI_PROJECT_ID, OCI_LOG_GROUP_ID, OCI_OUTPUT_URI } = emulator.env;
  return { OCI_DATA_SCIENCE_ENDPOINT, OCI_OBJECT_STORAGE_ENDPOINT, OCI_LOGGING_SEARCH_ENDPOINT, OCI_COMPARTMENT_ID, OCI_PROJECT_ID, OCI_LOG_GROUP_ID, OCI_OUTPUT_URI };
};

/** What signed the job the CLI created: `upst:<token id>` for a session token. Submitting is enough: every call is signed alike. */
const createJobSignedBy = (since: number) => emulator.requests.slice(since).find((request) => request.operation === 'createJob')?.signedBy;

describe('the CLI without an API key', () => {
  it("submits a notebook keyless from the emulator's env file loaded in bash, with the three API-key variables unset", async () => {
    const envFile = join(folder, 'oci.env');
    await writeEnvFile(emulator, envFile);
    const since = emulator.requests.length;
    const script = `set -a; . '${envFile}'; set +a; unset OCI_CLI_USER OCI_CLI_FINGERPRINT OCI_CLI_KEY_CONTENT; exec "$0" -- dist/cli/index.js run --no-wait --json "$1"`;

    const { stdout } = await promisify(execFile)('bash', ['-c', script, process.execPath, join(folder, 'hello.ipynb')], {
      env: { PATH: process.env.PATH, HOME: folder },
    });

    const [result] = JSON.parse(stdout) as RunResult[];
    expect(result!.state).toBe('SUBMITTED');
    expect(createJobSignedBy(since)).toMatch(/^upst:/);
    expect(emulator.requests.slice(since).some((request) => request.signedBy === 'api-key')).toBe(false);
  });

  it('submits a notebook with a session-token profile of an OCI config file', async () => {
    const config = await writeSessionTokenProfile(emulator, folder, 'CI');
    const since = emulator.requests.length;
    let stdout = '';
    const status = await main(
      ['run', '--no-wait', '--json', join(folder, 'hello.ipynb')],
      { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => undefined }, env: { ...resources(), OCI_CONFIG_FILE: config, OCI_CLI_PROFILE: 'CI' } },
    );

    expect(status).toBe(0);
    expect((JSON.parse(stdout) as RunResult[])[0]!.state).toBe('SUBMITTED');
    expect(createJobSignedBy(since)).toMatch(/^upst:/);
  });

  it('stops before any call when the profile\'s session token has expired, saying when and how to renew it', async () => {
    const config = await writeSessionTokenProfile(emulator, folder, 'OLD', { expiredMinutesAgo: 5 });
    const since = emulator.requests.length;
    let stderr = '';
    const status = await main(
      ['run', join(folder, 'hello.ipynb')],
      { stdout: { write: () => undefined }, stderr: { write: (text: string) => (stderr += text) }, env: { ...resources(), OCI_CONFIG_FILE: config, OCI_CLI_PROFILE: 'OLD' } },
    );

    expect(status).toBe(2);
    expect(stderr).toMatch(/^oci-run-notebook: OCI config file .*OLD\.config, profile OLD: its session token \(security_token_file\) expired at .*, 5 minutes ago\. Renew it with `oci session refresh --profile OLD`/);
    expect(emulator.requests.length).toBe(since);
  });

  it("the emulator command's --session-token-seconds sets how long its session tokens live", async () => {
    const envFile = join(folder, 'short.env');
    const stop = new AbortController();
    let stdout = '';
    const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => undefined }, env: {}, signal: stop.signal };
    const serving = main(['emulator', '--session-token-seconds', '5', '--env-file', envFile], io);
    while (!stdout.includes('Environment written')) await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      const env = Object.fromEntries(
        (await readFile(envFile, 'utf8')).split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 2, -1)]),
      );
      const { token } = (await exchangeGitHubIdToken(keylessSettings(env), makeSessionKeyPair(() => undefined), () => undefined)).token as { token: string };
      const claims = decodeJwt(token).payload;
      expect((claims.exp as number) - (claims.iat as number)).toBe(5);
    } finally {
      stop.abort();
    }
    expect(await serving).toBe(0);
    const refused = await main(['emulator', '--session-token-seconds', '0'], { ...io, stderr: { write: (text: string) => (stdout += text) }, signal: undefined });
    expect(refused).toBe(2);
    expect(stdout).toContain('--session-token-seconds: expected a whole number from 1 to 86400, got "0".');
  });
});
