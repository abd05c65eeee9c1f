// `npm run icon`: renders the marketplace icon (package.json's `icon`, a 128×128 PNG) from its source
// drawing scripts/icon/icon.svg, in the same headless Chromium the real-host tests drive. Run it after
// changing the drawing and commit both files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from '../host/chromium';
import { runHostScript } from '../host/faults';
import { REPO_ROOT } from '../host/versions';

const SIZE = 128;
const SOURCE = path.join(REPO_ROOT, 'scripts', 'icon', 'icon.svg');
const TARGET = path.join(REPO_ROOT, 'media', 'icon.png');

runHostScript(async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    const svg = fs.readFileSync(SOURCE, 'utf8');
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    // omitBackground keeps the tile's rounded corners transparent.
    await page.locator('svg').screenshot({ path: TARGET, omitBackground: true });
  } finally {
    await browser.close();
  }
  console.log(`${path.relative(REPO_ROOT, TARGET)}: ${SIZE}×${SIZE} PNG rendered from ${path.relative(REPO_ROOT, SOURCE)}`);
  return 0;
});
