import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PanelProtocol } from '../../../src/protocol/envelope';
import type { SarSnapshot } from '../../../src/protocol/sar';
import { NO_QUERY } from '../../../src/protocol/sarQuery';
import { connectHost } from '../../../webview/common/host';
import { useTranslations } from '../../../webview/common/translations';
import { renderMilestones } from '../../../webview/milestones/render';
import { renderPapers } from '../../../webview/papers/render';
import { SarPage } from '../../../webview/sar/page';
import { renderSequences } from '../../../webview/sequences/render';
import { milestone, paper, sarRow, sequencePatent } from './builders';
import { newPage } from './dom';

/** The Chinese translations as VS Code loads them for the zh-cn display language, and as the host sends them. */
const ZH_CN: unknown = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));

/** A page whose host sent `init` with `l10n` (absent: the message has no such field), as the host would. */
async function initialized(l10n?: unknown) {
  const page = newPage();
  const api = { postMessage: () => undefined, getState: () => undefined, setState: () => undefined };
  const host = connectHost<PanelProtocol<{ taskId: string }>>(api, page.win as unknown as Window);
  const data = l10n === undefined ? { type: 'init', init: { taskId: 't1' } } : { type: 'init', init: { taskId: 't1' }, l10n };
  page.win.dispatchEvent(new page.win.MessageEvent('message', { data }));
  await host.init;
  return page;
}

const noop = () => undefined;
const sarActions = { setQuery: noop, refresh: noop, copySmiles: noop, findPapers: noop, drawing: () => undefined, shown: noop, scrolled: noop, exportAs: noop };

function sarPage(doc: Document, root: HTMLElement): void {
  const rows = [sarRow({ key: 0, value: '12', unit: 'nM' }), sarRow({ key: 1, value: '3.6', unit: 'µM', numericValue: 3.6 })];
  const snapshot: SarSnapshot = { version: 1, status: 'SUCCESS', polling: false, problem: undefined, rows, files: [{ id: 'f1', name: 'paper.pdf', status: 'SUCCESS', items: 2 }] };
  new SarPage(doc, root, sarActions).update({ init: { taskId: 't1', label: 'CN112047962A.pdf' }, snapshot, query: NO_QUERY });
}

const headers = (root: HTMLElement) => [...root.querySelectorAll('[role=columnheader] button.sort')].map((b) => b.textContent?.trim());
const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? '';

describe('panels in the display language the host sends with the init', () => {
  afterEach(() => useTranslations(undefined));

  it('shows the SAR panel in Chinese with a zh-cn bundle: headers, heading, status, counts; values and units as given', async () => {
    const { doc, root } = await initialized(ZH_CN);
    sarPage(doc, root);
    assert.deepEqual(headers(root), ['结构', '化合物', '活性指标', '数值', '单位', '靶点', '蛋白亚型', '测定方法', '实验对象', '实验目的', '给药方案', '来源']);
    assert.equal(text(root, 'h1'), '构效关系结果：CN112047962A.pdf');
    assert.equal(text(root, '.sar-status'), '已完成：来自 1 个文件的 2 条结果。');
    assert.equal(text(root, '.sar-count'), '2 / 2 条结果');
    assert.equal(root.querySelector('[role=grid]')?.getAttribute('aria-label'), '构效关系结果');
    assert.deepEqual([...root.querySelectorAll('.col-unit .cell-text')].map((c) => c.textContent), ['nM', 'µM']);
    assert.deepEqual([...root.querySelectorAll('.col-value .cell-text')].map((c) => c.textContent), ['12', '3.6']);
  });

  it('shows the sequence patents panel in Chinese with a zh-cn bundle: table headers, claimed flags, pager', async () => {
    const { doc, root } = await initialized(ZH_CN);
    const page = { items: [sequencePatent(), sequencePatent({ pn: 'US2B2', claimed: false })], total: 250, hasNext: true };
    renderSequences(doc, root, { seqId: '834879', query: { page: 1, size: 20 }, filters: { claimedOnly: false }, page, error: undefined, notice: undefined },
      { setQuery: noop, setFilters: noop, exportAs: noop });
    assert.equal(text(root, 'h1'), '含序列 834879 的专利');
    assert.deepEqual([...root.querySelectorAll('thead th')].map((h) => h.textContent), ['公开号', '已要求保护', '序列出现位置', 'SEQ ID NO']);
    assert.deepEqual([...root.querySelectorAll('td.claimed')].map((c) => c.textContent), ['已要求保护', '未要求保护']);
    assert.equal(text(root, '.summary'), '共 250 件专利 · 本页 2 件');
    assert.match(text(root, 'nav.pager'), /第 1 页，共 13 页/);
    assert.match(text(root, 'nav.pager'), /下一页/);
  });

  it('shows the paper list and the milestones in Chinese with a zh-cn bundle', async () => {
    const { doc, root } = await initialized(ZH_CN);
    renderPapers(doc, root, { structure: { structure: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N', name: 'Aspirin' }, drawing: undefined, query: { page: 1, rows: 20, sortOrder: 'desc', lang: 'EN' },
      page: undefined, error: undefined }, { setQuery: noop, openLink: noop, exportAs: noop });
    assert.equal(text(root, 'h1'), 'Aspirin 的文献');
    assert.equal(text(root, 'p.muted'), '正在加载文献…');
    renderPapers(doc, root, { structure: { structure: 'K' }, drawing: undefined, query: { page: 1, rows: 20, sortOrder: 'desc', lang: 'EN' },
      page: { items: [paper()], total: 1, hasNext: false }, error: undefined }, { setQuery: noop, openLink: noop, exportAs: noop });
    assert.match(text(root, '.card'), /作者：A\. Author/);
    const milestones = newPage();
    renderMilestones(milestones.doc, milestones.root, { drugName: 'Osimertinib', items: [milestone()], error: undefined, filters: { country: '', disease: '', organization: '', tag: '', from: '', to: '', sort: 'desc' } },
      { setFilters: noop, crossLink: noop, reload: noop, exportAs: noop });
    assert.equal(text(milestones.root, 'h1'), 'Osimertinib 的里程碑');
    assert.match(text(milestones.root, '.toolbar'), /清除筛选/);
  });

  it('shows English when the init brings no translations, also after a panel that had them', async () => {
    await initialized(ZH_CN);
    const { doc, root } = await initialized();
    sarPage(doc, root);
    assert.deepEqual(headers(root).slice(0, 4), ['Structure', 'Compound', 'Indicator', 'Value']);
    assert.equal(text(root, 'h1'), 'SAR results: CN112047962A.pdf');
    assert.equal(text(root, '.sar-status'), 'Finished: 2 results from 1 file.');
  });

  it('refuses translations that are not a table of strings, and shows English', async () => {
    const { doc, root } = await initialized({ Compound: 42, Structure: ['结构'] });
    sarPage(doc, root);
    assert.deepEqual(headers(root).slice(0, 2), ['Structure', 'Compound']);
  });
});
