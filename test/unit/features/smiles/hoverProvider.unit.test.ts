import * as assert from 'node:assert/strict';
import type * as vscodeTypes from 'vscode';
import { Chemistry } from '../../../../src/chem/rdkit';
import { DARK_DRAWING, LIGHT_DRAWING } from '../../../../src/chem/molecule';
import type * as ChemistryService from '../../../../src/features/smiles/chemistryService';
import type * as HoverProviderModule from '../../../../src/features/smiles/hoverProvider';
import type * as HoverMarkdown from '../../../../src/features/smiles/hoverMarkdown';
import { fakeApp } from '../../../support/fakeApp';
import { installFakeVscode } from '../../../support/fakeVscode';
import { COMMAND_LINK, HIDDEN_OR_CONTROL, ICON, LIVE_ICON, LIVE_LINK } from '../../../support/hostileText';
import { nodeModulesRdkitPath } from '../../chem/rdkitPath';

const fake = installFakeVscode();
// Loaded after the fake is installed: the feature modules import 'vscode'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SmilesHoverProvider } = require('../../../../src/features/smiles/hoverProvider') as typeof HoverProviderModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFailureReporter } = require('../../../../src/features/smiles/chemistryService') as typeof ChemistryService;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HOVER_COMMANDS } = require('../../../../src/features/smiles/hoverMarkdown') as typeof HoverMarkdown;

/** A TextDocument stand-in that counts the lines the provider reads. */
function documentOf(fileName: string, languageId: string, line: (n: number) => string, lineCount: number) {
  const reads: number[] = [];
  const document = {
    fileName,
    languageId,
    lineCount,
    lineAt: (n: number) => {
      assert.ok(n >= 0 && n < lineCount, `line ${n} exists`);
      reads.push(n);
      return { text: line(n) };
    },
  };
  return { document: document as unknown as vscodeTypes.TextDocument, reads };
}

function textDocument(fileName: string, languageId: string, text: string) {
  const lines = text.split('\n');
  return documentOf(fileName, languageId, (n) => lines[n] as string, lines.length);
}

/** A CancellationToken stand-in that fires its listeners on cancel(), as VS Code's does. */
function tokenSource(cancelled = false) {
  const listeners = new Set<() => void>();
  const token = {
    isCancellationRequested: cancelled,
    onCancellationRequested: (listener: () => void) => (listeners.add(listener), { dispose: () => listeners.delete(listener) }),
  };
  const cancel = (): void => {
    token.isCancellationRequested = true;
    listeners.forEach((listener) => listener());
  };
  return { token: token as unknown as vscodeTypes.CancellationToken, cancel };
}

const at = (line: number, character: number) => ({ line, character }) as vscodeTypes.Position;

interface RenderedHover {
  readonly value: string;
  readonly isTrusted: unknown;
  readonly supportHtml: unknown;
}

function rendered(hover: vscodeTypes.Hover | undefined): RenderedHover {
  assert.ok(hover, 'a hover');
  return hover.contents[0] as unknown as RenderedHover;
}

const ASPIRIN = 'CC(=O)Oc1ccccc1C(=O)O';

