import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { handoverKey, sealHandover } from '../../src/backends/oci/par-handover.js';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import {
  ancestorSearch,
  cellText,
  FakeParServer,
  parseNotebook,
  readNotebook,
  runDriver,
  unpackJob,
  type DriverRun,
  type UnpackedJob,
} from './harness.js';

/** The notebook reads input.txt from its own folder: an input file the run leaves unchanged. */
const INPUT = { 'input.txt': 'alpha beta gamma\n' };

let python: string;
let par: FakeParServer;

/** A cell walking up from the kernel through every ancestor it can read, printing where any of `needles` is in an environment block or command line. */
function ancestorHunter(needles: string[]) {
  return codeCell(
    [
      ...ancestorSearch(needles),
      'print("output PAR found in:", found or "nowhere")',
    ].join('\n'),
  );
}

beforeAll(async () => {
  python = await findJupyterPython();
  par = await new FakeParServer().start();
});

afterAll(async () => {
  await par.stop();
});

describe('the notebook environment', () => {
  let job: UnpackedJob;
  let run: DriverRun;

  beforeAll(async () => {
    job = await unpackJob('env-vars.ipynb');
    run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: job.notebook,
      JOB_RUN_OCID: 'ocid1.datasciencejobrun.oc1..env',
      GREETING: 'hello from the job',
      OUTPUT_URI: 'oci://outputs@testns/env',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
    });
  });
  afterAll(() => job.remove());

  it("passes the job run's environment variables to the notebook", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('GREETING=hello from the job');
    expect(run.stdout).toContain('JOB_RUN_OCID=ocid1.datasciencejobrun.oc1..env');
  });

  it('keeps the pre-authenticated request URL out of the notebook kernel', () => {
    expect(run.stdout).toContain('output PAR visible to the notebook: False');
    expect(par.object('env/env-vars.ipynb')?.toString('utf8')).not.toContain(par.token);
  });
});

describe('what a notebook can reach of the driver', () => {
  let job: UnpackedJob;
  let run: DriverRun;
  let unpackLog: string;

  beforeAll(async () => {
    // Walks up from the kernel to every ancestor it can read, as a notebook after the output PAR
    // would; then leaves links and a FIFO among its outputs, as one after the machine's files would.
    const hunter = notebookBytes(
      ancestorHunter(['OCI_RUN_NOTEBOOK_OUTPUT_PAR=', par.token]),
      codeCell('os.symlink("/etc/passwd", "passwd-link.txt")\nos.symlink("/etc", "etc-link")\nos.mkfifo("pipe")\nopen("kept.txt", "w").write("kept")'),
    );
    job = await unpackJob('passing.ipynb', { 'hunter.ipynb': Buffer.from(hunter).toString('utf8') });
    // As in a published conda pack: the interpreter's bin/ has a conda-unpack, which the driver
    // runs once, after it has restarted itself without the PAR in its environment.
    const conda = join(job.root, 'conda');
    await mkdir(join(conda, 'bin'), { recursive: true });
    const { stdout: executable } = await promisify(execFile)(python, ['-c', 'import os, sys; print(os.path.realpath(sys.executable))']);
    await symlink(executable.trim(), join(conda, 'bin', 'python'));
    await writeFile(join(conda, 'bin', 'conda-unpack'), '#!/bin/sh\necho "unpacked with PAR: ${OCI_RUN_NOTEBOOK_OUTPUT_PAR:-none}" >> "$(dirname "$0")/../unpack.log"\n', { mode: 0o755 });
    run = await runDriver(join(conda, 'bin', 'python'), job.root, {
      JOB_RUN_NOTEBOOK: 'code/hunter.ipynb',
      OUTPUT_URI: 'oci://outputs@testns/hunt',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
    });
    unpackLog = await readFile(join(conda, 'unpack.log'), 'utf8').catch(() => '');
  });
  afterAll(() => job.remove());

  it('runs conda-unpack once, after the restart, and the restarted driver is the conda pack\'s Python', () => {
    expect(unpackLog).toBe('unpacked with PAR: none\n');
  });

  it("finds the output PAR in no ancestor's environment block or command line, and the driver still uploads with it", () => {
    expect(run.stdout).toContain('output PAR found in: nowhere');
    expect(run.code).toBe(0);
    expect(par.object('hunt/hunter.ipynb')).toBeDefined();
  });

  it('uploads no symbolic link and no FIFO, and says so', () => {
    expect(par.puts.map((put) => put.object).filter((name) => name.startsWith('hunt/'))).toEqual(['hunt/hunter.ipynb', 'hunt/kept.txt']);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('oci-run-notebook: not uploading'))).toEqual([
      'oci-run-notebook: not uploading etc-link: it is a symbolic link, and links are never followed',
      'oci-run-notebook: not uploading passwd-link.txt: it is a symbolic link, and links are never followed',
      'oci-run-notebook: not uploading pipe: it is not a regular file',
    ]);
  });
});

