import { RunRequestError } from '../engine/run-request-error.js';
import { MAX_CONTEXT_FILES, type NotebookContext } from './notebook-context.js';

const fail = (problem: string): never => {
  throw new RunRequestError('context', problem);
};

/** A relative, `/`-separated path with no empty, `.` or `..` part, as the artifact and the run folder place it. */
function isPlainPath(path: string): boolean {
  return path.length > 0 && !path.includes('\\') && !path.includes('\0') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * Checks a request's context as backends place it: plain relative paths, each once, the notebook
 * not among the other files, the requirements among them. Whatever built it (a front door, a
 * caller of the engine), nothing can land outside the run's folder.
 */
export function validateContext(context: NotebookContext | undefined): void {
  if (context === undefined) return;
  if (context.rootName !== '' && (!isPlainPath(context.rootName) || context.rootName.includes('/'))) {
    fail(`the root's name must be one folder name, got "${context.rootName}"`);
  }
  if (!isPlainPath(context.notebookPath) || !context.notebookPath.endsWith('.ipynb')) {
    fail(`the notebook's path must be a relative path ending in .ipynb, got "${context.notebookPath}"`);
  }
  if (context.files.length + 1 > MAX_CONTEXT_FILES) fail(`${context.files.length + 1} files, more than a job artifact holds (${MAX_CONTEXT_FILES})`);
  const seen = new Set([context.notebookPath]);
  for (const file of context.files) {
    if (!isPlainPath(file.path)) fail(`a file's path must be relative, without . or .. parts, got "${file.path}"`);
    if (seen.has(file.path)) fail(`${file.path} is listed twice (or is the notebook itself)`);
    // A file and a folder of the same name cannot both be placed.
    seen.add(file.path);
    if (!Number.isInteger(file.size) || file.size < 0) fail(`${file.path} has no size in bytes`);
    if ((file.source === undefined) === (file.content === undefined)) fail(`${file.path} needs either a source path or its content`);
  }
  for (const path of seen) {
    const parts = path.split('/');
    for (let end = 1; end < parts.length; end++) {
      if (seen.has(parts.slice(0, end).join('/'))) fail(`${parts.slice(0, end).join('/')} is both a file and a folder`);
    }
  }
  if (context.requirements !== undefined && (!seen.has(context.requirements) || context.requirements === context.notebookPath)) {
    fail(`the requirements file ${context.requirements} is not one of the context's files`);
  }
}