describe('smiles hover: provider', function () {
  this.timeout(60_000);
  const chemistry = new Chemistry({ modulePath: nodeModulesRdkitPath() });
  /** Jobs handed to RDKit's worker so far. */
  const parses = { count: () => chemistry.jobsSent };
  let provider: HoverProviderModule.SmilesHoverProvider;
  const failures: unknown[] = [];

  after(() => chemistry.dispose());
  beforeEach(() => {
    fake.reset();
    failures.length = 0;
    provider = new SmilesHoverProvider(chemistry, (err) => failures.push(err));
  });

  it('shows hostile file text in a hover as escaped text: no link, icon, HTML or hidden character', async () => {
    const hostile = `\u202Eevil${COMMAND_LINK}${ICON}<b>\u200Bx</b>`;
    const { document } = textDocument('/ws/drugs.smi', 'smiles', hostile);
    const hover = await provider.provideHover(document, at(0, 2), tokenSource().token);
    const md = rendered(hover) as RenderedHover & { supportThemeIcons?: unknown };
    assert.match(md.value, /Not a valid SMILES/);
    assert.doesNotMatch(md.value, LIVE_LINK);
    assert.doesNotMatch(md.value, LIVE_ICON);
    assert.doesNotMatch(md.value, /(?<!\\)</);
    assert.doesNotMatch(md.value, HIDDEN_OR_CONTROL);
    assert.match(md.value.replace(/\\(.)/g, '$1'), /evil\[x\]\(command:workbench/, 'shown, in reading order');
    assert.deepEqual(md.isTrusted, { enabledCommands: [...HOVER_COMMANDS] }, 'only our own commands');
    assert.equal(md.supportHtml, false);
    assert.equal(md.supportThemeIcons, false);
  });

  it('shows drawing, formula, weight, canonical SMILES and InChIKey for a .smi line', async () => {
    const { document } = textDocument('/ws/drugs.smi', 'smiles', `# approved\n${ASPIRIN} aspirin`);
    const hover = await provider.provideHover(document, at(1, 3), tokenSource().token);
    const md = rendered(hover);
    assert.match(md.value, /!\[2D structure\]\(data:image\/svg\+xml;base64,/);
    assert.match(md.value, /\*\*Formula\*\* C9H8O4/);
    assert.match(md.value, /180\.16 g\/mol/);
    assert.match(md.value, /\*\*Canonical SMILES\*\* CC\\\(\\=O\\\)Oc1ccccc1C\\\(\\=O\\\)O/);
    assert.match(md.value, /BSYNRYMUTXBXSQ\\-UHFFFAOYSA\\-N/);
    const { range } = hover as unknown as { range: { start: unknown; end: unknown } };
    assert.deepEqual([range.start, range.end], [{ line: 1, character: 0 }, { line: 1, character: ASPIRIN.length }]);
  });

  it('trusts command links only for our own hover commands, and no HTML', async () => {
    const { document } = textDocument('/ws/drugs.smi', 'smiles', ASPIRIN);
    const md = rendered(await provider.provideHover(document, at(0, 0), tokenSource().token));
    assert.deepEqual(md.isTrusted, { enabledCommands: [...HOVER_COMMANDS] });
    assert.equal(md.supportHtml, false);
    const linked = [...md.value.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(linked.length >= 3);
    for (const command of linked) assert.ok(HOVER_COMMANDS.includes(command as string), `${command} is trusted`);
  });

  it('tells Find Papers the name the file gives the structure: a .smi title, a CSV name column', async () => {
    const findArg = (md: string) => [...md.matchAll(/\(command:synapseLens\.findPapers\?([^ )]+)/g)].map((m) => JSON.parse(decodeURIComponent(m[1] as string)) as unknown[])[0]?.[0];
    const smi = textDocument('/ws/drugs.smi', 'smiles', 'CCO ethanol');
    assert.deepEqual(findArg(rendered(await provider.provideHover(smi.document, at(0, 1), tokenSource().token)).value), { structure: 'LFQSCWFLJHTTHZ-UHFFFAOYSA-N', smiles: 'CCO', name: 'ethanol' });
    const csv = textDocument('/ws/series.csv', 'csv', 'compound,smiles\nCPD-1,CCO');
    assert.equal((findArg(rendered(await provider.provideHover(csv.document, at(1, 7), tokenSource().token)).value) as { name?: string }).name, 'CPD-1');
  });

  it('escapes a hostile token so it cannot become a link, an image or HTML', async () => {
    const hostile = '[run](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)<img/src=x/onerror=alert(1)>![p](https://e.example/x.png)';
    const { document } = textDocument('/ws/drugs.smi', 'smiles', `${hostile} name`);
    const md = rendered(await provider.provideHover(document, at(0, 2), tokenSource().token));
    assert.match(md.value, /Not a valid SMILES/);
    assert.doesNotMatch(md.value, /(?<!\\)\[run\]/);
    assert.doesNotMatch(md.value, /(?<!\\)\]\(command:workbench/);
    assert.doesNotMatch(md.value, /(?<!\\)<img/);
    assert.doesNotMatch(md.value, /(?<!\\)!\[p\]/);
    assert.deepEqual(md.isTrusted, { enabledCommands: [...HOVER_COMMANDS] });
  });

  it('tells why an invalid SMILES in a chemistry file is invalid, and stays quiet in other files', async () => {
    const smi = textDocument('/ws/drugs.smi', 'smiles', 'C1CCC(=O)N ring-left-open');
    const md = rendered(await provider.provideHover(smi.document, at(0, 1), tokenSource().token));
    assert.match(md.value, /Not a valid SMILES/);
    assert.match(md.value, /Ring bond 1 is opened but never closed/);
    const csv = textDocument('/ws/assay.csv', 'csv', 'id,smiles\n1,CC(C');
    assert.match(rendered(await provider.provideHover(csv.document, at(1, 3), tokenSource().token)).value, /branch “\\\(” is never closed/);
    const py = textDocument('/ws/screen.py', 'python', 'x = "C1CCC(=O)N"');
    assert.equal(await provider.provideHover(py.document, at(0, 7), tokenSource().token), undefined);
  });

  it('answers a repeat hover from the cache without calling RDKit again', async () => {
    const { document } = textDocument('/ws/notes.py', 'python', `caffeine = "Cn1cnc2c1c(=O)n(C)c(=O)n2C"`);
    const first = rendered(await provider.provideHover(document, at(0, 14), tokenSource().token));
    const before = parses.count();
    const again = rendered(await provider.provideHover(document, at(0, 20), tokenSource().token));
    assert.equal(parses.count(), before, 'no RDKit parse for the repeat');
    assert.equal(again.value, first.value);
    assert.match(again.value, /RYYVLZVUVIJVGH\\-UHFFFAOYSA\\-N/);
  });

  it('draws for the theme: a dark theme gets the dark palette, cached apart from the light one', async () => {
    const smiles = 'CC(=O)Nc1ccc(O)cc1';
    const { document } = textDocument('/ws/drugs.smi', 'smiles', smiles);
    fake.themeKind = 2;
    const dark = rendered(await provider.provideHover(document, at(0, 0), tokenSource().token));
    assert.ok(chemistry.cached(smiles, DARK_DRAWING)?.ok);
    assert.equal(chemistry.cached(smiles, LIGHT_DRAWING), undefined);
    fake.themeKind = 1;
    const light = rendered(await provider.provideHover(document, at(0, 0), tokenSource().token));
    assert.notEqual(light.value, dark.value);
  });

  it('does no RDKit work for a hover that was cancelled', async () => {
    const { document } = textDocument('/ws/drugs.smi', 'smiles', 'CCCCCCN');
    const before = parses.count();
    assert.equal(await provider.provideHover(document, at(0, 0), tokenSource(true).token), undefined);
    assert.equal(parses.count(), before);
    assert.equal(chemistry.cached('CCCCCCN'), undefined);
  });

  it('gives up when the hover is cancelled while RDKit is still loading', async () => {
    const fresh = new Chemistry({ modulePath: nodeModulesRdkitPath() });
    const freshProvider = new SmilesHoverProvider(fresh, (err) => failures.push(err));
    const { document } = textDocument('/ws/drugs.smi', 'smiles', ASPIRIN);
    const source = tokenSource();
    const pending = freshProvider.provideHover(document, at(0, 0), source.token);
    source.cancel();
    assert.equal(await pending, undefined);
    assert.equal(fresh.loaded, true, 'RDKit was loading');
    await fresh.load();
    assert.equal(fresh.jobsSent, 0, 'and nothing was computed once it had loaded');
    assert.equal(fresh.cached(ASPIRIN), undefined);
    fresh.dispose();
  });

  it('answers hostile strings from their text: every written atom counts, hydrogens and * too', async () => {
    const before = parses.count();
    const stars = `C${'*'.repeat(1000)}`;
    const protons = '[H+]'.repeat(2000);
    const ions = Array.from({ length: 600 }, () => '[H+]').join('.');
    const { document } = textDocument('/ws/hostile.smi', 'smiles', [stars, protons, ions].join('\n'));
    const starHover = rendered(await provider.provideHover(document, at(0, 3), tokenSource().token)).value;
    assert.match(starHover, /Large structure/);
    assert.match(starHover, /1001 atoms/);
    assert.match(rendered(await provider.provideHover(document, at(1, 3), tokenSource().token)).value, /8000 characters is more than the 4000/);
    assert.match(rendered(await provider.provideHover(document, at(2, 3), tokenSource().token)).value, /600 atoms/);
    assert.equal(parses.count(), before, 'none of them reached RDKit');
  });

  it('says so when a structure traps RDKit, and the next SMILES still hovers correctly', async () => {
    // The size guard lifted, to let the trapping chain reach RDKit's worker.
    const open = new Chemistry({ modulePath: nodeModulesRdkitPath(), limits: { drawnAtoms: Infinity, describedAtoms: Infinity, chars: Infinity } });
    const openProvider = new SmilesHoverProvider(open, (err) => failures.push(err));
    const { document } = textDocument('/ws/hostile.smi', 'smiles', `${ASPIRIN}\nC${'*'.repeat(1000)}\nCn1cnc2c1c(=O)n(C)c(=O)n2C`);
    assert.match(rendered(await openProvider.provideHover(document, at(0, 0), tokenSource().token)).value, /BSYNRYMUTXBXSQ/);
    const trapped = rendered(await openProvider.provideHover(document, at(1, 3), tokenSource().token)).value;
    assert.match(trapped, /Structure not described/);
    assert.match(trapped, /memory access out of bounds/);
    assert.match(rendered(await openProvider.provideHover(document, at(2, 3), tokenSource().token)).value, /RYYVLZVUVIJVGH\\-UHFFFAOYSA\\-N/);
    assert.deepEqual(failures, [], 'a crash is not reported as RDKit failing to load');
    assert.equal(open.workersStarted, 2);
    open.dispose();
  });

  it('returns as soon as the hover is cancelled, without waiting for the busy worker', async () => {
    await chemistry.load();
    const order: string[] = [];
    // 150 ions: the largest drawing the guard allows keeps the worker busy.
    const busy = chemistry.describe(Array.from({ length: 150 }, () => '[K+]').join('.')).then(() => order.push('busy'));
    const { document } = textDocument('/ws/drugs.smi', 'smiles', 'CC(C)Cc1ccc(cc1)C(C)C(=O)O ibuprofen');
    const source = tokenSource();
    const pending = provider.provideHover(document, at(0, 0), source.token).then((hover) => (order.push('hover'), hover));
    source.cancel();
    assert.equal(await pending, undefined);
    await busy;
    assert.deepEqual(order, ['hover', 'busy']);
    assert.equal(chemistry.cached('CC(C)Cc1ccc(cc1)C(C)C(=O)O'), undefined, 'the cancelled hover never reached RDKit');
  });

  it('reads only the hovered line of a huge file, and skips a huge line without RDKit', async () => {
    const huge = documentOf('/ws/library.smi', 'smiles', (n) => (n === 400_000 ? 'CCO ethanol' : 'C'), 1_000_000);
    assert.match(rendered(await provider.provideHover(huge.document, at(400_000, 1), tokenSource().token)).value, /C2H6O/);
    assert.deepEqual(huge.reads, [400_000]);
    const before = parses.count();
    const longLine = textDocument('/ws/blob.csv', 'csv', `smiles\n${'C'.repeat(5_000_000)}`);
    assert.equal(await provider.provideHover(longLine.document, at(1, 10), tokenSource().token), undefined);
    assert.equal(parses.count(), before);
  });

  it('gives a text-only hover for a molecule over the size limit, without calling RDKit', async () => {
    const polymer = `NCC(=O)${'NC(C)C(=O)'.repeat(300)}O`;
    const { document } = textDocument('/ws/polymers.smi', 'smiles', `${polymer} poly-alanine`);
    const before = parses.count();
    const md = rendered(await provider.provideHover(document, at(0, 5), tokenSource().token));
    assert.equal(parses.count(), before);
    assert.match(md.value, /Large structure/);
    assert.match(md.value, /1505 atoms/);
    assert.doesNotMatch(md.value, /data:image|command:/);
  });

  it('does not hang on binary content', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const lines = bytes.split('\n');
    const binary = documentOf('/ws/image.png', 'plaintext', (n) => lines[n] as string, lines.length);
    const before = parses.count();
    for (let line = 0; line < lines.length; line++) {
      for (let character = 0; character < (lines[line] as string).length; character += 37) {
        assert.equal(await provider.provideHover(binary.document, at(line, character), tokenSource().token), undefined);
      }
    }
    assert.equal(parses.count(), before, 'no candidate in binary data reached RDKit');
  });
});

describe('smiles hover: a failed RDKit load', function () {
  this.timeout(20_000);

  it('shows one clear error, once, and says so in chemistry-file hovers', async () => {
    fake.reset();
    const { app, log } = fakeApp(() => {
      throw new Error('no client in this test');
    });
    const broken = new Chemistry({ modulePath: '/nonexistent/rdkit/index.js' });
    const provider = new SmilesHoverProvider(broken, loadFailureReporter(app.log));
    const { document } = textDocument('/ws/drugs.smi', 'smiles', `${ASPIRIN}\nCCO`);
    const first = rendered(await provider.provideHover(document, at(0, 0), tokenSource().token));
    const second = rendered(await provider.provideHover(document, at(1, 0), tokenSource().token));
    const py = textDocument('/ws/screen.py', 'python', `x = "${ASPIRIN}"`);
    assert.equal(await provider.provideHover(py.document, at(0, 7), tokenSource().token), undefined);
    for (const md of [first, second]) {
      assert.match(md.value, /structure hovers are unavailable/);
      const text = md.value.replace(/\\(.)/g, '$1');
      assert.match(text, /RDKit could not be loaded from \/nonexistent\/rdkit\/index\.js: Cannot find module/);
      assert.doesNotMatch(text, /Require stack/);
    }
    const errors = fake.messages.filter((m) => m.level === 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.text ?? '', /structure hovers are unavailable\. RDKit could not be loaded from \/nonexistent/);
    assert.equal(log.lines.filter((l) => l.startsWith('error')).length, 1);
  });
});
