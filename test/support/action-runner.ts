import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24 } from './node24.js';

/** What the runner hands an action: inputs, the event, the workspace. */
export interface ActionRun {
  inputs: Record<string, string>;
  eventName: string;
  event: Record<string, unknown>;
  workspace: string;
  sha?: string;
  env?: Record<string, string | undefined>;
  /** The post step reads the state the main step saved. */
  state?: Record<string, string>;
}

export interface ActionOutcome {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** Reads the runner's `name<<DELIMITER ... DELIMITER` files (GITHUB_OUTPUT, GITHUB_STATE). */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      values[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [name, ...rest] = lines[i]!.split('=');
      values[name!] = rest.join('=');
    }
  }
  return values;
}

/** The environment the GitHub runner gives a JavaScript action's step. */
export function runnerEnvironment(run: ActionRun, files: { output: string; state: string; summary: string; eventPath: string }) {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_REPOSITORY: 'octo-org/notebooks',
    GITHUB_SHA: run.sha ?? '',
    GITHUB_RUN_ID: String(Math.floor(Math.random() * 1e9)),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: tmpdir(),
    ...run.env,
  };
  for (const [name, value] of Object.entries(run.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(run.state ?? {})) env[`STATE_${name}`] = value;
  return env;
}

/** Starts `node <entry>` as the runner would, with the runner's Node 24; `outcome()` resolves when it exits. */
export function startAction(entry: string, run: ActionRun): { child: ChildProcess; outcome: () => Promise<ActionOutcome>; stateNow: () => Record<string, string> } {
  const folder = mkdtempSync(join(tmpdir(), 'action-run-'));
  const files = {
    output: join(folder, 'output'),
    state: join(folder, 'state'),
    summary: join(folder, 'summary'),
    eventPath: join(folder, 'event.json'),
  };
  for (const file of [files.output, files.state, files.summary]) writeFileSync(file, '');
  writeFileSync(files.eventPath, JSON.stringify(run.event));
  const child = spawn(node24(), [join(process.cwd(), entry)], { cwd: run.workspace, env: runnerEnvironment(run, files) });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stateNow = () => parseCommandFile(readFileSync(files.state, 'utf8'));
  return {
    child,
    stateNow,
    outcome: async () => {
      const status = await exited;
      return {
        status,
        stdout,
        stderr,
        outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
        state: stateNow(),
        summary: readFileSync(files.summary, 'utf8'),
      };
    },
  };
}

export async function runAction(entry: string, run: ActionRun): Promise<ActionOutcome> {
  return startAction(entry, run).outcome();
}
