/**
 * Runs the real notebook driver the way a job run does: the artifact unpacked in a temp folder
 * (driver at the root, notebook under code/), the Jupyter Python, a fake pre-authenticated
 * request (PAR) on 127.0.0.1 standing in for Object Storage.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DRIVER_DIR = fileURLToPath(new URL('../../src/artifact/driver/', import.meta.url));
/** Every driver file: the entry point and the modules it imports, all at the artifact's root. */
export const DRIVER_FILES = readdirSync(DRIVER_DIR).filter((name) => name.endsWith('.py')).sort();
export const NOTEBOOKS_DIR = fileURLToPath(new URL('../fixtures/notebooks/', import.meta.url));

/** A job artifact unpacked in a temp folder. */
export interface UnpackedJob {
  root: string;
  /** `code/<fixture>`, what JOB_RUN_NOTEBOOK names. */
  notebook: string;
  remove(): Promise<void>;
}

/** Lays out the driver at the root and the fixture at `code/<fixture>`, plus any extra files under code/. */
export async function unpackJob(fixture: string, extraFiles: Record<string, string> = {}): Promise<UnpackedJob> {
  const root = await mkdtemp(join(tmpdir(), 'driver-test-'));
  await mkdir(join(root, 'code'));
  for (const file of DRIVER_FILES) await copyFile(join(DRIVER_DIR, file), join(root, file));
  await copyFile(join(NOTEBOOKS_DIR, fixture), join(root, 'code', fixture));
  for (const [path, content] of Object.entries(extraFiles)) {
    await mkdir(dirname(join(root, 'code', path)), { recursive: true });
    await writeFile(join(root, 'code', path), content);
  }
  return { root, notebook: `code/${fixture}`, remove: () => rm(root, { recursive: true, force: true }) };
}

export interface DriverRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** How the test starts the driver and reads its stdout: plainly, at full speed, unless told otherwise. */
export interface DriverRunOptions {
  /** Arguments to the interpreter before the driver's file (`-S`: no site packages). */
  pythonArgs?: string[];
  /** The entry point the job runs: `driver_notebook.py` unless told otherwise (`driver_batch.py`). */
  entry?: string;
  /** Called with all of stdout so far after each chunk, and the driver's process: to signal it mid-run. */
  onStdout?: (stdout: string, driver: ChildProcess) => void;
  /** After each chunk of stdout, stop reading for this long, as a busy log reader does. */
  pauseMs?: number;
  /** After the first chunk, stop reading until this file exists, and a second more: a reader stalled for a known stretch. */
  holdUntilFile?: string;
}

