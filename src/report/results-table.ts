import type { RunResult } from '../engine/run-result.js';

const STATE_ICON: Record<string, string> = {
  SUCCEEDED: '✅',
  SUBMITTED: '🚀',
  FAILED: '❌',
  CANCELED: '⛔',
  NEEDS_ATTENTION: '⚠️',
  NOT_SUBMITTED: '❌',
  UNKNOWN: '❓',
};

/** One Markdown table for the job summary and the PR comment alike. */
export function resultsTable(results: RunResult[]): string {
  const header = '| Notebook | State | Duration | Run | Output |\n| --- | --- | --- | --- | --- |';
  const rows = results.map((result) => {
    const state = `${STATE_ICON[result.state] ?? ''} ${result.state}${result.error ? `<br>${escape(result.error)}` : ''}`.trim();
    const run = runCell(result);
    const output = result.outputUri ? `\`${result.outputUri}\`` : '';
    return `| \`${result.notebook}\` | ${state} | ${formatDuration(result.durationSeconds)} | ${run} | ${output} |`;
  });
  return [header, ...rows].join('\n');
}

/** The run's link; a batch's run says how many notebooks shared it. */
function runCell(result: RunResult): string {
  if (!result.runId) return '';
  const link = result.consoleUrl ? `[${shortId(result.runId)}](${result.consoleUrl})` : `\`${shortId(result.runId)}\``;
  return result.batch && result.batch.length > 1 ? `${link}<br>batch of ${result.batch.length}` : link;
}

export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  const minutes = Math.floor(seconds / 60);
  return minutes ? `${minutes}m ${seconds % 60}s` : `${seconds}s`;
}

/** OCIDs are long; their tail tells them apart. */
function shortId(id: string): string {
  return id.length > 24 ? `…${id.slice(-12)}` : id;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>').slice(0, 500);
}
