import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findJupyterPython } from '../../src/jupyter/python.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { cellText, readNotebook, runDriver, unpackJob, type DriverRun, type DriverRunOptions, type Notebook, type UnpackedJob } from './harness.js';

const LINES = 300_000;

/** Makes the kernel stop sending the idle message that ends each cell's output, as a lost message would. */
const DROP_IDLE_MESSAGES = [
  'k = get_ipython().kernel',
  'send = k.session.send',
  'def without_idle(stream, msg_or_type, content=None, *args, **kwargs):',
  '    if msg_or_type == "status" and (content or {}).get("execution_state") == "idle":',
  '        return None',
  '    return send(stream, msg_or_type, content, *args, **kwargs)',
  'k.session.send = without_idle',
  'print("idle messages dropped from now on")',
].join('\n');

/** Written by the 300,000-line cell once it has printed every line, so the test's reader knows how long to stall. */
const PRINTED_ALL = join(tmpdir(), `driver-fidelity-${process.pid}-printed-all`);

const NOTEBOOKS = {
  'many-lines.ipynb': notebookBytes(
    codeCell(`for i in range(${LINES}):\n    print(i)\nopen(${JSON.stringify(PRINTED_ALL)}, "w").close()`),
    codeCell('print("next cell")'),
  ),
  'output-lost.ipynb': notebookBytes(codeCell(DROP_IDLE_MESSAGES), codeCell('print("not reached")')),
  'exits-early.ipynb': notebookBytes(
    codeCell(
      'import sys, time\nfor i in range(3):\n    print(i, flush=True)\n    time.sleep(0.3)\n' +
        'print("oops", file=sys.stderr, flush=True)\ntime.sleep(0.3)\nprint("10%\\r50%\\r100%")\nprint("done")',
    ),
    codeCell('raise SystemExit(0)'),
    codeCell('print("not reached")'),
  ),
  'kernel-exits.ipynb': notebookBytes(codeCell('import os\nos._exit(4)')),
};

let python: string;
let job: UnpackedJob;
const runs: Record<string, DriverRun> = {};
const saved: Record<string, Notebook> = {};

beforeAll(async () => {
  python = await findJupyterPython();
  job = await unpackJob('passing.ipynb', Object.fromEntries(Object.entries(NOTEBOOKS).map(([name, bytes]) => [name, Buffer.from(bytes).toString()])));
  const run = async (name: string, reading: DriverRunOptions = {}) => {
    runs[name] = await runDriver(python, job.root, { JOB_RUN_NOTEBOOK: `code/${name}` }, reading);
    saved[name] = await readNotebook(join(job.root, 'code', name));
  };
  // All at once: most of each run is waiting, on a slow reader or on nbclient's IOPub timeout.
  await Promise.all([
    // A reader that stalls while the cell prints (about 2 MB) and then reads slowly (64 KiB, then
    // 0.4 s of nothing): the old driver's nbclient dropped about a sixth of the lines; now the log
    // leaves lines out, whatever the machine's speed, and the notebook keeps them all.
    run('many-lines.ipynb', { holdUntilFile: PRINTED_ALL, pauseMs: 400 }),
    run('output-lost.ipynb'),
    run('exits-early.ipynb'),
    run('kernel-exits.ipynb'),
  ]);
}, 120_000);

afterAll(async () => {
  await job?.remove();
  await rm(PRINTED_ALL, { force: true });
});

describe('a cell printing 300,000 lines, read by a slow log reader', () => {
  it('keeps every line in the executed notebook, in order, and succeeds', () => {
    const run = runs['many-lines.ipynb']!;
    expect(run.code).toBe(0);
    const text = cellText(saved['many-lines.ipynb']!, 1);
    const lines = text.split('\n');
    expect(lines).toHaveLength(LINES + 1);
    expect(text).toBe(`${Array.from({ length: LINES }, (_, i) => i).join('\n')}\n`);
    expect(cellText(saved['many-lines.ipynb']!, 2)).toBe('next cell\n');
  });

  it('leaves lines out of the log only, saying how many, so that log and notice account for every line', () => {
    const log = runs['many-lines.ipynb']!.stdout.split('\n');
    const notices = log.map((line) => /^oci-run-notebook: (\d+) line\(s\) of output left out of this log here/.exec(line)).filter(Boolean);
    expect(notices.length).toBeGreaterThan(0);
    const leftOut = notices.reduce((sum, notice) => sum + Number(notice![1]), 0);
    const logged = log.filter((line) => /^\d+$/.test(line)).length;
    // A line cut between a logged chunk and a left-out one counts on both sides: at most two per notice.
    expect(logged + leftOut).toBeGreaterThanOrEqual(LINES);
    expect(logged + leftOut).toBeLessThanOrEqual(LINES + 2 * notices.length);
    expect(log).toContain('next cell');
    expect(log.filter(Boolean).at(-1)).toBe('oci-run-notebook: notebook succeeded');
  });

  it('saves the cell as one stream output, as nbconvert does', () => {
    expect(saved['many-lines.ipynb']!.cells[0].outputs).toHaveLength(1);
  });
});

