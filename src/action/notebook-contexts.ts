import * as core from '@actions/core';
import { attachContexts } from '../context/attach-contexts.js';
import type { RunRequest } from '../engine/run-request.js';
import type { ActionSettings } from './inputs.js';
import type { RunContext } from './run-context.js';

/** Gives each run its notebook's context (src/context), saying in a group of the log what each ships. */
export async function attachNotebookContexts(requests: RunRequest[], settings: ActionSettings, context: RunContext): Promise<void> {
  const lines: string[] = [];
  const sources = { workspace: context.workspace, env: process.env, githubToken: settings.githubToken || undefined };
  await attachContexts(requests, { settings: settings.contexts, workspace: context.workspace, sources }, (line) => lines.push(line));
  await core.group('Notebook contexts', async () => lines.forEach((line) => core.info(line)));
}
