import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResult } from '../engine/run-result.js';

/** An error annotation on each failing notebook, at its failing cell when the driver named one. */
export async function annotateFailures(results: RunResult[], workspace: string): Promise<void> {
  for (const result of results) {
    if (result.state === 'SUCCEEDED' || result.state === 'SUBMITTED') continue;
    const cell = result.failedCell;
    const line = cell ? await lineOfCell(join(workspace, result.notebook), cell.cell) : undefined;
    const title = cell ? `Cell ${cell.cell} failed` : `Notebook ${result.state.toLowerCase().replace('_', ' ')}`;
    const message = cell ? `${cell.message}\n(${result.notebook}, cell ${cell.cell})` : (result.error ?? result.state);
    core.error(message, { file: result.notebook, startLine: line, title });
  }
}

/** The line of the `.ipynb` JSON where cell `number` (1-based) begins, found without a JSON parser that tracks lines. */
export async function lineOfCell(path: string, number: number): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  let seen = 0;
  for (let index = 0; index < lines.length; index++) {
    if (/^\s*"cell_type"\s*:/.test(lines[index]!) && ++seen === number) {
      // The cell's opening brace is usually the line before "cell_type", or a few lines up.
      for (let back = index; back >= 0; back--) if (lines[back]!.trim().startsWith('{')) return back + 1;
      return index + 1;
    }
  }
  return undefined;
}
