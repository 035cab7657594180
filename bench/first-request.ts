import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { median } from './bench-report.js';

/** API-key variables for a made-up user; requests go to `url`, which answers 404 to all. */
function fakeCredentials(url: string): Record<string, string> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    OCI_CLI_USER: 'ocid1.user.oc1..aaaabench',
    OCI_CLI_TENANCY: 'ocid1.tenancy.oc1..aaaabench',
    OCI_CLI_FINGERPRINT: '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff',
    OCI_CLI_KEY_CONTENT: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    OCI_CLI_REGION: 'us-ashburn-1',
    OCI_DATA_SCIENCE_ENDPOINT: url,
    OCI_OBJECT_STORAGE_ENDPOINT: url,
    OCI_LOGGING_SEARCH_ENDPOINT: url,
  };
}

export interface FirstRequestTimes {
  /** Median from starting `node <args>` to its first API request arriving. */
  median: number;
  /** The same for a bare `node -e "fetch(url)"` with the same node: what node alone costs here. */
  nodeFloor: number;
}

/** Starts that are not counted: the first ones pay for reading the bundle from disk. */
const WARM_UPS = 2;

/**
 * Times from starting `node <args>` to its first API request arriving, over `samples` starts
 * after a warm-up. `env` gets credentials and endpoints pointing at a local server that times arrivals.
 */
export async function timeToFirstRequest(
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  samples: number,
  node = process.execPath,
): Promise<FirstRequestTimes> {
  let arrived: (() => void) | undefined;
  const server = createServer((_request, response) => {
    arrived?.();
    response.writeHead(404, { 'content-type': 'application/json', 'opc-request-id': 'bench' });
    response.end('{"code":"NotAuthorizedOrNotFound","message":"bench"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const childEnv = { ...process.env, ...env, ...fakeCredentials(url) };
  const timeOne = async (nodeArgs: string[]): Promise<number> => {
    const started = performance.now();
    const child = spawn(node, nodeArgs, { env: childEnv, cwd, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const first = new Promise<void>((resolve) => (arrived = resolve));
    const winner = await Promise.race([first.then(() => 'request'), exited.then(() => 'exit')]);
    if (winner === 'exit') throw new Error(`node ${nodeArgs.join(' ')} exited before making any API request`);
    const elapsed = performance.now() - started;
    arrived = undefined;
    child.kill('SIGKILL');
    await exited;
    return elapsed;
  };
  const bare = ['-e', `fetch(${JSON.stringify(`${url}/n`)}).catch(() => undefined)`];
  const times: number[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < WARM_UPS; i++) await timeOne(args);
    // Interleaved, so a slower spell of the machine weighs on both alike.
    for (let i = 0; i < samples; i++) {
      times.push(await timeOne(args));
      floor.push(await timeOne(bare));
    }
  } finally {
    server.close();
  }
  return { median: median(times), nodeFloor: median(floor) };
}

/** The figure's note: how much of it is node's own start here, which no code of ours can shorten. */
export function floorNote({ median: value, nodeFloor }: FirstRequestTimes): string {
  return `node alone (a bare fetch) takes ${nodeFloor.toFixed(1)} ms here; our code adds ${(value - nodeFloor).toFixed(1)} ms`;
}
