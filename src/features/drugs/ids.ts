// PatSnap IDs as the pages show them: 32 hex digits for entities, UUIDs for countries. Checking the
// shape before a call turns a typo into an input-box message instead of an empty result.
import * as l10n from '@vscode/l10n';

const HEX32 = /^[0-9a-f]{32}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isPatsnapId(value: string): boolean {
  return HEX32.test(value) || UUID.test(value);
}

/** Splits what someone typed or pasted (commas, spaces, new lines) into IDs, dropping repeats. */
export function splitIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter((s) => s !== ''))];
}

/** An input-box message for a list of IDs, or undefined when every one is well formed; `what` is already in the display language. */
export function idListProblem(text: string, what: string): string | undefined {
  const bad = splitIds(text).filter((id) => !isPatsnapId(id));
  if (bad.length === 0) return undefined;
  const shown = bad.slice(0, 2).map((id) => `"${id.length > 40 ? `${id.slice(0, 40)}…` : id}"`).join(', ');
  return l10n.t('Not a PatSnap {0} ID: {1}. IDs are 32 hex digits (or a UUID), separated by commas or spaces.', what, shown);
}
