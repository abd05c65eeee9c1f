import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type * as SarFormat from '../../../src/features/sar/sarFormat';
import type * as SequenceFormat from '../../../src/features/sequences/sequenceFormat';
import type * as SequenceTree from '../../../src/features/sequences/sequenceTree';
import { installFakeVscode } from '../../support/fakeVscode';

installFakeVscode();
// Loaded after the fake is installed: they import 'vscode'.
/* eslint-disable @typescript-eslint/no-require-imports */
const { fileDescription, sarTaskIdProblem, sarTaskLabel, taskStatusText } = require('../../../src/features/sar/sarFormat') as typeof SarFormat;
const { locationSummary, sequenceIdProblem } = require('../../../src/features/sequences/sequenceFormat') as typeof SequenceFormat;
const { sequenceTreeConfig } = require('../../../src/features/sequences/sequenceTree') as typeof SequenceTree;
/* eslint-enable @typescript-eslint/no-require-imports */

/** What VS Code loads for the zh-cn display language; the fake's vscode.l10n.t is @vscode/l10n's, so configuring it is switching the language. */
const ZH_CN = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

describe('SAR tasks and sequences in Chinese (zh-cn display language)', () => {
  beforeEach(() => l10n.config({ contents: ZH_CN }));
  afterEach(() => l10n.config({ contents: {} }));

  it('words task and file states, counts and input problems in Chinese; IDs and codes as they are', () => {
    assert.deepEqual(['PENDING', 'PROCESSING', 'SUCCESS', 'FAILED', 'NOT_FOUND'].map(taskStatusText), ['排队中', '处理中', '已完成', '失败', '未找到']);
    assert.equal(fileDescription({ id: 'f', name: 'a.pdf', status: 'SUCCESS', total: 12, items: [] }), '已完成 · 12 条结果');
    const files = [{ id: 'f1', name: 'a.pdf', status: 'SUCCESS', total: 3, items: [] }, { id: 'f2', name: 'b.pdf', status: 'SUCCESS', total: 1, items: [] }];
    assert.equal(sarTaskLabel({ id: 't1', label: 'CN112047962A.pdf' }, files, () => undefined), 'CN112047962A.pdf · 2 个文件 · 4 条结果');
    assert.equal(sarTaskIdProblem('a b'), '任务 ID 只能包含字母、数字、“-”和“_”。');
    assert.equal(sequenceIdProblem('12a', 20), '序列 ID 只含数字，例如 834879。');
    assert.equal(locationSummary({ pn: 'JP1A', patentId: undefined, claimed: true, location: { FIG: ['1A'] }, sequenceIdNumbers: [] }), '权利要求 · FIG 1A');
  });

  it('labels a saved sequence and its empty state in Chinese', () => {
    const results = { total: 250 } as Parameters<typeof sequenceTreeConfig.searchItem>[1];
    const item = sequenceTreeConfig.searchItem('834879', results, {} as Parameters<typeof sequenceTreeConfig.searchItem>[2], () => undefined);
    assert.equal(item.label, '序列 834879');
    assert.equal(item.description, '250 件专利');
    assert.equal(sequenceTreeConfig.emptyText('834879'), '未找到含序列 834879 的专利');
    assert.equal(sequenceTreeConfig.noun, '专利');
  });
});
