import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Python file OCI runs as `JOB_RUN_ENTRYPOINT`, as in ADS's notebook jobs. */
export const DRIVER_ENTRYPOINT = 'driver_notebook.py';

/**
 * The driver's folder: beside this module in the sources, and copied beside each bundle in
 * `dist/` by the build, so one relative path serves both.
 */
export function driverDirectory(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'driver');
}

let cached: Map<string, Uint8Array> | undefined;

/** Every driver file by name; read once, as every artifact carries the same driver. */
export function driverFiles(): ReadonlyMap<string, Uint8Array> {
  if (!cached) {
    const folder = driverDirectory();
    const names = readdirSync(folder).filter((name) => name.endsWith('.py'));
    if (!names.includes(DRIVER_ENTRYPOINT)) throw new Error(`The notebook driver is missing: ${join(folder, DRIVER_ENTRYPOINT)}`);
    cached = new Map(names.map((name) => [name, new Uint8Array(readFileSync(join(folder, name)))]));
  }
  return cached;
}
