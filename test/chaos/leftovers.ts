import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Emulator } from '../../src/emulator/emulator.js';
import type { OciClients } from '../../src/oci/clients.js';

/** What a run of the tool may leave in the emulator and on this machine, counted. */
export interface Leftovers {
  /** Job runs not yet ended (ACCEPTED, IN_PROGRESS, NEEDS_ATTENTION, CANCELING). */
  liveRuns: string[];
  /** PARs named as the tool names them. */
  pars: string[];
  /** Objects a PAR was handed over in. */
  handoverObjects: string[];
  /** Processes of any of these runs (driver, kernel, what the notebook started). */
  processes: number[];
}

const LIVE = ['ACCEPTED', 'IN_PROGRESS', 'NEEDS_ATTENTION', 'CANCELING'];

/** Counts what is left; live runs get up to `settleMs` to reach their end (a cancel takes a moment). */
export async function leftovers(emulator: Emulator, clients: OciClients, runIds: string[], settleMs = 15_000): Promise<Leftovers> {
  const until = Date.now() + settleMs;
  let found: Leftovers;
  for (;;) {
    found = await countNow(emulator, clients, runIds);
    if ((found.liveRuns.length === 0 && found.processes.length === 0) || Date.now() > until) return found;
    await sleep(250);
  }
}

async function countNow(emulator: Emulator, clients: OciClients, runIds: string[]): Promise<Leftovers> {
  const where = { namespaceName: emulator.namespace, bucketName: emulator.outputBucket };
  const runs = await clients.dataScience.listJobRuns({ compartmentId: emulator.compartmentId, limit: 1000 });
  const pars = await clients.objectStorage.listPreauthenticatedRequests(where);
  const objects = await clients.objectStorage.listObjects({ ...where, limit: 1000 });
  return {
    liveRuns: runs.items.filter((run) => LIVE.includes(run.lifecycleState)).map((run) => `${run.id} ${run.lifecycleState}`),
    pars: pars.items.filter((par) => par.name.startsWith('oci-run-notebook-')).map((par) => par.name),
    handoverObjects: objects.listObjects.objects.map((object) => object.name).filter((name) => name.includes('.oci-run-notebook-handover-')),
    processes: processesOf(runIds),
  };
}

/** Live processes whose environment names one of these runs (JOB_RUN_OCID, as the emulator sets it). */
export function processesOf(runIds: string[]): number[] {
  if (process.platform !== 'linux' || runIds.length === 0) return [];
  const marks = runIds.map((id) => `\0JOB_RUN_OCID=${id}\0`);
  const found: number[] = [];
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      if (/\) [ZX] /.test(stat)) continue;
      const environ = `\0${readFileSync(`/proc/${name}/environ`, 'latin1')}`;
      if (marks.some((mark) => environ.includes(mark))) found.push(Number(name));
    } catch {
      // gone meanwhile, or another user's
    }
  }
  return found;
}

export const NOTHING_LEFT: Omit<Leftovers, 'processes'> & { processes: number[] } = { liveRuns: [], pars: [], handoverObjects: [], processes: [] };
