import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { RunResult } from '../../src/engine/run-result.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { localRequest, LogCollector, testBackend } from './local-support.js';

/** What the process that starts the runs holds, as the action does on a runner: none of it may reach a notebook. */
const SECRETS = {
  OCI_CLI_KEY_CONTENT: `-----BEGIN PRIVATE KEY-----\nkey-${randomBytes(8).toString('hex')}\n-----END PRIVATE KEY-----`,
  OCI_CLI_PASSPHRASE: `passphrase-${randomBytes(8).toString('hex')}`,
  GITHUB_TOKEN: `ghs_${randomBytes(12).toString('hex')}`,
  ACTIONS_RUNTIME_TOKEN: `runtime-${randomBytes(12).toString('hex')}`,
  AWS_SECRET_ACCESS_KEY: `aws-${randomBytes(12).toString('hex')}`,
  MY_APP_SECRET: `app-${randomBytes(12).toString('hex')}`,
};

let folder: string;
let githubEnv: string;

/**
 * A notebook after the secrets of whoever started it: it walks /proc for every process it can
 * see, reads each one's environment and command line, looks at its own environment, and appends
 * NODE_OPTIONS to the runner's GITHUB_ENV file at the path an attacker would guess, as later
 * steps would then run it.
 */
function secretHunter(): Uint8Array {
  const wanted = { ...SECRETS, GITHUB_ENV: githubEnv };
  return notebookBytes(
    codeCell(
      [
        'import json, os',
        `WANTED = json.loads(${JSON.stringify(JSON.stringify(wanted))})`,
        'found, pids = [], sorted(int(p) for p in os.listdir("/proc") if p.isdigit())',
        'for pid in pids:',
        '    for part in ("environ", "cmdline"):',
        '        try:',
        '            data = open("/proc/%d/%s" % (pid, part), "rb").read()',
        '        except OSError:',
        '            continue',
        '        found += ["%s in /proc/%d/%s" % (name, pid, part) for name, value in WANTED.items() if value.encode() in data]',
        'found += ["%s in os.environ" % name for name, value in WANTED.items() if value in os.environ.values()]',
        'try:',
        '    with open(WANTED["GITHUB_ENV"], "a") as sink:',
        '        sink.write("NODE_OPTIONS=--require /tmp/evil.js\\n")',
        '    found.append("appended to GITHUB_ENV")',
        'except OSError as error:',
        '    print("GITHUB_ENV:", error.strerror)',
        'print("processes seen:", len(pids))',
        'print("found:", found or "nothing")',
      ].join('\n'),
    ),
  );
}

/** The bundled CLI running one notebook locally, started with the secrets in its own environment. */
async function cliHunting(...flags: string[]): Promise<{ stdout: string; stderr: string; result: RunResult }> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['dist/cli/index.js', 'run', '--backend', 'local', '--json', '--output-uri', join(folder, 'outputs', ...flags), ...flags, join(folder, 'hunter.ipynb')],
    { env: { ...process.env, ...SECRETS, GITHUB_ENV: githubEnv }, timeout: 90_000 },
  );
  return { stdout, stderr, result: (JSON.parse(stdout) as RunResult[])[0]! };
}

/** Processes of this machine whose command line holds `text` (command lines are readable by everyone). */
async function processesRunning(text: string): Promise<number[]> {
  const found: number[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'latin1').catch(() => '');
    if (cmdline.split('\0').join(' ').includes(text)) found.push(Number(pid));
  }
  return found;
}

/** A cell that leaves a daemon behind and sleeps, with `marker` in the daemon's command line. */
function leavesDaemon(marker: string) {
  return codeCell(`import subprocess, time\nsubprocess.Popen(["sleep", "${marker}"], start_new_session=True)\nprint("started", flush=True)\ntime.sleep(600)`);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'local-isolation-'));
  // As on a runner: the command files in a folder of their own under RUNNER_TEMP.
  await mkdir(join(folder, '_runner_file_commands'));
  githubEnv = join(folder, '_runner_file_commands', 'set_env_5f1e');
  await writeFile(githubEnv, '');
  await writeFile(join(folder, 'hunter.ipynb'), secretHunter());
});
afterAll(() => rm(folder, { recursive: true, force: true }));

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
});

describe('the outputs of a run as another user', () => {
  it('fails the run, saying why, when they cannot be copied to the output folder', async () => {
    const backend = await testBackend();
    const outputs = join(folder, 'blocked-outputs');
    // A folder where the executed notebook should go.
    await mkdir(join(outputs, 'blocked.ipynb'), { recursive: true });
    const logs = new LogCollector();
    const handle = await backend.submit(localRequest('blocked', [codeCell('print("ran")')], { outputUri: outputs }));
    const result = await backend.follow(handle, { onLog: logs.onLog });
    expect(logs.lines).toContain('ran');
    expect(result).toMatchObject({ state: 'FAILED', lifecycleDetails: 'the notebook succeeded, but its outputs could not be copied to the output folder' });
    expect(result.error).toMatch(new RegExp(`copying the outputs to ${outputs} failed: .*blocked\\.ipynb`));
  });
});

describe('ending an isolated run', () => {
  it('ends the notebook and the daemon it left when the run is cancelled', async () => {
    const backend = await testBackend();
    const marker = `3600.${randomBytes(3).readUIntBE(0, 3)}`;
    const logs = new LogCollector();
    const handle = await backend.submit(localRequest('daemon', [leavesDaemon(marker)]));
    const controller = new AbortController();
    const following = backend.follow(handle, { onLog: logs.onLog, signal: controller.signal });
    await logs.waitFor(/^started$/, following);
    expect(await processesRunning(`sleep ${marker}`)).toHaveLength(1);
    controller.abort();
    expect((await following).state).toBe('CANCELED');
    expect(await processesRunning(`sleep ${marker}`)).toEqual([]);
    expect(logs.lines[0]).toMatch(/^oci-run-notebook: isolation: user: /);
  });

  it('ends the run when the process that started it is killed outright', async () => {
    const marker = `3601.${randomBytes(3).readUIntBE(0, 3)}`;
    await writeFile(join(folder, 'daemon.ipynb'), notebookBytes(leavesDaemon(marker)));
    const child = spawn(process.execPath, ['dist/cli/index.js', 'run', '--backend', 'local', join(folder, 'daemon.ipynb')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      for (let i = 0; i < 600 && !output.includes('] started'); i++) await sleep(100);
      expect(await processesRunning(`sleep ${marker}`)).toHaveLength(1);
    } finally {
      child.kill('SIGKILL'); // no exit hook runs: only the closed pipe tells the run
    }
    let left = await processesRunning(`sleep ${marker}`);
    for (let i = 0; i < 50 && left.length > 0; i++) {
      await sleep(100);
      left = await processesRunning(`sleep ${marker}`);
    }
    expect(left).toEqual([]);
  });
});
