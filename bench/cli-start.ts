import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, report } from './bench-report.js';

/** (c) From `node dist/cli/index.js run` starting to its first API request arriving. */
export async function benchCliStart(samples = 10) {
  const folder = await mkdtemp(join(tmpdir(), 'bench-cli-'));
  const notebook = join(folder, 'n.ipynb');
  await writeFile(notebook, JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] }));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let firstRequest: (() => void) | undefined;
  const server = createServer((_request, response) => {
    firstRequest?.();
    response.writeHead(404, { 'content-type': 'application/json', 'opc-request-id': 'bench' });
    response.end('{"code":"NotAuthorizedOrNotFound","message":"bench"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const env = {
    ...process.env,
    OCI_CLI_USER: 'ocid1.user.oc1..aaaabench',
    OCI_CLI_TENANCY: 'ocid1.tenancy.oc1..aaaabench',
    OCI_CLI_FINGERPRINT: '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff',
    OCI_CLI_KEY_CONTENT: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    OCI_CLI_REGION: 'us-ashburn-1',
    OCI_DATA_SCIENCE_ENDPOINT: url,
    OCI_OBJECT_STORAGE_ENDPOINT: url,
    OCI_LOGGING_SEARCH_ENDPOINT: url,
    OCI_COMPARTMENT_ID: 'ocid1.compartment.oc1..aaaabench',
    OCI_PROJECT_ID: 'ocid1.datascienceproject.oc1.iad.aaaabench',
  };
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const child = spawn(process.execPath, ['dist/cli/index.js', 'run', '--no-wait', notebook], { env, stdio: 'ignore' });
    await new Promise<void>((resolve) => (firstRequest = resolve));
    times.push(performance.now() - started);
    firstRequest = undefined;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  server.close();
  const value = median(times);
  return report({ name: '(c) CLI start to first API request, median', value, unit: 'ms', bound: 300, target: '< 300 ms', ok: value < 300 });
}
