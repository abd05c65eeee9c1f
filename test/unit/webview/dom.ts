// A fresh happy-dom page for each test; the webview code takes the document as a parameter.
// happy-dom is an ES module, so it is loaded with import() once, before the tests run.
import type { Window as HappyWindow } from 'happy-dom' with { 'resolution-mode': 'import' };

let WindowClass: typeof HappyWindow | undefined;

before(async () => {
  WindowClass = (await import('happy-dom')).Window;
});

export function newPage(): { win: HappyWindow; doc: Document; root: HTMLElement } {
  if (!WindowClass) throw new Error('happy-dom not loaded yet');
  const win = new WindowClass({ url: 'https://webview.test/' });
  const doc = win.document as unknown as Document;
  const root = doc.createElement('main');
  doc.body.append(root);
  return { win, doc, root };
}
