// Reaching into a panel's webview from Playwright: finding its content frame, and reading what a
// user would perceive there (computed colours, focus order, focus rings). Functions passed to
// frame.evaluate() run in the page, so they are self-contained and use only the small slice of
// the DOM typed below (the e2e tests compile without the DOM library).
import type { Frame, Locator, Page } from 'playwright-core';

/** The content frame of the webview whose `h1` matches `heading`; webviews sit in nested iframes. */
export async function panelFrame(page: Page, heading: RegExp, timeoutMs = 60_000): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      const hit = await frame.locator('main#app > h1', { hasText: heading }).count().catch(() => 0);
      if (hit > 0) return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no webview frame shows a heading matching ${String(heading)}`);
}

interface PageStyle {
  readonly color: string;
  readonly backgroundColor: string;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly outlineColor: string;
  readonly borderTopColor: string;
  readonly borderBottomColor: string;
  readonly borderLeftColor: string;
  readonly display: string;
  readonly visibility: string;
}
interface PageNode {
  readonly tagName: string;
  readonly parentElement: PageNode | null;
  readonly shadowRoot: { querySelector(s: string): PageNode | null; querySelectorAll(s: string): ArrayLike<PageNode> } | null;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  getClientRects(): ArrayLike<unknown>;
  closest(selector: string): PageNode | null;
  append(node: PageNode): void;
  remove(): void;
  readonly style: { setProperty(name: string, value: string): void };
}
interface PageGlobals {
  readonly document: {
    querySelector(s: string): PageNode | null;
    querySelectorAll(s: string): ArrayLike<PageNode>;
    createElement(tag: string): PageNode;
    readonly body: PageNode;
    readonly activeElement: PageNode | null;
    addEventListener(type: string, listener: (event: { target: PageNode }) => void): void;
  };
  getComputedStyle(node: PageNode): PageStyle;
  setTimeout(fn: () => void, ms: number): unknown;
  __focusLog?: FocusRecord[];
}

/** A text sample: what to measure (`shadow` is a part inside the element's shadow root). */
export interface TextSample {
  readonly name: string;
  readonly selector: string;
  readonly shadow?: string;
}

export interface MeasuredText {
  readonly name: string;
  readonly text: string;
  readonly color: string;
  /** Background colours from the element outwards to <html>. */
  readonly backgrounds: readonly string[];
}

/** Computed text colour and the background chain of the first visible element of each sample. */
export function measureText(frame: Frame, samples: readonly TextSample[]): Promise<(MeasuredText | undefined)[]> {
  return frame.evaluate((list) => {
    const g = globalThis as unknown as PageGlobals;
    const visible = (n: PageNode) => n.getClientRects().length > 0 && g.getComputedStyle(n).visibility !== 'hidden';
    return list.map((sample) => {
      const host = Array.from(g.document.querySelectorAll(sample.selector)).find(visible);
      if (!host) return undefined;
      const target = sample.shadow ? host.shadowRoot?.querySelector(sample.shadow) ?? host : host;
      const backgrounds: string[] = [];
      const climb = (from: PageNode) => {
        for (let n: PageNode | null = from; n; n = n.parentElement) backgrounds.push(g.getComputedStyle(n).backgroundColor);
      };
      // Up through the shadow root to its host, then through the light DOM to <html>.
      if (target !== host) climb(target);
      climb(host);
      return { name: sample.name, text: (host.textContent ?? '').trim().slice(0, 60), color: g.getComputedStyle(target).color, backgrounds };
    });
  }, samples);
}

/** The focus-relevant styles of a control and its rendered shadow parts at one moment. */
export interface FocusLook {
  readonly outlines: readonly { readonly style: string; readonly width: string; readonly color: string }[];
  readonly borders: readonly string[];
}

/** What a control looked like while it had keyboard focus. */
export interface FocusRecord {
  readonly index: string;
  readonly tag: string;
  readonly label: string;
  /** Right at focus, and again once components have re-rendered (if it still has focus then). */
  readonly looks: readonly FocusLook[];
  /** --vscode-focusBorder as a computed colour. */
  readonly focusBorder: string;
}

/** The controls a keyboard user must be able to reach. */
export const INTERACTIVE = [
  'a[href]', 'button', 'input', 'select', 'textarea', 'summary', '[tabindex]:not([tabindex="-1"])',
  'vscode-button', 'vscode-single-select', 'vscode-textfield', 'vscode-checkbox',
].join(', ');

/**
 * Numbers every visible interactive control (data-kb) and starts logging, for each focus that
 * lands on one, how it looked. Returns the controls' labels in document order.
 */
export function startFocusLog(frame: Frame): Promise<string[]> {
  return frame.evaluate((selector) => {
    const g = globalThis as unknown as PageGlobals;
    const visible = (n: PageNode) => n.getClientRects().length > 0 && g.getComputedStyle(n).visibility !== 'hidden';
    // A control inside another (a button in a summary) is reached through its own entry. Inside a
    // grid, the ARIA pattern is one Tab stop: the other rows' controls are taken out of the Tab
    // order (tabindex -1) and reached with the arrow keys, which each panel's own keyboard cases test.
    const rovingInGrid = (n: PageNode) => n.getAttribute('tabindex') === '-1' && n.closest('[role=grid]') !== null;
    const controls = Array.from(g.document.querySelectorAll(selector)).filter((n) => visible(n) && !rovingInGrid(n));
    const labels = controls.map((n, i) => {
      n.setAttribute('data-kb', String(i));
      return `${n.tagName.toLowerCase()} "${(n.getAttribute('aria-label') ?? n.textContent ?? '').trim().slice(0, 40)}"`;
    });
    const probe = g.document.createElement('span');
    probe.style.setProperty('color', 'var(--vscode-focusBorder)');
    g.document.body.append(probe);
    const focusBorder = g.getComputedStyle(probe).color;
    probe.remove();
    const log: FocusRecord[] = [];
    g.__focusLog = log;
    g.document.addEventListener('focusin', (event) => {
      const node = event.target;
      const index = node.getAttribute('data-kb');
      if (index === null) return;
      // Only rendered parts count: a closed dropdown's option list has styles but shows nothing.
      const look = () => {
        const parts = [node, ...Array.from(node.shadowRoot?.querySelectorAll('*') ?? []).filter((p) => p.getClientRects().length > 0)];
        const styles = parts.map((p) => g.getComputedStyle(p));
        return {
          outlines: styles.map((st) => ({ style: st.outlineStyle, width: st.outlineWidth, color: st.outlineColor })),
          borders: styles.flatMap((st) => [st.borderTopColor, st.borderBottomColor, st.borderLeftColor]),
        };
      };
      const record = { index, tag: node.tagName.toLowerCase(), label: labels[Number(index)] ?? '', looks: [look()], focusBorder };
      log.push(record);
      // Components show focus in their next render.
      g.setTimeout(() => {
        if (g.document.activeElement === node) record.looks.push(look());
      }, 0);
    });
    return labels;
  }, INTERACTIVE);
}

export function focusLog(frame: Frame): Promise<FocusRecord[]> {
  return frame.evaluate(() => (globalThis as unknown as PageGlobals).__focusLog ?? []);
}

/** The theme kind the webview was given (`vscode-dark`, `vscode-high-contrast-light`, …). */
export function themeKind(frame: Frame): Promise<string | null> {
  return frame.locator('body').getAttribute('data-vscode-theme-kind');
}

/** Waits until an image, in the workbench or in a webview, has been decoded into a picture (up to 10 s). */
export async function imageLoaded(img: Locator): Promise<void> {
  await img.waitFor();
  const deadline = Date.now() + 10_000;
  while (!(await img.evaluate((node) => {
    const { complete, naturalWidth } = node as unknown as { complete: boolean; naturalWidth: number };
    return complete && naturalWidth > 0;
  }))) {
    if (Date.now() > deadline) throw new Error('the image did not load within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
