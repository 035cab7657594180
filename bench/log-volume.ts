import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJupyterPython } from '../src/jupyter/python.js';
import { codeCell, notebookBytes } from '../test/support/notebooks.js';
import { node24 } from '../test/support/node24.js';
import { median, report } from './bench-report.js';

const LINES = 300_000;

interface Timed {
  ms: number;
  /** Lines of the notebook's output that reached the log. */
  logged: number;
  status: number | null;
}

/** Runs a bundle with Node 24 as a runner would, reading its stdout as fast as it comes. */
function timedRun(args: string[], env: Record<string, string | undefined>, cwd: string): Promise<Timed> {
  const started = performance.now();
  const child = spawn(node24(), args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let logged = 0;
  let pending = '';
  const count = (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop()!;
    logged += lines.filter((line) => /^\[lines\.ipynb\] \d+$/.test(line)).length;
  };
  child.stdout.on('data', count);
  child.stderr.on('data', count);
  return new Promise((resolve) => child.on('close', (status) => resolve({ ms: performance.now() - started, logged, status })));
}

/** The executed notebook under `folder`, wherever the front door put it. */
function executedNotebook(folder: string): string {
  const found = readdirSync(folder, { recursive: true, encoding: 'utf8' }).find((path) => path.endsWith('lines.ipynb') && !path.includes('quick'));
  if (!found) throw new Error(`no executed notebook under ${folder}`);
  return join(folder, found);
}

function savedLines(path: string): number {
  const notebook = JSON.parse(readFileSync(path, 'utf8')) as { cells: Array<{ outputs: Array<{ text?: string | string[] }> }> };
  return notebook.cells[0]!.outputs.map((out) => [out.text ?? ''].flat().join('')).join('').split('\n').length - 1;
}

/**
 * A notebook printing 300,000 lines and a short one beside it, on the local backend, run by the
 * action (dist/index.js) and by the CLI (dist/cli/index.js), both on Node 24, alternately: the
 * action's time over the CLI's, and the lines in each saved notebook against the kernel's 300,000.
 */
export async function benchLogVolume(samples = 3) {
  const python = await findJupyterPython();
  const folder = mkdtempSync(join(tmpdir(), 'bench-logs-'));
  try {
    const workspace = join(folder, 'workspace');
    execFileSync('git', ['init', '-q', workspace]);
    writeFileSync(join(workspace, 'lines.ipynb'), notebookBytes(codeCell(`for i in range(${LINES}):\n    print(i)`)));
    // A second notebook beside it, so that two runs are in flight: the action's path that held every line until a run ended.
    writeFileSync(join(workspace, 'quick.ipynb'), notebookBytes(codeCell('print("quick")')));
    execFileSync('git', ['-C', workspace, '-c', 'user.name=b', '-c', 'user.email=b@b', 'add', '.']);
    execFileSync('git', ['-C', workspace, '-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '-qm', 'lines']);
    const sha = execFileSync('git', ['-C', workspace, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    writeFileSync(join(folder, 'event.json'), '{}');
    const base = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
    const action = (sample: number) => {
      const files = ['output', 'state', 'summary'].map((name) => join(folder, `${name}-${sample}`));
      for (const file of files) writeFileSync(file, '');
      const env = {
        ...base,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: join(folder, 'event.json'),
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: 'bench/bench',
        GITHUB_SHA: sha,
        GITHUB_RUN_ID: String(sample),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_OUTPUT: files[0],
        GITHUB_STATE: files[1],
        GITHUB_STEP_SUMMARY: files[2],
        RUNNER_TEMP: folder,
        INPUT_BACKEND: 'local',
        INPUT_NOTEBOOKS: 'lines.ipynb\nquick.ipynb',
        INPUT_PYTHON: python,
        'INPUT_OUTPUT-URI': join(folder, `action-${sample}`),
      };
      return timedRun([join(process.cwd(), 'dist/index.js')], env, workspace);
    };
    const cli = (sample: number) =>
      timedRun(
        [join(process.cwd(), 'dist/cli/index.js'), 'run', '--backend', 'local', '--python', python, '--output-uri', join(folder, `cli-${sample}`), 'lines.ipynb', 'quick.ipynb'],
        base,
        workspace,
      );

    const byAction: Timed[] = [];
    const byCli: Timed[] = [];
    for (let sample = 0; sample < samples; sample++) {
      byCli.push(await cli(sample));
      byAction.push(await action(sample));
    }
    const failed = [...byAction, ...byCli].find((run) => run.status !== 0);
    if (failed) throw new Error(`a run of the 300,000-line notebook did not succeed (exit ${failed.status})`);
    const [actionMs, cliMs] = [median(byAction.map((run) => run.ms)), median(byCli.map((run) => run.ms))];
    console.log(
      `     (median of ${samples}: action ${(actionMs / 1000).toFixed(1)} s, CLI ${(cliMs / 1000).toFixed(1)} s; ` +
        `its lines in the log: action ${Math.min(...byAction.map((run) => run.logged))} (the last ones again in the run's group), ` +
        `CLI ${Math.min(...byCli.map((run) => run.logged))}, of ${LINES})`,
    );
    const speed = report({
      name: `action / CLI, a notebook printing ${LINES} lines beside another (local backend, Node 24)`,
      value: actionMs / cliMs,
      unit: '×',
      bound: 1.2,
      target: '<= 1.2×',
      ok: actionMs / cliMs <= 1.2,
    });
    const saved = [...byAction.map((_, sample) => executedNotebook(join(folder, `action-${sample}`))), ...byCli.map((_, sample) => executedNotebook(join(folder, `cli-${sample}`)))].map(savedLines);
    const fewest = Math.min(...saved);
    const complete = report({
      name: `lines in the saved notebooks (fewest of ${saved.length}) / lines the kernel printed`,
      value: fewest / LINES,
      unit: '×',
      bound: 1,
      target: '= 1× (every line)',
      ok: saved.every((lines) => lines === LINES),
    });
    return { ok: speed.ok && complete.ok };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