/** Runs driver_notebook.py (or `options.entry`) in `root` with only the given environment (plus PATH and HOME). */
export function runDriver(python: string, root: string, env: Record<string, string>, options: DriverRunOptions = {}): Promise<DriverRun> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' };
  if (process.env.HOME) base.HOME = process.env.HOME;
  return new Promise((resolve, reject) => {
    const child = spawn(python, [...(options.pythonArgs ?? []), options.entry ?? 'driver_notebook.py'], { cwd: root, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    let held = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(stdout, child);
      if (options.holdUntilFile && !held) {
        held = true;
        child.stdout.pause();
        const marker = options.holdUntilFile;
        const poll = setInterval(() => {
          if (!existsSync(marker)) return;
          clearInterval(poll);
          setTimeout(() => child.stdout.resume(), 1000);
        }, 50);
      } else if (options.pauseMs) {
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), options.pauseMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RecordedPut {
  /** The object name, percent-decoded. */
  object: string;
  /** The request path as sent, still percent-encoded. */
  rawPath: string;
  body: Buffer;
  contentType?: string;
}

/** A local stand-in for an Object Storage PAR that accepts PUTs under /p/<token>/n/<ns>/b/<bucket>/o/. */
export class FakeParServer {
  readonly token = `secret-token-${randomBytes(12).toString('hex')}`;
  readonly puts: RecordedPut[] = [];
  /** Every request, successful or not: `${status} ${object}`. */
  readonly attempts: string[] = [];
  private failuresLeft = 0;
  private failStatus = 503;
  private server?: Server;
  private port = 0;

  constructor(
    readonly namespace = 'testns',
    readonly bucket = 'outputs',
  ) {}

  /** The next `count` requests are answered with `status` (count Infinity: all of them). */
  failNext(count: number, status = 503): void {
    this.failuresLeft = count;
    this.failStatus = status;
  }

  get parUrl(): string {
    return `http://127.0.0.1:${this.port}/p/${this.token}/n/${this.namespace}/b/${this.bucket}/o/`;
  }

  /** The stored object's body, by decoded object name. */
  object(name: string): Buffer | undefined {
    return this.puts.find((put) => put.object === name)?.body;
  }

  async start(): Promise<this> {
    const base = `/p/${this.token}/n/${this.namespace}/b/${this.bucket}/o/`;
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const rawPath = request.url ?? '';
        const object = rawPath.startsWith(base)
          ? rawPath.slice(base.length).split('/').map(decodeURIComponent).join('/')
          : '';
        let status = 200;
        if (request.method !== 'PUT' || !object) status = 404;
        else if (this.failuresLeft > 0) {
          this.failuresLeft -= 1;
          status = this.failStatus;
        }
        this.attempts.push(`${status} ${object}`);
        if (status === 200) {
          const contentType = request.headers['content-type'];
          this.puts.push({ object, rawPath, body: Buffer.concat(chunks), contentType });
        }
        response.writeHead(status, { 'content-type': 'application/json', 'opc-request-id': 'test' });
        response.end(status === 200 ? '' : JSON.stringify({ code: 'ServiceUnavailable', message: 'try later' }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The saved notebook as JSON. */
export async function readNotebook(path: string): Promise<Notebook> {
  return JSON.parse(await readFile(path, 'utf8')) as Notebook;
}

export function parseNotebook(body: Buffer | undefined): Notebook {
  if (!body) throw new Error('the notebook was not uploaded');
  return JSON.parse(body.toString('utf8')) as Notebook;
}

export interface Notebook {
  cells: Array<{
    cell_type: string;
    execution_count?: number | null;
    metadata: { tags?: string[] };
    outputs?: Array<{ output_type: string; text?: string | string[]; ename?: string; traceback?: string[]; data?: Record<string, unknown> }>;
    source: string | string[];
  }>;
  metadata: { language_info?: { name?: string; version?: string } };
}

/** Everything a cell printed, as one string. */
export function cellText(notebook: Notebook, cellNumber: number): string {
  const cell = notebook.cells[cellNumber - 1];
  return (cell.outputs ?? [])
    .map((out) => {
      if (out.output_type === 'stream') return ([] as string[]).concat(out.text ?? []).join('');
      if (out.output_type === 'error') return `${out.ename}\n${(out.traceback ?? []).join('\n')}`;
      return ([] as string[]).concat((out.data?.['text/plain'] as string | string[]) ?? []).join('');
    })
    .join('');
}

/**
 * Python lines that walk up from the process running them (a kernel) through every ancestor it
 * can read, leaving `found` (where any of `needles` is, in an environment block or command line)
 * and `looked` (how many blocks were read).
 */
export function ancestorSearch(needles: string[]): string[] {
  return [
    'import json, os',
    `NEEDLES = [needle.encode() for needle in json.loads(${JSON.stringify(JSON.stringify(needles))})]`,
    'found, looked, pid = [], 0, os.getpid()',
    'while pid > 1:',
    '    for part in ("environ", "cmdline"):',
    '        try:',
    '            data = open("/proc/%d/%s" % (pid, part), "rb").read()',
    '        except OSError:',
    '            continue',
    '        looked += 1',
    '        if any(needle in data for needle in NEEDLES):',
    '            found.append("%d/%s" % (pid, part))',
    '    pid = int(open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[1])',
  ];
}
