import * as assert from 'node:assert/strict';
import type { PapersActions, PapersView } from '../../../webview/papers/render';
import { renderPapers } from '../../../webview/papers/render';
import type { SequencesView } from '../../../webview/sequences/render';
import { renderSequences } from '../../../webview/sequences/render';
import { paper, sequencePatent } from './builders';
import { newPage } from './dom';

const actions: PapersActions = { setQuery: () => undefined, openLink: () => undefined, exportAs: () => undefined };
const loaded = (page: number): PapersView => ({
  structure: { structure: 'KEY' }, drawing: undefined, query: { page, rows: 1, sortOrder: 'desc', lang: 'EN' }, page: { items: [paper({ id: `p${page}` })], total: 5, hasNext: page < 5 }, error: undefined,
});
const loading = (page: number): PapersView => ({ ...loaded(page), page: undefined });

/**
 * Focuses the control labelled `key`. The component tags are unregistered here, so they get the
 * tabindex the real components give themselves.
 */
function focusControl(root: HTMLElement, key: string): HTMLElement {
  const node = root.querySelector(`[data-focus-key="${key}"]`) as HTMLElement;
  node.setAttribute('tabindex', '0');
  node.focus();
  return node;
}

/** Records every element focus() is called on (unregistered tags ignore the call itself). */
function watchFocusCalls(doc: Document): HTMLElement[] {
  const calls: HTMLElement[] = [];
  const proto = (doc.defaultView as unknown as { HTMLElement: { prototype: HTMLElement } }).HTMLElement.prototype;
  const original = proto.focus;
  proto.focus = function (this: HTMLElement, options?: FocusOptions) {
    calls.push(this);
    original.call(this, options);
  };
  return calls;
}

describe('panels keep keyboard focus across re-renders', () => {
  it('gives focus back to "Next" once the next page has loaded, through the loading render', () => {
    const { doc, root } = newPage();
    renderPapers(doc, root, loaded(1), actions);
    const old = focusControl(root, 'Next');
    assert.equal(doc.activeElement, old);
    const calls = watchFocusCalls(doc);
    renderPapers(doc, root, loading(2), actions); // no pager while the page loads
    assert.equal(calls.length, 0);
    renderPapers(doc, root, loaded(2), actions);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.getAttribute('data-focus-key'), 'Next');
    assert.ok(calls[0]?.isConnected && calls[0] !== old, 'the new Next button, not the replaced one');
  });

  it('restores focus to the dropdown a choice was made in', () => {
    const { doc, root } = newPage();
    renderPapers(doc, root, loaded(2), actions);
    const old = focusControl(root, 'Sort');
    const calls = watchFocusCalls(doc);
    renderPapers(doc, root, loaded(1), actions);
    assert.deepEqual(calls.map((n) => n.getAttribute('data-focus-key')), ['Sort']);
    assert.ok(calls[0] !== old && calls[0]?.isConnected);
  });

  it('gives the sequence patents panel\'s "Next" and "Claimed only" their focus back too', () => {
    const { doc, root } = newPage();
    const sequences = (page: number, claimedOnly: boolean, loadedPage = true): SequencesView => ({
      seqId: '834879', query: { page, size: 20 }, filters: { claimedOnly }, error: undefined, notice: undefined,
      page: loadedPage ? { items: [sequencePatent()], total: 250, hasNext: page < 13 } : undefined,
    });
    const noop = { setQuery: () => undefined, setFilters: () => undefined, exportAs: () => undefined };
    const calls = watchFocusCalls(doc);
    const restoredBy = (render: () => void) => {
      calls.length = 0;
      render();
      assert.ok(calls.every((n) => n.isConnected), 'a control of the newest render');
      return calls.map((n) => n.getAttribute('data-focus-key'));
    };
    renderSequences(doc, root, sequences(1, false), noop);
    focusControl(root, 'Next');
    assert.deepEqual(restoredBy(() => renderSequences(doc, root, sequences(2, false, false), noop)), [], 'no pager while the page loads');
    assert.deepEqual(restoredBy(() => renderSequences(doc, root, sequences(2, false), noop)), ['Next']);
    focusControl(root, 'Claimed only');
    assert.deepEqual(restoredBy(() => renderSequences(doc, root, sequences(2, true), noop)), ['Claimed only']);
  });

  it('leaves focus alone when it is outside the panel\'s content', () => {
    const { doc, root } = newPage();
    const outside = doc.createElement('button');
    doc.body.append(outside);
    renderPapers(doc, root, loaded(1), actions);
    outside.focus();
    const calls = watchFocusCalls(doc);
    renderPapers(doc, root, loaded(2), actions);
    assert.equal(calls.length, 0);
    assert.equal(doc.activeElement, outside);
  });
});
