import * as assert from 'node:assert/strict';
import { contrastRatio, effectiveBackground, parseColor, sameColor } from '../../support/contrast';

describe('WCAG contrast from computed colours (used by the theming e2e test)', () => {
  it('reads the colour forms getComputedStyle reports', () => {
    assert.deepEqual(parseColor('rgb(255, 0, 10)'), { r: 255, g: 0, b: 10, a: 1 });
    assert.deepEqual(parseColor('rgba(1, 2, 3, 0.5)'), { r: 1, g: 2, b: 3, a: 0.5 });
    assert.deepEqual(parseColor('rgb(1 2 3 / 50%)'), { r: 1, g: 2, b: 3, a: 0.5 });
    assert.deepEqual(parseColor('color(srgb 1 0 0.5 / 0.25)'), { r: 255, g: 0, b: 127.5, a: 0.25 });
    assert.equal(parseColor('transparent').a, 0);
  });

  it('refuses a colour it cannot read rather than judging it', () => {
    assert.throws(() => parseColor('oklch(0.5 0.1 120)'), /cannot read the colour/);
    assert.throws(() => parseColor('var(--vscode-foreground)'), /cannot read the colour/);
  });

  it('gives the WCAG ratios: 21 for black on white, about 4.48 for #777 on white', () => {
    const white = parseColor('rgb(255, 255, 255)');
    assert.equal(contrastRatio(parseColor('rgb(0, 0, 0)'), white), 21);
    assert.equal(contrastRatio(white, parseColor('rgb(0, 0, 0)')), 21);
    const grey = contrastRatio(parseColor('rgb(119, 119, 119)'), white);
    assert.ok(grey > 4.47 && grey < 4.49, String(grey));
  });

  it('blends translucent text over its background, so faded text scores lower', () => {
    const black = parseColor('rgb(0, 0, 0)');
    const faded = contrastRatio(parseColor('rgba(255, 255, 255, 0.4)'), black);
    assert.ok(faded < contrastRatio(parseColor('rgb(255, 255, 255)'), black));
    assert.ok(faded > 1 && faded < 5, String(faded));
  });

  it('finds the background behind an element through transparent and translucent layers', () => {
    const bg = effectiveBackground(['rgba(0, 0, 0, 0)', 'rgba(255, 255, 255, 0.5)', 'rgb(0, 0, 0)', 'rgb(9, 9, 9)']);
    assert.ok(sameColor(bg, { r: 127.5, g: 127.5, b: 127.5, a: 1 }));
    assert.throws(() => effectiveBackground(['rgba(0, 0, 0, 0)', 'transparent']), /no opaque background/);
  });
});
