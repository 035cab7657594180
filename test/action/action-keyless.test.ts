import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedRequest } from '../../src/emulator/index.js';
import { GitFixture } from '../support/git-fixture.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { runAction, startAction, type ActionRun } from '../support/action-runner.js';
import { emulatedOci, MAIN, POST, printing, pushEvent, repositoryWithFiveNotebooks, type ResultOutput } from './emulated-action.js';

const oci = emulatedOci();

/**
 * The runner's environment for a keyless job: the emulator's endpoints, region and tenancy, and
 * the ID-token variables GitHub sets with `id-token: write`; no API key, no OCI_OIDC_* (the
 * action's inputs say those). `extra` replaces or removes (undefined) variables.
 */
function keylessEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const { OCI_CLI_USER, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT, OCI_OIDC_DOMAIN_URL, OCI_OIDC_CLIENT_IDENTIFIER, ...rest } = oci.emulator.env;
  return { ...rest, ...extra };
}

const keylessInputs = (extra: Record<string, string> = {}) =>
  oci.inputs({ 'oidc-domain-url': oci.emulator.env.OCI_OIDC_DOMAIN_URL!, 'oidc-client-identifier': oci.emulator.env.OCI_OIDC_CLIENT_IDENTIFIER!, ...extra });

const exchanges = (requests: RecordedRequest[]) => requests.filter((request) => request.operation === 'exchangeToken');
const sessionTokensUsed = (requests: RecordedRequest[]) => new Set(requests.map((request) => request.signedBy).filter((by) => by?.startsWith('upst:')));

/** Every file under `folder`, read. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

/** A one-notebook repository, run on workflow_dispatch. */
function dispatchOf(notebook: Uint8Array | string, env: Record<string, string | undefined>, inputs = keylessInputs()): ActionRun {
  const repo = new GitFixture();
  repo.write('job.ipynb', notebook);
  const sha = repo.commit('one notebook');
  repo.push('main');
  return { eventName: 'workflow_dispatch', event: {}, workspace: repo.checkout('main', 1), sha, env, inputs: { ...inputs, notebooks: 'job.ipynb' } };
}