describe('what a notebook can reach of the driver, with the PAR handed over once the run exists', () => {
  let job: UnpackedJob;
  let run: DriverRun;
  let server: Server;
  const key = handoverKey();

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/handover/sealed') response.end(sealHandover(par.parUrl, key));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const handover = `http://127.0.0.1:${(server.address() as AddressInfo).port}/handover/sealed`;
    const hunter = notebookBytes(ancestorHunter(['OCI_RUN_NOTEBOOK_OUTPUT_PAR_HANDOVER=', 'OCI_RUN_NOTEBOOK_OUTPUT_PAR_KEY=', key, handover, par.token]));
    job = await unpackJob('passing.ipynb', { 'hunter.ipynb': Buffer.from(hunter).toString('utf8') });
    run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: 'code/hunter.ipynb',
      OUTPUT_URI: 'oci://outputs@testns/handed',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR_HANDOVER: handover,
      OCI_RUN_NOTEBOOK_OUTPUT_PAR_KEY: key,
    });
  });
  afterAll(async () => {
    await job.remove();
    server.close();
  });

  it("finds neither the handover's URL nor its key in any ancestor, and the driver uploads with the PAR it unsealed", () => {
    expect(run.stdout).toContain('output PAR found in: nowhere');
    expect(run.code).toBe(0);
    expect(par.object('handed/hunter.ipynb')).toBeDefined();
  });
});

describe('files the notebook writes', () => {
  let job: UnpackedJob;
  let run: DriverRun;

  beforeAll(async () => {
    job = await unpackJob('writes-files.ipynb', INPUT);
    run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: job.notebook,
      OUTPUT_URI: 'oci://outputs@testns/files/run-1',
      OCI_RUN_NOTEBOOK_OUTPUT_PAR: par.parUrl,
    });
  });
  afterAll(() => job.remove());

  it("runs the notebook with its own folder as the working directory", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('read 3 rows');
  });

  it('uploads the executed notebook and every file it wrote, subfolders included, under the prefix', () => {
    const names = par.puts.map((put) => put.object).filter((name) => name.startsWith('files/'));
    expect(names).toEqual(['files/run-1/writes-files.ipynb', 'files/run-1/plots/summary 1.txt', 'files/run-1/results.csv']);
    expect(par.object('files/run-1/results.csv')?.toString()).toBe('row,value\nalpha,5\nbeta,4\ngamma,5\n');
    expect(par.object('files/run-1/plots/summary 1.txt')?.toString()).toBe('rows: 3\n');
  });

  it('percent-encodes each segment of the object name and keeps the slashes', () => {
    const put = par.puts.find((p) => p.object === 'files/run-1/plots/summary 1.txt');
    expect(put?.rawPath.endsWith('/o/files/run-1/plots/summary%201.txt')).toBe(true);
  });

  it('records the kernel language in the uploaded notebook', () => {
    const notebook = parseNotebook(par.object('files/run-1/writes-files.ipynb'));
    expect(notebook.metadata.language_info?.name).toBe('python');
  });

  it('does not upload input files the run left unchanged', () => {
    expect(par.puts.map((put) => put.object)).not.toContain('files/run-1/input.txt');
  });

  it('prints one line per uploaded object, naming the object only', () => {
    const uploaded = run.stdout.split('\n').filter((line) => line.startsWith('oci-run-notebook: uploaded '));
    expect(uploaded).toEqual([
      'oci-run-notebook: uploaded files/run-1/writes-files.ipynb',
      'oci-run-notebook: uploaded files/run-1/plots/summary 1.txt',
      'oci-run-notebook: uploaded files/run-1/results.csv',
    ]);
  });
});

