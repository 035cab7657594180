// Bundles each entry point with ncc into dist/, and copies the Python driver beside each bundle
// (the engine finds it at <bundle dir>/driver). Deterministic, so CI can diff dist/ against src/.
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ncc from '@vercel/ncc';

const ENTRIES = [{ entry: 'src/cli/index.ts', out: 'dist/cli' }];

for (const { entry, out } of ENTRIES) {
  const { code, assets } = await ncc(join(process.cwd(), entry), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    await mkdir(join(out, name, '..'), { recursive: true });
    await writeFile(join(out, name), asset.source);
  }
  const driverFiles = (await readdir('src/artifact/driver')).filter((name) => name.endsWith('.py'));
  await mkdir(join(out, 'driver'), { recursive: true });
  for (const name of driverFiles) await cp(join('src/artifact/driver', name), join(out, 'driver', name));
  console.log(`${entry} -> ${out}/index.js (${Object.keys(assets ?? {}).length} assets, ${driverFiles.length} driver files)`);
}
