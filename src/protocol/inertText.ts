// Text from the PatSnap service or from a file is shown as text, on every surface: it may not bring
// links, commands, icons or markup of its own, and it may not hide or reorder what the user reads.
// Pure and free of `vscode`, so the extension host and the webviews share this one reading.
// Each surface renders something different, hence one helper per surface (see
// src/platform/inertSurfaces.ts for the VS Code objects built from them).

/**
 * Format characters (Unicode Cf): the bidi embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069), the marks U+200E/200F and U+061C, the zero-width characters (U+200B–200D, U+2060,
 * U+FEFF), the invisible operators, soft hyphen and the tag characters. None is visible; each can
 * reorder or hide what is read ("\u202Eevil" shows as "live"), so they are dropped for display.
 */
const FORMAT = /\p{Cf}/gu;
/** C0 and C1 controls other than tab and line feed, and the Unicode line/paragraph separators. */
const CONTROL = /[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

export interface InertOptions {
  /** Keep line feeds and tabs (tooltips, webviews); otherwise every line break becomes a space. */
  readonly multiline?: boolean;
  /** Longest text shown, in characters; longer text ends in "…". */
  readonly maxLength?: number;
}

/** Longest text on a surface that sets no bound of its own: far beyond any real name or title. */
export const MAX_SHOWN_LENGTH = 10_000;

/** Any character the passes below would change; most text has none and skips them. */
const TOUCHED = /[\p{Cf}\p{Cc}\u2028\u2029]/u;

/** `text` without invisible or reordering characters, control characters shown as spaces. */
export function inertText(text: string, options: InertOptions = {}): string {
  const max = options.maxLength ?? MAX_SHOWN_LENGTH;
  if (!TOUCHED.test(text)) return truncate(text, max);
  let out = text.replace(LINE_BREAKS, '\n').replace(FORMAT, '').replace(CONTROL, ' ');
  if (!options.multiline) out = out.replace(/[\n\t]/g, ' ');
  return truncate(out, max);
}

/** Cuts at a code point boundary, so a cut never leaves half a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/** Notification messages are one paragraph; longer text belongs in the log. */
export const NOTIFICATION_MAX = 500;
/** Tree labels and descriptions, quick pick lines and the status bar are one short line. */
export const LABEL_MAX = 200;
export const TOOLTIP_MAX = 2_000;

/**
 * For showInformationMessage/showWarningMessage/showErrorMessage. VS Code turns
 * `[label](command:…)`, `[label](https://…)` and `[label](file:…)` in a notification into a live
 * link; a space between `]` and `(` leaves the text readable and no longer a link. Notifications
 * draw `$(icon)` as the literal text, so it needs nothing.
 */
export function notificationText(text: string): string {
  return inertText(text, { maxLength: NOTIFICATION_MAX }).replace(/\]\(/g, '] (');
}

/**
 * Tree item labels and descriptions given as plain strings: VS Code draws them as text (no
 * Markdown, no icons), so what remains is the one-line, visible-characters-only form.
 */
export function labelText(text: string): string {
  return inertText(text, { maxLength: LABEL_MAX });
}

/** A plain-string tooltip (tree items, status bar): text on several lines. */
export function tooltipText(text: string): string {
  return inertText(text, { multiline: true, maxLength: TOOLTIP_MAX });
}

/**
 * Quick pick labels, descriptions and details and status bar text render `$(name)` as an icon.
 * VS Code's own escape, a backslash before the `$`, makes it show as the literal text.
 */
export function iconFreeText(text: string, maxLength = LABEL_MAX): string {
  return inertText(text, { maxLength }).replace(/\$\([A-Za-z0-9-]+(?:~[A-Za-z0-9-]*)?\)/g, (icon) => `\\${icon}`);
}

/**
 * Untrusted text inside Markdown we write (hovers, Markdown tooltips): every ASCII punctuation
 * character is backslash-escaped (CommonMark allows it), so no link, image, HTML, emphasis or
 * `$(icon)` can form, and line breaks are flattened so no block structure can either.
 */
export function markdownText(text: string, maxLength = TOOLTIP_MAX): string {
  return inertText(text, { maxLength }).replace(/[!-/:-@[-`{-~]/g, (ch) => `\\${ch}`);
}

/**
 * For a webview's textContent, title and aria attributes: lines are kept, nothing hides. A page
 * lays out long text itself (an abstract, a SMILES), so nothing is cut.
 */
export function webviewText(text: string): string {
  return inertText(text, { multiline: true, maxLength: Number.POSITIVE_INFINITY });
}
