import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The emulator in a process of its own, started as users start it, so it does not share the client's core. */
export async function startEmulatorProcess(flags: string[]): Promise<{ env: Record<string, string>; stop: () => Promise<void> }> {
  const envFile = join(mkdtempSync(join(tmpdir(), 'bench-emulator-')), 'emulator.env');
  const child: ChildProcess = spawn(process.execPath, ['--', 'dist/cli/index.js', 'emulator', '--port', '0', '--env-file', envFile, ...flags], { stdio: 'ignore' });
  for (let i = 0; i < 200 && !existsSync(envFile); i++) await sleep(50);
  await sleep(100);
  const env = Object.fromEntries(
    [...readFileSync(envFile, 'utf8').matchAll(/^([A-Z_]+)='([^']*)'/gm)].map((match) => [match[1]!, match[2]!]),
  );
  return {
    env,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
