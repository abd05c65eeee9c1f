// The top of a panel that shows one server page at a time (papers, sequence patents): heading,
// toolbar, the export notice, then either the error with Retry, "Loading…", or nothing, in which
// case the caller draws the page below; and the pager that goes under the page.
import * as l10n from '@vscode/l10n';
import { button } from './controls';
import { clear, el } from './dom';

export interface PagedPanelHead {
  readonly heading: string;
  /** What the heading is about, drawn under it (the paper panel's structure). */
  readonly subject?: Node | undefined;
  readonly toolbar: HTMLElement;
  readonly notice: string | undefined;
  readonly error: string | undefined;
  readonly loaded: boolean;
  /** e.g. "Loading papers…". */
  readonly loadingText: string;
  readonly retry: () => void;
}

/** Clears `root` and draws the head; true when the page is loaded and its content should follow. */
export function drawPagedPanelHead(doc: Document, root: HTMLElement, head: PagedPanelHead): boolean {
  clear(root);
  root.setAttribute('aria-busy', !head.loaded && head.error === undefined ? 'true' : 'false');
  root.append(el(doc, 'h1', { text: head.heading }));
  if (head.subject !== undefined) root.append(head.subject);
  root.append(head.toolbar);
  if (head.notice !== undefined) root.append(el(doc, 'p', { className: 'muted notice', text: head.notice, attrs: { role: 'status' } }));
  if (head.error !== undefined) {
    root.append(el(doc, 'p', { className: 'error', text: head.error, attrs: { role: 'alert' } }), button(doc, l10n.t('Retry'), head.retry));
    return false;
  }
  if (!head.loaded) {
    root.append(el(doc, 'p', { className: 'muted', text: head.loadingText, attrs: { role: 'status' } }));
    return false;
  }
  return true;
}

/** Previous, "Page 2 of 13" (or "Page 2" while the total is unknown), Next: the pager under a page. */
export function pager(doc: Document, page: number, pages: number | undefined, hasNext: boolean, go: (page: number) => void): HTMLElement {
  const bar = el(doc, 'nav', { className: 'pager', attrs: { 'aria-label': l10n.t('Pages') } });
  if (page > 1) bar.append(button(doc, l10n.t('Previous'), () => go(page - 1), true));
  bar.append(el(doc, 'span', { className: 'muted', text: pages === undefined ? l10n.t('Page {0}', page) : l10n.t('Page {0} of {1}', page, pages), attrs: { 'aria-live': 'polite' } }));
  if (hasNext) bar.append(button(doc, l10n.t('Next'), () => go(page + 1), true));
  return bar;
}
