import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { selectNotebooks, type SelectionInput } from '../src/selection/index.js';
import { median, report } from './bench-report.js';

const run = promisify(execFile);
const FILES = 10_000;
const NOTEBOOKS = 2_000;
const PUSH_COMMITS = 500;
// Bump when the shape of the repository changes, so a stale cache is not measured.
const CACHE = join(tmpdir(), 'oci-run-notebook-bench-selection-v1');

/** (s) Notebook selection for a 500-commit push in a 10,000-file repository, against `git diff --name-only` on the same range. */
export async function benchSelection(samples = 15) {
  const { workTree, before, after } = buildRepository();
  const input: SelectionInput = {
    eventName: 'push',
    event: { ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false, repository: { default_branch: 'main' } },
    workspace: workTree,
    patterns: ['**/*.ipynb'],
    exclude: [],
    changedOnly: 'auto',
    codeChangesOnly: false,
  };
  const gitDiff = () => run('git', ['diff', '--name-only', before, after], { cwd: workTree, maxBuffer: 64 * 1024 * 1024 });
  const changed = (await gitDiff()).stdout.split('\n').filter(Boolean);
  const first = await selectNotebooks(input);
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) {
    await gitDiff(); // warm the page cache for both sides
    await selectNotebooks(input);
  }
  const gitTimes: number[] = [];
  const selectionTimes: number[] = [];
  const codeOnlyTimes: number[] = [];
  const verifiedTimes: number[] = [];
  // A payload without "forced" makes the selection check the ancestry itself.
  const unverified = { ...input, event: { ...input.event, forced: undefined } };
  for (let i = 0; i < samples; i++) {
    // Alternate the order so neither side always runs on a warmer cache.
    if (i % 2) gitTimes.push(await timed(gitDiff));
    selectionTimes.push(await timed(() => selectNotebooks(input)));
    if (!(i % 2)) gitTimes.push(await timed(gitDiff));
    codeOnlyTimes.push(await timed(() => selectNotebooks({ ...input, codeChangesOnly: true })));
    verifiedTimes.push(await timed(() => selectNotebooks(unverified)));
  }
  const git = median(gitTimes);
  const selection = median(selectionTimes);
  console.log(
    `     ${changed.length} files changed in ${PUSH_COMMITS} commits, ${first.selected.length} notebooks selected, ${first.skipped.length} skipped; medians of ${samples}: ` +
      `git diff --name-only ${git.toFixed(1)} ms, selectNotebooks ${selection.toFixed(1)} ms = ${(selection / git).toFixed(2)}× git ` +
      `(not bounded: with code-changes-only ${median(codeOnlyTimes).toFixed(1)} ms, checking the ancestry itself ${median(verifiedTimes).toFixed(1)} ms)`,
  );
  return report({
    name: '(s) notebook selection for a 500-commit push, 10,000 files, vs 1.2× git diff --name-only',
    value: selection,
    unit: 'ms',
    bound: 1.2 * git,
    target: '≤ 1.2× git diff --name-only',
    ok: selection <= 1.2 * git,
  });
}

/** The repository, built once with git fast-import and kept under the OS temp folder between runs. */
function buildRepository(): { workTree: string; before: string; after: string } {
  const workTree = join(CACHE, 'repo');
  const done = join(CACHE, 'built');
  if (!existsSync(done)) {
    rmSync(CACHE, { recursive: true, force: true });
    mkdirSync(workTree, { recursive: true });
    execFileSync('git', ['init', '-q', '-b', 'main', workTree]);
    execFileSync('git', ['fast-import', '--quiet'], { cwd: workTree, input: fastImportStream(), maxBuffer: 1 << 30 });
    execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: workTree });
    writeFileSync(done, '');
  }
  const revParse = (ref: string) => execFileSync('git', ['rev-parse', ref], { cwd: workTree, encoding: 'utf8' }).trim();
  return { workTree, before: revParse(`main~${PUSH_COMMITS}`), after: revParse('main') };
}

/** One commit with 10,000 files (2,000 notebooks), then 500 commits that each edit, add, remove or rename a few. */
function fastImportStream(): Buffer {
  let seed = 42;
  const random = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const notebook = (name: string, version: number) =>
    JSON.stringify(
      {
        nbformat: 4,
        nbformat_minor: 5,
        metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
        cells: [
          { cell_type: 'markdown', id: 'm', metadata: {}, source: [`# ${name}\n`, `Version ${version}.\n`] },
          { cell_type: 'code', id: 'c1', execution_count: version, metadata: {}, outputs: [], source: ['import math\n', `value = math.sqrt(${version})\n`] },
          { cell_type: 'code', id: 'c2', execution_count: null, metadata: {}, outputs: [], source: [`print("${name}", value)\n`] },
        ],
      },
      null,
      1,
    ) + '\n';
  const paths: string[] = [];
  for (let i = 0; i < NOTEBOOKS; i++) paths.push(`notebooks/topic-${i % 40}/analysis-${i}.ipynb`);
  for (let i = 0; i < FILES - NOTEBOOKS; i++) paths.push(i % 4 === 0 ? `data/set-${i % 50}/part-${i}.csv` : `src/pkg${i % 80}/module_${i}.py`);
  const content = (path: string, version: number) =>
    path.endsWith('.ipynb') ? notebook(path, version) : `# ${path}\n${'x = 1\n'.repeat(20 + (version % 7))}version = ${version}\n`;
  const chunks: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = (n: number, changes: string[]) =>
    chunks.push(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${1_700_000_000 + n * 60} +0000\n${data(`commit ${n}`)}${changes.join('')}`);
  commit(0, paths.map((path) => `M 100644 inline ${path}\n${data(content(path, 0))}`));
  const live = [...paths];
  for (let n = 1; n <= PUSH_COMMITS; n++) {
    const changes: string[] = [];
    for (let k = 0; k < 4; k++) {
      const index = random(live.length);
      const path = live[index]!;
      const roll = random(100);
      if (roll < 3) {
        changes.push(`D ${path}\n`);
        live.splice(index, 1);
      } else if (roll < 6) {
        const renamed = path.replace(/(\.\w+)$/, `-r${n}$1`);
        changes.push(`R ${path} ${renamed}\n`);
        live[index] = renamed;
      } else if (roll < 9) {
        const added = path.replace(/(\.\w+)$/, `-new${n}$1`);
        changes.push(`M 100644 inline ${added}\n${data(content(added, n))}`);
        live.push(added);
      } else {
        changes.push(`M 100644 inline ${path}\n${data(content(path, n))}`);
      }
    }
    commit(n, changes);
  }
  return Buffer.from(chunks.join(''));
}
