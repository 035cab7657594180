import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SourceContext } from '../../src/sources/notebook-source.js';
import { resolveNotebook } from '../../src/sources/resolve-notebook.js';
import { main } from '../../src/cli/main.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';
import { failureOf } from './support/source-failure.js';

const NOTEBOOK = notebookBytes(codeCell('print("inside")'));

/** Fails the test if `promise` takes longer than a FIFO or /dev/zero read that stops at once would. */
function promptly<T>(promise: Promise<T>, ms = 5_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`still reading after ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('workspace files: regular files only, no symbolic link out of the workspace', () => {
  let root: string;
  let workspace: string;
  let context: SourceContext;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'file-source-'));
    workspace = join(root, 'workspace');
    await mkdir(join(workspace, 'notebooks'), { recursive: true });
    await writeFile(join(workspace, 'notebooks', 'real.ipynb'), NOTEBOOK);
    await writeFile(join(root, 'outside.ipynb'), NOTEBOOK);
    await symlink('real.ipynb', join(workspace, 'notebooks', 'alias.ipynb'));
    await symlink('/dev/zero', join(workspace, 'notebooks', 'zero.ipynb'));
    await symlink(join(root, 'outside.ipynb'), join(workspace, 'notebooks', 'outside.ipynb'));
    await symlink(root, join(workspace, 'up'));
    execFileSync('mkfifo', [join(workspace, 'notebooks', 'fifo.ipynb')]);
    context = { workspace, env: {} };
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reads a symbolic link to a notebook inside the workspace', async () => {
    expect((await resolveNotebook('notebooks/alias.ipynb', context)).content).toEqual(new Uint8Array(NOTEBOOK));
  });

  it('refuses a link to /dev/zero at once, without reading it', async () => {
    const error = await promptly(failureOf('notebooks/zero.ipynb', context));
    expect(error.failure).toBe('access-denied');
    expect(error.message).toBe(`notebooks/zero.ipynb: ${join(workspace, 'notebooks', 'zero.ipynb')} is a symbolic link to /dev/zero, outside the workspace ${workspace}; only files inside it are read`);
  });

  it('refuses a link, or a linked folder, that leads out of the workspace', async () => {
    expect((await failureOf('notebooks/outside.ipynb', context)).message).toMatch(/is a symbolic link to .*outside\.ipynb, outside the workspace/);
    expect((await failureOf('up/outside.ipynb', context)).message).toMatch(/up\/outside\.ipynb is a symbolic link to .*outside\.ipynb, outside the workspace/);
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const error = await promptly(failureOf('notebooks/fifo.ipynb', context));
    expect(error.failure).toBe('not-a-notebook');
    expect(error.message).toBe(`notebooks/fifo.ipynb: ${join(workspace, 'notebooks', 'fifo.ipynb')} is a FIFO, not a regular file`);
  });

  it('refuses a device named directly, outside any workspace', async () => {
    const error = await promptly(failureOf('/dev/zero', context));
    expect(error.message).toBe('/dev/zero: /dev/zero is a character device, not a regular file');
  });

  it('stops reading a file that grows past the limit after its size was checked', async () => {
    // /proc files say they are 0 bytes long: only the bytes read tell.
    const error = await failureOf('/proc/self/maps', { ...context, maxBytes: 64 });
    expect(error.failure).toBe('too-large');
    expect(error.message).toMatch(/^\/proc\/self\/maps: too large: over the 64-byte limit for a notebook \(stopped reading after \d+ bytes\)$/);
  });

  it('exits 2 from the CLI at once, naming the notebook', async () => {
    let stderr = '';
    const status = await promptly(
      main(['run', '--backend', 'local', join(workspace, 'notebooks', 'fifo.ipynb')], { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, env: {} }),
    );
    expect(status).toBe(2);
    expect(stderr).toContain('fifo.ipynb is a FIFO, not a regular file');
  });
});
