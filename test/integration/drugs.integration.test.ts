import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sandboxSamples } from '../../src/sandbox/samples';
import { activatedExtension } from './extensionUnderTest';
import { run, useSandboxService } from './support';

/** What the drug commands return (src/features/drugs/commands.ts). */
interface SavedSearchResult { readonly id: string; readonly label: string; readonly drugIds: readonly string[] }


describe('Drugs view against the bundled sandbox', () => {
  let restoreService: () => Promise<void>;
  const samples = sandboxSamples();

  before(async () => {
    await activatedExtension();
    restoreService = await useSandboxService();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await vscode.commands.executeCommand('synapseLens.drugs.focus');
  });

  after(async () => {
    await restoreService();
  });

  it('saves a search by target and lists its drugs', async () => {
    const result = await run<SavedSearchResult>('searchDrugs', { filter: { target: { value: [samples.target.id] } }, label: 'Integration: target' });
    assert.equal(result?.label, 'Integration: target');
    assert.ok(result?.drugIds.includes(samples.drug.id), `expected ${samples.drug.nameEn} among ${String(result?.drugIds.length)} drugs`);
  });

  it('refuses a search the client would refuse', async () => {
    await assert.rejects(
      Promise.resolve(run('searchDrugs', { filter: { disease: { value: [samples.disease.id], condition: 'AND' } } })),
      /AND only for target/,
    );
  });

  it('adds a drug by ID and reveals its milestones', async () => {
    const result = await run<SavedSearchResult>('showDrugMilestones', { drugId: samples.drugWithManyMilestones.id });
    assert.deepEqual(result?.drugIds, [samples.drugWithManyMilestones.id]);
  });

  it('shows an unknown drug ID as an empty entry, and refuses a malformed one', async () => {
    const result = await run<SavedSearchResult>('showDrugMilestones', { drugId: 'ffffffffffffffffffffffffffffffff' });
    assert.deepEqual(result?.drugIds, []);
    await assert.rejects(Promise.resolve(run('showDrugMilestones', { drugId: 'aspirin' })), /Not a PatSnap drug ID/);
  });

  it('cross-links: finds drugs for a disease', async () => {
    const node = { kind: 'child', value: { kind: 'milestone', milestone: { diseases: [{ id: samples.disease.id, names: [{ lang: 'EN', name: samples.disease.nameEn }] }], organizations: [] } } };
    const result = await run<SavedSearchResult>('findDrugsForDisease', node);
    assert.equal(result?.label, `Drugs for disease ${samples.disease.nameEn}`);
    assert.ok((result?.drugIds.length ?? 0) > 0);
  });
});
