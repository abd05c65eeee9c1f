import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { z } from 'zod';
import { installFakeVscode, fakeLogChannel } from '../../support/fakeVscode';
import type { FakeWebviewPanel } from '../../support/fakeVscode';
import type * as Define from '../../../src/platform/definePanel';
import type * as Channels from '../../../src/platform/export/exportChannel';
import type { PanelProtocol } from '../../../src/protocol/envelope';
import type { ExportOutcome } from '../../../src/protocol/export';

const fake = installFakeVscode();
// Loaded after the fake is installed: they import 'vscode'.
/* eslint-disable @typescript-eslint/no-require-imports */
const { definePanel } = require('../../../src/platform/definePanel') as typeof Define;
const { ExportChannels } = require('../../../src/platform/export/exportChannel') as typeof Channels;
/* eslint-enable @typescript-eslint/no-require-imports */

const schema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.discriminatedUnion('method', [
    z.strictObject({ type: z.literal('request'), id: z.number().int().positive(), method: z.literal('page'), page: z.number().int().min(1) }),
    z.strictObject({ type: z.literal('request'), id: z.number().int().positive(), method: z.literal('export'), format: z.enum(['csv', 'json']) }),
  ]),
  z.strictObject({ type: z.literal('note'), text: z.string() }),
]);
interface Init { readonly subject: string }
type TestProtocol = PanelProtocol<Init, z.infer<typeof schema>, { page: { page: number; subject: string }; export: ExportOutcome }>;

/** A panel kind built the way a feature builds one, with what its handlers saw recorded. */
function testPanels() {
  const log = fakeLogChannel();
  const subscriptions: { dispose(): unknown }[] = [];
  const exports = new ExportChannels();
  const notes: string[] = [];
  const disposed: string[] = [];
  const env = { extensionUri: { path: '/ext', fsPath: '/ext' } as unknown as vscode.Uri, log: log as unknown as vscode.LogOutputChannel, subscriptions, exports };
  const panels = definePanel<TestProtocol, ReturnType<typeof handlers>, never>(env, {
    viewType: 'test.panel',
    bundle: 'test',
    schema,
    restore: (state) => (typeof (state as { subject?: unknown })?.subject === 'string' ? { subject: (state as Init).subject } : undefined),
    title: (init) => `Test: ${init.subject}`,
    key: (init) => init.subject,
    handlers,
    export: () => {
      throw new Error('no export in these tests');
    },
  });
  function handlers({ init }: { init: Init }) {
    return {
      requests: { page: async (m: { page: number }) => ({ page: m.page, subject: init.subject }) },
      messages: { note: (m: { text: string }) => void notes.push(`${init.subject}: ${m.text}`) },
      dispose: () => void disposed.push(init.subject),
    };
  }
  return { panels, log, subscriptions, exports, notes, disposed };
}

const lastPanel = (): FakeWebviewPanel => {
  const made = fake.webviewPanels.at(-1);
  assert.ok(made, 'a panel was created');
  return made;
};

