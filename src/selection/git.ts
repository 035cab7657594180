import { spawn } from 'node:child_process';

/** A git command that failed: the command line, its exit code and what git printed. */
export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim() || 'no message'}`);
  }
}

export interface GitResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git in one work tree. No shell: arguments go to git as they are. */
export class Git {
  constructor(readonly workTree: string) {}

  /** Runs and returns whatever the exit code; callers that care about "no" (exit 1) read it. */
  exec(args: string[], stdin?: string): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      // GIT_TERMINAL_PROMPT=0: a fetch that needs credentials fails instead of waiting for a person.
      const child = spawn('git', args, {
        cwd: this.workTree,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
      child.once('error', (error) => reject(new Error(`cannot run git in ${this.workTree}: ${error.message}`)));
      child.once('close', (code) =>
        resolve({ exitCode: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
      );
      if (stdin !== undefined) {
        child.stdin!.on('error', () => {}); // git may exit before reading it all; its exit code tells why
        child.stdin!.end(stdin);
      }
    });
  }

  /** Runs and returns stdout as text; any non-zero exit is a GitError. */
  async run(args: string[], stdin?: string): Promise<string> {
    return (await this.runBytes(args, stdin)).toString('utf8');
  }

  async runBytes(args: string[], stdin?: string): Promise<Buffer> {
    const result = await this.exec(args, stdin);
    if (result.exitCode !== 0) throw new GitError(args, result.exitCode, result.stderr);
    return result.stdout;
  }
}

export const ZERO_SHA = /^0+$/;

export function shortSha(sha: string): string {
  return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
