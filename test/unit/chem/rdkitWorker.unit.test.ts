import * as assert from 'node:assert/strict';
import { Chemistry } from '../../../src/chem/rdkit';
import { LIGHT_DRAWING } from '../../../src/chem/molecule';
import type { MoleculeResult } from '../../../src/chem/molecule';
import { nodeModulesRdkitPath } from './rdkitPath';

// RDKit's own failure modes, reached by lifting the size guard (which keeps them from users):
// a chain of 1,000 `*` traps the WASM module ("memory access out of bounds") and, before the
// worker, left it corrupt for every later molecule; 2,000 `[H+]` ions take RDKit's drawing about
// a minute on this machine.
const TRAP = `C${'*'.repeat(1000)}`;
const STALL = Array.from({ length: 2000 }, () => '[H+]').join('.');
const NO_LIMITS = { drawnAtoms: Infinity, describedAtoms: Infinity, chars: Infinity };

const ASPIRIN = ['CC(=O)Oc1ccccc1C(=O)O', 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N'] as const;
const CAFFEINE = ['Cn1cnc2c1c(=O)n(C)c(=O)n2C', 'RYYVLZVUVIJVGH-UHFFFAOYSA-N'] as const;
const IMATINIB = ['Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1', 'KTUFNOKKBVMGRW-UHFFFAOYSA-N'] as const;

function inchiKey(result: MoleculeResult | undefined): string {
  assert.ok(result?.ok, `a described molecule, got ${JSON.stringify(result)?.slice(0, 200)}`);
  return result.inchiKey;
}

describe('chem: the RDKit worker', function () {
  this.timeout(120_000);
  const opened: Chemistry[] = [];
  const chemistry = (options: { budgetMs?: number; lifted?: boolean } = {}): Chemistry => {
    const made = new Chemistry({ modulePath: nodeModulesRdkitPath(), budgetMs: options.budgetMs, limits: options.lifted ? NO_LIMITS : undefined });
    opened.push(made);
    return made;
  };
  after(() => opened.forEach((c) => c.dispose()));

  it('fails only the structure that trapped RDKit; a fresh worker serves the molecules queued behind it', async () => {
    const chem = chemistry({ lifted: true });
    assert.equal(inchiKey(await chem.describe(ASPIRIN[0])), ASPIRIN[1]);
    // All three are queued at once: the trap must not take the other two down with it.
    const [trapped, caffeine, imatinib] = await Promise.all([chem.describe(TRAP), chem.describe(CAFFEINE[0]), chem.describe(IMATINIB[0])]);
    assert.ok(trapped && !trapped.ok && trapped.failed, 'the trapping structure fails');
    assert.match(trapped.reason, /RDKit crashed on this structure \(memory access out of bounds\) and was restarted/);
    assert.equal(inchiKey(caffeine), CAFFEINE[1]);
    assert.equal(inchiKey(imatinib), IMATINIB[1]);
    assert.equal(chem.workersStarted, 2);
    // Later molecules, drawings and InChIKeys are still right, and the trap is not retried.
    assert.equal(inchiKey(await chem.describe(ASPIRIN[0], { ...LIGHT_DRAWING, name: 'again' })), ASPIRIN[1]);
    const drawn = await chem.drawing(CAFFEINE[0], LIGHT_DRAWING);
    assert.ok(drawn.ok && drawn.svg.includes('<svg'));
    assert.equal(await chem.inchiKeyOf(IMATINIB[0]), IMATINIB[1]);
    const sent = chem.jobsSent;
    assert.deepEqual(await chem.describe(TRAP), trapped, 'the failure is remembered');
    assert.equal(chem.jobsSent, sent);
    assert.equal(chem.workersStarted, 2);
  });

  it('ends a structure that outlives its time budget, and answers the next one correctly', async () => {
    const chem = chemistry({ lifted: true, budgetMs: 300 });
    assert.equal(inchiKey(await chem.describe(CAFFEINE[0])), CAFFEINE[1]);
    const [stalled, aspirin] = await Promise.all([chem.describe(STALL), chem.describe(ASPIRIN[0])]);
    assert.ok(stalled && !stalled.ok && stalled.failed);
    assert.match(stalled.reason, /RDKit took longer than 0\.3 s on this structure and was stopped/);
    assert.equal(inchiKey(aspirin), ASPIRIN[1]);
    assert.equal(chem.workersStarted, 2);
  });

  it('a SAR drawing that traps RDKit gets its reason; the rest of the batch is drawn', async () => {
    const chem = chemistry({ lifted: true });
    const [trapped, aspirin] = await Promise.all([chem.drawing(TRAP, LIGHT_DRAWING), chem.drawing(ASPIRIN[0], LIGHT_DRAWING)]);
    assert.ok(!trapped.ok);
    assert.match(trapped.reason, /memory access out of bounds/);
    assert.ok(aspirin.ok && aspirin.svg.includes('<svg'));
  });

  it('drops a cancelled request that is still queued: it answers undefined at once and RDKit never sees it', async () => {
    const chem = chemistry();
    await chem.load();
    const sent = chem.jobsSent;
    // A 150-ion drawing keeps the worker busy while the hover behind it is cancelled.
    const busy = chem.describe(Array.from({ length: 150 }, () => '[Na+]').join('.'));
    const cancel = new AbortController();
    const order: string[] = [];
    const hover = chem.describe(ASPIRIN[0], LIGHT_DRAWING, cancel.signal).then((r) => (order.push('hover'), r));
    void busy.then(() => order.push('busy'));
    cancel.abort();
    assert.equal(await hover, undefined);
    await busy;
    assert.deepEqual(order, ['hover', 'busy'], 'the cancelled hover did not wait for the worker');
    assert.equal(chem.jobsSent, sent + 1, 'only the busy job reached RDKit');
    assert.equal(chem.cached(ASPIRIN[0]), undefined);
  });

  it('returns at once when a running request is cancelled, and keeps what RDKit answers for the next hover', async () => {
    const chem = chemistry();
    await chem.load();
    const cancel = new AbortController();
    const running = chem.describe(IMATINIB[0], LIGHT_DRAWING, cancel.signal);
    cancel.abort();
    assert.equal(await running, undefined);
    const sent = chem.jobsSent;
    // The same structure asked again joins the job already in RDKit rather than starting another.
    assert.equal(inchiKey(await chem.describe(IMATINIB[0])), IMATINIB[1]);
    assert.equal(chem.jobsSent, sent);
  });

  it('never starts RDKit for a request cancelled before it was made', async () => {
    const chem = chemistry();
    const cancel = new AbortController();
    cancel.abort();
    assert.equal(await chem.describe(ASPIRIN[0], LIGHT_DRAWING, cancel.signal), undefined);
    assert.equal(chem.loaded, false);
  });
});
