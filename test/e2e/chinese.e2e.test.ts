import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { startCodeServer } from '../../scripts/host/codeServer';
import type { RunningCodeServer } from '../../scripts/host/codeServer';
import { ensureInstalled } from '../../scripts/host/ensureInstalled';
import { REPO_ROOT } from '../../scripts/host/versions';
import { copySampleWorkspace } from '../../scripts/host/workspace';
import type { TempWorkspace } from '../../scripts/host/workspace';
import { sandboxSamples } from '../../src/sandbox/samples';
import { PICTURE_WINDOW, keepPicture, pictureRun } from './support/pictures';
import { panelFrame } from './support/webview';
import { Workbench } from './support/workbench';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * VS Code in Chinese (`--locale zh-cn`) on the sandbox. code-server takes a display language only
 * from an installed language pack (scripts/host/languagePack.ts), and no marketplace is reachable
 * here, so the host gets test/e2e/fixtures/zh-cn-locale: a zh-cn localization with no translations
 * of VS Code itself. The workbench's own text stays English; what VS Code resolves is the language,
 * so the extension's manifest (package.nls.zh-cn.json), its runtime text
 * (l10n/bundle.l10n.zh-cn.json) and its data language ("auto": Chinese names) follow it.
 */
describe('Chinese: VS Code in zh-CN shows Synapse Lens in Chinese', () => {
  let server: RunningCodeServer | undefined;
  let workspace: TempWorkspace | undefined;
  let workbench: Workbench;
  const drug = sandboxSamples().drug;

  before(async function () {
    this.timeout(120_000);
    workspace = copySampleWorkspace();
    server = await startCodeServer(await ensureInstalled(), {
      workspace: workspace.dir,
      label: 'e2e-zh-cn',
      testDriver: true,
      languagePack: { locale: 'zh-cn', extension: path.join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'zh-cn-locale') },
      orphanCleanup: [workspace.root],
    });
    // The picture window, as this scenario's last picture is the README's Chinese one.
    workbench = await Workbench.open('zh-cn', { extensionFolder: REPO_ROOT, server, folder: workspace.dir }, PICTURE_WINDOW);
    await workbench.activityBarItem('Synapse Lens').waitFor();
  });

  after(async () => {
    await workbench?.close();
    await server?.stop();
    workspace?.remove();
  });

  it('names the Synapse Lens views in Chinese and says "sandbox" in Chinese in the status bar', async () => {
    await workbench.openSidebar('Synapse Lens');
    for (const name of ['药物', '文献', 'SAR 任务', '序列']) await workbench.viewPane(name).waitFor();
    await workbench.page.locator('.statusbar-item', { hasText: '沙盒' }).first().waitFor();
    await workbench.screenshot('sidebar');
  });

  it('lists the commands under their Chinese titles and answers Check Connection in Chinese', async () => {
    await workbench.runCommand('Synapse Lens: 检查连接', 'palette');
    const message = await workbench.notification(/已连接/);
    assert.match(await message.innerText(), /已连接 Synapse Lens 沙盒：可检索 \d+ 个药物。/);
    await workbench.screenshot('check-connection');
  });

  it('finds drugs for a target typed by its Chinese name, and lists the search and the drugs in Chinese', async () => {
    const page = workbench.page;
    await workbench.runCommand('Synapse Lens: 查找该靶点的药物…');
    await page.locator('.quick-input-widget input.input').first().fill('表皮生长因子受体');
    // EGFR itself, not HER2–4 (人表皮生长因子受体2…): its English name is the row's second line.
    const egfr = page.locator('.quick-input-list .monaco-list-row', { hasText: 'EGFR' }).first();
    await egfr.waitFor();
    await egfr.click();
    const drugs = workbench.viewPane('药物');
    await drugs.locator('.monaco-list-row[aria-level="1"]', { hasText: '靶点' }).first().waitFor();
    await drugs.locator('.monaco-list-row[aria-level="2"]', { hasText: drug.nameCn }).first().waitFor();
    await workbench.idle(drugs);
    await workbench.screenshot('drugs-for-target');
  });

  it('offers drugs by their Chinese names (the data language follows VS Code) and opens one in a panel', async () => {
    const page = workbench.page;
    await workbench.runCommand('Synapse Lens: 打开里程碑面板');
    const input = page.locator('.quick-input-widget input.input').first();
    await input.fill(drug.nameCn);
    const choice = page.locator('.quick-input-list .monaco-list-row', { hasText: drug.nameCn }).first();
    await choice.waitFor();
    // The kind is named in Chinese too; the English name is the second line.
    assert.match(await choice.innerText(), /药物 · /);
    assert.match(await choice.innerText(), new RegExp(escapeRegExp(drug.nameEn)));
    await workbench.screenshot('drug-picker');
    await choice.click();
    await page.locator('.tab', { hasText: drug.nameCn }).first().waitFor();
    // The panel names the drug in Chinese too, and lists its milestones.
    const frame = await panelFrame(page, new RegExp(escapeRegExp(drug.nameCn)));
    await frame.locator('li.card').first().waitFor();
    await workbench.runCommand('Notifications: Hide Notifications');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // The README's picture of the Chinese UI (`npm run pictures` refreshes docs/images/zh-cn.png).
    await keepPicture(pictureRun(), await workbench.screenshot('milestones-panel'), 'readme', 'zh-cn');
  });
});
