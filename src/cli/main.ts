import type { OciJobBackendOptions } from '../backends/oci/oci-job-backend.js';
import type { CliIo } from './cli-io.js';
import { describeError } from '../engine/describe-error.js';
import { InputError } from '../engine/input-error.js';
import { redactedOutput } from './redacted-output.js';
import { UsageError } from './usage-error.js';

export const USAGE = `Usage: oci-run-notebook <command> [flags]

Commands:
  run NOTEBOOK...    run notebooks as OCI Data Science job runs and follow them
  cleanup            delete the jobs it created (older than a given age), their runs and logs
  emulator           serve a local emulator of the OCI APIs used, for offline runs and tests

Run \`oci-run-notebook <command> --help\` for a command's flags.`;

/** The CLI as a function: argv in, exit status out (0 ok, 1 a run failed, 2 bad usage). */
export async function main(argv: string[], rawIo: CliIo, backendOptions?: OciJobBackendOptions): Promise<number> {
  const [command, ...rest] = argv;
  // Everything written goes through the redaction: log lines are notebooks' output, which may print a secret.
  const io = redactedOutput(rawIo);
  try {
    switch (command) {
      case 'run':
        return await (await import('./run-command.js')).runCommand(rest, io, backendOptions);
      case 'emulator':
        return await (await import('./emulator-command.js')).emulatorCommand(rest, io);
      case 'cleanup':
        return await (await import('./cleanup-command.js')).cleanupCommand(rest, io);
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}".` : 'no command given.');
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`oci-run-notebook: ${error.message}\n${['run', 'emulator', 'cleanup'].includes(command!) ? '' : `\n${USAGE}\n`}`);
      return 2;
    }
    io.stderr.write(`oci-run-notebook: ${describeError(error)}\n`);
    return 1;
  }
}
