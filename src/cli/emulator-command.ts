import { parseArgs } from 'node:util';
import type { CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

export const EMULATOR_USAGE = `Usage: oci-run-notebook emulator [--port N] [--env-file FILE] [flags]

Serves the OCI APIs that oci-run-notebook uses (Data Science, Object Storage, Logging
Search) on 127.0.0.1, and really runs the job runs it is given with a local Python and
Jupyter. For keyless sign-in it also plays an identity domain and GitHub's ID-token
service. Then \`set -a; . FILE; set +a\` points the CLI (or the OCI SDK) at it.
GET <url>/_emulator/state lists the job runs with the VM-time each has cost.

Flags:
  --port N            port to listen on; 0 picks a free one (default: 0)
  --env-file FILE     write credentials, endpoints and OCIDs there (default: .oci-emulator.env)
  --python PATH       interpreter for job runs (default: the first python3 with Jupyter)
  --latency-ms N      added latency on every call
  --error-rate R      share (0..1) of calls answered 429/500/503
  --drop-rate R       share (0..1) of connections dropped
  --start-delay-ms N  how long each job run stays ACCEPTED, without logDetails, before it
                      starts (default: 20000, as OCI provisions a machine first)
  --log-delay-ms N    how long a log line takes to become searchable (default: 40000)
  --fast              runs start after 200 ms and lines are searchable at once, for quick
                      tries; OCI is slower, as the defaults are
  --session-token-seconds N
                      lifetime of the session tokens its identity domain issues to
                      keyless sign-ins (default: 3600); a few seconds exercises renewal
  -h, --help          this help`;

/** --fast: quick tries, not OCI's timing. */
const FAST_DELAYS: { startDelayMs?: number; logDelayMs?: number } = { startDelayMs: 200, logDelayMs: 0 };

export async function emulatorCommand(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '0' },
        'env-file': { type: 'string', default: '.oci-emulator.env' },
        python: { type: 'string' },
        'latency-ms': { type: 'string' },
        'error-rate': { type: 'string' },
        'drop-rate': { type: 'string' },
        'start-delay-ms': { type: 'string' },
        'log-delay-ms': { type: 'string' },
        fast: { type: 'boolean', default: false },
        'session-token-seconds': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout.write(`${EMULATOR_USAGE}\n`);
    return 0;
  }
  const port = wholeNumber(values.port, '--port', 65535);
  const faults = {
    latencyMs: values['latency-ms'] === undefined ? undefined : wholeNumber(values['latency-ms'], '--latency-ms'),
    errorRate: share(values['error-rate'], '--error-rate'),
    dropRate: share(values['drop-rate'], '--drop-rate'),
  };
  const { startEmulator, writeEnvFile } = await import('../emulator/emulator.js');
  const fast = values.fast ? FAST_DELAYS : {};
  const delay = (flag: 'start-delay-ms' | 'log-delay-ms') => (values[flag] === undefined ? undefined : wholeNumber(values[flag], `--${flag}`));
  const startDelayMs = delay('start-delay-ms') ?? fast.startDelayMs;
  const logDelayMs = delay('log-delay-ms') ?? fast.logDelayMs;
  const sessionTokenSeconds = values['session-token-seconds'] === undefined ? undefined : wholeNumber(values['session-token-seconds'], '--session-token-seconds', 86_400);
  if (sessionTokenSeconds === 0) throw new UsageError('--session-token-seconds: expected a whole number from 1 to 86400, got "0".');
  const emulator = await startEmulator({ port, python: values.python, faults, startDelayMs, logDelayMs, sessionTokenSeconds });
  await writeEnvFile(emulator, values['env-file']);
  io.stdout.write(
    `OCI emulator listening on ${emulator.url}\nEnvironment written to ${values['env-file']}: load it with  set -a; . ${values['env-file']}; set +a\n` +
      `Job runs and their VM-time: ${emulator.stateUrl}\n`,
  );
  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await emulator.close();
  io.stdout.write('OCI emulator stopped\n');
  return 0;
}

function wholeNumber(value: string, flag: string, max = Number.MAX_SAFE_INTEGER): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > max) throw new UsageError(`${flag}: expected a whole number from 0 to ${max}, got "${value}".`);
  return number;
}

function share(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !(number >= 0 && number <= 1)) throw new UsageError(`${flag}: expected a number from 0 to 1, got "${value}".`);
  return number;
}
