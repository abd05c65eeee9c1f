// Every render replaces the panel's nodes, which would drop keyboard focus to <body> after each
// Enter on "Next" or each choice in a filter. Controls carry a stable data-focus-key (their label);
// the control that had focus gets it back in the new render, or in the first later render that
// has it again (a page's pager only returns once the page has loaded).

const FOCUS_KEY = 'data-focus-key';
const pending = new WeakMap<HTMLElement, string>();

/** Marks a control as the same control across renders. */
export function focusKey(node: HTMLElement, key: string): HTMLElement {
  node.setAttribute(FOCUS_KEY, key);
  return node;
}

export function renderKeepingFocus(doc: Document, root: HTMLElement, render: () => void): void {
  const active = doc.activeElement as HTMLElement | null;
  if (active && active !== doc.body && root.contains(active)) {
    const key = active.closest(`[${FOCUS_KEY}]`)?.getAttribute(FOCUS_KEY);
    if (key) pending.set(root, key);
    else pending.delete(root);
  } else if (active && active !== doc.body && active !== doc.documentElement) {
    // The user has moved on to something outside the panel's content: leave focus alone.
    pending.delete(root);
  }
  render();
  const key = pending.get(root);
  if (key === undefined) return;
  const again = Array.from(root.querySelectorAll<HTMLElement>(`[${FOCUS_KEY}]`)).find((n) => n.getAttribute(FOCUS_KEY) === key);
  if (!again) return;
  pending.delete(root);
  // A component becomes focusable (tabindex) in its first update, which runs after this task.
  const updated = (again as { updateComplete?: Promise<unknown> }).updateComplete;
  const restore = () => {
    const now = doc.activeElement;
    if (again.isConnected && (now === null || now === doc.body || now === doc.documentElement)) again.focus();
  };
  if (updated) void updated.then(restore);
  else restore();
}