describe('output the kernel sent that never arrived', () => {
  it('fails the run at that cell instead of saving an incomplete notebook as a success', () => {
    const run = runs['output-lost.ipynb']!;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^oci-run-notebook: cell 1 failed: OutputLostError: the kernel's output for this cell did not all arrive: nbclient stopped waiting for it 4 s after/m);
    expect(run.stdout).not.toContain('not reached');
    expect(saved['output-lost.ipynb']!.cells[0].outputs?.at(-1)?.ename).toBe('OutputLostError');
  });
});

describe('SystemExit(0) in a cell', () => {
  it('ends the notebook there as succeeded, as papermill does', () => {
    const run = runs['exits-early.ipynb']!;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('oci-run-notebook: cell 2 raised SystemExit(0): the notebook ends here, as succeeded; later cells are not run');
    expect(run.stdout).not.toContain('not reached');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('oci-run-notebook: notebook succeeded');
    expect(saved['exits-early.ipynb']!.cells[1].outputs?.[0]).toMatchObject({ output_type: 'error', ename: 'SystemExit', evalue: '0' });
  });

  it("merges the cell's consecutive stream outputs and applies carriage returns, as nbconvert does", () => {
    const outputs = saved['exits-early.ipynb']!.cells[0].outputs!.map((out) => ({ name: (out as { name?: string }).name, text: [out.text ?? ''].flat().join('') }));
    expect(outputs).toEqual([
      { name: 'stdout', text: '0\n1\n2\n' },
      { name: 'stderr', text: 'oops\n' },
      { name: 'stdout', text: '100%\ndone\n' },
    ]);
  });
});

describe('a kernel that dies', () => {
  it('is described by its exit, not as out of memory, when it exits by itself', () => {
    const run = runs['kernel-exits.ipynb']!;
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toContain('oci-run-notebook: cell 1 failed: DeadKernelError: the kernel exited with code 4 while running the cell');
    expect(run.stdout).not.toContain('out of memory');
  });

  it.each([
    [-9, 'the kernel was killed (SIGKILL) while running the cell; out of memory?'],
    [137, 'the kernel was killed (SIGKILL) while running the cell; out of memory?'],
    [-11, 'the kernel was ended by SIGSEGV while running the cell'],
    [139, 'the kernel exited with code 139 (SIGSEGV) while running the cell'],
    [1, 'the kernel exited with code 1 while running the cell'],
    [null, 'the kernel died while running the cell'],
  ])('exit %p reads "%s"', async (code, reason) => {
    const script = [
      'import json, sys, driver_outcomes as o',
      'class Process:',
      '    def poll(self): return json.loads(sys.argv[1])',
      'class Provisioner: process = Process()',
      'class Manager: provisioner = Provisioner()',
      'o.EXIT_WAIT_SECONDS = 0',
      'print(o.dead_kernel_reason(Manager()))',
    ].join('\n');
    const { stdout } = await promisify(execFile)(python, ['-c', script, JSON.stringify(code)], { cwd: job.root });
    expect(stdout.trim()).toBe(reason);
  });
});

describe('the queued log', () => {
  it('leaves cell output out while the reader is stuck, never the driver lines, and says how much it left out', async () => {
    const script = [
      'import json, threading, time, driver_log',
      'class StuckReader:',
      '    def __init__(self): self.text, self.gate = [], threading.Event()',
      '    def write(self, text): self.gate.wait(); self.text.append(text)',
      '    def flush(self): pass',
      'reader = StuckReader()',
      'log = driver_log.QueuedLog(reader, limit_chars=10)',
      'log.offer("aaaa\\n")',
      'time.sleep(0.2)  # the writer thread has taken it and is stuck writing it',
      'log.offer("bbbb\\n")',
      'log.offer("cccc\\n")',
      'log.offer("dd")',
      'log.offer("ee\\n")  # the rest of the line "ddee": one line left out, not two',
      'threading.Timer(0.2, reader.gate.set).start()',
      'log.write("driver line\\n")',
      'log.close()',
      'print(json.dumps("".join(reader.text)))',
    ].join('\n');
    const { stdout } = await promisify(execFile)(python, ['-c', script], { cwd: job.root });
    expect(JSON.parse(stdout)).toBe(
      'aaaa\nbbbb\noci-run-notebook: 2 line(s) of output left out of this log here: it was read too slowly. The executed notebook has every line.\ndriver line\n',
    );
  });
});
