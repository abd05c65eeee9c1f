// Text for the user, kept as an English template and its arguments so the VS Code layer can show it
// in the display language (src/platform/apiText.ts looks the template up in
// l10n/bundle.l10n.<locale>.json); everything outside VS Code shows the English. The template is the
// translation key, so each `userText` call takes a string literal, which the localization test
// (test/unit/l10n/completeness.unit.test.ts) reads as it reads `l10n.t` calls. Arguments may be
// untrusted text: they are never part of the template.

export interface UserText {
  /** English, with `{0}`, `{1}`… where the arguments go. */
  readonly template: string;
  readonly args: readonly (string | number)[];
}

export function userText(template: string, ...args: (string | number)[]): UserText {
  return { template, args };
}

/** The English sentence: each `{n}` replaced by its argument, as VS Code's l10n.t formats it. */
export function englishText(text: UserText): string {
  return text.template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = text.args[Number(index)];
    return arg === undefined ? whole : String(arg);
  });
}
