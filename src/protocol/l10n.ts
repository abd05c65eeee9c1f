// The translations a panel shows its words in. The host owns the display language: it sends
// vscode.l10n.bundle (the loaded l10n/bundle.l10n.<language>.json, absent in English) with the
// init, and the webview hands it to @vscode/l10n. Host-provided, still checked at the boundary.
import { z } from 'zod';

/** Generous for a message (the longest is a few hundred characters); a table no panel outgrows. */
const MESSAGE_MAX = 4_000;
const MESSAGES_MAX = 10_000;

/** English message (the key) → its translation. */
export const l10nBundleSchema = z
  .record(z.string().max(MESSAGE_MAX), z.string().max(MESSAGE_MAX))
  .refine((bundle) => Object.keys(bundle).length <= MESSAGES_MAX, { message: 'too many messages' });

export type L10nBundle = z.infer<typeof l10nBundleSchema>;
