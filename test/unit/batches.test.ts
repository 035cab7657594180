import { describe, expect, it } from '@jest/globals';
import type { LogLine } from '../../src/backends/backend.js';
import { BatchLogs } from '../../src/backends/oci/batch-logs.js';
import { sharedOutputUri } from '../../src/backends/oci/batch-runs.js';
import { batchParallelism, batchTimeoutMinutes, groupIntoBatches, validateBatchSettings } from '../../src/engine/batches.js';
import { RunRequestError } from '../../src/engine/run-request-error.js';
import type { RunRequest } from '../../src/engine/run-request.js';
import { aRequest } from '../support/requests.js';

function inFolder(path: string, overrides: Partial<RunRequest> = {}): RunRequest {
  const folder = path.slice(0, path.lastIndexOf('/'));
  return aRequest({
    notebook: { path, content: new Uint8Array() },
    context: { rootName: folder, shownRoot: `${folder}/`, notebookPath: path.slice(folder.length + 1), files: [] },
    outputUri: `oci://out@ns/runs/${path.replace(/\.ipynb$/, '')}`,
    ...overrides,
  });
}

const paths = (groups: RunRequest[][]) => groups.map((group) => group.map((request) => request.notebook.path));

describe('grouping notebooks into batches', () => {
  it('puts notebooks that share every job setting together, in the order of their first notebook', () => {
    const requests = [inFolder('a/one.ipynb'), inFolder('b/two.ipynb'), inFolder('a/three.ipynb', { parameters: { x: 1 }, excludeTags: ['skip'] }), inFolder('b/four.ipynb')];
    expect(paths(groupIntoBatches(requests))).toEqual([['a/one.ipynb', 'a/three.ipynb'], ['b/two.ipynb', 'b/four.ipynb']]);
  });

  it('splits by conda, shape, environment, limits, requirements and output bucket', () => {
    const base = () => inFolder('a/base.ipynb');
    const different: Array<Partial<RunRequest>> = [
      { conda: 'generalml_p38_cpu_v1' },
      { shape: 'VM.Standard2.1' },
      { ocpus: 4 },
      { environmentVariables: { MODE: 'full' } },
      { maximumRuntimeInMinutes: 30 },
      { cellTimeoutSeconds: 60 },
      { outputUri: 'oci://other@ns/runs/a/base' },
    ];
    for (const change of different) expect(groupIntoBatches([base(), { ...base(), ...change }])).toHaveLength(2);
    const withRequirements = base();
    withRequirements.context = { ...withRequirements.context!, requirements: 'requirements.txt' };
    expect(groupIntoBatches([base(), withRequirements])).toHaveLength(2);
    // The same environment, written in another order, is the same.
    expect(groupIntoBatches([inFolder('a/x.ipynb', { environmentVariables: { A: '1', B: '2' } }), inFolder('a/y.ipynb', { environmentVariables: { B: '2', A: '1' } })])).toHaveLength(1);
  });

  it('runs notebooks without a context (given by URL) alone', () => {
    const byUrl = aRequest({ notebook: { path: 'https://example.com/n.ipynb', content: new Uint8Array() } });
    expect(paths(groupIntoBatches([byUrl, { ...byUrl }]))).toEqual([['https://example.com/n.ipynb'], ['https://example.com/n.ipynb']]);
  });

  it('executes one notebook per OCPU at once by default, never more than the batch holds', () => {
    const batch = [inFolder('a/1.ipynb', { ocpus: 4 }), inFolder('a/2.ipynb', { ocpus: 4 })];
    expect(batchParallelism(batch, {})).toBe(2);
    expect(batchParallelism([...batch, ...batch, ...batch], {})).toBe(4);
    expect(batchParallelism(batch, { parallel: 1 })).toBe(1);
  });

  it('gives a batch each notebook\'s limit for each round of notebooks, unless told its own', () => {
    const batch = Array.from({ length: 5 }, (_, i) => inFolder(`a/${i}.ipynb`, { maximumRuntimeInMinutes: 10 }));
    expect(batchTimeoutMinutes(batch, { parallel: 2 })).toBe(30);
    expect(batchTimeoutMinutes(batch, { parallel: 2, timeoutMinutes: 7 })).toBe(7);
    expect(batchTimeoutMinutes([inFolder('a/x.ipynb'), inFolder('a/y.ipynb')], {})).toBeUndefined();
  });

  it('refuses settings out of bounds, naming the setting', () => {
    const batch = [inFolder('a/1.ipynb'), inFolder('a/2.ipynb')];
    expect(() => validateBatchSettings(batch, { parallel: 0 })).toThrow(new RunRequestError('batchParallel', 'expected a whole number from 1 to 256, got 0'));
    expect(() => validateBatchSettings(batch, { timeoutMinutes: 10 ** 12 })).toThrow(/batchTimeoutMinutes: expected a whole number of minutes/);
    const long = Array.from({ length: 20 }, (_, i) => inFolder(`a/${i}.ipynb`, { maximumRuntimeInMinutes: 365 * 24 * 60 }));
    expect(() => validateBatchSettings(long, { parallel: 1 })).toThrow(/batch of 20 notebooks would be given .* past a year/);
    expect(() => validateBatchSettings(batch, { parallel: 3, timeoutMinutes: 60 })).not.toThrow();
  });
});

