import * as core from '@actions/core';
import { selectNotebooks } from '../selection/index.js';
import { resolveNotebook } from '../sources/resolve-notebook.js';
import type { FetchedNotebook } from '../sources/notebook-source.js';
import type { ActionSettings } from './inputs.js';
import type { RunContext } from './run-context.js';
import { isReference } from '../notebook/notebook-name.js';

/** The notebooks this event should run: changed or all workspace notebooks, plus every reference named. */
export async function fetchSelectedNotebooks(settings: ActionSettings, context: RunContext): Promise<FetchedNotebook[]> {
  const references = settings.patterns.filter(isReference);
  const globs = settings.patterns.filter((pattern) => !isReference(pattern));
  const paths: string[] = [];
  if (globs.length) {
    const selection = await core.group('Selecting notebooks', () =>
      selectNotebooks({
        eventName: context.eventName,
        event: context.event,
        workspace: context.workspace,
        patterns: globs,
        exclude: settings.exclude,
        changedOnly: settings.changedOnly,
        codeChangesOnly: settings.codeChangesOnly,
        github: settings.githubToken ? { token: settings.githubToken, owner: context.owner, repo: context.repo, apiUrl: context.apiUrl } : undefined,
        log: (line) => core.info(line),
      }),
    );
    paths.push(...selection.selected.map((notebook) => notebook.path));
  }
  const sourceContext = { workspace: context.workspace, env: process.env, githubToken: settings.githubToken || undefined };
  // A notebook named twice (a glob and a path, or one URL twice) runs once.
  const unique = [...new Set([...paths, ...references])];
  return Promise.all(unique.map((reference) => resolveNotebook(reference, sourceContext)));
}
