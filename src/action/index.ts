import { run } from './main.js';

// The runner sends SIGINT, then SIGTERM, when the workflow is cancelled: cancel the runs in flight.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort());

void run(controller.signal);
