import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startCodeServer } from '../../scripts/host/codeServer';
import type { RunningCodeServer } from '../../scripts/host/codeServer';
import { ensureInstalled } from '../../scripts/host/ensureInstalled';
import { packageVsix } from '../../scripts/host/vsix';
import type { PackagedVsix } from '../../scripts/host/vsix';
import { copySampleWorkspace } from '../../scripts/host/workspace';
import type { TempWorkspace } from '../../scripts/host/workspace';
import { AGENT_TOOLS } from '../../src/agent/tools';
import { hoverOver, leaveHover, openFile } from './support/editor';
import { keepPicture, pictureRun } from './support/pictures';
import { Workbench } from './support/workbench';

/** Packing with a production build (seconds), installing it, starting a host and a workbench. */
const SETUP_MS = 4 * 60_000;

// Imatinib, as the demo workspace's approved-drugs.smi writes it, and what its hover says.
const IMATINIB = 'CC1=C(C=C(C=C1)NC(=O)C2=CC=C(C=C2)CN3CCN(CC3)C)NC4=NC=CC(=N4)C5=CN=CC=C5';
const INCHIKEY = 'KTUFNOKKBVMGRW-UHFFFAOYSA-N';

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

// What a user gets from the .vsix: `npm run package` on a fresh copy of this checkout, installed with
// `code-server --install-extension` into a host of its own (empty extensions dir and profile, its
// own port) — not the extension-development loading the other scenarios use — on a copy of the
// sample workspace, whose settings select the bundled sandbox.
describe('The packaged .vsix, installed into a fresh VS Code', () => {
  let vsix: PackagedVsix | undefined;
  let workspace: TempWorkspace | undefined;
  let server: RunningCodeServer | undefined;
  let workbench: Workbench;
  const removeTemporaries = () => {
    workspace?.remove();
    vsix?.remove();
  };

  before(async function () {
    this.timeout(SETUP_MS);
    process.on('exit', removeTemporaries); // also after Ctrl-C, when `after` never runs
    vsix = await packageVsix();
    workspace = copySampleWorkspace();
    server = await startCodeServer(await ensureInstalled(), {
      workspace: workspace.dir,
      label: 'e2e-vsix',
      // As a user runs it: no smoke-test driver (it would hide toasts), nothing loaded but what is installed.
      testDriver: false,
      vsix: vsix.file,
      orphanCleanup: [workspace.root, vsix.root],
    });
    workbench = await Workbench.open('vsix', { server, folder: workspace.dir });
  });

  after(async function () {
    this.timeout(30_000);
    await workbench?.close();
    await server?.stop();
    removeTemporaries();
    process.off('exit', removeTemporaries);
  });

  it('is installed from the package: bundles and RDKit once, no maps or sources; listed with its icon, categories and README', async () => {
    assert.ok(server);
    const installed = fs.readdirSync(server.extensionsDir).filter((name) => name.startsWith('synapse-lens.synapse-lens-'));
    assert.equal(installed.length, 1, `one Synapse Lens in ${server.extensionsDir}`);
    const files = filesUnder(path.join(server.extensionsDir, installed[0] ?? ''));
    assert.ok(files.includes(path.join('dist', 'extension.js')), 'the main bundle');
    assert.deepEqual(files.filter((file) => file.endsWith('.wasm')), [path.join('dist', 'rdkit', 'RDKit_minimal.wasm')]);
    assert.deepEqual(files.filter((file) => file.endsWith('.map') || file.endsWith('.ts') || /^(src|test|webview)\//.test(file)), []);

    await workbench.activityBarItem('Synapse Lens').waitFor();
    // From the activity bar, as a user does: with no marketplace the view lists what is installed
    // (the palette's "Extensions: Show Installed Extensions" was at times not registered yet).
    await workbench.openSidebar('Extensions');
    const row = workbench.page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Synapse Lens' }).first();
    await row.waitFor();
    // The marketplace icon (media/icon.png) is in the package: the list shows it, decoded.
    const icon = await row.locator('img.icon').first().elementHandle();
    await workbench.page.waitForFunction((img) => (img as unknown as { naturalWidth: number }).naturalWidth === 128, icon);
    await workbench.screenshot('installed');
    // Its page shows the marketplace metadata package.json carries.
    await row.click();
    const details = workbench.page.locator('.extension-editor');
    await details.locator('.name', { hasText: 'Synapse Lens' }).first().waitFor();
    await details.locator('.categories-container .category', { hasText: 'Data Science' }).first().waitFor();
    // …and the README it carries, rendered in a webview (laid over the editor, not inside it).
    const readme = workbench.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await readme.locator('h1', { hasText: 'Synapse Lens' }).first().waitFor();
    await workbench.screenshot('details');
  });

  it('lists the tools Copilot can call among its features, each by name (the walkthrough\'s Ask Copilot picture)', async () => {
    const details = workbench.page.locator('.extension-editor');
    await details.locator('.navbar .action-label', { hasText: /^features$/i }).first().click();
    await details.locator('.monaco-list-row', { hasText: 'Language Model Tools' }).first().click();
    const table = details.locator('table', { hasText: 'Display Name' }).first();
    for (const tool of AGENT_TOOLS) await table.locator('td', { hasText: tool.title }).first().waitFor();
    // What Copilot's agent mode is offered, as VS Code reads it from the installed package: the
    // walkthrough's Ask Copilot step shows it (no Copilot runs here to picture a chat).
    await keepPicture(pictureRun(), await workbench.screenshot('tools', { of: details }), 'walkthrough', 'ask-copilot');
  });

  it('finds drugs for target EGFR against the sandbox and lists them in the Drugs view', async () => {
    await workbench.openSidebar('Synapse Lens');
    const drugs = workbench.viewPane('Drugs');
    await workbench.runCommand('Synapse Lens: Find Drugs for Target…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill('EGFR');
    const egfr = workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: '表皮生长因子受体' }).first();
    await egfr.waitFor();
    await workbench.screenshot('target-picker');
    await egfr.click();
    const search = drugs.locator('.monaco-list-row[aria-level="1"]', { hasText: /EGFR/ }).first();
    await search.waitFor();
    await drugs.locator('.monaco-list-row[aria-level="2"]').first().waitFor();
    await workbench.idle(drugs);
    assert.ok((await drugs.locator('.monaco-list-row[aria-level="2"]').count()) > 0, 'drugs under the search');
    await workbench.screenshot('egfr-drugs');
  });

  it('hovers a SMILES in a .smi file and shows its structure', async () => {
    await openFile(workbench, 'approved-drugs.smi', IMATINIB);
    const hover = await hoverOver(workbench, IMATINIB, 10);
    assert.match(await hover.innerText(), new RegExp(`C29H31N7O[\\s\\S]*${INCHIKEY}|${INCHIKEY}[\\s\\S]*C29H31N7O`));
    await hover.locator('img[src^="data:image/svg+xml;base64,"]').first().waitFor();
    await workbench.screenshot('hover');
    await leaveHover(workbench);
  });
});
