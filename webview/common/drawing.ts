// Structure drawings in a webview: the ink for the theme, and the SVG text RDKit made turned into
// an <img> data: URL, so the SVG is never markup in the page (CSP: img-src data:).
import * as l10n from '@vscode/l10n';
import { webviewText } from '../../src/protocol/inertText';
import { el } from './dom';

export type DrawingInk = 'light' | 'dark';

/** VS Code marks the webview's body with the theme kind; high-contrast dark counts as dark. */
export function inkFor(bodyClass: string): DrawingInk {
  const classes = bodyClass.split(/\s+/);
  return classes.includes('vscode-dark') || classes.includes('vscode-high-contrast') ? 'dark' : 'light';
}

export function drawingUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Calls `changed` with the new ink whenever the user switches to a theme of the other kind. */
export function watchInk(doc: Document, changed: (ink: DrawingInk) => void): void {
  let ink = inkFor(doc.body.className);
  new MutationObserver(() => {
    const now = inkFor(doc.body.className);
    if (now !== ink) changed((ink = now));
  }).observe(doc.body, { attributes: true, attributeFilter: ['class'] });
}

export interface DrawingLook {
  /** The <img>'s class, its size in px, and its alt text and tooltip (shown as text). */
  readonly imgClass: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  readonly title?: string;
  /** Added to the class of the word shown in the drawing's place ("Drawing…", "Cannot draw"). */
  readonly placeClass?: string;
}

/** A drawing as an <img> of a data: URL, "Drawing…" while it is on its way, or "Cannot draw" with the reason as its tooltip. */
export function drawingElement(doc: Document, drawing: { readonly svg?: string; readonly problem?: string } | 'pending' | undefined, look: DrawingLook): HTMLElement {
  const place = (cls: string) => [cls, look.placeClass].filter(Boolean).join(' ');
  if (drawing === undefined || drawing === 'pending') return el(doc, 'span', { className: place('muted'), text: l10n.t('Drawing…') });
  if (drawing.svg === undefined) {
    return el(doc, 'span', { className: place('drawing-problem'), text: l10n.t('Cannot draw'), attrs: { title: drawing.problem ?? l10n.t('No drawing') } });
  }
  const img = doc.createElement('img');
  img.className = look.imgClass;
  img.width = look.width;
  img.height = look.height;
  img.alt = webviewText(look.alt);
  if (look.title !== undefined) img.title = webviewText(look.title);
  img.src = drawingUrl(drawing.svg);
  return img;
}