describe('a local folder as OUTPUT_URI', () => {
  let job: UnpackedJob;
  let run: DriverRun;
  let outputDir: string;

  beforeAll(async () => {
    job = await unpackJob('writes-files.ipynb', INPUT);
    outputDir = await mkdtemp(join(tmpdir(), 'driver-output-'));
    run = await runDriver(python, job.root, {
      JOB_RUN_NOTEBOOK: job.notebook,
      OUTPUT_URI: pathToFileURL(join(outputDir, 'run-2')).href,
    });
  });
  afterAll(async () => {
    await job.remove();
    await rm(outputDir, { recursive: true, force: true });
  });

  it('copies the executed notebook and the written files into the folder', async () => {
    expect(run.code).toBe(0);
    const notebook = await readNotebook(join(outputDir, 'run-2', 'writes-files.ipynb'));
    expect(cellText(notebook, 1)).toBe('read 3 rows\n');
    expect(await readFile(join(outputDir, 'run-2', 'results.csv'), 'utf8')).toContain('gamma,5');
    expect(await readFile(join(outputDir, 'run-2', 'plots', 'summary 1.txt'), 'utf8')).toBe('rows: 3\n');
  });
});

/** A stand-in for the OCI Python SDK: records put_object calls in the file $FAKE_OCI_RECORD. */
const FAKE_OCI = `
import json, os, types

class ServiceError(Exception):
    def __init__(self, status):
        super().__init__(status)
        self.status = status

def get_resource_principals_signer():
    if not os.environ.get("OCI_RESOURCE_PRINCIPAL_VERSION"):
        raise EnvironmentError("no resource principal here")
    return "signer"

class ObjectStorageClient:
    def __init__(self, config, signer=None):
        assert signer == "signer"

    def put_object(self, namespace, bucket, name, body, content_type=None):
        with open(os.environ["FAKE_OCI_RECORD"], "a") as record:
            record.write(json.dumps([namespace, bucket, name, len(body.read())]) + "\\n")

auth = types.SimpleNamespace(signers=types.SimpleNamespace(get_resource_principals_signer=get_resource_principals_signer))
object_storage = types.SimpleNamespace(ObjectStorageClient=ObjectStorageClient)
exceptions = types.SimpleNamespace(ServiceError=ServiceError)
`;

describe('OUTPUT_URI oci:// without a pre-authenticated request', () => {
  let fakeOciDir: string;

  beforeAll(async () => {
    fakeOciDir = await mkdtemp(join(tmpdir(), 'fake-oci-'));
    await writeFile(join(fakeOciDir, 'oci.py'), FAKE_OCI);
  });
  afterAll(() => rm(fakeOciDir, { recursive: true, force: true }));

  it('uploads with the oci package under the resource principal when it imports', async () => {
    const job = await unpackJob('passing.ipynb');
    const record = join(fakeOciDir, 'puts.jsonl');
    try {
      const run = await runDriver(python, job.root, {
        JOB_RUN_NOTEBOOK: job.notebook,
        OUTPUT_URI: 'oci://outputs@testns/sdk',
        OCI_RESOURCE_PRINCIPAL_VERSION: '2.2',
        PYTHONPATH: fakeOciDir,
        FAKE_OCI_RECORD: record,
      });
      expect(run.code).toBe(0);
      const puts = (await readFile(record, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as unknown[]);
      expect(puts.map((put) => put.slice(0, 3))).toEqual([['testns', 'outputs', 'sdk/passing.ipynb']]);
    } finally {
      await job.remove();
    }
  });

  it('saves the notebook, says what is missing and exits 3 when the oci package is not installed', async () => {
    const job = await unpackJob('passing.ipynb');
    try {
      const run = await runDriver(python, job.root, {
        JOB_RUN_NOTEBOOK: job.notebook,
        OUTPUT_URI: 'oci://outputs@testns/nowhere',
      });
      expect(run.code).toBe(3);
      expect(run.stdout).toContain('OCI_RUN_NOTEBOOK_OUTPUT_PAR is not set');
      expect(run.stdout).toContain('the `oci` package');
      expect(run.stdout).toContain('first line');
      const saved = await readNotebook(join(job.root, job.notebook));
      expect(cellText(saved, 2)).toBe('first line\n');
    } finally {
      await job.remove();
    }
  });
});
