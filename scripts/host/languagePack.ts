// A display language for a throwaway code-server profile. code-server resolves `--locale` only
// through the language pack index in its user-data dir (languagepacks.json), which VS Code writes
// when a language pack is installed from its UI; installing one with `--install-extension` (or
// linking it into the extensions dir) does not write it, and without it VS Code stays in English.
// So the rig writes the index the way VS Code does for the extension it links in.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface LanguagePack {
  /** The locale, as `--locale` takes it and the pack's `contributes.localizations[].languageId` names it: `zh-cn`. */
  readonly locale: string;
  /** Folder of an extension that contributes that localization. */
  readonly extension: string;
}

interface Localization {
  readonly languageId: string;
  readonly languageName: string;
  readonly localizedLanguageName?: string;
  readonly translations: readonly { readonly id: string; readonly path: string }[];
}

/** The folder name the pack gets in the extensions dir: `publisher.name-version`. */
export function languagePackFolderName(pack: LanguagePack): string {
  const manifest = readManifest(pack.extension);
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

/** Writes `<userDataDir>/languagepacks.json` for the pack, linked at `installedAt`. */
export function writeLanguagePackIndex(userDataDir: string, pack: LanguagePack, installedAt: string): void {
  const manifest = readManifest(pack.extension);
  const localization = manifest.contributes.localizations.find((l) => l.languageId === pack.locale);
  if (!localization) throw new Error(`${pack.extension} contributes no localization for ${pack.locale}`);
  const id = `${manifest.publisher}.${manifest.name}`;
  const index = {
    [pack.locale]: {
      // VS Code's own hash of the pack (md5 over each extension's id and version) names its cache.
      hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: Object.fromEntries(localization.translations.map((t) => [t.id, path.join(installedAt, t.path)])),
      label: localization.localizedLanguageName ?? localization.languageName,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(index));
}

function readManifest(folder: string): { publisher: string; name: string; version: string; contributes: { localizations: Localization[] } } {
  return JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as ReturnType<typeof readManifest>;
}