describe('the action signed in keyless', () => {
  it('runs the notebooks of a push with no API key anywhere, renewing its session token while the run outlives it, every secret masked', async () => {
    const { repo, first } = repositoryWithFiveNotebooks();
    repo.write('notebooks/b.ipynb', notebookBytes(codeCell('import time\nprint("b keyless", flush=True)\ntime.sleep(3)\nprint("b still here")')));
    const second = repo.commit('change b');
    repo.push('main');
    const home = mkdtempSync(join(tmpdir(), 'keyless-home-'));
    const runnerTemp = mkdtempSync(join(tmpdir(), 'keyless-temp-'));
    const env = keylessEnv({ HOME: home, RUNNER_TEMP: runnerTemp });
    expect(Object.keys(env).filter((name) => /^OCI_CLI_(USER|FINGERPRINT|KEY_CONTENT|KEY_FILE|PASSPHRASE)$/.test(name))).toEqual([]);
    expect(JSON.stringify(env)).not.toMatch(/PRIVATE KEY/);
    // Session tokens that live 2 s: the run, its kernel start and its 3 s sleep outlive several.
    oci.emulator.identityDomain.sessionTokenSeconds = 2;
    const since = oci.emulator.requests.length;
    let outcome;
    try {
      outcome = await runAction(MAIN, { inputs: keylessInputs(), env, eventName: 'push', event: pushEvent(first, second), workspace: repo.checkout('main', 10), sha: second });
    } finally {
      oci.emulator.identityDomain.sessionTokenSeconds = 3600;
    }

    expect(outcome.status).toBe(0);
    const [result] = JSON.parse(outcome.outputs.results!) as ResultOutput[];
    expect([result!.notebook, result!.state]).toEqual(['notebooks/b.ipynb', 'SUCCEEDED']);
    expect(outcome.stdout).toContain('[notebooks/b.ipynb] b still here');
    const calls = oci.emulator.requests.slice(since);
    const signed = calls.filter((call) => call.signedBy);
    expect(signed.map((call) => call.operation)).toEqual(expect.arrayContaining(['createJob', 'createJobArtifact', 'createJobRun', 'getJobRun']));
    expect(signed.every((call) => call.signedBy!.startsWith('upst:'))).toBe(true);
    // Renewed before each token expired: several exchanges, several tokens, and not one call refused.
    expect(calls.filter((call) => call.status === 401)).toEqual([]);
    expect(exchanges(calls).length).toBeGreaterThanOrEqual(3);
    expect(exchanges(calls).every((call) => call.status === 200)).toBe(true);
    expect(sessionTokensUsed(calls).size).toBeGreaterThanOrEqual(3);
    // The ID token, the session tokens, the client secret and each line of the ephemeral key are masked, and printed nowhere else.
    const masked = [...outcome.stdout.matchAll(/^::add-mask::(.*)$/gm)].map((match) => match[1]!);
    expect(masked).toEqual(expect.arrayContaining([oci.emulator.identityDomain.clientSecret, expect.stringMatching(/^eyJ.*\..*\./), expect.stringMatching(/^MII/)]));
    expect(masked.filter((value) => value.startsWith('eyJ')).length).toBeGreaterThanOrEqual(6);
    const printed = outcome.stdout.replace(/^::add-mask::.*\n/gm, '') + outcome.stderr + outcome.summary;
    for (const secret of masked) expect(printed).not.toContain(secret);
    // The key was made in memory: nothing the step could write to holds one.
    expect([...filesUnder(home), ...filesUnder(runnerTemp)].join('\n')).not.toMatch(/PRIVATE KEY/);
  });

  it('signs in afresh in the post step to cancel the runs the killed main step left', async () => {
    const run = dispatchOf(notebookBytes(codeCell('import time\nprint("started", flush=True)\ntime.sleep(300)')), keylessEnv());
    const main = startAction(MAIN, run);
    for (let i = 0; i < 300 && (main.stateNow()['runs-in-flight'] ?? '[]') === '[]'; i++) await sleep(100);
    const [handle] = JSON.parse(main.stateNow()['runs-in-flight'] ?? '[]') as Array<{ runId: string }>;
    expect(handle).toBeDefined();
    main.child.kill('SIGKILL');
    await main.outcome();
    const since = oci.emulator.requests.length;

    const post = await runAction(POST, { ...run, state: main.stateNow() });

    expect(post.status).toBe(0);
    expect(post.stdout).toContain(`cancelled run ${handle!.runId}`);
    const calls = oci.emulator.requests.slice(since);
    expect(exchanges(calls).map((call) => call.status)).toEqual([200]);
    expect(calls.find((call) => call.operation === 'cancelJobRun')!.signedBy).toMatch(/^upst:/);
  });

  it('fails before any OCI call when the job has no id-token permission, saying which permission', async () => {
    const since = oci.emulator.requests.length;

    const outcome = await runAction(MAIN, dispatchOf(printing('never'), keylessEnv({ ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined })));

    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toMatch(
      /::error::credentials: oidc-domain-url is set, so this step signs in to OCI with the job's GitHub ID token, but GitHub gave this job none \(ACTIONS_ID_TOKEN_REQUEST_URL is not set\)\. Add `permissions: id-token: write`/,
    );
    expect(oci.emulator.requests.length).toBe(since);
  });

  it("fails before creating anything when the trust's rules refuse a token from another repository", async () => {
    const fork = oci.emulator.github.requestTokenFor({ repository: 'someone/notebooks', ref: 'refs/heads/main' });
    const since = oci.emulator.requests.length;

    const outcome = await runAction(MAIN, dispatchOf(printing('never'), keylessEnv({ ACTIONS_ID_TOKEN_REQUEST_TOKEN: fork })));

    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toContain('No impersonation rule of trust "github-actions" matches the subject token (sub "repo:someone/notebooks:ref:refs/heads/main")');
    expect(outcome.stdout).toContain("The domain's identity propagation trust did not accept this job's token");
    expect(oci.emulator.requests.slice(since).map((call) => call.operation)).toEqual(['getGitHubIdToken', 'exchangeToken']);
  });

  it.each([
    [{ 'oidc-client-identifier': 'client-without-secret' }, /::error::oidc-client-identifier: expected client_id:client_secret/],
    [{ 'oidc-domain-url': 'http://idcs-0123.identity.oraclecloud.com' }, /::error::oidc-domain-url: expected the identity domain's URL, such as https:/],
  ])('refuses keyless inputs %j, naming the input', async (inputs, message) => {
    const since = oci.emulator.requests.length;

    const outcome = await runAction(MAIN, dispatchOf(printing('never'), keylessEnv(), keylessInputs(inputs)));

    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toMatch(message);
    expect(outcome.stdout).not.toMatch(/^(?!::add-mask::).*client-without-secret/m);
    expect(oci.emulator.requests.length).toBe(since);
  });
});
