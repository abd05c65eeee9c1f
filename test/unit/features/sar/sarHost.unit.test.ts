import * as assert from 'node:assert/strict';
import { Chemistry } from '../../../../src/chem/rdkit';
import type { DrawStyle, DrawingResult } from '../../../../src/chem/molecule';
import { SarDrawings } from '../../../../src/features/sar/sarDrawings';
import { sarFileViews, sarRows } from '../../../../src/features/sar/sarViewModel';
import type { SarRow } from '../../../../src/protocol/sarQuery';
import { NO_QUERY, applySarQuery, molarFactor } from '../../../../src/protocol/sarQuery';
import { sandboxSamples } from '../../../../src/sandbox/samples';
import { nodeModulesRdkitPath } from '../../chem/rdkitPath';
import { sandboxWithClient } from '../../../support/sandboxClient';

describe('SAR panel host: rows from a task detail (against the sandbox)', () => {
  const samples = sandboxSamples();
  let env: Awaited<ReturnType<typeof sandboxWithClient>>;
  before(async () => (env = await sandboxWithClient()));
  after(() => env.close());

  it('turns every item of a multi-file task into a row, numbered across files, with each file summarized', async () => {
    const detail = await env.client.getSarTaskDetail({ taskId: samples.sarTasks.multiFile });
    const rows = sarRows(detail);
    const files = sarFileViews(detail);
    assert.deepEqual(files.map((f) => [f.status, f.items]), [['SUCCESS', 120], ['SUCCESS', 110], ['SUCCESS', 95], ['FAILED', 0]]);
    assert.equal(rows.length, 325);
    assert.deepEqual(rows.map((r) => r.key), [...rows.keys()]);
    // Both key spellings (snake_case and camelCase files) fill every column.
    for (const fileId of [files[0]?.id, files[1]?.id]) {
      const row = rows.find((r) => r.fileId === fileId);
      assert.ok(row, `a row of ${fileId}`);
      for (const field of ['smiles', 'compound', 'code', 'indicator', 'value', 'unit', 'proteinSubtype', 'method', 'subject', 'purpose', 'dosing'] as const) {
        assert.notEqual(row[field], '', `${field} of ${row.fileName}`);
      }
      assert.ok(row.targets.length > 0);
      assert.equal(typeof row.page, 'number');
      assert.equal(row.numericValue, Number(row.value));
    }
    // The same query the webview applies runs on the host's rows.
    const ic50 = applySarQuery(rows, { ...NO_QUERY, indicator: 'IC50', sort: { column: 'value', direction: 'asc' } });
    assert.ok(ic50.length > 0 && ic50.every((r) => r.indicator === 'IC50'));
    // Sorted on one molar scale (the sandbox mixes nM and µM), non-molar units and non-numbers after.
    const molar = (r: SarRow) => (r.numericValue === null ? undefined : molarFactor(r.unit) === undefined ? undefined : r.numericValue * (molarFactor(r.unit) as number));
    const scale = ic50.map(molar);
    const molarCount = scale.filter((v) => v !== undefined).length;
    assert.ok(molarCount > 0 && scale.slice(0, molarCount).every((v, i, all) => v !== undefined && (i === 0 || v >= (all[i - 1] as number) * (1 - 1e-9))));
  });

  it('has no rows while a task is pending', async () => {
    const detail = await env.client.getSarTaskDetail({ taskId: samples.sarTasks.progressing });
    assert.equal(detail.status, 'PENDING');
    assert.deepEqual(sarRows(detail), []);
    assert.deepEqual(sarFileViews(detail).map((f) => f.status), ['PENDING']);
  });
});

describe('SAR panel host: drawings (RDKit)', function () {
  this.timeout(60_000);
  const chemistry = new Chemistry({ modulePath: nodeModulesRdkitPath() });
  after(() => chemistry.dispose());
  let parses = 0;
  /** The hovers' RDKit worker, with the drawings asked of it counted, to see what the table's cache saves. */
  const counted = (smiles: string, style: DrawStyle): Promise<DrawingResult> => {
    parses++;
    return chemistry.drawing(smiles, style);
  };

  it('draws valid SMILES as SVG in the ink asked for, and says why an invalid one has no drawing', async () => {
    const drawings = new SarDrawings(counted);
    const [aspirin, broken, dup] = await drawings.draw(['CC(=O)Oc1ccccc1C(=O)O', 'C1CC(', 'CC(=O)Oc1ccccc1C(=O)O'], 'dark');
    assert.equal(dup, undefined, 'one answer per distinct SMILES');
    assert.match(aspirin?.svg ?? '', /<svg[\s\S]*width='120px'[\s\S]*<\/svg>/);
    // Dark themes get light ink (#D8D8D8 is 0.85 grey) on a transparent background.
    assert.match(aspirin?.svg ?? '', /#D8D8D8/i);
    assert.equal(broken?.svg, undefined);
    assert.match(broken?.problem ?? '', /never closed/);
    const light = await drawings.draw(['CC(=O)Oc1ccccc1C(=O)O'], 'light');
    assert.doesNotMatch(light[0]?.svg ?? '', /#D8D8D8/i);
    // Nitrogen gets the dark style's light blue (0.5, 0.65, 1) on dark backgrounds, RDKit's own blue on light ones.
    const [onDark] = await drawings.draw(['CC(=O)Nc1ccccc1'], 'dark');
    const [onLight] = await drawings.draw(['CC(=O)Nc1ccccc1'], 'light');
    assert.match(onDark?.svg ?? '', /#7FA5FF/i);
    assert.doesNotMatch(onLight?.svg ?? '', /#7FA5FF/i);
  });

  it('serves repeated SMILES from its LRU without asking RDKit again, and forgets the oldest', async () => {
    const drawings = new SarDrawings(counted, 2);
    await drawings.draw(['CCO', 'CCN'], 'light');
    const before = parses;
    await drawings.draw(['CCN', 'CCO'], 'light');
    assert.equal(parses, before);
    await drawings.draw(['CCC'], 'light');
    assert.equal(drawings.size, 2);
    await drawings.draw(['CCN'], 'light');
    assert.equal(parses, before + 2, 'CCN was the oldest and had to be drawn again');
  });

  it('fails the whole batch with RDKit\'s load error when RDKit cannot load', async () => {
    const broken = new Chemistry({ modulePath: '/nonexistent/rdkit.js' });
    const drawings = new SarDrawings((smiles, style) => broken.drawing(smiles, style));
    await assert.rejects(drawings.draw(['CCO'], 'light'), /RDKit could not be loaded/);
  });
});
