// With VS Code in Chinese, the Drugs view and its search flow read Chinese: the zh-cn bundle
// (l10n/bundle.l10n.zh-cn.json) loaded as VS Code loads it, and the names from the dictionary or
// the API passed through untouched, even when they look like a template.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { DrugSearchPage } from '../../../../src/api';
import type * as SearchFlowModule from '../../../../src/features/drugs/searchFlow';
import { newSearch } from '../../../../src/features/drugs/savedSearches';
import type { EntityKind } from '../../../../src/names/entity';
import { drugsTreeOver } from '../../../support/drugsTree';
import { FakeEventEmitter, installFakeVscode } from '../../../support/fakeVscode';
import { sandboxNamesApp } from '../../../support/sandboxNamesApp';
import { drug, hexId } from './builders';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: it imports 'vscode' */
const { runSearchFlow } = require('../../../../src/features/drugs/searchFlow') as typeof SearchFlowModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const repoRoot = path.resolve(__dirname, '../../../../..');
const zhCn = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

const TARGET = hexId(7);
/** A name that looks like a template: it must reach the label as it is, never be formatted. */
const TARGET_NAME = 'EGFR {0} {1}';

describe('Drugs in Chinese (zh-cn bundle)', () => {
  beforeEach(() => l10n.config({ contents: zhCn }));
  afterEach(() => l10n.config({ contents: {} }));

  it('a saved search reads "药物 · 靶点 <name> · 临床 III 期 · 最新批准在前", its drug\'s milestones "里程碑"', async () => {
    const changed = new FakeEventEmitter<void>();
    const names = { nameOf: (kind: EntityKind | undefined, id: string) => (kind === 'target' && id === TARGET ? TARGET_NAME : undefined), onDidChange: changed.event };
    const oneDrug = {
      searchDrugs: (): Promise<DrugSearchPage> => Promise.resolve({ items: [drug(1)], total: 1, offset: 0, limit: 10, totalDevStatus: undefined }),
    };
    const search = newSearch({ target: { value: [TARGET] }, devStatus: ['Phase_3'], sort: [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'desc' }] });
    const { tree } = drugsTreeOver(oneDrug, [search], 10, new Map(), names);
    const [entry] = await tree.getChildren();
    assert.ok(entry);
    assert.equal(tree.getTreeItem(entry).label, `药物 · 靶点 ${TARGET_NAME} · 临床 III 期 · 最新批准在前`);
    assert.ok(String(tree.getTreeItem(entry).tooltip).includes(`靶点：${TARGET}`), 'the raw ID line, in Chinese');
    const [first] = await tree.getChildren(entry);
    assert.ok(first?.kind === 'result');
    assert.equal(tree.getTreeItem(first).label, 'Drug 1', 'the drug’s name is the API’s, untouched');
    const milestones = tree.resultChildren(first).find((c) => c.value.kind === 'milestones');
    assert.ok(milestones);
    assert.equal(tree.getTreeItem(milestones).label, '里程碑');
    tree.dispose();
  });

  it('"Search Drugs…" offers its filters and the phases in Chinese, the API code only as the detail', async () => {
    fake.reset();
    const { app, book } = await sandboxNamesApp();
    try {
      const starting = (prefix: string) => (items: readonly { label: string }[]) => items.filter((i) => i.label.startsWith(prefix)).slice(0, 1);
      fake.quickInputAnswers.push(starting('全球最高研发阶段'), undefined);
      assert.equal(await runSearchFlow(app, 20), undefined, 'dismissed');
      const [overview, phases] = fake.quickInputs;
      assert.equal(overview?.title, 'Synapse Lens：搜索药物');
      const labels = overview?.items.map((i) => i.label) ?? [];
      assert.ok(labels.includes('$(search) 搜索'), labels.join(' | '));
      for (const field of ['靶点', '疾病（适应症）', '机构', '作用机制', '药物类型', '排序方式']) assert.ok(labels.includes(field), `${field} in ${labels.join(' | ')}`);
      const targets = overview?.items.find((i) => i.label === '靶点') as { description?: string } | undefined;
      assert.equal(targets?.description, '不限');
      assert.equal(phases?.title, 'Synapse Lens：搜索药物：全球最高研发阶段');
      assert.deepEqual(phases?.items.find((i) => i.label === '临床 III 期'), { label: '临床 III 期', detail: 'Phase_3', value: 'Phase_3' });
      assert.ok(phases?.items.some((i) => i.label === '已批准'));
    } finally {
      book.dispose();
    }
  });

  it('reads English again once the bundle is gone (what every other test sees)', async () => {
    l10n.config({ contents: {} });
    const { tree } = drugsTreeOver({ searchDrugs: () => Promise.resolve({ items: [], total: 0, offset: 0, limit: 10, totalDevStatus: undefined }) }, [newSearch({ devStatus: ['Phase_3'] })], 10);
    const [entry] = await tree.getChildren();
    assert.ok(entry);
    assert.equal(tree.getTreeItem(entry).label, 'Drugs · Phase 3');
    tree.dispose();
  });
});
