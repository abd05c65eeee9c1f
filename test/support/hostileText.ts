// Strings a server answer or a file could carry to take over a surface that shows them: a command
// link, an icon, bidi overrides, zero-width and control characters, and sheer length.
export const COMMAND_LINK = '[x](command:workbench.action.terminal.new)';
export const ICON = '$(alert)';
export const BIDI = '\u202Eevil\u202C \u2066bidi\u2069 \u200Fmark\u200E \u061Carabic';
export const ZERO_WIDTH = 'zero\u200Bwidth\u200C\u200Djoin\u2060\uFEFFtext';
export const CONTROLS = 'bell\u0007 escape\u001B[31m c1\u0085\u009B next\r\nline\u2028sep';
export const LONG = 'x'.repeat(100_000);

export const HOSTILE_TEXT: readonly string[] = [COMMAND_LINK, ICON, BIDI, ZERO_WIDTH, CONTROLS, LONG];

/** Bidi controls, zero-width and other invisible format characters, C0/C1 controls bar \n and \t. */
export const HIDDEN_OR_CONTROL = /[\p{Cf}\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029]/u;

/** A Markdown or notification link: `[label](` with no space between `]` and `(`, not escaped. */
export const LIVE_LINK = /(?<!\\)\]\(/;

/** A `$(name)` icon a label renderer would draw (not preceded by VS Code's escaping backslash). */
export const LIVE_ICON = /(?<!\\)\$\([A-Za-z0-9-]+\)/;
