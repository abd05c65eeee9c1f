import * as path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { VIEWPORT } from '../../../scripts/host/chromium';
import type { RunningCodeServer } from '../../../scripts/host/codeServer';
import { REPO_ROOT } from '../../../scripts/host/versions';
import { workbenchUrl } from '../../../scripts/host/workbenchUrl';
import { SCREENSHOT_DIR, rig } from './rig';

/**
 * Where a window opens: a host with an extension folder loaded as under development (this
 * repository, or a build of it elsewhere) — the shared host (rig.ts) unless `server`/`folder` name
 * one of the scenario's own — or, without `extensionFolder`, a host of the scenario's own on its
 * folder, running only the extensions installed in it.
 */
export type WindowTarget =
  | { readonly extensionFolder: string; readonly server?: RunningCodeServer; readonly folder?: string }
  | { readonly extensionFolder?: undefined; readonly server: RunningCodeServer; readonly folder: string };

/** How long the UI may take for one step (a workbench load is 5–9 s, a command a second or two). */
const STEP_MS = 30_000;

/** How the browser window is set up; by default VIEWPORT at the display's own scale, in English. */
export interface WindowOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Device pixels per CSS pixel: 1 keeps pictures meant for committing small. */
  readonly deviceScaleFactor?: number;
  /** The browser's language (navigator.language), e.g. "zh-CN". */
  readonly locale?: string;
}

/** What a screenshot shows: the whole window by default, one element's box, or a region of the window. */
export interface ScreenshotOptions {
  readonly of?: Locator;
  readonly clip?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/**
 * One browser window on the shared host with the extension under development loaded, and the
 * things a user does in it. Each scenario opens its own (a fresh browser profile: no secrets, no
 * UI state) and names its screenshots after itself.
 */
export class Workbench {
  /** Every window still open, so a failed test can be pictured (see hooks.ts). */
  static readonly windows = new Set<Workbench>();
  private step = 0;

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly scenario: string,
  ) {}

