import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { chromiumPath } from './prerequisites';

/**
 * Debian's headless Chromium, driven by playwright-core (Playwright's own browser download cannot
 * be reached here, so never `npx playwright install`). The flags turn off everything that would
 * phone out or need a GPU or a sandboxing kernel feature a container may lack.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One size for every screenshot, so pictures of the same step compare across runs. */
export const VIEWPORT = { width: 1440, height: 900 } as const;
