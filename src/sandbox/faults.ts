// Fault injection: the failures a client of the real service has to survive (slow answers, QPS
// limits, busy answers, 5xx, broken JSON, resets, hangs, changed fields, an error code and
// error_msg of the test's choosing — e.g. one no page lists, with a message written to attack), on demand. Whether a rule
// applies is decided per request: it must match the path, have `times` left, and win a draw
// against `rate` from a seeded generator, so a run with the same seed and requests fails the same way.
import { createPrng } from './prng';
import type { Prng } from './prng';

export type FaultRule = { path?: string; times?: number; rate?: number } & (
  | { kind: 'latency'; ms: number }
  | { kind: 'qps'; limit: number }
  | { kind: 'busy'; code?: 67200100 | 68300008 }
  | { kind: 'http500' }
  | { kind: 'errorCode'; code: number; message: string }
  | { kind: 'malformedJson' }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'renameField'; from: string; to: string }
  | { kind: 'dropField'; field: string });

export type FaultKind = FaultRule['kind'];

/** Faults that answer instead of the endpoint (or never answer). */
export type TerminalFault =
  | { kind: 'reset' } | { kind: 'hang' } | { kind: 'qps' } | { kind: 'http500' }
  | { kind: 'busy'; code: 67200100 | 68300008 }
  | { kind: 'errorCode'; code: number; message: string };

export type ResponseEdit = { kind: 'rename'; from: string; to: string } | { kind: 'drop'; field: string };

interface RuleState {
  readonly rule: FaultRule;
  remaining: number | undefined;
  /** Each rule draws from its own generator, so adding a rule does not change when another fires. */
  readonly prng: Prng;
  /** Times (ms) of the requests a qps rule let through in the last second. */
  window: number[];
}

const terminalKinds = new Set<FaultKind>(['reset', 'hang', 'qps', 'busy', 'http500', 'errorCode']);

/** Rejects rules a test could not have meant, instead of silently never firing them. */
export function validateFaultRule(rule: FaultRule): void {
  const fail = (why: string): never => {
    throw new RangeError(`Invalid fault rule ${JSON.stringify(rule)}: ${why}`);
  };
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) fail('rate must be within 0..1');
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 0)) fail('times must be a whole number >= 0');
  switch (rule.kind) {
    case 'latency':
      if (!(Number.isFinite(rule.ms) && rule.ms >= 0)) fail('ms must be >= 0');
      break;
    case 'qps':
      if (!(Number.isInteger(rule.limit) && rule.limit >= 0)) fail('limit must be a whole number >= 0');
      break;
    case 'busy':
      if (rule.code !== undefined && rule.code !== 67200100 && rule.code !== 68300008) fail('code must be 67200100 or 68300008');
      break;
    case 'errorCode':
      if (!(Number.isInteger(rule.code) && rule.code !== 0)) fail('code must be a whole number other than 0');
      if (typeof rule.message !== 'string') fail('message must be a string');
      break;
    case 'renameField':
      if (!rule.from || !rule.to) fail('from and to are required');
      break;
    case 'dropField':
      if (!rule.field) fail('field is required');
      break;
    case 'http500': case 'malformedJson': case 'reset': case 'hang':
      break;
    default:
      fail('unknown kind');
  }
}

export class FaultEngine {
  private states: RuleState[] = [];

  constructor(private readonly seed: number, rules: readonly FaultRule[] = []) {
    this.setRules(rules);
  }

  /** Replaces the rules. Counters, QPS windows and the generator start over, so a test's outcome
   *  depends only on the seed, the rules and the requests made since. */
  setRules(rules: readonly FaultRule[]): void {
    rules.forEach(validateFaultRule);
    this.states = rules.map((rule, i) => ({
      rule: { ...rule }, remaining: rule.times, window: [], prng: createPrng(`faults:${this.seed}:${i}`),
    }));
  }

  /** Total latency to add to a request on `path`. */
  latencyFor(path: string): number {
    let ms = 0;
    for (const state of this.states) {
      if (state.rule.kind === 'latency' && this.fires(state, path)) ms += state.rule.ms;
    }
    return ms;
  }

  /** The first terminal fault that applies, in rule order. `nowMs` drives the QPS windows. */
  terminalFor(path: string, nowMs: number): TerminalFault | undefined {
    for (const state of this.states) {
      const { rule } = state;
      if (!terminalKinds.has(rule.kind) || !this.matches(state, path)) continue;
      if (rule.kind === 'qps') {
        state.window = state.window.filter((t) => nowMs - t < 1000);
        if (state.window.length >= rule.limit && this.fires(state, path)) return { kind: 'qps' };
        state.window.push(nowMs);
        continue;
      }
      if (!this.fires(state, path)) continue;
      if (rule.kind === 'busy') return { kind: 'busy', code: rule.code ?? 67200100 };
      if (rule.kind === 'errorCode') return { kind: 'errorCode', code: rule.code, message: rule.message };
      if (rule.kind === 'reset' || rule.kind === 'hang' || rule.kind === 'http500') return { kind: rule.kind };
    }
    return undefined;
  }

  /** Edits to make to the answer's data, and whether to then break its JSON. */
  responseFaults(path: string): { edits: ResponseEdit[]; malformed: boolean } {
    const edits: ResponseEdit[] = [];
    let malformed = false;
    for (const state of this.states) {
      const { rule } = state;
      if (rule.kind !== 'renameField' && rule.kind !== 'dropField' && rule.kind !== 'malformedJson') continue;
      if (!this.fires(state, path)) continue;
      if (rule.kind === 'renameField') edits.push({ kind: 'rename', from: rule.from, to: rule.to });
      else if (rule.kind === 'dropField') edits.push({ kind: 'drop', field: rule.field });
      else malformed = true;
    }
    return { edits, malformed };
  }

  private matches(state: RuleState, path: string): boolean {
    return state.rule.path === undefined || state.rule.path === path;
  }

  /** Path, then times left, then the rate draw; a firing rule uses up one of its times. The draw
   *  happens only for matching requests, so traffic on other paths does not shift the sequence. */
  private fires(state: RuleState, path: string): boolean {
    if (!this.matches(state, path)) return false;
    if (state.remaining !== undefined && state.remaining <= 0) return false;
    if (state.rule.rate !== undefined && !(state.prng.next() < state.rule.rate)) return false;
    if (state.remaining !== undefined) state.remaining--;
    return true;
  }
}
