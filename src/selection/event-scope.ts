import { ZERO_SHA } from './git.js';
import { SelectionError } from './selection-error.js';

export type ChangedOnly = 'auto' | 'true' | 'false';

/** What an event asks the selection to look at: every notebook, or the changes of some commit range. */
export type EventScope =
  | { kind: 'all'; reason: string }
  | { kind: 'none'; reason: string }
  | {
      kind: 'push';
      before: string;
      after: string;
      /** The payload's `forced`, when it has one. */
      forced?: boolean;
      /** A new branch or tag: `created: true` or an all-zero `before`. */
      created: boolean;
      ref?: string;
      defaultBranch?: string;
    }
  | { kind: 'pull-request'; base: string; head: string; number?: number; eventName: string }
  | { kind: 'last-commit'; eventName: string };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/**
 * auto: changes on push and pull_request(_target), everything on schedule, workflow_dispatch and other events.
 * true: changes always; an event without a commit range (schedule, workflow_dispatch, ...) compares its commit
 * with its first parent. false: everything.
 */
export function eventScope(eventName: string, event: Record<string, unknown>, changedOnly: ChangedOnly): EventScope {
  if (changedOnly === 'false') return { kind: 'all', reason: 'changed-only is false: all notebooks' };
  if (eventName === 'push') return pushScope(event);
  if (PULL_REQUEST_EVENTS.has(eventName)) return pullRequestScope(eventName, event);
  if (changedOnly === 'auto') return { kind: 'all', reason: `${describeEvent(eventName)}: all notebooks` };
  if (isRecord(event.pull_request)) return pullRequestScope(eventName, event);
  return { kind: 'last-commit', eventName };
}

function pushScope(event: Record<string, unknown>): EventScope {
  if (event.deleted === true) return { kind: 'none', reason: `push deleted ${String(event.ref ?? 'a branch')}: no notebooks` };
  const after = sha(event.after, 'push', 'after');
  const beforeRaw = typeof event.before === 'string' ? event.before : '';
  const created = event.created === true || ZERO_SHA.test(beforeRaw) || beforeRaw === '';
  const before = created ? beforeRaw : sha(event.before, 'push', 'before');
  const repository = isRecord(event.repository) ? event.repository : {};
  return {
    kind: 'push',
    before,
    after,
    forced: typeof event.forced === 'boolean' ? event.forced : undefined,
    created,
    ref: typeof event.ref === 'string' ? event.ref : undefined,
    defaultBranch: typeof repository.default_branch === 'string' ? repository.default_branch : undefined,
  };
}

function pullRequestScope(eventName: string, event: Record<string, unknown>): EventScope {
  const pr = isRecord(event.pull_request) ? event.pull_request : undefined;
  if (!pr) throw new SelectionError(`the ${eventName} event payload has no "pull_request" object (GITHUB_EVENT_PATH)`);
  const side = (name: 'base' | 'head') => sha(isRecord(pr[name]) ? pr[name].sha : undefined, eventName, `pull_request.${name}.sha`);
  return {
    kind: 'pull-request',
    base: side('base'),
    head: side('head'),
    number: typeof pr.number === 'number' ? pr.number : typeof event.number === 'number' ? event.number : undefined,
    eventName,
  };
}

function sha(value: unknown, eventName: string, field: string): string {
  if (typeof value === 'string' && SHA.test(value)) return value.toLowerCase();
  throw new SelectionError(
    `the ${eventName} event payload's "${field}" is ${value === undefined ? 'missing' : JSON.stringify(value)}; expected a commit sha (GITHUB_EVENT_PATH)`,
  );
}

function describeEvent(eventName: string): string {
  if (eventName === 'schedule') return 'scheduled run';
  if (eventName === 'workflow_dispatch') return 'manual run (workflow_dispatch)';
  return `${eventName || 'unknown'} event`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
