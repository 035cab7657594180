import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Node 24 as scripts/setup.sh installs it: GitHub starts the action with it (action.yml: `runs.using: node24`). */
const NODE24 = join(process.cwd(), '.tools/node24/node_modules', `node-${process.platform}-${process.arch}`, 'bin/node');

/** The bundles also run on the newest Node they ship for: a difference from the Node running jest shows here. */
export function node24(): string {
  if (!existsSync(NODE24)) throw new Error(`Node 24, which runs the action on GitHub, is missing at ${NODE24}: run bash scripts/setup.sh`);
  return NODE24;
}
