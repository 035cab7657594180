// Bundles each entry point with ncc into dist/, and copies the Python driver beside each bundle
// (the engine finds it at <bundle dir>/driver), and the local backend's run launcher (at
// <bundle dir>/isolation). Deterministic, so CI can diff dist/ against src/.
import { chmod, cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ncc from '@vercel/ncc';
import { sourceHash } from './source-hash.mjs';

// The action's main step at dist/index.js (as action.yml names it), its post step, and the CLI.
const ENTRIES = [
  { entry: 'src/action/index.ts', out: 'dist', driver: true },
  { entry: 'src/action/post-step/index.ts', out: 'dist/post', driver: false },
  { entry: 'src/cli/index.ts', out: 'dist/cli', driver: true, executable: true },
  // The OCI Function, committed beside its func.yaml so that the folder deploys as it is.
  { entry: 'src/function/index.ts', out: 'function/dist', driver: true },
];

/** ncc's own errors print a minified line of its source; show only the message. */
async function bundle(entry) {
  try {
    return await ncc(join(process.cwd(), entry), {
      minify: false,
      sourceMap: false,
      quiet: true,
      target: 'es2022',
      // npm run build typechecks first; ncc need not do it again per bundle.
      transpileOnly: true,
    });
  } catch (error) {
    console.error(`ncc could not bundle ${entry}:\n${String(error.message ?? error).slice(0, 3000)}`);
    process.exit(1);
  }
}

// Every output folder starts empty, so no chunk of an older build lingers in a committed bundle.
for (const { out } of ENTRIES) await rm(out, { recursive: true, force: true });
for (const { entry, out, driver, executable } of ENTRIES) {
  const { code, assets } = await bundle(entry);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.js'), code);
  // The CLI runs by its shebang (`env -S node --`), so it must be executable.
  if (executable) await chmod(join(out, 'index.js'), 0o755);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    await mkdir(join(out, name, '..'), { recursive: true });
    await writeFile(join(out, name), asset.source);
  }
  const driverFiles = driver ? (await readdir('src/artifact/driver')).filter((name) => name.endsWith('.py')) : [];
  if (driverFiles.length) await mkdir(join(out, 'driver'), { recursive: true });
  for (const name of driverFiles) await cp(join('src/artifact/driver', name), join(out, 'driver', name));
  // The local backend's run launcher (kernel-isolation.ts finds it at <bundle dir>/isolation), beside every bundle that may run notebooks locally.
  const isolationFiles = driver ? (await readdir('src/backends/local/isolation')).filter((name) => name.endsWith('.py')) : [];
  if (isolationFiles.length) await mkdir(join(out, 'isolation'), { recursive: true });
  for (const name of isolationFiles) await cp(join('src/backends/local/isolation', name), join(out, 'isolation', name));
  console.log(`${entry} -> ${out}/index.js (${Object.keys(assets ?? {}).length} assets, ${driverFiles.length} driver files)`);
}

// Tests of the bundles check this against src/ (test/support/fresh-dist.ts).
await writeFile('dist/source-hash.txt', `${sourceHash()}\n`);
