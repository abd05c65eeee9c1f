// The HTML shell of every panel: a strict CSP (no inline anything), one nonce'd script (the
// panel's bundle) and one stylesheet from media/. Kept free of `vscode` runtime imports so a
// unit test can check the policy as a string.
import { randomBytes } from 'node:crypto';

/** 128 random bits, base64: a fresh one per render so an injected <script> can never guess it. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export interface ShellParts {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUris: readonly string[];
  readonly title: string;
  /** VS Code's display language (`vscode.env.language`), so assistive technology and fonts read the panel as that language. */
  readonly lang: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    // @vscode-elements uses constructable stylesheets, which need no 'unsafe-inline'.
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function panelShell(parts: ShellParts): string {
  const styles = parts.styleUris.map((u) => `<link rel="stylesheet" href="${escapeAttr(u)}">`).join('\n  ');
  return `<!DOCTYPE html>
<html lang="${escapeAttr(parts.lang)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(parts.cspSource, parts.nonce))}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  ${styles}
  <title>${escapeAttr(parts.title)}</title>
</head>
<body>
  <main id="app" aria-busy="true"></main>
  <script nonce="${escapeAttr(parts.nonce)}" src="${escapeAttr(parts.scriptUri)}"></script>
</body>
</html>`;
}
