import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { GitFixture, removeGitFixtures } from '../support/git-fixture.js';

const SCRIPT = join(process.cwd(), 'scripts/move-major-tag.sh');
afterAll(() => removeGitFixtures());

/** A repository with two commits, tagged v1.0.0 and v1.1.0, pushed with their tags. */
function releasedRepository() {
  const repo = new GitFixture();
  repo.write('README.md', 'one\n');
  const first = repo.commit('first');
  repo.git('tag', 'v1.0.0');
  repo.write('README.md', 'two\n');
  const second = repo.commit('second');
  repo.git('tag', 'v1.1.0');
  repo.git('push', '-q', 'origin', 'main', '--tags');
  return { repo, first, second };
}

/** Runs the script as the release workflow does: in a checkout, with no git identity configured. */
function moveMajorTag(repo: GitFixture, ...args: string[]) {
  const env = { ...process.env, HOME: repo.work, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  return spawnSync(SCRIPT, args, { cwd: repo.work, env, encoding: 'utf8' });
}

const remoteTag = (repo: GitFixture, tag: string) => execFileSync('git', ['--git-dir', repo.origin, 'rev-parse', `refs/tags/${tag}^{commit}`], { encoding: 'utf8' }).trim();

describe('scripts/move-major-tag.sh', () => {
  it('points v1 at the release on the remote, and moves it with the next release', () => {
    const { repo, first, second } = releasedRepository();
    expect(moveMajorTag(repo, 'v1.0.0').status).toBe(0);
    expect(remoteTag(repo, 'v1')).toBe(first);
    const moved = moveMajorTag(repo, 'v1.1.0');
    expect(moved.status).toBe(0);
    expect(moved.stdout).toContain(`v1 -> v1.1.0 (${second})`);
    expect(remoteTag(repo, 'v1')).toBe(second);
  });

  it.each([['v1.2'], ['1.2.3'], ['v1.2.3-rc.1'], ['']])('refuses %j, which is not a release tag, and moves nothing', (tag) => {
    const { repo } = releasedRepository();
    const refused = moveMajorTag(repo, tag);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('expected a release tag such as v1.2.3');
    expect(repo.git('tag', '--list', 'v1')).toBe('');
  });

  it('says to fetch tags when the release tag is not here', () => {
    const { repo } = releasedRepository();
    const refused = moveMajorTag(repo, 'v2.0.0');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('there is no tag v2.0.0 here');
  });
});
