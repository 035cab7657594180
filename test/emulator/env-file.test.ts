import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, writeEnvFile, type Emulator } from '../../src/emulator/index.js';
import { FAST_EMULATOR } from '../support/emulated-oci.js';
import { processIsGone, startRun, waitForLogLine, waitForRun, zipOf } from './job-fixtures.js';
import { sdkClients } from './sdk-clients.js';

const run = promisify(execFile);

describe('emulator environment and shutdown', () => {
  let emulator: Emulator;
  let dir: string;

  beforeAll(async () => {
    emulator = await startEmulator();
    dir = await mkdtemp(join(tmpdir(), 'emulator-env-'));
  });
  afterAll(async () => {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes an env file that bash loads with set -a, private key intact', async () => {
    const file = join(dir, 'oci.env');
    await writeEnvFile(emulator, file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const { stdout } = await run('bash', ['-c', `set -a; . '${file}'; set +a; echo "$OCI_PROJECT_ID"; env -0`]);
    const [projectLine, ...rest] = stdout.split('\n');
    expect(projectLine).toBe(emulator.projectId);
    const loaded = Object.fromEntries(
      rest.join('\n').split('\0').filter(Boolean).map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
    for (const [name, value] of Object.entries(emulator.env)) expect(loaded[name]).toBe(value);
    expect(loaded.OCI_CLI_KEY_CONTENT).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    expect(loaded.OCI_OUTPUT_URI).toBe(`oci://${emulator.outputBucket}@${emulator.namespace}/runs`);

    // A client configured from nothing but the loaded file talks to the emulator.
    const clients = sdkClients(emulator, undefined, loaded);
    expect((await clients.objectStorage.getNamespace({})).value).toBe(emulator.namespace);
  });

  it('uses OCI-shaped identifiers and a colon-separated MD5 fingerprint', () => {
    expect(emulator.tenancyId).toMatch(/^ocid1\.tenancy\.oc1\.\.[a-z2-7]{60}$/);
    expect(emulator.projectId).toMatch(/^ocid1\.datascienceproject\.oc1\.iad\.[a-z2-7]{60}$/);
    expect(emulator.env.OCI_CLI_FINGERPRINT).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`);
  });

  it('kills running job processes on close and stops listening', async () => {
    const own = await startEmulator(FAST_EMULATOR);
    const clients = sdkClients(own);
    const accepted = await startRun(clients.dataScience, own, { bytes: zipOf({ 's.sh': 'sleep 30 &\necho "pids $$ $!"\nwait\n' }), fileName: 'job.zip' }, { JOB_RUN_ENTRYPOINT: 's.sh' });
    await waitForRun(clients.dataScience, accepted.id, ['IN_PROGRESS']);
    const pids = (await waitForLogLine(clients, own, accepted, 'pids ')).split(' ').slice(1).map(Number);
    await own.close();
    expect(pids.every(processIsGone)).toBe(true);
    await expect(fetch(`${own.url}/n`)).rejects.toThrow();
  });
});
