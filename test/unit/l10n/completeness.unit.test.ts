// Every user-visible string has its English and its Chinese: the manifest's `%key%` placeholders
// in package.nls.json and package.nls.zh-cn.json, the code's `l10n.t` messages in
// l10n/bundle.l10n.zh-cn.json (the English is the message itself).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { l10nMessages, typeScriptFiles } from '../../../scripts/l10n/messages';

const root = path.join(__dirname, '..', '..', '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as unknown;
const readStrings = (file: string) => readJson(file) as Record<string, string>;

/** Every `%key%` string anywhere in package.json. */
function placeholders(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const key = /^%([^%\s]+)%$/.exec(value)?.[1];
    if (key) found.add(key);
  } else if (Array.isArray(value)) value.forEach((item) => placeholders(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => placeholders(item, found));
  return found;
}

const sorted = (keys: Iterable<string>) => [...keys].sort();
/** What a translation must carry over unchanged: `{0}` arguments, command links, `#setting#` links, code spans. */
const invariants = (text: string) => sorted(text.match(/\{\d+\}|\(command:[^)]+\)|#[\w.]+#|`[^`]*`/g) ?? []).filter((part) => !/^`[^`]*[^\x00-\x7f]/.test(part));

describe('Localization: every string has its English and Chinese', () => {
  const english = readStrings('package.nls.json');
  const chinese = readStrings('package.nls.zh-cn.json');
  const bundleFile = 'l10n/bundle.l10n.zh-cn.json';
  const bundle = readStrings(bundleFile);
  const used = l10nMessages(typeScriptFiles([path.join(root, 'src'), path.join(root, 'webview')]), root);

  it('each %key% in package.json has its English in package.nls.json and its Chinese in package.nls.zh-cn.json', () => {
    const keys = placeholders(readJson('package.json'));
    assert.ok(keys.size > 50, `package.json holds its user-visible strings as %key% placeholders (found ${keys.size})`);
    assert.deepEqual(sorted(keys).filter((key) => english[key] === undefined), [], 'missing from package.nls.json');
    assert.deepEqual(sorted(keys).filter((key) => chinese[key] === undefined), [], 'missing from package.nls.zh-cn.json');
    assert.deepEqual(sorted(Object.keys(english)).filter((key) => !keys.has(key)), [], 'package.nls.json keys package.json no longer uses');
  });

  it('package.nls.zh-cn.json has the same keys as package.nls.json, each translated, with its links and code kept', () => {
    assert.deepEqual(sorted(Object.keys(chinese)), sorted(Object.keys(english)));
    for (const [key, text] of Object.entries(chinese)) {
      assert.ok(text.trim() !== '', `${key} is empty`);
      assert.deepEqual(invariants(text), invariants(english[key] ?? ''), key);
    }
  });

  it('each l10n.t message and userText template in src/ and webview/ is a literal with its Chinese in the bundle', () => {
    // src/platform/apiText.ts passes on userText templates, which are checked where they are written.
    const dynamic = used.nonLiteral.filter((where) => !where.startsWith(path.join('src', 'platform', 'apiText.ts:')));
    assert.deepEqual(dynamic, [], 'l10n.t calls whose message is not a string literal (no bundle can translate them)');
    const missing = sorted(used.keys.keys()).filter((key) => bundle[key] === undefined).map((key) => `${key}  (${used.keys.get(key)?.join(', ')})`);
    assert.deepEqual(missing, [], `messages missing from ${bundleFile}`);
  });

  it('the bundle holds no message the code no longer uses, and each translation keeps its {n} arguments', () => {
    assert.deepEqual(sorted(Object.keys(bundle)).filter((key) => !used.keys.has(key)), [], `${bundleFile} keys no l10n.t call uses`);
    for (const [key, text] of Object.entries(bundle)) {
      assert.ok(text.trim() !== '', `${key} is empty`);
      assert.deepEqual(sorted(text.match(/\{\d+\}/g) ?? []), sorted((used.messages.get(key) ?? key).match(/\{\d+\}/g) ?? []), key);
    }
  });

  it('the bundle and the nls files are sorted by key, two-space JSON, so parallel edits merge', () => {
    for (const file of [bundleFile, 'package.nls.json', 'package.nls.zh-cn.json']) {
      const strings = readStrings(file);
      const expected = `${JSON.stringify(Object.fromEntries(sorted(Object.keys(strings)).map((key) => [key, strings[key]])), null, 2)}\n`;
      assert.equal(fs.readFileSync(path.join(root, file), 'utf8'), expected, file);
    }
  });
});

describe('Localization: finding l10n.t messages in code', () => {
  it('reads the messages the way VS Code keys them, and flags messages no bundle can hold', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-'));
    const file = path.join(dir, 'sample.ts');
    fs.writeFileSync(file, [
      "import * as vscode from 'vscode';",
      "import { l10n } from 'vscode';",
      "vscode.l10n.t('Found {0} drugs', 3);",
      'l10n.t(`Plain template`);',
      "vscode.l10n.t({ message: 'Open', comment: 'a verb' });",
      "vscode.l10n.t({ message: 'Save', args: [], comment: ['as in ', 'keep'] });",
      "vscode.l10n.t({ message: 'Close' });",
      'vscode.l10n.t(`Dynamic ${String(1)}`);',
      'const text = "x"; l10n.t(text);',
      "other.t('not ours');",
      "userText('Waited {0}', '5 s');",
      'const t = vscode.l10n.t;',
    ].join('\n'));
    try {
      const found = l10nMessages([file], dir);
      assert.deepEqual(sorted(found.keys.keys()), ['Close', 'Found {0} drugs', 'Open/a verb', 'Plain template', 'Save/as in keep', 'Waited {0}']);
      assert.deepEqual(found.keys.get('Found {0} drugs'), ['sample.ts:3']);
      assert.deepEqual(found.nonLiteral, ['sample.ts:8', 'sample.ts:9', 'sample.ts:12']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
