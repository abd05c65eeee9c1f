// The fuzz suite: mutations of valid requests and answers (./fuzz/mutations.ts), with a fixed
// seed, through every request validator and response parser (./fuzz/targets.ts). Each input ends
// as a clear error (a PatsnapError with a message), an accepted value that keeps every invariant,
// a crash (anything else thrown) or garbage accepted (an invariant broken). Crashes and garbage
// fail the test; the counts are printed as one line.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PatsnapError } from '../../../src/api';
import { applyEdits, editsArbitrary } from './fuzz/mutations';
import { prototypeSnapshot } from './fuzz/invariants';
import { fuzzTargets } from './fuzz/targets';

const SEED = 20_251_201;
const INPUTS_PER_TARGET = Number(process.env.FUZZ_RUNS ?? 1_540);

interface Finding {
  readonly target: string;
  readonly what: string;
  readonly edits: string;
}

describe('api fuzz: request validators and response parsers', function () {
  this.timeout(120_000);

  it('gives a clear error or a sound value for every mutated input: 0 crashes, 0 garbage accepted', () => {
    const before = prototypeSnapshot();
    let inputs = 0;
    let clear = 0;
    let accepted = 0;
    const crashes: Finding[] = [];
    const garbage: Finding[] = [];
    fuzzTargets.forEach((target, index) => {
      const samples = fc.sample(editsArbitrary({ listLengths: target.listLengths, scriptValues: target.kind === 'request' }), {
        seed: SEED + index,
        numRuns: INPUTS_PER_TARGET,
      });
      // The unmutated input first: it must be accepted, or the target tests nothing.
      assert.deepEqual(target.run(target.valid), [], `${target.name}: the valid input is refused or broken`);
      const started = Date.now();
      for (const edits of samples) {
        const input = applyEdits(target.valid, edits);
        inputs++;
        const describeEdits = () => JSON.stringify(edits).slice(0, 300);
        try {
          const problems = target.run(input);
          if (problems.length === 0) accepted++;
          else garbage.push({ target: target.name, what: problems.slice(0, 3).join('; '), edits: describeEdits() });
        } catch (error) {
          if (error instanceof PatsnapError && error.message.trim() !== '') clear++;
          else crashes.push({ target: target.name, what: error instanceof Error ? `${error.name}: ${error.message}` : String(error), edits: describeEdits() });
        }
      }
      if (process.env.FUZZ_TIMES) console.log(`      ${target.name}: ${Date.now() - started} ms`);
    });
    const polluted = prototypeSnapshot() !== before || ({} as Record<string, unknown>).polluted !== undefined;
    const line = `fuzz: ${inputs} inputs, ${clear} clear errors, ${accepted} accepted sound, ${crashes.length} crashes, ${garbage.length} garbage accepted${polluted ? ', PROTOTYPE POLLUTED' : ''}`;
    console.log(`      ${line}`);
    const show = (findings: Finding[]) => summarize(findings).join('\n');
    assert.equal(polluted, false, 'a built-in prototype was changed');
    assert.equal(crashes.length, 0, `crashes:\n${show(crashes)}`);
    assert.equal(garbage.length, 0, `garbage accepted:\n${show(garbage)}`);
  });
});

/** One example per target and kind of finding, so a failure reads as a list of distinct holes. */
function summarize(findings: readonly Finding[]): string[] {
  const byKind = new Map<string, { count: number; example: Finding }>();
  for (const f of findings) {
    const kind = `${f.target}: ${f.what.replace(/\[\d+\]/g, '[i]').replace(/"[^"]*"|\d+/g, '…').slice(0, 90)}`;
    const entry = byKind.get(kind);
    if (entry) entry.count++;
    else byKind.set(kind, { count: 1, example: f });
  }
  return [...byKind.entries()].map(([kind, { count, example }]) => `  ${count}× ${kind}\n      e.g. ${example.what.slice(0, 160)}\n      edits ${example.edits}`);
}
