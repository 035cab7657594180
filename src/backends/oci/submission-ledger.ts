/**
 * What one submission is making in OCI, written down before each thing is created, so that
 * whoever cleans up (the backend itself, the action's post step, the CLI's second Ctrl-C) can find
 * it even when the process that made it died before the answer came. Ids and names only: never
 * a PAR's URL.
 */
export interface Submission {
  /** Random per submission: the retry tokens' stem, the job's submission tag and the PARs' names come from it. */
  id: string;
  notebook: string;
  compartmentId: string;
  projectId: string;
  /** When the first create went out (ISO 8601): a job looked for by its tag is no older. */
  time: string;
  /** Where the output PARs are (and any handover object), when the run has an output URI. */
  output?: SubmissionOutput;
  /** PARs known to exist (their create answered). */
  parIds: string[];
  /** A PAR create failed or went unanswered: one may exist all the same, found only by its name. */
  parsUncertain?: boolean;
  jobId?: string;
  runId?: string;
  /** The run was followed to its end: nothing of it is live any more. */
  ended?: boolean;
}

export interface SubmissionOutput {
  namespace: string;
  bucket: string;
  /** Every PAR of the submission names an object (prefix) under this one: listing with it finds them. */
  parScope: string;
  /** The object through which a run-scoped PAR is handed to the run, when the output URI names the run. */
  handoverObject?: string;
}

/** Where the backend writes its submissions down. Writes must be durable when they return (the process may be killed next). */
export interface SubmissionLedger {
  save(submission: Submission): void;
  /** Everything the submission made is gone, or is a run left to go on (not followed). */
  forget(id: string): void;
}

/** Every PAR the engine makes is named after its submission, so that one whose answer was lost can still be found. */
export const PAR_NAME_PREFIX = 'oci-run-notebook-';

export function parName(submissionId: string, purpose: 'output' | 'handover'): string {
  return `${PAR_NAME_PREFIX}${submissionId}-${purpose}`;
}

export function isParOf(submissionId: string, name: string | undefined): boolean {
  return name?.startsWith(`${PAR_NAME_PREFIX}${submissionId}-`) ?? false;
}

/** The job's freeform tag naming its submission: a job whose CreateJob answer was lost is found by it. */
export const SUBMISSION_TAG_KEY = 'oci-run-notebook-submission';

/** A ledger in memory, telling `onChange` the whole list after every change (the action saves it as step state). */
export class MemoryLedger implements SubmissionLedger {
  private readonly entries = new Map<string, Submission>();

  constructor(private readonly onChange: (submissions: Submission[]) => void = () => undefined) {}

  save(submission: Submission): void {
    this.entries.set(submission.id, structuredClone(submission));
    this.onChange(this.list());
  }

  forget(id: string): void {
    if (this.entries.delete(id)) this.onChange(this.list());
  }

  /** Forgets the submission that made this run: a run submitted without waiting is left to go on. */
  forgetRun(runId: string): void {
    const found = this.list().find((submission) => submission.runId === runId);
    if (found) this.forget(found.id);
  }

  list(): Submission[] {
    return [...this.entries.values()].map((submission) => structuredClone(submission));
  }
}
