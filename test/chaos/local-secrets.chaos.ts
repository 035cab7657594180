import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunResult } from '../../src/engine/run-result.js';
import { runAction } from '../support/action-runner.js';
import { startFakeArtifactService, type FakeArtifactService } from '../support/fake-artifact-service.js';
import { GitFixture, removeGitFixtures } from '../support/git-fixture.js';
import { runnerSecrets, secretHunter } from '../support/secret-hunter.js';

/**
 * The secret-hunting notebook on the local backend, started by the bundled CLI and by the bundled
 * action as a runner starts it, each holding credentials in its environment: it finds none of
 * them, and cannot append to the runner's GITHUB_ENV.
 */
const SECRETS = runnerSecrets();

let folder: string;
let githubEnv: string;
let artifacts: FakeArtifactService;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'local-secrets-'));
  // As on a runner: the command files in a folder of their own under RUNNER_TEMP.
  await mkdir(join(folder, '_runner_file_commands'));
  githubEnv = join(folder, '_runner_file_commands', 'set_env_5f1e');
  await writeFile(githubEnv, '');
  await writeFile(join(folder, 'hunter.ipynb'), secretHunter(SECRETS, githubEnv));
  artifacts = await startFakeArtifactService();
});
afterAll(async () => {
  removeGitFixtures();
  await artifacts?.close();
  await rm(folder, { recursive: true, force: true });
});

/** The bundled CLI running the hunter locally, started with the secrets in its own environment. */
async function cliHunting(...flags: string[]): Promise<{ stderr: string; result: RunResult }> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['dist/cli/index.js', 'run', '--backend', 'local', '--json', '--output-uri', join(folder, 'outputs', ...flags), ...flags, join(folder, 'hunter.ipynb')],
    { env: { ...process.env, ...SECRETS, GITHUB_ENV: githubEnv }, timeout: 90_000 },
  );
  return { stderr, result: (JSON.parse(stdout) as RunResult[])[0]! };
}

describe('a local run hunting for the secrets of the process that started it', () => {
  it('finds nothing, with the strongest isolation this machine allows, and its log says which', async () => {
    const { stderr, result } = await cliHunting();
    const isolation = /oci-run-notebook: isolation: (.*)/.exec(stderr)?.[1];
    expect(isolation).toMatch(/^user: the run has a PID namespace and a mount namespace of its own \(made (as root|through sudo)\) and runs as user nobody/);
    expect(result.state).toBe('SUCCEEDED');
    expect(stderr).toContain('found: nothing');
    expect(stderr).toMatch(/GITHUB_ENV: (No such file or directory|Read-only file system|Permission denied)/);
    expect(await readFile(githubEnv, 'utf8')).toBe('');
    // Its outputs came back to the output folder, as this user's.
    expect(existsSync(result.outputUri!)).toBe(true);
  });

  it('finds nothing either as the same user in namespaces of its own', async () => {
    const { stderr, result } = await cliHunting('--isolation', 'namespace');
    expect(stderr).toMatch(/oci-run-notebook: isolation: namespace: .* runs as the user who started it/);
    expect(result.state).toBe('SUCCEEDED');
    expect(stderr).toContain('found: nothing');
    expect(await readFile(githubEnv, 'utf8')).toBe('');
  });

  it("finds nothing when the action runs it, among the runner's tokens and the action's inputs", async () => {
    const repo = new GitFixture();
    // The runtime token the runner gives the step is the artifact service's.
    const secrets = { ...SECRETS, ...artifacts.env };
    repo.write('notebooks/hunter.ipynb', secretHunter(secrets, githubEnv));
    const sha = repo.commit('notebooks');
    repo.push('main');
    const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
    const outcome = await runAction('dist/index.js', {
      inputs: { backend: 'local', python: '/usr/bin/python3', notebooks: 'notebooks/hunter.ipynb', 'github-token': SECRETS.GITHUB_TOKEN! },
      eventName: 'workflow_dispatch',
      event: {},
      workspace: repo.checkout('main', 1),
      sha,
      env: { ...secrets, GITHUB_ENV: githubEnv, RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: '424242' },
    });
    expect(outcome.stdout).toMatch(/oci-run-notebook: isolation: user: /);
    expect(outcome.stdout).toContain('found: nothing');
    expect(JSON.parse(outcome.outputs.results!)).toMatchObject([{ notebook: 'notebooks/hunter.ipynb', state: 'SUCCEEDED' }]);
    expect(outcome.status).toBe(0);
    expect(await readFile(githubEnv, 'utf8')).toBe('');
  });
});
