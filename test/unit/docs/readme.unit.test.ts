import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localizedManifest } from '../../support/manifest';

interface Manifest {
  contributes: {
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[];
  };
}

const root = path.resolve(__dirname, '../../../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const manifest = localizedManifest(root) as Manifest;

// The README is where a user looks a command or a setting up; these keep it whole as they change.
describe('README', () => {
  it('starts with the two commands a newcomer runs', () => {
    const firstLines = readme.split('\n').slice(0, 6).join('\n');
    assert.match(firstLines, /npm ci && npm run demo/);
    assert.match(firstLines, /npm ci && npm test/);
  });

  it('names every command by the title the palette shows', () => {
    const missing = manifest.contributes.commands.map((c) => c.title).filter((title) => !readme.includes(title));
    assert.deepEqual(missing, []);
  });

  it('lists every setting', () => {
    const sections = [manifest.contributes.configuration].flat();
    const missing = sections.flatMap((s) => Object.keys(s.properties)).filter((key) => !readme.includes(`\`${key}\``));
    assert.deepEqual(missing, []);
  });

  it('shows only pictures that exist', () => {
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] as string);
    assert.ok(pictures.length > 0);
    assert.deepEqual(pictures.filter((file) => !fs.existsSync(path.join(root, file))), []);
  });
});
