import * as core from '@actions/core';
import { join } from 'node:path';
import type { RunResult } from '../engine/run-result.js';
import { isReference } from '../notebook/notebook-name.js';
import { readRegularFile } from '../sources/regular-file.js';
import { succeeded } from './outputs.js';

/** An error annotation on each failing notebook, at its failing cell when the driver named one. */
export async function annotateFailures(results: RunResult[], workspace: string): Promise<void> {
  for (const result of results) {
    if (succeeded(result)) continue;
    const cell = result.failedCell;
    const title = cell ? `Cell ${cell.cell} failed` : `Notebook ${result.state.toLowerCase().replace('_', ' ')}`;
    const message = cell ? `${cell.message}\n(${result.notebook}, cell ${cell.cell})` : (result.error ?? result.state);
    // A notebook fetched by URL is no file of the repository: the annotation goes on the run.
    if (isReference(result.notebook)) {
      core.error(message, { title: `${title}: ${result.notebook}` });
      continue;
    }
    const line = cell ? await lineOfCell(join(workspace, result.notebook), cell.cell, workspace) : undefined;
    core.error(message, { file: result.notebook, startLine: line, title });
  }
}

/**
 * The line of the `.ipynb` file where cell `number` (1-based) begins. A raw `"cell_type":` is always
 * a key (quotes inside JSON strings are escaped), so counting them finds the cell in any layout.
 */
export async function lineOfCell(path: string, number: number, workspace: string): Promise<number | undefined> {
  let text: string;
  try {
    // Read as the notebook was: a regular file inside the workspace, within the size limit.
    text = new TextDecoder().decode(await readRegularFile(path, path, workspace));
  } catch {
    return undefined;
  }
  let seen = 0;
  for (const match of text.matchAll(/"cell_type"\s*:/g)) {
    if (++seen === number) return text.slice(0, match.index).split('\n').length;
  }
  return undefined;
}
