import * as assert from 'node:assert/strict';
import { Workbench } from './support/workbench';

// The sample workspace's .vscode/settings.json sets synapseLens.service to "sandbox", so the
// extension starts its bundled sandbox and needs no stored credential.
describe('Check Connection from the Command Palette', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open('check-connection');
    // Until the extension's icon is there, the palette may not list its commands yet.
    await workbench.activityBarItem('Synapse Lens').waitFor();
  });

  after(async () => {
    await workbench?.close();
  });

  it('finds "Synapse Lens: Check Connection" in the palette and runs it', async () => {
    await workbench.runCommand('Synapse Lens: Check Connection', 'palette');
  });

  it('tells the user it is connected to the sandbox and how many drugs it can search', async () => {
    const message = await workbench.notification(/Connected to/);
    const text = (await message.innerText()).trim();
    assert.match(text, /Connected to the Synapse Lens sandbox: \d+ drugs searchable/);
    const drugs = Number(/: (\d+) drugs/.exec(text)?.[1]);
    assert.ok(drugs > 0, `expected a drug count above 0 in "${text}"`);
    await workbench.screenshot('connected-notification');
  });
});
