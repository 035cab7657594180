import { createHash } from 'node:crypto';
import type { RunRequest } from '../engine/run-request.js';
import { jobTags } from '../engine/job-tags.js';
import { isReference, notebookFileName } from '../notebook/notebook-name.js';
import type { FetchedNotebook } from '../sources/notebook-source.js';
import { SHARED_RUN_FIELDS, type ActionSettings } from './inputs.js';
import type { RunContext } from './run-context.js';

/** A notebook's path as a name: `analysis/daily report.ipynb` → `analysis-daily-report`. */
export function notebookSlug(path: string): string {
  // A URL or cloud reference is named by its file; a workspace path by all of it.
  const name = isReference(path) ? notebookFileName(path) : path;
  return name
    .replace(/\.ipynb$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function jobName(template: string, notebookPath: string, context: RunContext): string {
  const values: Record<string, string> = {
    repo: context.repo || 'repo',
    notebook: notebookSlug(notebookPath),
    sha: context.sha.slice(0, 7),
    run: context.runId,
  };
  return template.replace(/\{(repo|notebook|sha|run)\}/g, (_, key: string) => values[key]!).slice(0, 255);
}

/** `<prefix>/<sha>/<run>-<attempt>/<notebook path>`: runs never overwrite each other. */
export function outputUriFor(base: string, notebookPath: string, context: RunContext): string {
  // Two URLs may end in the same file name: a short hash of the whole reference keeps them apart.
  const folder = isReference(notebookPath)
    ? `${notebookSlug(notebookPath)}-${createHash('sha256').update(notebookPath).digest('hex').slice(0, 8)}`
    : notebookPath.replace(/\.ipynb$/i, '');
  const place = `${context.sha || 'local'}/${context.runId}-${context.runAttempt}/${folder}`;
  return `${base.replace(/\/+$/, '')}/${place}`;
}

export function runRequestsFor(notebooks: FetchedNotebook[], settings: ActionSettings, context: RunContext): RunRequest[] {
  return notebooks.map((notebook) => ({
    notebook,
    jobName: jobName(settings.jobNameTemplate, notebook.path, context),
    ...(Object.fromEntries(SHARED_RUN_FIELDS.map((field) => [field, settings[field]])) as Pick<ActionSettings, (typeof SHARED_RUN_FIELDS)[number]>),
    outputUri: settings.outputUri ? outputUriFor(settings.outputUri, notebook.path, context) : undefined,
    maximumRuntimeInMinutes: settings.timeoutMinutes,
    freeformTags: {
      ...jobTags(context.repo ? `${context.owner}/${context.repo}` : undefined),
      ...(context.sha ? { 'github-sha': context.sha } : {}),
      'github-run-id': context.runId,
    },
  }));
}
