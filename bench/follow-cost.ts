import { setTimeout as sleep } from 'node:timers/promises';
import { OciJobBackend } from '../src/backends/oci/oci-job-backend.js';
import { createOciClients } from '../src/oci/clients.js';
import { startEmulator } from '../src/emulator/emulator.js';
import { codeCell, notebookBytes } from '../test/support/notebooks.js';
import { aRequest } from '../test/support/requests.js';
import { report } from './bench-report.js';

/** (b) API calls a minute spent following one long run, once polling has backed off to its cap. */
export async function benchFollowCost(warmUpSeconds = 25, measureSeconds = 60) {
  const emulator = await startEmulator();
  const clients = await createOciClients(emulator.env);
  const backend = new OciJobBackend(clients);
  try {
    const sleepSeconds = warmUpSeconds + measureSeconds + 5;
    const handle = await backend.submit(
      aRequest({
        notebook: { path: 'bench/long.ipynb', content: notebookBytes(codeCell(`import time\nprint("running")\ntime.sleep(${sleepSeconds})`)) },
        compartmentId: emulator.env.OCI_COMPARTMENT_ID!,
        projectId: emulator.env.OCI_PROJECT_ID!,
        logGroupId: emulator.env.OCI_LOG_GROUP_ID!,
      }),
    );
    const followed = backend.follow(handle);
    const afterSubmit = emulator.requests.length;
    await sleep(warmUpSeconds * 1000);
    const atStart = emulator.requests.length;
    await sleep(measureSeconds * 1000);
    const calls = ((emulator.requests.length - atStart) * 60) / measureSeconds;
    await backend.cancel(handle);
    await followed;
    console.log(`     (${atStart - afterSubmit} calls in the first ${warmUpSeconds} s)`);
    return report({ name: '(b) calls a minute following one run, at the cap', value: calls, unit: 'calls/min', bound: 15, target: '<= 15', ok: calls <= 15 });
  } finally {
    clients.close();
    await emulator.close();
  }
}
