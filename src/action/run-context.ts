import { readFileSync } from 'node:fs';

/** Facts about the workflow run, from the runner's environment. */
export interface RunContext {
  eventName: string;
  event: Record<string, unknown>;
  workspace: string;
  owner: string;
  repo: string;
  /** The commit whose notebooks run: the PR's head, else GITHUB_SHA. */
  sha: string;
  runId: string;
  runAttempt: string;
  /** The workflow and job (`CI/test`), to tell apart what two jobs of one run report. */
  job: string;
  apiUrl: string;
  serverUrl: string;
  pullRequestNumber?: number;
}

export function readRunContext(env: Record<string, string | undefined> = process.env): RunContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  const event = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>) : {};
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pullRequest = event.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    owner,
    repo,
    sha: pullRequest?.head?.sha ?? env.GITHUB_SHA ?? '',
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    job: [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter(Boolean).join('/'),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    pullRequestNumber: pullRequest?.number,
  };
}
