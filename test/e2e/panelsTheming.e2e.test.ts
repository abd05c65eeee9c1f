import * as assert from 'node:assert/strict';
import { contrastRatio, effectiveBackground, parseColor, sameColor } from '../support/contrast';
import type { Rgba } from '../support/contrast';
import { PANEL_CASES, openPanel, showIn } from './support/panelCases';
import { THEMES, useTheme } from './support/themes';
import { focusLog, measureText, startFocusLog } from './support/webview';
import type { FocusRecord } from './support/webview';
import { Workbench } from './support/workbench';

/** WCAG 2 AA for body text, and for the focus ring against the page (non-text contrast). */
const MIN_TEXT_CONTRAST = 4.5;
const MIN_RING_CONTRAST = 3;
/** How many controls from the top of each panel get their focus ring checked in every theme. */
const RING_CHECKS = 14;

/**
 * A focused control shows a ring: an outline, or a border in the theme's focus colour. Returns
 * the ring colour that stands out best against `background`, or undefined when there is none.
 */
function ringOf(record: FocusRecord, background: Rgba): { color: string; contrast: number } | undefined {
  const focusBorder = parseColor(record.focusBorder);
  const colours = record.looks.flatMap((look) => [
    ...look.outlines.filter((o) => o.style !== 'none' && parseFloat(o.width) > 0).map((o) => o.color),
    ...look.borders.filter((b) => focusBorder.a > 0 && sameColor(parseColor(b), focusBorder)),
  ]).filter((c) => parseColor(c).a > 0);
  const rated = colours.map((color) => ({ color, contrast: contrastRatio(parseColor(color), background) }));
  return rated.sort((a, b) => b.contrast - a.contrast)[0];
}

describe('Panels: readable in dark, light and both high-contrast themes, with visible focus', () => {
  let workbench: Workbench;
  let restoreTheme: (() => void) | undefined;

  before(async () => {
    workbench = await Workbench.open('panels-theming');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    for (const panel of PANEL_CASES) await openPanel(workbench.page, panel, (title) => workbench.runCommand(title));
  });

  after(async () => {
    restoreTheme?.();
    await workbench?.close();
  });

  for (const theme of THEMES) {
    describe(theme.name, () => {
      before(() => {
        restoreTheme?.();
        restoreTheme = useTheme(theme);
      });

      for (const panel of PANEL_CASES) {
        it(`${panel.name}: text contrast is at least ${MIN_TEXT_CONTRAST}:1`, async () => {
          const frame = await showIn(workbench.page, panel, theme);
          await workbench.screenshot(`${panel.name}-${theme.tag}`);
          const measured = await measureText(frame, panel.textSamples);
          const problems: string[] = [];
          panel.textSamples.forEach((sample, i) => {
            const m = measured[i];
            if (!m) {
              problems.push(`${sample.name} (${sample.selector}): not on the page`);
              return;
            }
            const ratio = contrastRatio(parseColor(m.color), effectiveBackground(m.backgrounds));
            if (ratio < MIN_TEXT_CONTRAST) problems.push(`${sample.name} "${m.text}": ${ratio.toFixed(2)}:1 (${m.color} on ${m.backgrounds.join(' < ')})`);
          });
          assert.deepEqual(problems, [], `low contrast in ${theme.name}`);
        });

        it(`${panel.name}: focused controls show a focus ring`, async () => {
          const frame = await showIn(workbench.page, panel, theme);
          const labels = await startFocusLog(frame);
          await frame.locator('main#app > h1').click();
          const wanted = Math.min(RING_CHECKS, labels.length);
          for (let i = 0; i < wanted * 3 && (await focusLog(frame)).length < wanted; i++) await workbench.page.keyboard.press('Tab');
          const records = (await focusLog(frame)).slice(0, wanted);
          assert.equal(records.length, wanted, `Tab reached ${records.length} of the first ${wanted} controls`);
          const page = (await measureText(frame, [{ name: 'page', selector: 'main#app' }]))[0];
          assert.ok(page);
          const background = effectiveBackground(page.backgrounds);
          const problems: string[] = [];
          for (const record of records) {
            const ring = ringOf(record, background);
            if (!ring) problems.push(`${record.label}: no outline and no focus-coloured border`);
            else if (ring.contrast < MIN_RING_CONTRAST) problems.push(`${record.label}: focus ring ${ring.color} is ${ring.contrast.toFixed(2)}:1 against the page`);
          }
          assert.deepEqual(problems, [], `focus rings in ${theme.name}`);
        });
      }
    });
  }
});
