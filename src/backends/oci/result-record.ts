import type { ObjectStorageClient } from 'oci-objectstorage';
import { describeError } from '../../engine/describe-error.js';
import { parseObjectStorageUri } from '../../oci/object-storage-uri.js';

/** Set in the run: the driver stores its result record under this name beside the executed notebook. */
export const RESULT_RECORD_VARIABLE = 'OCI_RUN_NOTEBOOK_RESULT';
export const RESULT_RECORD_NAME = 'oci-run-notebook-result.json';

/** What the driver says of the run (docs/driver.md, "Result record"). */
export interface ResultRecord {
  state: 'succeeded' | 'failed' | 'not_run' | 'outputs_not_saved';
  exitCode?: number;
  failedCell?: { cell: number; message: string };
  /** Why the notebook did not run, or why its outputs were not all stored. */
  error?: string;
  timeStarted?: string;
  timeFinished?: string;
}

const STATES = ['succeeded', 'failed', 'not_run', 'outputs_not_saved'];

/** Where the record of the run whose executed notebook is `notebookUri` lies: the same folder. */
export function resultRecordLocation(notebookUri: string): { namespace: string; bucket: string; objectName: string } | undefined {
  const location = parseObjectStorageUri(notebookUri);
  if (!location) return undefined;
  const folder = location.prefix.includes('/') ? location.prefix.slice(0, location.prefix.lastIndexOf('/') + 1) : '';
  return { namespace: location.namespace, bucket: location.bucket, objectName: `${folder}${RESULT_RECORD_NAME}` };
}

/**
 * The run's result record, read back from Object Storage once the run has ended: failure details
 * that do not depend on logs. Undefined when there is none (no output URI, a run that never
 * started, a cancelled one); `problem` says why it could not be read otherwise.
 */
export async function readResultRecord(
  client: ObjectStorageClient,
  notebookUri: string,
): Promise<{ record?: ResultRecord; problem?: string }> {
  const where = resultRecordLocation(notebookUri);
  if (!where) return {};
  let text: string;
  try {
    const response = await client.getObject({ namespaceName: where.namespace, bucketName: where.bucket, objectName: where.objectName });
    text = await new Response(response.value as ReadableStream).text();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return {};
    return { problem: `cannot read the run's result record ${where.objectName} (${describeError(error)})` };
  }
  const record = parseRecord(text);
  return record ? { record } : { problem: `the run's result record ${where.objectName} is not one the driver writes` };
}

function parseRecord(text: string): ResultRecord | undefined {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || !STATES.includes(value.state as string)) return undefined;
  const cell = value.failedCell as { cell?: unknown; message?: unknown } | undefined;
  return {
    state: value.state as ResultRecord['state'],
    ...(typeof value.exitCode === 'number' ? { exitCode: value.exitCode } : {}),
    ...(cell && typeof cell.cell === 'number' && typeof cell.message === 'string' ? { failedCell: { cell: cell.cell, message: cell.message } } : {}),
    ...(typeof value.error === 'string' ? { error: value.error } : {}),
    ...(typeof value.timeStarted === 'string' ? { timeStarted: value.timeStarted } : {}),
    ...(typeof value.timeFinished === 'string' ? { timeFinished: value.timeFinished } : {}),
  };
}
