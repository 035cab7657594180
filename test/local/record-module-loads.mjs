// Module hooks for `node --import`: each module the ESM loader loads, ES module or CommonJS
// entry alike, is appended to $MODULE_LOAD_LOG, which require.cache alone would not show.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.MODULE_LOAD_LOG) appendFileSync(process.env.MODULE_LOAD_LOG, `${url}\n`);
  return nextLoad(url, context);
}
