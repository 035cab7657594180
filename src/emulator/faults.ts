import { FAULT_CODES } from './service-error.js';

export interface FaultOptions {
  /** Added before every matched request is handled. */
  latencyMs?: number;
  /** Probability (0..1) of answering one of `errorStatuses` instead of the real answer. */
  errorRate?: number;
  /** Statuses to pick from, among 429, 500, 503. Default [503]. */
  errorStatuses?: number[];
  /** Probability (0..1) of destroying the connection without an answer. */
  dropRate?: number;
  /**
   * 'before' = refuse without doing the work; 'after' = do the work, then answer the error or
   * drop the connection (this is what tests retry tokens). Default 'before'.
   */
  phase?: 'before' | 'after';
  /** Makes the sequence of faults repeatable. */
  seed?: number;
  /** Only requests whose "METHOD /path" matches. Pre-authenticated `/p/` paths and the emulator's own `/_emulator/` paths only when it names them. */
  match?: RegExp;
}

export type FaultOutcome = { kind: 'error'; status: number; code: string } | { kind: 'drop' };

export interface FaultDecision {
  latencyMs: number;
  phase: 'before' | 'after';
  outcome?: FaultOutcome;
}

/** mulberry32: small, fast and good enough to make fault sequences repeatable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkRate(name: string, value: number | undefined): number {
  const rate = value ?? 0;
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`faults.${name} must be between 0 and 1, got ${value}`);
  return rate;
}

/** Decides, request by request, whether to slow down, fail or drop it. */
export class FaultInjector {
  private options: FaultOptions | undefined;
  private random: () => number = Math.random;

  constructor(options?: FaultOptions) {
    this.set(options);
  }

  set(options: FaultOptions | undefined): void {
    if (options) {
      const errorRate = checkRate('errorRate', options.errorRate);
      const dropRate = checkRate('dropRate', options.dropRate);
      if (errorRate + dropRate > 1) throw new RangeError('faults.errorRate + faults.dropRate must not exceed 1');
      for (const status of options.errorStatuses ?? []) {
        if (!FAULT_CODES[status]) {
          throw new RangeError(`faults.errorStatuses may hold ${Object.keys(FAULT_CODES).join(', ')}; got ${status}`);
        }
      }
      if (options.errorStatuses && options.errorStatuses.length === 0 && errorRate > 0) {
        throw new RangeError('faults.errorStatuses is empty but faults.errorRate is above 0');
      }
      if (options.latencyMs !== undefined && !(options.latencyMs >= 0)) {
        throw new RangeError(`faults.latencyMs must be 0 or more, got ${options.latencyMs}`);
      }
    }
    this.options = options;
    this.random = options?.seed === undefined ? Math.random : seededRandom(options.seed);
  }

  /** What to do with one request; undefined when no fault applies to it. */
  decide(method: string, path: string): FaultDecision | undefined {
    const options = this.options;
    if (!options) return undefined;
    const target = `${method} ${path}`;
    if (options.match) {
      options.match.lastIndex = 0;
      if (!options.match.test(target)) return undefined;
    } else if (path.startsWith('/p/') || path.startsWith('/_emulator/')) {
      // The state listing measures a run under faults; faulting it would spoil the measurement.
      return undefined;
    }
    const decision: FaultDecision = { latencyMs: options.latencyMs ?? 0, phase: options.phase ?? 'before' };
    const roll = this.random();
    const dropRate = options.dropRate ?? 0;
    if (roll < dropRate) {
      decision.outcome = { kind: 'drop' };
    } else if (roll < dropRate + (options.errorRate ?? 0)) {
      const statuses = options.errorStatuses ?? [503];
      const status = statuses[Math.floor(this.random() * statuses.length)]!;
      decision.outcome = { kind: 'error', status, code: FAULT_CODES[status]! };
    }
    return decision;
  }
}
