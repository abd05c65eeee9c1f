import * as assert from 'node:assert/strict';
import { milestonesToHostSchema } from '../../../src/protocol/milestones';
import { papersToHostSchema } from '../../../src/protocol/papers';
import { contentSecurityPolicy, newNonce, panelShell } from '../../../src/platform/webviewHtml';
import { connectHost } from '../../../webview/common/host';
import type { PanelProtocol } from '../../../src/protocol/envelope';
import { newPage } from './dom';

describe('panel protocol: validation of messages reaching the host', () => {
  it('accepts the documented messages', () => {
    assert.ok(milestonesToHostSchema.safeParse({ type: 'ready' }).success);
    assert.ok(milestonesToHostSchema.safeParse({ type: 'request', id: 1, method: 'load' }).success);
    assert.ok(milestonesToHostSchema.safeParse({ type: 'crossLink', kind: 'disease', entity: { id: 'a', name: 'b' } }).success);
    assert.ok(papersToHostSchema.safeParse({ type: 'request', id: 2, method: 'page', params: { page: 1, rows: 20, sortOrder: 'asc', lang: 'CN' } }).success);
    assert.ok(papersToHostSchema.safeParse({ type: 'openLink', url: 'https://doi.org/10.1/x' }).success);
  });

  it('rejects anything else', () => {
    for (const bad of [
      null, 'ready', { type: 'nope' }, { type: 'ready', extra: 1 },
      { type: 'request', id: 0, method: 'load' }, { type: 'request', id: 1.5, method: 'load' },
      { type: 'crossLink', kind: 'target', entity: { id: 'a', name: 'b' } },
      { type: 'crossLink', kind: 'disease', entity: { id: '', name: 'b' } },
    ]) assert.equal(milestonesToHostSchema.safeParse(bad).success, false, JSON.stringify(bad));
    for (const bad of [
      { type: 'openLink', url: 'javascript:alert(1)' }, { type: 'openLink', url: 'file:///etc/passwd' },
      { type: 'openLink', url: 'command:workbench.action.quit' },
      { type: 'request', id: 1, method: 'page', params: { page: 0, rows: 20, sortOrder: 'asc', lang: 'EN' } },
      { type: 'request', id: 1, method: 'page', params: { page: 1, rows: 101, sortOrder: 'asc', lang: 'EN' } },
      { type: 'request', id: 1, method: 'page', params: { page: 1, rows: 20, sortOrder: 'asc', lang: 'FR' } },
    ]) assert.equal(papersToHostSchema.safeParse(bad).success, false, JSON.stringify(bad));
  });
});

describe('panel shell: CSP and nonce', () => {
  it('allows only nonce scripts, own styles and own or data: images', () => {
    const csp = contentSecurityPolicy('https://csp.src', 'N0NCE');
    assert.match(csp, /^default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0NCE'(;|$)/);
    assert.match(csp, /style-src https:\/\/csp\.src(;|$)/);
    assert.match(csp, /img-src https:\/\/csp\.src data:(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  it('puts the nonce on the one script and escapes the title', () => {
    const html = panelShell({ cspSource: 'https://c', nonce: 'abc', scriptUri: 'https://c/x.js', styleUris: ['https://c/p.css'], title: '<b>"t"</b>', lang: 'zh-cn' });
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<html lang="zh-cn">/);
    assert.match(html, /<script nonce="abc" src="https:\/\/c\/x\.js"><\/script>/);
    assert.doesNotMatch(html, /<b>/);
    assert.doesNotMatch(html, /style=/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = newNonce();
    assert.notEqual(a, newNonce());
    assert.equal(Buffer.from(a, 'base64').length, 16);
  });
});

describe('webview host connection', () => {
  function fakeApi() {
    const sent: Record<string, unknown>[] = [];
    return { sent, api: { postMessage: (m: unknown) => void sent.push(m as Record<string, unknown>), getState: () => undefined, setState: () => undefined } };
  }

  it('sends ready, resolves init and matches replies to requests by id', async () => {
    const { win } = newPage();
    const { sent, api } = fakeApi();
    type Requests = { type: 'request'; id: number; method: 'x' } | { type: 'request'; id: number; method: 'y' };
    // The protocol types each method's result, so the caller names no reply type.
    const host = connectHost<PanelProtocol<{ a: number }, Requests, { x: string; y: string }>>(api, win as unknown as Window);
    assert.deepEqual(sent, [{ type: 'ready' }]);
    const post = (data: unknown) => win.dispatchEvent(new win.MessageEvent('message', { data }));
    post({ type: 'init', init: { a: 1 } });
    assert.deepEqual(await host.init, { a: 1 });
    const first: Promise<string> = host.request({ method: 'x' });
    const second = host.request({ method: 'y' });
    assert.deepEqual(sent.slice(1), [{ method: 'x', type: 'request', id: 1 }, { method: 'y', type: 'request', id: 2 }]);
    post({ type: 'reply', id: 2, ok: false, error: 'no' });
    post({ type: 'reply', id: 1, ok: true, result: 'yes' });
    assert.equal(await first, 'yes');
    await assert.rejects(second, /no/);
  });
});
