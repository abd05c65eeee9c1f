import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { z } from 'zod';
import { installFakeVscode, fakeLogChannel } from '../../support/fakeVscode';
import type * as Host from '../../../src/platform/panelHost';

installFakeVscode();
// Loaded after the fake is installed: it imports 'vscode'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PanelHost } = require('../../../src/platform/panelHost') as typeof Host;

const schema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('request'), id: z.number().int().positive(), method: z.literal('page'), page: z.number().int().min(1) }),
]);
type ToHost = z.infer<typeof schema>;

/** A panel whose webview records what the host posts and lets the test send what a page would. */
function fakePanel() {
  let listener: ((message: unknown) => void) | undefined;
  const posted: unknown[] = [];
  const webview = {
    options: {},
    html: '',
    cspSource: 'vscode-webview://fake',
    asWebviewUri: (uri: { toString(): string }) => uri,
    onDidReceiveMessage: (l: (message: unknown) => void) => {
      listener = l;
      return { dispose: () => (listener = undefined) };
    },
    postMessage: (message: unknown) => {
      posted.push(message);
      return Promise.resolve(true);
    },
  };
  const panel = { title: 'Test', webview } as unknown as vscode.WebviewPanel;
  const send = async (message: unknown) => {
    listener?.(message);
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  return { panel, posted, send };
}

describe('panel host: messages from the page', () => {
  function host() {
    const fake = fakePanel();
    const extensionUri = { path: '/ext', fsPath: '/ext', toString: () => 'file:///ext' } as unknown as vscode.Uri;
    const log = fakeLogChannel() as unknown as vscode.LogOutputChannel;
    const panelHost = new PanelHost<{ subject: string }, ToHost>(fake.panel, extensionUri, {
      bundle: 'test',
      schema,
      init: { subject: 's' },
      handle: async (message) => ({ page: message.type === 'request' ? message.page : 0 }),
    }, log);
    return { ...fake, panelHost };
  }

  it('answers ready with init and a valid request with its result, matched by id', async () => {
    const { send, posted, panelHost } = host();
    await send({ type: 'ready' });
    await send({ type: 'request', id: 3, method: 'page', page: 2 });
    assert.deepEqual(posted, [{ type: 'init', init: { subject: 's' } }, { type: 'reply', id: 3, ok: true, result: { page: 2 } }]);
    assert.equal(panelHost.answered, 1);
  });

  it('refuses a malformed request with an error reply, so the page stops waiting, and runs nothing', async () => {
    const { send, posted, panelHost } = host();
    await send({ type: 'request', id: 9, method: 'page', page: 0 });
    await send({ type: 'request', id: 10, method: 'delete' });
    assert.equal(panelHost.rejected, 2);
    assert.equal(panelHost.answered, 0);
    assert.deepEqual(posted.map((m) => [(m as { id: number }).id, (m as { ok: boolean }).ok]), [[9, false], [10, false]]);
    assert.match((posted[0] as { error: string }).error, /malformed/);
  });

  it('answers nothing to a message that is no request or carries no usable id', async () => {
    const { send, posted, panelHost } = host();
    for (const bad of [null, 'text', { type: 'openLink', url: 'javascript:alert(1)' }, { type: 'request', id: -1, method: 'page', page: 1 }]) await send(bad);
    assert.equal(panelHost.rejected, 4);
    assert.deepEqual(posted, []);
  });

  it('drops a reply that finishes after the panel closed', async () => {
    const { panelHost } = host();
    panelHost.dispose();
    assert.equal(await panelHost.post({ type: 'reply', id: 1, ok: true, result: null }), false);
  });
});
