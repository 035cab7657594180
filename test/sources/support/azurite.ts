import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AZURE_STORAGE_VERSION } from '../../../src/sources/azure-blob-source.js';
import { sharedKeyAuthorization } from '../../../src/sources/azure-shared-key.js';
import { stopProcess } from './stop-process.js';

/** Azurite's built-in development account, the same in every Azurite. */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** The development account's blob endpoint, path-style: `http://127.0.0.1:PORT/devstoreaccount1`. */
  blobEndpoint: string;
  close(): Promise<void>;
}

/** Azurite's Blob service on 127.0.0.1 and a free port, in memory only. */
export async function startAzurite(): Promise<Azurite> {
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  // Azurite writes its metadata into the working directory unless in memory; give it an empty one anyway.
  const cwd = await mkdtemp(join(tmpdir(), 'azurite-'));
  const child = spawn(
    process.execPath,
    [main, '--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--extentMemoryLimit', '256', '--disableTelemetry', '--skipApiVersionCheck', '--silent'],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const listening = new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within 20 s:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /successfully listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code}:\n${output}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  let url: string;
  try {
    url = await listening;
  } catch (error) {
    // A start that failed or timed out must not leave Azurite running or its folder behind.
    await stopProcess(child);
    await rm(cwd, { recursive: true, force: true });
    throw error;
  }
  return {
    blobEndpoint: `${url}/${AZURITE_ACCOUNT}`,
    close: async () => {
      await stopProcess(child);
      await rm(cwd, { recursive: true, force: true });
    },
  };
}

/** One signed request to Azurite with the development account's key. */
async function signedRequest(method: string, url: string, body?: Uint8Array, extra: Record<string, string> = {}): Promise<Response> {
  const headers: Record<string, string> = {
    'x-ms-version': AZURE_STORAGE_VERSION,
    'x-ms-date': new Date().toUTCString(),
    'content-length': String(body?.byteLength ?? 0),
    ...extra,
  };
  headers.authorization = sharedKeyAuthorization({ method, url, headers }, AZURITE_ACCOUNT, AZURITE_KEY);
  return fetch(url, { method, headers, body });
}

/** Creates the container if need be and uploads a block blob, as `az storage blob upload` would. */
export async function uploadBlob(azurite: Azurite, container: string, name: string, content: Uint8Array): Promise<void> {
  const created = await signedRequest('PUT', `${azurite.blobEndpoint}/${container}?restype=container`);
  if (created.status !== 201 && created.status !== 409) throw new Error(`create container ${container}: HTTP ${created.status} ${await created.text()}`);
  const blobUrl = `${azurite.blobEndpoint}/${container}/${name.split('/').map(encodeURIComponent).join('/')}`;
  const put = await signedRequest('PUT', blobUrl, content, { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/x-ipynb+json' });
  if (put.status !== 201) throw new Error(`upload ${name}: HTTP ${put.status} ${await put.text()}`);
}

/** An account SAS for the Blob service (version 2020-12-06 string-to-sign), as the portal or `az` would issue one. */
export function accountSas(options: { permissions: string; expiry: Date; key?: string }): string {
  const version = '2020-12-06';
  const expiry = options.expiry.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const stringToSign = [AZURITE_ACCOUNT, options.permissions, 'b', 'sco', '', expiry, '', 'https,http', version, '', ''].join('\n');
  const signature = createHmac('sha256', Buffer.from(options.key ?? AZURITE_KEY, 'base64')).update(stringToSign, 'utf8').digest('base64');
  return new URLSearchParams({ sv: version, ss: 'b', srt: 'sco', sp: options.permissions, se: expiry, spr: 'https,http', sig: signature }).toString();
}
