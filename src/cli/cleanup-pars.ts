import { deleteHandoverObject, deleteToolPar, findHandoverObjects, findToolPars } from '../backends/oci/par-cleanup.js';
import { describeError } from '../engine/describe-error.js';
import type { OciClients } from '../oci/clients.js';
import { formatObjectStorageUri, type ObjectStorageLocation } from '../oci/object-storage-uri.js';
import type { CliIo } from './cli-io.js';

/** `cleanup --output-uri`: the tool's PARs there that expired or are older than the age, and old handover objects. Returns how many could not be deleted. */
export async function cleanUpPars(clients: OciClients, io: CliIo, output: ObjectStorageLocation, createdBefore: number, dryRun: boolean): Promise<number> {
  const verb = dryRun ? 'would delete' : 'deleted';
  let failed = 0;
  const pars = await findToolPars(clients, output, createdBefore);
  for (const par of pars) {
    const about = `PAR ${par.name} (${par.id}) for ${par.objectName ?? 'the whole bucket'}, ${par.expired ? `expired ${par.timeExpires}` : `created ${par.timeCreated}`}`;
    try {
      if (!dryRun) await deleteToolPar(clients, output, par.id);
      io.stdout.write(`${verb} ${about}\n`);
    } catch (error) {
      failed += 1;
      io.stderr.write(`oci-run-notebook: could not delete ${about}: ${describeError(error)}\n`);
    }
  }
  const objects = await findHandoverObjects(clients, output, createdBefore);
  for (const objectName of objects) {
    try {
      if (!dryRun) await deleteHandoverObject(clients, output, objectName);
      io.stdout.write(`${verb} handover object ${objectName}\n`);
    } catch (error) {
      failed += 1;
      io.stderr.write(`oci-run-notebook: could not delete handover object ${objectName}: ${describeError(error)}\n`);
    }
  }
  const where = formatObjectStorageUri(output);
  io.stdout.write(`${dryRun ? 'dry run: ' : ''}${pars.length + objects.length - failed} PAR(s) and handover object(s) ${verb} under ${where}${failed ? `; ${failed} could not be` : ''}\n`);
  return failed;
}