  /**
   * Opens a window on `target`: by default the shared host with this repository under development;
   * `server`/`folder` put the extension under development on a host of the scenario's own (e.g. in
   * another display language); without `extensionFolder` the window runs only what that host has
   * installed. `window` sets the browser window (size, pixel density, browser language).
   */
  static async open(scenario: string, target: WindowTarget = { extensionFolder: REPO_ROOT }, window: WindowOptions = {}): Promise<Workbench> {
    const { browser } = rig();
    const server = target.server ?? rig().server;
    const folder = target.folder ?? rig().workspace.dir;
    const context = await browser.newContext({
      viewport: window.viewport ?? VIEWPORT,
      ...(window.deviceScaleFactor === undefined ? {} : { deviceScaleFactor: window.deviceScaleFactor }),
      ...(window.locale === undefined ? {} : { locale: window.locale }),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    await page.goto(
      target.extensionFolder !== undefined
        ? workbenchUrl(server.url, server.authority, folder, { extensionDevelopmentPath: target.extensionFolder })
        : workbenchUrl(server.url, server.authority, folder),
    );
    await page.locator('.monaco-workbench').waitFor();
    const workbench = new Workbench(page, context, scenario);
    Workbench.windows.add(workbench);
    return workbench;
  }

  /** test-results/screenshots/<scenario>-<n>-<step>.png */
  async screenshot(step: string, options: ScreenshotOptions = {}): Promise<string> {
    this.step += 1;
    const file = path.join(SCREENSHOT_DIR, `${this.scenario}-${String(this.step).padStart(2, '0')}-${step}.png`);
    if (options.of) await options.of.screenshot({ path: file });
    else await this.page.screenshot({ path: file, ...(options.clip ? { clip: options.clip } : {}) });
    return file;
  }

  /**
   * Runs a context-menu entry of `target`. The entry is hovered and taken with Enter rather than
   * clicked: on a loaded machine a click can land while the menu is still animating in and be
   * lost, leaving the menu open, whereas a hovered entry is the menu's selection for certain.
   */
  async contextMenu(target: Locator, entry: string): Promise<void> {
    await target.click({ button: 'right' });
    const item = this.page.locator('.monaco-menu .action-label', { hasText: entry }).first();
    await item.waitFor();
    await item.hover();
    await this.page.locator('.monaco-menu .action-item.focused .action-label', { hasText: entry }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** The activity-bar entry of a view container, by its title. */
  activityBarItem(title: string): Locator {
    return this.page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`).first();
  }

  /**
   * Opens a view container from the activity bar, as a click would, and returns its sidebar once
   * its views stopped loading (opening it may be what activates the extension).
   */
  async openSidebar(title: string): Promise<Locator> {
    await this.activityBarItem(title).click();
    const sidebar = this.page.locator('.part.sidebar');
    await sidebar.locator('.composite.title', { hasText: title }).waitFor();
    await this.idle(sidebar);
    return sidebar;
  }

  /** A view in the sidebar (header and body), by the name its header shows. */
  viewPane(name: string): Locator {
    const header = this.page.locator('.pane-header h3.title', { hasText: new RegExp(`^${name}$`) });
    return this.page.locator('.part.sidebar .pane', { has: header }).first();
  }

  /** Waits until no progress bar runs inside `scope`. */
  async idle(scope: Locator): Promise<void> {
    await scope.locator('.monaco-progress-container:not(.done)').first().waitFor({ state: 'detached' });
  }

  /**
   * Runs a command from the Command Palette by its full title ("Category: Title"), as a user
   * would: F1, type, click the command's row. With `screenshot`, a picture of the palette is taken
   * just before the click.
   */
  async runCommand(title: string, screenshot?: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    // The row whose label is exactly the title: the first row may be a closer fuzzy match
    // ("Markdown: Open as Preview" for "Markdown: Open Preview"), and until the list has caught up
    // with the filter, Enter would run whatever was focused before. (The row's aria-label is no
    // key: it adds keybindings and "recently used".)
    const label = this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) });
    const row = this.page.locator('.quick-input-list .monaco-list-row', { has: label }).first();
    await row.waitFor();
    if (screenshot) await this.screenshot(screenshot);
    await row.click();
  }

  /**
   * Runs Set Credentials and enters an API key as a user would: picks the kind, waits for the key's
   * own step (typing while the kind picker is still closing would go into its filter), types, Enter.
   */
  async enterApiKey(key: string): Promise<void> {
    await this.runCommand('Synapse Lens: Set Credentials…');
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: 'API key' }).first().click();
    await this.page.locator('.quick-input-title', { hasText: 'Set Credentials: API key' }).waitFor();
    const input = this.page.locator('.quick-input-widget input.input').first();
    await input.fill(key);
    await input.press('Enter');
  }

  /**
   * Opens the Notification Center and returns the notification matching `text`, expanded so its
   * whole message shows. The smoke-test driver the rig needs suppresses toasts, so the center is
   * where a user's messages are read. The center hides itself whenever it becomes empty — as when
   * a command's progress notification ends just before its result is posted — so it is reopened
   * until the message is there.
   */
  async notification(text: RegExp): Promise<Locator> {
    const center = this.page.locator('.notifications-center.visible');
    const item = center.locator('.monaco-list-row', { hasText: text }).first();
    const deadline = Date.now() + STEP_MS;
    while (!(await item.isVisible())) {
      if (Date.now() > deadline) {
        const shown = (await center.isVisible()) ? await center.locator('.monaco-list-row').allInnerTexts() : [];
        throw new Error(`no notification matching ${String(text)} within ${STEP_MS / 1000} s; shown: ${JSON.stringify(shown)}`);
      }
      if (!(await center.isVisible())) await this.runCommand('Notifications: Show Notifications');
      await this.page.waitForTimeout(250);
    }
    await this.idle(center);
    const expand = item.locator('.codicon-notifications-expand');
    if (await expand.count()) await expand.click();
    return item.locator('.notification-list-item-message');
  }

  /** "Developer: Reload Window", as a user runs it; resolves when the reloaded workbench shows Synapse Lens again. */
  async reload(): Promise<void> {
    const page = this.page;
    const reloaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
    await this.runCommand('Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor();
    await this.activityBarItem('Synapse Lens').waitFor();
  }

  async close(): Promise<void> {
    Workbench.windows.delete(this);
    await this.context.close();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
