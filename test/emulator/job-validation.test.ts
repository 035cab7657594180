import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { models } from 'oci-datascience';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { newOcid } from '../../src/emulator/ocid.js';
import { jobDetails } from './job-fixtures.js';
import { ociError, sdkClients, type ClientSet } from './sdk-clients.js';

type Details = Record<string, unknown>;

/** A copy of the valid job details with `path` (dotted) set to `value`, or removed when undefined. */
function changed(details: models.CreateJobDetails, path: string, value: unknown): models.CreateJobDetails {
  const copy = structuredClone(details) as unknown as Details;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((object, key) => object[key] as Details, copy);
  if (value === undefined) delete parent[keys.at(-1)!];
  else parent[keys.at(-1)!] = value;
  return copy as unknown as models.CreateJobDetails;
}

describe('createJob and createJobRun validation', () => {
  let emulator: Emulator;
  let clients: ClientSet;
  let valid: models.CreateJobDetails;

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    emulator = await startEmulator();
    clients = sdkClients(emulator);
    valid = jobDetails(emulator, { JOB_RUN_ENTRYPOINT: 'main.py' });
  });
  afterAll(() => emulator.close());

  const infra = 'jobInfrastructureConfigurationDetails';
  const cases: Array<[string, string, unknown, number, string, RegExp]> = [
    ['a missing projectId', 'projectId', undefined, 400, 'MissingParameter', /projectId/],
    ['a missing compartmentId', 'compartmentId', undefined, 400, 'MissingParameter', /compartmentId/],
    ['a malformed projectId', 'projectId', 'ocid1.project', 400, 'InvalidParameter', /projectId/],
    ['a projectId of another resource type', 'projectId', newOcid('bucket', 'us-ashburn-1'), 400, 'InvalidParameter', /projectId/],
    ['an unknown project', 'projectId', newOcid('datascienceproject', 'us-ashburn-1'), 404, 'NotAuthorizedOrNotFound', /project/],
    ['an unknown compartment', 'compartmentId', newOcid('compartment', undefined), 404, 'NotAuthorizedOrNotFound', /compartment/],
    ['missing job configuration', 'jobConfigurationDetails', undefined, 400, 'MissingParameter', /jobConfigurationDetails/],
    ['a bad jobType', 'jobConfigurationDetails.jobType', 'BATCH', 400, 'InvalidParameter', /jobType/],
    ['missing infrastructure', infra, undefined, 400, 'MissingParameter', /jobInfrastructureConfigurationDetails/],
    ['a bad jobInfrastructureType', `${infra}.jobInfrastructureType`, 'GPU_CLUSTER', 400, 'InvalidParameter', /jobInfrastructureType/],
    ['less than 50 GB of block storage', `${infra}.blockStorageSizeInGBs`, 49, 400, 'InvalidParameter', /blockStorageSizeInGBs/],
    ['STANDALONE without a subnet', `${infra}.jobInfrastructureType`, 'STANDALONE', 400, 'MissingParameter', /subnetId/],
    ['shape config on a fixed shape', `${infra}.shapeName`, 'VM.Standard2.1', 400, 'InvalidParameter', /jobShapeConfigDetails/],
    ['a Flex shape without shape config', `${infra}.jobShapeConfigDetails`, undefined, 400, 'MissingParameter', /jobShapeConfigDetails/],
    ['logging without a log group', 'jobLogConfigurationDetails.logGroupId', undefined, 400, 'MissingParameter', /logGroupId/],
    ['logging to an unknown log group', 'jobLogConfigurationDetails.logGroupId', newOcid('loggroup', 'us-ashburn-1'), 404, 'NotAuthorizedOrNotFound', /logGroupId/],
    ['an environment variable that is not a string', 'jobConfigurationDetails.environmentVariables', { N: 1 }, 400, 'InvalidParameter', /environmentVariables/],
  ];

  it.each(cases)('refuses a job with %s', async (_name, path, value, status, code, message) => {
    const error = await ociError(clients.dataScience.createJob({ createJobDetails: changed(valid, path, value) }));
    expect([error.statusCode, error.serviceCode]).toEqual([status, code]);
    expect(error.message).toMatch(message);
  });

  it('accepts STANDALONE with a subnet on a fixed shape', async () => {
    const details = changed(valid, infra, {
      jobInfrastructureType: 'STANDALONE',
      shapeName: 'VM.Standard2.1',
      subnetId: newOcid('subnet', 'us-ashburn-1'),
      blockStorageSizeInGBs: 100,
    });
    const { job } = await clients.dataScience.createJob({ createJobDetails: details });
    expect(job.jobInfrastructureConfigurationDetails.jobInfrastructureType).toBe('STANDALONE');
  });

  it.each([
    ['no jobId', undefined, 400, 'MissingParameter'],
    ['a malformed jobId', 'job-1', 400, 'InvalidParameter'],
    ['an unknown jobId', newOcid('datasciencejob', 'us-ashburn-1'), 404, 'NotAuthorizedOrNotFound'],
  ])('refuses a job run with %s', async (_name, jobId, status, code) => {
    const details = { projectId: emulator.projectId, compartmentId: emulator.compartmentId, jobId } as models.CreateJobRunDetails;
    const error = await ociError(clients.dataScience.createJobRun({ createJobRunDetails: details }));
    expect([error.statusCode, error.serviceCode]).toEqual([status, code]);
  });
});
