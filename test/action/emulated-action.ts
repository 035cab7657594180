import { afterAll, beforeAll } from '@jest/globals';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/emulator.js';
import { FAST_EMULATOR } from '../support/emulated-oci.js';
import { GitFixture, removeGitFixtures } from '../support/git-fixture.js';
import type { ActionRun } from '../support/action-runner.js';
import { codeCell, notebookBytes } from '../support/notebooks.js';

/** The bundles as the runner starts them. */
export const MAIN = 'dist/index.js';
export const POST = 'dist/post/index.js';

export interface ResultOutput {
  notebook: string;
  state: string;
  runId: string;
  jobId: string;
  outputUri: string;
}

export interface EmulatedOci {
  emulator: Emulator;
  /** The real SDK's clients, signed in to the emulator, to check what the action left there. */
  clients: OciClients;
  /** The OCI inputs every run needs, pointing at the emulator, plus `extra`. */
  inputs(extra?: Record<string, string>): Record<string, string>;
  /** A run of the action with those inputs and the emulator's credentials in its environment. */
  run(partial: Partial<ActionRun> & Pick<ActionRun, 'eventName' | 'event' | 'workspace'>): ActionRun;
}

/** An emulator for the calling test file: started before its tests, stopped (with its git fixtures removed) after. */
export function emulatedOci(options: () => Promise<EmulatorOptions> = async () => ({})): EmulatedOci {
  const oci: EmulatedOci = {
    // Set in beforeAll, before any test reads them.
    emulator: undefined as unknown as Emulator,
    clients: undefined as unknown as OciClients,
    inputs(extra: Record<string, string> = {}) {
      return {
        'compartment-id': oci.emulator.env.OCI_COMPARTMENT_ID!,
        'project-id': oci.emulator.env.OCI_PROJECT_ID!,
        'log-group-id': oci.emulator.env.OCI_LOG_GROUP_ID!,
        'output-uri': oci.emulator.env.OCI_OUTPUT_URI!,
        ...extra,
      };
    },
    run(partial: Partial<ActionRun> & Pick<ActionRun, 'eventName' | 'event' | 'workspace'>): ActionRun {
      return { inputs: oci.inputs(), env: { ...oci.emulator.env }, ...partial };
    },
  };
  beforeAll(async () => {
    oci.emulator = await startEmulator({ ...FAST_EMULATOR, ...(await options()) });
    oci.clients = await createOciClients(oci.emulator.env);
  });
  afterAll(async () => {
    removeGitFixtures();
    oci.clients?.close();
    await oci.emulator?.close();
  });
  return oci;
}

export const printing = (text: string) => notebookBytes(codeCell(`print(${JSON.stringify(text)})`));

/** A repository with five notebooks on main, pushed to origin. */
export function repositoryWithFiveNotebooks(): { repo: GitFixture; first: string } {
  const repo = new GitFixture();
  for (const name of ['a', 'b', 'c', 'd', 'e']) repo.write(`notebooks/${name}.ipynb`, printing(`${name} v1`));
  repo.write('README.md', '# notebooks\n');
  const first = repo.commit('five notebooks');
  repo.push('main');
  return { repo, first };
}

export function pushEvent(before: string, after: string, extra: Record<string, unknown> = {}) {
  return { ref: 'refs/heads/main', before, after, repository: { default_branch: 'main', name: 'notebooks', owner: { login: 'octo-org' } }, ...extra };
}

export const notebooksRun = (outputs: Record<string, string>) => (JSON.parse(outputs.results!) as ResultOutput[]).map((result) => result.notebook).sort();
