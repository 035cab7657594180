import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { RunLogs } from '../../src/action/run-logs.js';

let written: string[];
let restore: () => void;

beforeEach(() => {
  written = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk).replace(/\n$/, ''));
    return true;
  });
  restore = () => spy.mockRestore();
});
afterEach(() => restore());

const line = (notebook: string, message: string) => ({ notebook, time: '2024-01-01T00:00:00Z', message });

describe('RunLogs with several runs in flight', () => {
  it('prints each line the moment it comes, prefixed with its notebook, then a group per run at its end', () => {
    const logs = new RunLogs(false);
    logs.started('a.ipynb', 'run-a');
    logs.started('b.ipynb', 'run-b');
    logs.line(line('a.ipynb', 'from a'));
    expect(written.at(-1)).toBe('[a.ipynb] from a');
    logs.line(line('b.ipynb', '::set-output name=x::y'));
    expect(written.at(-1)).toBe('[b.ipynb] ::set-output name=x::y');
    logs.finished({ notebook: 'a.ipynb', runId: 'run-a', state: 'SUCCEEDED' });

    expect(written).toEqual([
      'a.ipynb: submitted run run-a',
      'b.ipynb: submitted run run-b',
      '[a.ipynb] from a',
      '[b.ipynb] ::set-output name=x::y',
      '::group::a.ipynb: SUCCEEDED',
      '[a.ipynb] from a',
      '::endgroup::',
      'a.ipynb: SUCCEEDED',
    ]);
  });

  it('holds only the last lines of a run for its group and says how many came before', () => {
    const logs = new RunLogs(false, 3);
    for (let i = 1; i <= 100_000; i++) logs.line(line('a.ipynb', `line ${i}`));
    written = [];
    logs.finished({ notebook: 'a.ipynb', runId: 'run-a', state: 'FAILED', error: 'cell 2 failed: KeyError' });

    expect(written).toEqual([
      '::group::a.ipynb: FAILED (cell 2 failed: KeyError)',
      '(99997 earlier line(s) are above, not repeated here; the executed notebook has every line)',
      '[a.ipynb] line 99998',
      '[a.ipynb] line 99999',
      '[a.ipynb] line 100000',
      '::endgroup::',
      'a.ipynb: FAILED (cell 2 failed: KeyError)',
    ]);
  });
});

describe('RunLogs with one run at a time', () => {
  it('streams the lines inside the run\'s group, without repeating them', () => {
    const logs = new RunLogs(true);
    logs.started('a.ipynb', 'run-a');
    logs.line(line('a.ipynb', 'hello'));
    logs.finished({ notebook: 'a.ipynb', runId: 'run-a', state: 'SUCCEEDED' });

    expect(written).toEqual(['::group::a.ipynb: run run-a', '[a.ipynb] hello', '::endgroup::', 'a.ipynb: SUCCEEDED']);
  });
});
