#!/usr/bin/env -S node --
// `node --` ends node's own options: Node 20 would otherwise take our `--env-file FILE` for its own.
import '../oci/quiet-sdk-deprecations.js';
import { routeSdkFailureWarnings } from '../oci/sdk-warnings.js';
import { main } from './main.js';

// A failed call is reported once, in the run's summary line; the SDK's own warning would repeat it.
routeSdkFailureWarnings(() => undefined);

// First Ctrl-C or SIGTERM stops gracefully (`run` cancels the runs in flight and waits for them to end);
// a second one stops `run` at once (runs cancelled without waiting, their PARs removed, results
// printed); a third, or a second for other commands, exits there and then.
const argv = process.argv.slice(2);
const running = argv[0] === 'run';
const controller = new AbortController();
const stopNow = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!controller.signal.aborted) {
      process.stderr.write(`\n${signal}: stopping; ${running ? 'runs in flight are cancelled first' : 'shutting down'} (again to ${running ? 'stop at once' : 'exit at once'})\n`);
      controller.abort();
    } else if (running && !stopNow.signal.aborted) {
      process.stderr.write(`\n${signal}: stopping at once: runs are cancelled without waiting and what they made is removed (again to exit now)\n`);
      stopNow.abort();
    } else {
      process.exit(130);
    }
  });
}

void main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
  stopNow: stopNow.signal,
}).then((status) => {
  // Stopped at once: followers may still be waiting on their runs; nothing of theirs is wanted now.
  if (stopNow.signal.aborted) process.exit(status);
  process.exitCode = status;
});
