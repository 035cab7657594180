import { parseArgs } from 'node:util';
import { OCI_URI_FORM, parseObjectStorageUri } from '../oci/object-storage-uri.js';
import { isOcid } from '../oci/ocid.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

export const CLEANUP_USAGE = `Usage: oci-run-notebook cleanup --older-than AGE [--repository OWNER/NAME] [--dry-run] [flags]

Deletes the jobs oci-run-notebook created (tagged created-by: oci-run-notebook) that are older
than AGE, with their job runs and the logs OCI created for those runs. Jobs without that tag are
never touched, nor logs the jobs did not create. With --output-uri, also the output PARs it made
there (named oci-run-notebook-...) that have expired or are older than AGE, and the objects
such PARs were handed over in.

Flags:
  --older-than AGE          how old a job must be: 30d, 12h or 90m (required)
  --repository OWNER/NAME   only jobs tagged with this GitHub repository (github-repository)
  --compartment-id OCID     compartment of the jobs (default: $OCI_COMPARTMENT_ID)
  --project-id OCID         only jobs of this Data Science project
  --output-uri URI          oci://bucket@namespace/prefix: also its left-over PARs (as given to run)
  --dry-run                 list what would be deleted, delete nothing
  -h, --help                this help

Exit status: 0 when everything found was deleted (or listed), 1 when a deletion failed, 2 for
bad usage. Credentials as for \`run\`.`;

const AGE = /^(\d+)([dhm])$/;
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

/** `oci-run-notebook cleanup`: the tool's old jobs, their runs and the logs they created, deleted. */
export async function cleanupCommand(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'older-than': { type: 'string' },
        repository: { type: 'string' },
        'compartment-id': { type: 'string' },
        'project-id': { type: 'string' },
        'output-uri': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout.write(`${CLEANUP_USAGE}\n`);
    return 0;
  }
  const age = values['older-than'];
  if (age === undefined) throw new UsageError('--older-than: required, such as 30d, so that recent jobs are never deleted by accident.');
  const match = AGE.exec(age.trim());
  if (!match) throw new UsageError(`--older-than: expected a whole number of days, hours or minutes such as 30d, 12h or 90m, got "${age}".`);
  const olderThanMs = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  const repository = values.repository;
  if (repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new UsageError(`--repository: expected OWNER/NAME as GitHub spells it, got "${repository}".`);
  }
  const compartmentId = values['compartment-id'] ?? io.env.OCI_COMPARTMENT_ID;
  if (!compartmentId) throw new UsageError('--compartment-id: required; give the flag or set OCI_COMPARTMENT_ID.');
  if (!isOcid(compartmentId, 'compartment', 'tenancy')) throw new UsageError(`--compartment-id: expected an OCID of a compartment, got "${compartmentId}".`);
  const projectId = values['project-id'];
  if (projectId !== undefined && !isOcid(projectId, 'datascienceproject')) throw new UsageError(`--project-id: expected an OCID of a datascienceproject, got "${projectId}".`);

  const outputUri = values['output-uri'];
  const output = outputUri === undefined ? undefined : parseObjectStorageUri(outputUri);
  if (outputUri !== undefined && !output) throw new UsageError(`--output-uri: expected ${OCI_URI_FORM}, got "${outputUri}".`);

  const { runCleanup } = await import('./cleanup-run.js');
  return runCleanup(io, { compartmentId, projectId, repository, createdBefore: Date.now() - olderThanMs, dryRun: values['dry-run'], output });
}
