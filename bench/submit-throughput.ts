import { OciJobBackend } from '../src/backends/oci/oci-job-backend.js';
import { runNotebooks } from '../src/engine/run-notebooks.js';
import { createOciClients } from '../src/oci/clients.js';
import { startEmulatorProcess } from './emulator-process.js';
import { codeCell, notebookBytes } from '../test/support/notebooks.js';
import { aRequest } from '../test/support/requests.js';
import { report } from './bench-report.js';

/** Calls one submission makes one after another: (PAR ‖ CreateJob), CreateJobArtifact, CreateJobRun. */
export const SEQUENTIAL_CALLS_PER_SUBMISSION = 3;

/** (a) 50 notebooks submitted with 100 ms of latency per call, 10 at a time. */
export async function benchSubmitThroughput(notebooks = 50, parallel = 10, latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 100)) {
  // Runs stay ACCEPTED: this measures submission, not 50 kernels on two cores.
  const emulator = await startEmulatorProcess(['--latency-ms', String(latencyMs), '--start-delay-ms', String(60 * 60_000)]);
  const clients = await createOciClients(emulator.env);
  try {
    const requests = Array.from({ length: notebooks }, (_, i) =>
      aRequest({
        notebook: { path: `bench/n${i}.ipynb`, content: notebookBytes(codeCell(`print(${i})`)) },
        jobName: `bench-${i}`,
        compartmentId: emulator.env.OCI_COMPARTMENT_ID!,
        projectId: emulator.env.OCI_PROJECT_ID!,
        logGroupId: emulator.env.OCI_LOG_GROUP_ID!,
        outputUri: `${emulator.env.OCI_OUTPUT_URI}/bench-${i}`,
      }),
    );
    const started = performance.now();
    const results = await runNotebooks(requests, new OciJobBackend(clients), { maxParallel: parallel, wait: false });
    const elapsed = performance.now() - started;
    const submitted = results.filter((result) => result.state === 'SUBMITTED').length;
    if (submitted !== notebooks) throw new Error(`only ${submitted} of ${notebooks} submitted`);
    const bound = Math.ceil(notebooks / parallel) * SEQUENTIAL_CALLS_PER_SUBMISSION * latencyMs;
    return report({
      name: `(a) ${notebooks} submissions, ${latencyMs} ms/call, ${parallel} at a time`,
      value: elapsed,
      unit: 'ms',
      bound,
      target: 'ratio <= 1.3',
      ok: elapsed / bound <= 1.3,
    });
  } finally {
    clients.close();
    await emulator.stop();
  }
}
