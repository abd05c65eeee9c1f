import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { AGENT_TOOLS } from '../../../../src/agent/tools';
import { createPatsnapClient } from '../../../../src/api';
import type { PatsnapClient } from '../../../../src/api';
import type * as LmToolsModule from '../../../../src/features/agent/lmTools';
import type { NameBook } from '../../../../src/features/names/nameBook';
import { EntityDictionary } from '../../../../src/names/dictionary';
import { sandboxNames } from '../../../../src/sandbox/server';
import { fakeApp } from '../../../support/fakeApp';
import { installFakeVscode } from '../../../support/fakeVscode';
import { COMMAND_LINK } from '../../../support/hostileText';
import { sandboxWithClient } from '../../../support/sandboxClient';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: it imports 'vscode' */
const { registerLanguageModelTools, toolTitle } = require('../../../../src/features/agent/lmTools') as typeof LmToolsModule;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The window's dictionary on the sandbox: its catalog, as app.names holds it. */
function sandboxBook(): NameBook {
  const dictionary = new EntityDictionary();
  dictionary.seed(sandboxNames().map((n) => ({ kind: n.kind, id: n.id, names: { EN: n.en, CN: n.cn } })));
  return Object.assign(dictionary, { ready: async () => undefined }) as unknown as NameBook;
}

interface Prepared { confirmationMessages?: { title: string; message: { value: string } } }

describe('Agent tools registered with vscode.lm (fake host)', () => {
  let env: Awaited<ReturnType<typeof sandboxWithClient>>;

  before(async () => {
    env = await sandboxWithClient();
  });
  after(() => env.close());
  beforeEach(() => fake.reset());

  function register(client: () => PatsnapClient, service: 'patsnap' | 'sandbox') {
    fake.settings.set('synapseLens.service', service);
    const { app } = fakeApp(client, undefined, () => ({ names: sandboxBook() }));
    registerLanguageModelTools(app);
    const tool = (name: string) => fake.languageModelTools.get(`synapse_lens_${name}`) ?? assert.fail(`${name} is not registered`);
    return { tool };
  }

  it('registers every tool under the name package.json contributes', () => {
    register(() => env.client, 'sandbox');
    assert.deepEqual([...fake.languageModelTools.keys()].sort(), [
      'synapse_lens_describe_structure', 'synapse_lens_drug_milestones', 'synapse_lens_papers_for_structure', 'synapse_lens_sar_task',
      'synapse_lens_search_drugs', 'synapse_lens_sequence_patents', 'synapse_lens_start_sar_extraction',
    ]);
  });

  it('asks before a PatSnap call that costs quota, showing the input as inert text; not on the sandbox', async () => {
    const onPatsnap = register(() => env.client, 'patsnap');
    const input = { targets: [COMMAND_LINK] };
    const asked = (await onPatsnap.tool('search_drugs').prepareInvocation?.({ input }, undefined)) as Prepared;
    assert.ok(asked.confirmationMessages, 'a confirmation on PatSnap');
    assert.match(asked.confirmationMessages.message.value, /counts against your API quota/);
    assert.doesNotMatch(asked.confirmationMessages.message.value, /(?<!\\)\]\(/, 'the model’s input cannot form a link');
    fake.reset();
    const onSandbox = register(() => env.client, 'sandbox');
    const quiet = (await onSandbox.tool('search_drugs').prepareInvocation?.({ input }, undefined)) as Prepared;
    assert.equal(quiet.confirmationMessages, undefined);
    const extraction = (await onSandbox.tool('start_sar_extraction').prepareInvocation?.({ input: { patent: 'WO2021081212A1' } }, undefined)) as Prepared;
    assert.ok(extraction.confirmationMessages, 'starting work always asks');
  });

  it('answers with text parts from the window’s client, EGFR by name', async () => {
    const { tool } = register(() => env.client, 'sandbox');
    const result = await tool('search_drugs').invoke({ input: { targets: ['EGFR'], devStatus: ['Phase_3'] } }, undefined);
    assert.equal(result.content.length, 1);
    assert.match(result.content[0]?.value ?? '', /^Drug search: \d+ drugs match/);
  });

  it('a sign-in failure comes back as a result the model can explain, not as an exception', async () => {
    const signedOut = createPatsnapClient({ baseUrl: env.sandbox.url, credentials: async () => undefined, maxRetries: 0 });
    const { tool } = register(() => signedOut, 'patsnap');
    const result = await tool('search_drugs').invoke({ input: { targets: ['EGFR'] } }, undefined);
    assert.match(result.content[0]?.value ?? '', /^Search drugs failed \(auth\): /);
    signedOut.dispose();
  });

  it('names each tool to people by its own title: in English the definition’s, in Chinese the bundle’s', () => {
    for (const tool of AGENT_TOOLS) assert.equal(toolTitle(tool), tool.title, `${tool.name} is titled as src/agent/tools defines it`);
    const zhCn = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../../l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    l10n.config({ contents: zhCn });
    try {
      for (const tool of AGENT_TOOLS) assert.ok(/[\u4e00-\u9fff]/.test(toolTitle(tool)), `${tool.name} has a Chinese title, not ${toolTitle(tool)}`);
    } finally {
      l10n.config({ contents: {} });
    }
  });

  it('asks in Chinese with the zh-cn bundle; the model’s input stays inert text inside the message', async () => {
    const zhCn = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../../l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    l10n.config({ contents: zhCn });
    try {
      const { tool } = register(() => env.client, 'patsnap');
      const asked = (await tool('search_drugs').prepareInvocation?.({ input: { targets: [COMMAND_LINK] } }, undefined)) as Prepared & { invocationMessage?: string };
      assert.equal(asked.confirmationMessages?.title, 'Synapse Lens：搜索药物');
      assert.match(asked.confirmationMessages?.message.value ?? '', /^“搜索药物”将调用 PatSnap，并计入您的 API 配额。\n\n输入：/);
      assert.doesNotMatch(asked.confirmationMessages?.message.value ?? '', /(?<!\\)\]\(/, 'the model’s input cannot form a link');
      assert.equal(asked.invocationMessage, '搜索药物…');
    } finally {
      l10n.config({ contents: {} });
    }
  });
});
