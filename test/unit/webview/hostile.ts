// Strings an attacker could put in an API answer. Rendering must show each of them as text.
import * as assert from 'node:assert/strict';
import { webviewText } from '../../../src/protocol/inertText';

export const HOSTILE: readonly string[] = [
  '[x](command:workbench.action.terminal.new) $(alert)',
  'zero\u200Bwidth\u2060joined\uFEFF\u200Dtext',
  '<script>globalThis.__pwned = true</script>',
  '<img src=x onerror="globalThis.__pwned = true">',
  '"><svg onload=globalThis.__pwned=1>',
  'javascript:globalThis.__pwned=1',
  '\u202Eevil\u202C \u2066bidi\u2069',
  'x'.repeat(100_000),
];

/** A bidi control or invisible character: none may reach a page. */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\u2060\uFEFF]/;

/**
 * The page's text shows every hostile string as text: whole, without the characters that would
 * reorder or hide it ("\u202Eevil" reads "evil", not "live").
 */
export function assertShownAsText(text: string): void {
  for (const s of HOSTILE) assert.ok(text.includes(webviewText(s)), `shown as text: ${s.slice(0, 40)}`);
  assert.doesNotMatch(text, HIDDEN, 'no bidi control or invisible character reaches the page');
  assert.ok(text.includes('evil'), 'the bidi sample is still there, in reading order');
}

/** An <img> showing a structure drawing: its source is a data: URL of SVG text, nothing else. */
const isDrawing = (e: Element): boolean => e.tagName.toUpperCase() === 'IMG' && /^data:image\/svg\+xml;charset=utf-8,[^<>"]*$/.test(e.getAttribute('src') ?? '');

/**
 * Every element of the rendered tree: none may be a script/img/svg or carry an on* attribute.
 * With `drawings`, an <img> is allowed when it is a structure drawing (an SVG data: URL).
 */
export function assertInert(root: Element, options: { drawings?: boolean } = {}): void {
  const bad = [...root.querySelectorAll('*')].filter((e) =>
    (['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'A'].includes(e.tagName.toUpperCase()) && !(options.drawings && isDrawing(e)))
    || [...e.attributes].some((a) => a.name.startsWith('on')));
  if (bad.length > 0) throw new Error(`unexpected elements: ${bad.map((e) => e.tagName).join(', ')}`);
  if ((globalThis as { __pwned?: unknown }).__pwned !== undefined) throw new Error('hostile code ran');
}
