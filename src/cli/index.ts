#!/usr/bin/env -S node --
// `node --` ends node's own options: Node 20 would otherwise take our `--env-file FILE` for its own.
import '../oci/quiet-sdk-deprecations.js';
import { routeSdkFailureWarnings } from '../oci/sdk-warnings.js';
import { main } from './main.js';

// A failed call is reported once, in the run's summary line; the SDK's own warning would repeat it.
routeSdkFailureWarnings(() => undefined);

// First Ctrl-C or SIGTERM stops gracefully (`run` cancels the runs in flight); a second one exits at once.
const argv = process.argv.slice(2);
const stopping = argv[0] === 'run' ? 'runs in flight are cancelled first' : 'shutting down';
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`\n${signal}: stopping; ${stopping} (again to exit at once)\n`);
    controller.abort();
  });
}

void main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
}).then((status) => {
  process.exitCode = status;
});
