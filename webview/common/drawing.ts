// Structure drawings in a webview: the ink for the theme, and the SVG text RDKit made turned into
// an <img> data: URL, so the SVG is never markup in the page (CSP: img-src data:).
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
