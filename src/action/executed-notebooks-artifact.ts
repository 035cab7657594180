import * as core from '@actions/core';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { outputFolderPath } from '../backends/local/validate-local-request.js';
import type { RunResult } from '../engine/run-result.js';
import { describeError } from '../engine/describe-error.js';
import type { RunContext } from './run-context.js';
import { outputUriFor } from './run-requests.js';

/** A workflow artifact that was uploaded: what later steps get as `artifact-name` and `artifact-id`. */
export interface ExecutedNotebooksArtifact {
  name: string;
  id: number;
  /** The folder whose files were uploaded, and their paths under it. */
  rootDirectory: string;
  files: string[];
}

type UploadArtifact = (name: string, files: string[], rootDirectory: string) => Promise<{ id?: number }>;

/** Artifact names are unique per workflow run; other jobs, matrix legs or steps may take ours first. */
const MAX_NAME_ATTEMPTS = 5;
/** How the results service says a name is taken (`Failed request: (409) Conflict: ...already exists`). */
const NAME_TAKEN = /\(409\)|already exists/i;

/**
 * `executed-notebooks-<run id>-<attempt>-<job>`: a re-run attempt or another job of the same run
 * never takes the name of an earlier one.
 */
export function artifactNameFor(context: RunContext, job = process.env.GITHUB_JOB ?? ''): string {
  const parts = ['executed-notebooks', context.runId, context.runAttempt, job].filter(Boolean);
  // The service refuses " : < > | * ? \ / and line breaks in names.
  return parts.join('-').replace(/[":<>|*?\\/\r\n]+/g, '_');
}

/**
 * Uploads the executed notebooks of the local runs (and the files they wrote) as one workflow
 * artifact and sets the `artifact-name` and `artifact-id` outputs. Best effort: without the
 * artifact service (a laptop, `act`, GHES) or when the upload fails it warns and returns
 * undefined; it never throws, so the runs' results are reported whatever happens here.
 */
export async function uploadExecutedNotebooks(
  results: RunResult[],
  outputUri: string,
  context: RunContext,
): Promise<ExecutedNotebooksArtifact | undefined> {
  let rootDirectory = '';
  try {
    const folders = await existingFolders(results);
    if (folders.length === 0) {
      core.info('No executed notebooks to upload as an artifact: no run wrote its output folder.');
      return undefined;
    }
    rootDirectory = artifactRoot(outputUri, context, folders);
    const files = (await Promise.all(folders.map(filesUnder))).flat();
    const missing = missingArtifactService(process.env);
    if (missing) {
      core.warning(
        `The executed notebooks were not uploaded as a workflow artifact: ${missing} is not set, as on a runner without the ` +
          `GitHub artifact service (a laptop, @github/local-action, act). They are in ${rootDirectory}.`,
      );
      return undefined;
    }
    const uploadArtifact = await defaultUpload();
    const artifact = await core.group('Uploading the executed notebooks as a workflow artifact', () =>
      uploadUnderFreeName(artifactNameFor(context), files, rootDirectory, uploadArtifact),
    );
    core.setOutput('artifact-name', artifact.name);
    core.setOutput('artifact-id', String(artifact.id));
    core.info(`Executed notebooks: artifact ${artifact.name} (id ${artifact.id}), ${files.length} file(s) from ${rootDirectory}`);
    // The artifact is there whatever happens to the summary.
    await core.summary
      .addRaw(summaryLine(artifact, context), true)
      .write()
      .catch((error: unknown) => core.debug(`summary: ${describeError(error)}`));
    return artifact;
  } catch (error) {
    const where = rootDirectory ? ` They are in ${rootDirectory} on the runner.` : '';
    core.warning(`The executed notebooks could not be uploaded as a workflow artifact: ${describeError(error).replace(/\.$/, '')}.${where}`);
    return undefined;
  }
}

/** What `@actions/artifact` needs from the runner, named when missing. */
function missingArtifactService(env: Record<string, string | undefined>): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN) return 'ACTIONS_RUNTIME_TOKEN';
  if (!env.ACTIONS_RESULTS_URL) return 'ACTIONS_RESULTS_URL';
  core.setSecret(env.ACTIONS_RUNTIME_TOKEN);
  return undefined;
}

/** Loaded only when there is something to upload: the OCI path and a cold start never pay for it. */
async function defaultUpload(): Promise<UploadArtifact> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  return (name, files, rootDirectory) => client.uploadArtifact(name, files, rootDirectory);
}

async function uploadUnderFreeName(name: string, files: string[], rootDirectory: string, upload: UploadArtifact): Promise<ExecutedNotebooksArtifact> {
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? name : `${name}-${attempt}`;
    try {
      const { id } = await upload(candidate, files, rootDirectory);
      if (id === undefined) throw new Error('the artifact service returned no artifact id');
      return { name: candidate, id, rootDirectory, files };
    } catch (error) {
      if (attempt >= MAX_NAME_ATTEMPTS || !NAME_TAKEN.test(describeError(error))) throw error;
      core.info(`An artifact named ${candidate} already exists in this workflow run; trying ${name}-${attempt + 1}.`);
    }
  }
}

/** Each run's output folder (where its executed notebook and the files it wrote are), once, if it exists. */
async function existingFolders(results: RunResult[]): Promise<string[]> {
  const folders = [...new Set(results.flatMap((result) => (result.outputUri ? [dirname(result.outputUri)] : [])))];
  const found = await Promise.all(folders.map(async (folder) => ((await stat(folder).catch(() => undefined))?.isDirectory() ? folder : undefined)));
  return found.filter((folder): folder is string => folder !== undefined);
}

/**
 * The folder the zip starts at: this run's `<output>/<sha>/<run>-<attempt>`, so the artifact holds
 * `<notebook path>/<name>.ipynb`. Only this step's runs' folders are uploaded, not whatever else
 * an output folder shared with earlier steps holds. A `$JOB_RUN_OCID` in the output folder makes
 * each run's folder only known after the run: then the root is where the runs' folders meet.
 */
function artifactRoot(outputUri: string, context: RunContext, folders: string[]): string {
  const runFolder = outputFolderPath(outputUriFor(outputUri, '', context));
  return commonAncestor([runFolder, ...folders]);
}

function commonAncestor(paths: string[]): string {
  const split = paths.map((path) => path.split(sep));
  const first = split[0]!;
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length++;
  return first.slice(0, length).join(sep) || sep;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

function summaryLine(artifact: ExecutedNotebooksArtifact, context: RunContext): string {
  const where = context.owner && context.repo ? `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}/artifacts/${artifact.id}` : '';
  const name = where ? `[\`${artifact.name}\`](${where})` : `\`${artifact.name}\``;
  return `\nExecuted notebooks: artifact ${name} (${artifact.files.length} file(s)).\n`;
}
