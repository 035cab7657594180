import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const IDENTITY = ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.com', '-c', 'commit.gpgsign=false'];

const created: string[] = [];

/** Removes every repository and checkout the fixtures made; call it in afterAll. */
export function removeGitFixtures(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A real git repository with an `origin` (a bare repo on disk), as actions/checkout leaves one. */
export class GitFixture {
  readonly origin: string;
  readonly work: string;

  constructor() {
    const root = mkdtempSync(join(tmpdir(), 'git-fixture-'));
    created.push(root);
    this.origin = join(root, 'origin.git');
    this.work = join(root, 'work');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', this.origin]);
    execFileSync('git', ['init', '-q', '-b', 'main', this.work]);
    this.git('remote', 'add', 'origin', this.origin);
  }

  git(...args: string[]): string {
    return execFileSync('git', [...IDENTITY, ...args], { cwd: this.work, encoding: 'utf8' }).trim();
  }

  write(path: string, content: string | Uint8Array): void {
    mkdirSync(dirname(join(this.work, path)), { recursive: true });
    writeFileSync(join(this.work, path), content);
  }

  remove(path: string): void {
    rmSync(join(this.work, path));
  }

  /** Commits everything and returns the new commit's sha. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  push(...refs: string[]): void {
    this.git('push', '-q', '--force', 'origin', ...(refs.length ? refs : ['HEAD']));
  }

  /** A fresh clone of origin at `ref`, shallow when `depth` is given, as actions/checkout makes it. */
  checkout(ref: string, depth?: number): string {
    const clone = mkdtempSync(join(tmpdir(), 'git-checkout-'));
    created.push(clone);
    const args = ['clone', '-q', '--no-tags', ...(depth ? ['--depth', String(depth)] : []), '--branch', ref, `file://${this.origin}`, clone];
    execFileSync('git', args);
    return clone;
  }
}
