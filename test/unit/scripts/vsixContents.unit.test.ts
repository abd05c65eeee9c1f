import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PackageManager, listFiles } from '@vscode/vsce';
import { copyCheckout } from '../../../scripts/host/vsix';
import type { TempCopy } from '../../../scripts/host/vsix';
import { buildBundlesForTest } from '../../support/mcpBuild';

/** The parts of package.json that name files the installed extension reads. */
interface Manifest {
  readonly main: string;
  readonly icon?: string;
  readonly l10n?: string;
  readonly contributes: {
    readonly viewsContainers?: Record<string, readonly { icon?: string }[]>;
    readonly views?: Record<string, readonly { icon?: string }[]>;
    readonly walkthroughs?: readonly { steps: readonly { media: Record<string, unknown> }[] }[];
    readonly languages?: readonly { configuration?: string }[];
    readonly grammars?: readonly { path: string }[];
  };
}

/** Folders of the repository that a user's install never reads. */
const NEVER_SHIPPED = ['src/', 'test/', 'out/', 'webview/', 'scripts/', 'bench/', 'docs/', 'demo/', 'node_modules/'];

/** Bundles esbuild.js builds for developers only (`npm run sandbox`, `npm run demo`, the host scripts). */
const DEVELOPER_BUNDLES = /^dist\/(sandboxCli\.js|scripts\/)/;

const relative = (file: string) => path.posix.normalize(file.replace(/^\.\//, ''));

/** Every file path package.json points at (codicons such as `$(search)` are no files). */
function manifestFiles(manifest: Manifest, root: string): string[] {
  const { viewsContainers = {}, views = {}, walkthroughs = [], languages = [], grammars = [] } = manifest.contributes;
  const icons = [...Object.values(viewsContainers), ...Object.values(views)].flat().map((entry) => entry.icon);
  const media = walkthroughs.flatMap((w) => w.steps.flatMap((step) => walkthroughMedia(step.media, root)));
  return [manifest.main, manifest.icon, ...icons, ...media, ...languages.map((l) => l.configuration), ...grammars.map((g) => g.path)]
    .filter((file): file is string => typeof file === 'string' && !file.startsWith('$('))
    .map(relative);
}

/** A walkthrough step's picture or markdown (an image may name one file per theme), and the images the markdown shows. */
function walkthroughMedia(media: Record<string, unknown>, root: string): string[] {
  const files: string[] = [];
  for (const value of [media.image, media.markdown, media.svg]) {
    if (typeof value === 'string') files.push(value);
    else if (value && typeof value === 'object') files.push(...Object.values(value).filter((v): v is string => typeof v === 'string'));
  }
  for (const markdown of files.filter((file) => file.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(root, markdown), 'utf8');
    for (const [, target] of text.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)) {
      if (target && !/^[a-z]+:/i.test(target)) files.push(path.posix.join(path.posix.dirname(relative(markdown)), target));
    }
  }
  return files;
}

/** Every file under `dir`, as paths relative to `root` with forward slashes. */
function filesUnder(root: string, dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

// What `vsce package` (npm run package) puts in the .vsix, read through vsce's own listFiles from a
// copy of this checkout as a clone has it. The copy gets a development build, the worst case: beside
// every bundle the production build makes it writes source maps and the developer scripts, and
// .vscodeignore must keep all of those out.
describe('the .vsix (what vsce packs from a clone with a build)', () => {
  let clone: TempCopy;
  let manifest: Manifest;
  let packed: string[];

  before(async function () {
    this.timeout(120_000);
    clone = copyCheckout();
    buildBundlesForTest(path.join(clone.dir, 'dist'));
    manifest = JSON.parse(fs.readFileSync(path.join(clone.dir, 'package.json'), 'utf8')) as Manifest;
    packed = (await listFiles({ cwd: clone.dir, packageManager: PackageManager.None })).map(relative);
  });

  after(() => clone?.remove());

  it('holds no source maps', () => {
    assert.ok(filesUnder(clone.dir, 'dist').some((file) => file.endsWith('.map')), 'the development build wrote maps to leave out');
    assert.deepEqual(packed.filter((file) => file.endsWith('.map')), []);
  });

  it('holds no sources, tests, scripts, docs, demo or dotfiles', () => {
    assert.deepEqual(packed.filter((file) => NEVER_SHIPPED.some((folder) => file.startsWith(folder)) || /(^|\/)\./.test(file)), []);
  });

  it("holds RDKit's WebAssembly exactly once", () => {
    assert.deepEqual(packed.filter((file) => file.endsWith('.wasm')), ['dist/rdkit/RDKit_minimal.wasm']);
  });

  it('holds every bundle the build makes except the developer-only ones, and nothing else from dist/', () => {
    const shipped = filesUnder(clone.dir, 'dist').filter((file) => !file.endsWith('.map') && !DEVELOPER_BUNDLES.test(file));
    assert.ok(shipped.includes('dist/extension.js') && shipped.includes('dist/chemWorker.js'));
    assert.deepEqual(packed.filter((file) => file.startsWith('dist/')).sort(), shipped.sort());
  });

  it('holds every file package.json points at: main, icon, view icons, walkthrough media, grammar', () => {
    const wanted = manifestFiles(manifest, clone.dir);
    for (const file of ['dist/extension.js', 'media/icon.png', 'media/synapse-lens.svg']) assert.ok(wanted.includes(file), `package.json names ${file}`);
    assert.ok(wanted.some((file) => file.startsWith('media/walkthrough/')), 'package.json names walkthrough media');
    assert.deepEqual(wanted.filter((file) => !packed.includes(file)), []);
  });

  it('holds the l10n folder and the manifest translations (package.nls*.json)', () => {
    assert.ok(manifest.l10n, 'package.json names an l10n folder');
    const translations = [...filesUnder(clone.dir, relative(manifest.l10n)), ...fs.readdirSync(clone.dir).filter((f) => /^package\.nls.*\.json$/.test(f))];
    assert.ok(translations.length > 0);
    assert.deepEqual(translations.filter((file) => !packed.includes(file)), []);
  });

  it('holds package.json, README.md, CHANGELOG.md and LICENSE', () => {
    for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(packed.includes(file), file);
  });
});
