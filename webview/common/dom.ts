// Text-only DOM building. Every API string reaches the page through textContent or a text node,
// never through markup, so a `<script>` in a paper title is shown, not run; and through
// webviewText, so bidi controls and invisible characters cannot reorder or hide what is read.
import { webviewText } from '../../src/protocol/inertText';

export interface ElOptions {
  readonly className?: string;
  readonly text?: string;
  /** Set with setAttribute; callers never pass API strings as attribute names. */
  readonly attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  options: ElOptions = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) setText(node, options.text);
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, webviewText(value));
  for (const child of children) node.append(typeof child === 'string' ? doc.createTextNode(webviewText(child)) : child);
  return node;
}

/** The one way text is put into an element: as text, with nothing hidden or reordered. */
export function setText(node: Node, text: string): void {
  node.textContent = webviewText(text);
}

/** Removes every child: the text-only way to clear a container. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
