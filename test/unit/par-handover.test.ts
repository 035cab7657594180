import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { handoverKey, sealHandover, unsealHandover } from '../../src/backends/oci/par-handover.js';

const DRIVER_DIR = fileURLToPath(new URL('../../src/artifact/driver/', import.meta.url));
const URL_TO_HAND_OVER = 'https://objectstorage.us-ashburn-1.oraclecloud.com/p/SeCrEtToKeN/n/ns/b/outputs/o/';

/** Runs a few lines of Python beside the driver's modules; stdout, or the error's last line. */
async function python(code: string, env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('python3', ['-c', code], { env: { ...process.env, PYTHONPATH: DRIVER_DIR, ...env } });
    return stdout.trim();
  } catch (error) {
    return (error as { stderr: string }).stderr.trim().split('\n').at(-1)!;
  }
}

const unsealInPython = (sealed: string, key: string) =>
  python(`import driver_handover as h\nprint(h.unseal(${JSON.stringify(sealed)}, bytes.fromhex(${JSON.stringify(key)})))`);

describe('the sealed PAR handover', () => {
  it('is unsealed by the driver to the URL the engine sealed, and shows nothing of it', async () => {
    const key = handoverKey();
    const sealed = sealHandover(URL_TO_HAND_OVER, key);
    expect(sealed).not.toMatch(/SeCrEt|objectstorage|\/p\//);
    expect(unsealHandover(sealed, key)).toBe(URL_TO_HAND_OVER);
    expect(await unsealInPython(sealed, key)).toBe(URL_TO_HAND_OVER);
  });

  it('is refused when it was changed, or sealed with another key', async () => {
    const key = handoverKey();
    const sealed = sealHandover(URL_TO_HAND_OVER, key);
    const [version, body, tag] = sealed.split('.');
    const flipped = `${version}.${body!.startsWith('A') ? 'B' : 'A'}${body!.slice(1)}.${tag}`;
    expect(await unsealInPython(flipped, key)).toMatch(/SetupError: .*does not match OCI_RUN_NOTEBOOK_OUTPUT_PAR_KEY/);
    expect(await unsealInPython(sealed, handoverKey())).toMatch(/does not match/);
    expect(() => unsealHandover(flipped, key)).toThrow(/does not match/);
  });

  it('is waited for while its object is not there yet, and given up after the wait, saying so', async () => {
    const key = handoverKey();
    let asked = 0;
    const server = createServer((request, response) => {
      asked += 1;
      if (request.url === '/slow' && asked >= 3) response.end(sealHandover(URL_TO_HAND_OVER, key));
      else response.writeHead(404).end('{"code":"ObjectNotFound"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const fetchFrom = (path: string, wait: string) =>
      python(`import os, driver_handover as h\nprint(h.pop_handover(os.environ).fetch())`, {
        OCI_RUN_NOTEBOOK_OUTPUT_PAR_HANDOVER: `${base}${path}`,
        OCI_RUN_NOTEBOOK_OUTPUT_PAR_KEY: key,
        OCI_RUN_NOTEBOOK_HANDOVER_WAIT_SECONDS: wait,
      });
    try {
      const waited = await fetchFrom('/slow', '30');
      expect(waited).toContain('oci-run-notebook: waiting for the output pre-authenticated request, handed over once the run exists');
      expect(waited.split('\n').at(-1)).toBe(URL_TO_HAND_OVER);
      expect(asked).toBe(3);
      expect(await fetchFrom('/never', '1')).toMatch(/SetupError: the output pre-authenticated request was not handed over within 1 seconds \(last: HTTP 404\)/);
    } finally {
      server.close();
    }
  });
});
