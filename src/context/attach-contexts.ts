import type { RunRequest } from '../engine/run-request.js';
import { isReference } from '../notebook/notebook-name.js';
import type { SourceContext } from '../sources/notebook-source.js';
import { redactReference } from '../sources/redaction.js';
import { ContextBuilder } from './build-context.js';
import type { ContextSettings } from './context-settings.js';
import type { NotebookContext } from './notebook-context.js';
import { contextWithRequirements, fetchRequirements } from './remote-requirements.js';

export interface ContextPlan {
  settings: ContextSettings;
  /** What notebook paths (and `context`, `requirements` paths) are relative to. */
  workspace: string;
  /** How a requirements URL is fetched: the front door's own notebook sources. */
  sources: SourceContext;
}

/**
 * Gives each request its context: a workspace notebook runs among the files of its context; a
 * notebook given by URL runs alone (with its requirements file when `requirements` is a URL).
 * Reads the disk and git, and fetches a requirements URL; no cloud call. `say` gets what ships.
 */
export async function attachContexts(requests: RunRequest[], plan: ContextPlan, say: (line: string) => void): Promise<void> {
  const builder = new ContextBuilder(plan.settings, plan.workspace);
  const choice = plan.settings.requirements;
  let remote: Promise<Uint8Array> | undefined;
  const built = await Promise.all(
    requests.map(async (request): Promise<{ context?: NotebookContext; notes: string[] }> => {
      const reference = request.notebook.path;
      if (!isReference(reference) || /^file:\/\//i.test(reference)) return builder.forNotebook(reference, request.notebook.content.byteLength);
      if (choice.kind !== 'url') {
        const ignored = choice.kind === 'path' ? `; ${plan.settings.names.requirements} (a path) does not apply to it` : '';
        return { notes: [`${reference}: given by URL, it runs alone: no files beside it are shipped${ignored}`] };
      }
      remote ??= fetchRequirements(choice.url, plan.sources, plan.settings.names.requirements);
      return {
        context: contextWithRequirements(reference, await remote),
        notes: [`${reference}: given by URL, it runs alone, with ${redactReference(choice.url)} as its requirements file`],
      };
    }),
  );
  built.forEach(({ context, notes }, index) => {
    if (context) requests[index]!.context = context;
    notes.forEach(say);
  });
}