describe('a batch\'s shared output folder', () => {
  it('is the folder every notebook\'s output lies under, with $JOB_RUN_OCID kept', () => {
    const requests = [inFolder('a/one.ipynb'), inFolder('a/sub/two.ipynb')].map((request, i) => ({ ...request, outputUri: [`oci://out@ns/runs/$JOB_RUN_OCID/a/one`, `oci://out@ns/runs/$JOB_RUN_OCID/a/sub/two`][i] }));
    expect(sharedOutputUri(requests)).toBe('oci://out@ns/runs/$JOB_RUN_OCID/a');
    expect(sharedOutputUri([inFolder('a/one.ipynb'), inFolder('b/two.ipynb')])).toBe('oci://out@ns/runs');
    expect(sharedOutputUri([inFolder('a/one.ipynb'), inFolder('a/two.ipynb', { outputUri: undefined })])).toBeUndefined();
  });

  it('is never a notebook\'s own folder, even when one lies under another', () => {
    const requests = [inFolder('a/x.ipynb', { outputUri: 'oci://out@ns/runs/a' }), inFolder('a/y.ipynb', { outputUri: 'oci://out@ns/runs/a/b' })];
    expect(sharedOutputUri(requests)).toBe('oci://out@ns/runs');
  });
});

describe('a batch\'s log, split by notebook', () => {
  it('passes each line on as its notebook\'s, without the prefix, and reads each notebook\'s end', () => {
    const lines: LogLine[] = [];
    const logs = new BatchLogs(['a/x.ipynb', 'a/x.ipynb.ipynb'], 'batch of 2 notebooks', (line) => lines.push(line));
    const say = (message: string) => logs.line({ notebook: 'batch of 2 notebooks', time: 't', message });
    say('oci-run-notebook: installing requirements');
    say('[a/x.ipynb] hello');
    say('[a/x.ipynb.ipynb] oci-run-notebook: cell 3 failed: ValueError: no');
    say('[a/x.ipynb.ipynb] oci-run-notebook: notebook failed at cell 3');
    say('[a/x.ipynb] oci-run-notebook: notebook succeeded, but its outputs were not all uploaded');
    expect(lines.map((line) => [line.notebook, line.message])).toEqual([
      ['batch of 2 notebooks', 'oci-run-notebook: installing requirements'],
      ['a/x.ipynb', 'hello'],
      ['a/x.ipynb.ipynb', 'oci-run-notebook: cell 3 failed: ValueError: no'],
      ['a/x.ipynb.ipynb', 'oci-run-notebook: notebook failed at cell 3'],
      ['a/x.ipynb', 'oci-run-notebook: notebook succeeded, but its outputs were not all uploaded'],
    ]);
    expect(logs.of('a/x.ipynb.ipynb')).toEqual({ failedCell: { cell: 3, message: 'ValueError: no' }, end: 'failed' });
    expect(logs.of('a/x.ipynb').end).toBe('failed');
  });
});
