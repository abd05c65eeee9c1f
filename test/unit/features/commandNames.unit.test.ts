import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localizedManifest } from '../../support/manifest';

interface Manifest {
  contributes: { commands: { title: string; category?: string }[] };
}

const repoRoot = path.resolve(__dirname, '../../../..');
const manifest = localizedManifest(repoRoot) as Manifest;
const titles = new Set(manifest.contributes.commands.map((c) => `${c.category ?? ''}: ${c.title}`));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));
}

/**
 * A message sends the user to a command by naming it in brackets or quotes: (Synapse Lens: X),
 * "Synapse Lens: X". Input box titles ('Synapse Lens: Search Drugs') are not references.
 */
function commandReferences(text: string): string[] {
  return [...text.matchAll(/[("“]\s*(Synapse Lens: [A-Z][^)"”`$]*?)\s*[)"”]/gu)].map((m) => m[1] as string);
}

describe('messages that name a command', () => {
  it('finds references in brackets and quotes only', () => {
    assert.deepEqual(commandReferences('a key (Synapse Lens: Set Credentials…). Run "Synapse Lens: Copy SMILES". Title \'Synapse Lens: Search\''),
      ['Synapse Lens: Set Credentials…', 'Synapse Lens: Copy SMILES']);
  });

  it('use the title package.json gives the command, so the user finds it in the palette', () => {
    const files = [...sourceFiles(path.join(repoRoot, 'src')), path.join(repoRoot, 'package.nls.json')];
    const wrong: string[] = [];
    let seen = 0;
    for (const file of files) {
      for (const name of commandReferences(fs.readFileSync(file, 'utf8'))) {
        seen++;
        if (!titles.has(name)) wrong.push(`${path.relative(repoRoot, file)}: ${name}`);
      }
    }
    assert.ok(seen >= 5, `references found: ${seen}`);
    assert.deepEqual(wrong, []);
  });

  it('in Chinese use the Chinese title package.nls.zh-cn.json gives the command', () => {
    const chineseTitles = new Set((localizedManifest(repoRoot, 'zh-cn') as Manifest).contributes.commands.map((c) => `${c.category ?? ''}: ${c.title}`));
    const wrong: string[] = [];
    let seen = 0;
    for (const file of ['package.nls.zh-cn.json', path.join('l10n', 'bundle.l10n.zh-cn.json')]) {
      const translations = Object.values(JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, string>);
      // A Chinese sentence names a command in full-width or ASCII brackets, or in Chinese quotes.
      for (const [, name] of translations.join('\n').matchAll(/[(（“"]\s*(Synapse Lens: [^)）”"`$]+?)\s*[)）”"]/gu)) {
        seen++;
        if (!chineseTitles.has(name as string)) wrong.push(`${file}: ${name}`);
      }
    }
    assert.ok(seen >= 5, `references found: ${seen}`);
    assert.deepEqual(wrong, []);
  });
});
