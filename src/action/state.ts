import * as core from '@actions/core';
import type { RunHandle } from '../backends/backend.js';
import type { Submission } from '../backends/oci/submission-ledger.js';
import type { ActionSettings } from './inputs.js';

/** What the main step leaves for the post step, in one place rather than scattered strings. */
const RUNS_IN_FLIGHT = 'runs-in-flight';
const BACKEND = 'backend';
const SUBMISSIONS = 'submissions';

export interface SavedRuns {
  backend: ActionSettings['backend'];
  runs: RunHandle[];
}

/** Saved every time a run starts or ends, so the post step sees the latest even if main is killed. */
export function saveRunsInFlight(backend: ActionSettings['backend'], runs: RunHandle[]): void {
  core.saveState(BACKEND, backend);
  core.saveState(RUNS_IN_FLIGHT, JSON.stringify(runs));
}

export function loadRunsInFlight(): SavedRuns {
  const text = core.getState(RUNS_IN_FLIGHT);
  return { backend: core.getState(BACKEND) === 'local' ? 'local' : 'oci', runs: text ? (JSON.parse(text) as RunHandle[]) : [] };
}

/** Saved before each thing a submission creates, so the post step finds what a killed main step made. */
export function saveSubmissions(submissions: Submission[]): void {
  core.saveState(SUBMISSIONS, JSON.stringify(submissions));
}

export function loadSubmissions(): Submission[] {
  const text = core.getState(SUBMISSIONS);
  return text ? (JSON.parse(text) as Submission[]) : [];
}
