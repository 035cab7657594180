import { scrubSecrets, secretsOf } from '../sources/redaction.js';
import type { CliIo } from './cli-io.js';

/**
 * The CLI's output with every secret masked, as the action's runner masks it: the credentials
 * in the environment, every secret a backend makes (an output PAR's URL and token, through
 * `onSecret`), and anything shaped like a credential (PAR paths, signatures, private keys). A
 * run's log lines are the notebook's own output, which may print any of these.
 */
export function redactedOutput(io: CliIo): CliIo {
  const secrets = secretsOf({ env: io.env });
  const scrub = (text: string) => scrubSecrets(text, secrets);
  return {
    ...io,
    stdout: { write: (text: string) => io.stdout.write(scrub(text)) },
    stderr: { write: (text: string) => io.stderr.write(scrub(text)) },
    onSecret(value: string) {
      if (value.length >= 6 && !secrets.includes(value)) secrets.push(value);
      io.onSecret?.(value);
    },
  };
}
