import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLine, RunHandle } from '../../src/backends/backend.js';
import { runNotebooks } from '../../src/engine/run-notebooks.js';
import { codeCell } from '../support/notebooks.js';
import { localRequest, stillRunning, testBackend } from './local-support.js';

describe('local runs in parallel', () => {
  it('runs 8 notebooks on the machine\'s cores through runNotebooks, each with its own kernel, log and output', async () => {
    // Kernels are told apart by the pid each prints, which only unisolated runs share with this machine.
    const backend = await testBackend({ isolation: 'none' });
    const outputs = await mkdtemp(join(tmpdir(), 'local-parallel-'));
    const requests = Array.from({ length: 8 }, (_, index) =>
      localRequest(`notebook-${index}`, [codeCell(`import os, time\nprint("notebook ${index} in kernel", os.getpid())\ntime.sleep(0.5)`)], {
        outputUri: join(outputs, `notebook-${index}`),
      }),
    );
    const logs: LogLine[] = [];
    const handles: RunHandle[] = [];
    const results = await runNotebooks(requests, backend, {
      maxParallel: availableParallelism(),
      wait: true,
      onLog: (line) => logs.push(line),
      onSubmitted: (handle) => handles.push(handle),
    });

    expect(results.map((result) => result.state)).toEqual(Array(8).fill('SUCCEEDED'));
    const kernels = new Set<number>();
    for (const [index, result] of results.entries()) {
      expect(result.notebook).toBe(`notebooks/notebook-${index}.ipynb`);
      const line = logs.find((log) => log.notebook === result.notebook && log.message.startsWith(`notebook ${index} in kernel`));
      expect(line).toBeDefined();
      kernels.add(Number(line!.message.split(' ').at(-1)));
      expect(await readFile(result.outputUri!, 'utf8')).toContain(`notebook ${index} in kernel`);
    }
    expect(kernels.size).toBe(8);
    expect(new Set(results.map((result) => result.runId)).size).toBe(8);
    expect(await stillRunning([...kernels, ...handles.map((handle) => Number(handle.cleanup!.driverPid))], handles.map((handle) => handle.runId))).toEqual([]);
  }, 180_000); // eight kernels starting at once on two cores: slow when the machine is busy
});
