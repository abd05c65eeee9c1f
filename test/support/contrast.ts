// WCAG 2 contrast from the colours a browser's getComputedStyle reports. The e2e tests read the
// computed colours inside a webview and judge them here, in Node, where this logic is unit tested.

export interface Rgba { readonly r: number; readonly g: number; readonly b: number; readonly a: number }

/**
 * Parses a computed colour: `rgb(r, g, b)`, `rgba(r, g, b, a)`, the space-separated forms, and
 * `color(srgb r g b / a)` (0–1 channels). Anything else throws, so a test never judges a colour it
 * did not understand.
 */
export function parseColor(text: string): Rgba {
  const s = text.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha(rgb[4]) };
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*(?:\/\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (srgb) return { r: Number(srgb[1]) * 255, g: Number(srgb[2]) * 255, b: Number(srgb[3]) * 255, a: alpha(srgb[4]) };
  throw new Error(`cannot read the colour ${JSON.stringify(text)}`);
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** `top` drawn over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * The colour behind an element: its own and its ancestors' backgrounds, listed innermost first,
 * composited from the first opaque one inwards. Throws when none is opaque (nothing to judge).
 */
export function effectiveBackground(innermostFirst: readonly string[]): Rgba {
  const layers = innermostFirst.map(parseColor);
  const base = layers.findIndex((c) => c.a >= 1);
  if (base < 0) throw new Error(`no opaque background among ${JSON.stringify(innermostFirst)}`);
  let colour = layers[base] as Rgba;
  for (let i = base - 1; i >= 0; i--) colour = over(layers[i] as Rgba, colour);
  return colour;
}

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio (1–21) of text in `foreground` (alpha-blended) over an opaque `background`. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const fg = foreground.a < 1 ? over(foreground, background) : foreground;
  const [hi, lo] = [relativeLuminance(fg), relativeLuminance(background)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function sameColor(a: Rgba, b: Rgba): boolean {
  return Math.abs(a.r - b.r) < 1 && Math.abs(a.g - b.g) < 1 && Math.abs(a.b - b.b) < 1 && Math.abs(a.a - b.a) < 0.01;
}
