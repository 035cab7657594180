import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs build script, shared with the build so both hash alike.
import { sourceHash } from '../../scripts/source-hash.mjs';

/**
 * Tests of the bundled action and CLI run dist/, not src/: refuse to test a bundle built from
 * other sources, so a change is never reported green before it is built.
 */
export default function checkDistIsFresh(): void {
  const built = readFileSync('dist/source-hash.txt', 'utf8').trim();
  if (built !== (sourceHash() as string)) {
    throw new Error('dist/ was built from other sources than src/ holds now: run `npm run build` before the tests (some run the bundles).');
  }
}