describe('definePanel: one way to make a panel', () => {
  beforeEach(() => fake.reset());

  it('answers ready with init and a valid request with its handler\'s result, matched by id', async () => {
    const { panels } = testPanels();
    panels.open({ subject: 's' });
    const page = lastPanel();
    await page.send({ type: 'ready' });
    await page.send({ type: 'request', id: 3, method: 'page', page: 2 });
    assert.deepEqual(page.posted, [{ type: 'init', init: { subject: 's' } }, { type: 'reply', id: 3, ok: true, result: { page: 2, subject: 's' } }]);
  });

  it('sets a CSP shell that loads the panel\'s own bundle and nothing inline', () => {
    const { panels } = testPanels();
    panels.open({ subject: 's' });
    const html = lastPanel().html();
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /dist\/webview\/test\.js/);
    assert.doesNotMatch(html, /<script>(?!<\/script>)/);
  });

  it('sends the display language\'s translations with the init, and marks the page with that language', async () => {
    const l10n = fake.module.l10n as { bundle: Record<string, string> | undefined };
    const env = fake.module.env as { language: string };
    l10n.bundle = { 'Page {0} of {1}': '第 {0} 页，共 {1} 页' };
    env.language = 'zh-cn';
    try {
      const { panels } = testPanels();
      panels.open({ subject: 's' });
      const page = lastPanel();
      assert.match(page.html(), /<html lang="zh-cn">/);
      await page.send({ type: 'ready' });
      assert.deepEqual(page.posted, [{ type: 'init', init: { subject: 's' }, l10n: { 'Page {0} of {1}': '第 {0} 页，共 {1} 页' } }]);
    } finally {
      l10n.bundle = undefined;
      env.language = 'en';
    }
  });

  it('hands one-way messages to their handler', async () => {
    const { panels, notes } = testPanels();
    panels.open({ subject: 's' });
    await lastPanel().send({ type: 'note', text: 'hello' });
    assert.deepEqual(notes, ['s: hello']);
  });

  it('refuses a malformed request with an error reply, so the page stops waiting, runs nothing, and logs it', async () => {
    const { panels, log } = testPanels();
    panels.open({ subject: 's' });
    const page = lastPanel();
    await page.send({ type: 'request', id: 9, method: 'page', page: 0 });
    await page.send({ type: 'request', id: 10, method: 'delete' });
    assert.deepEqual(page.posted.map((m) => [(m as { id: number }).id, (m as { ok: boolean }).ok]), [[9, false], [10, false]]);
    assert.match((page.posted[0] as { error: string }).error, /malformed/);
    assert.equal(log.lines.filter((l) => /ignored an invalid message/.test(l)).length, 2);
  });

  it('answers nothing to a message that is no request or carries no usable id', async () => {
    const { panels, log } = testPanels();
    panels.open({ subject: 's' });
    const page = lastPanel();
    for (const bad of [null, 'text', { type: 'openLink', url: 'javascript:alert(1)' }, { type: 'request', id: -1, method: 'page', page: 1 }]) await page.send(bad);
    assert.deepEqual(page.posted, []);
    assert.equal(log.lines.filter((l) => /ignored an invalid message/.test(l)).length, 4);
  });

  it('keeps one panel per key: opening the same subject again reveals it', () => {
    const { panels } = testPanels();
    const first = panels.open({ subject: 'a' });
    const again = panels.open({ subject: 'a' });
    const other = panels.open({ subject: 'b' });
    assert.equal(first.created, true);
    assert.equal(again.created, false);
    assert.equal(again.panel, first.panel);
    assert.equal(other.created, true);
    assert.equal(fake.webviewPanels.length, 2);
    assert.equal(fake.webviewPanels[0]?.reveals, 1);
    assert.equal(fake.webviewPanels[0]?.title, 'Test: a');
  });

  it('registers a serializer that restores a panel from its saved state, and answers it like a new one', async () => {
    const { panels } = testPanels();
    const serializer = fake.panelSerializers.get('test.panel');
    assert.ok(serializer, 'serializer registered at definition');
    const revived = fake.revivedPanel('test.panel');
    await serializer.deserializeWebviewPanel(revived.panel, { subject: 'r', scroll: 10 });
    assert.equal(revived.title, 'Test: r');
    await revived.send({ type: 'ready' });
    assert.deepEqual(revived.posted, [{ type: 'init', init: { subject: 'r' } }]);
    // The revived panel is that subject's panel: opening it again reveals it.
    assert.equal(panels.open({ subject: 'r' }).created, false);
    assert.equal(revived.reveals, 1);
    const unusable = fake.revivedPanel('test.panel');
    await serializer.deserializeWebviewPanel(unusable.panel, { nothing: true });
    assert.equal(unusable.disposed, true);
  });

  it('disposes the handlers and the export channel with the panel; opening the subject again makes a new panel', async () => {
    const { panels, disposed, exports } = testPanels();
    panels.open({ subject: 'a' });
    const page = lastPanel();
    assert.ok(exports.active(), 'the open panel can export');
    page.panel.dispose();
    assert.deepEqual(disposed, ['a']);
    assert.equal(exports.active(), undefined);
    // The host no longer listens: a late message gets nothing.
    page.disposed = false;
    await page.send({ type: 'ready' });
    assert.deepEqual(page.posted, []);
    assert.equal(panels.open({ subject: 'a' }).created, true);
  });

  it('disposes every open panel when the window\'s subscriptions are disposed', () => {
    const { panels, subscriptions, disposed } = testPanels();
    panels.open({ subject: 'a' });
    panels.open({ subject: 'b' });
    for (const s of subscriptions) s.dispose();
    assert.deepEqual(disposed.sort(), ['a', 'b']);
    assert.equal(fake.panelSerializers.has('test.panel'), false);
  });
});
