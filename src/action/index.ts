import '../oci/quiet-sdk-deprecations.js';
import * as core from '@actions/core';
import { routeSdkFailureWarnings } from '../oci/sdk-warnings.js';
import { run } from './main.js';

// Each failed call is reported once, by the run it belongs to; the SDK's own line goes to the debug log.
routeSdkFailureWarnings((message) => core.debug(message));

// The runner sends SIGINT, then SIGTERM, when the workflow is cancelled: cancel the runs in flight.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort());

void run(controller.signal);
