// npm run bench [-- a b c]: each figure with its ratio to its bound. Not a test: figures vary by machine.
import { benchActionStart } from './action-start.js';
import { benchBatch } from './batch.js';
import { benchCliStart } from './cli-start.js';
import { benchFollowCost } from './follow-cost.js';
import { benchLocalOverhead } from './local-overhead.js';
import { benchLogVolume } from './log-volume.js';
import { benchSelection } from './selection.js';
import { benchSubmitThroughput } from './submit-throughput.js';

const BENCHES: Record<string, () => Promise<{ ok: boolean }>> = {
  a: () => benchSubmitThroughput(),
  b: () => benchFollowCost(),
  c: () => benchCliStart(),
  'action-start': () => benchActionStart(),
  local: () => benchLocalOverhead(),
  logs: () => benchLogVolume(),
  selection: () => benchSelection(),
  batch: () => benchBatch(),
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
const figures = [];
for (const name of chosen) {
  const bench = BENCHES[name];
  if (!bench) throw new Error(`unknown benchmark "${name}"; choose from ${Object.keys(BENCHES).join(', ')}`);
  figures.push(await bench());
}
process.exitCode = figures.every((figure) => figure.ok) ? 0 : 1;
