import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import sharp from 'sharp';
import { keepPicture, picturePath, pictureRun, wanted } from '../../e2e/support/pictures';

describe('pictures for the README and the walkthrough (test/e2e/support/pictures.ts)', () => {
  let dir = '';
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pictures-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A screenshot-like picture: flat UI colours with some text-like noise, as raw RGBA. */
  async function screenshot(file: string): Promise<void> {
    const width = 400;
    const height = 300;
    const pixels = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const x = i % width;
      const y = Math.floor(i / width);
      const ink = (x * 7 + y * 13) % 11 === 0 && y % 20 < 12;
      pixels.set(ink ? [204, 204, 204, 255] : [31, 31, 31, 255], i * 4);
    }
    await sharp(pixels, { raw: { width, height, channels: 4 } }).png({ compressionLevel: 0 }).toFile(file);
  }

  it('reads what to take from the environment: where to refresh, the language, which pictures', () => {
    assert.deepEqual(pictureRun({}), {});
    const run = pictureRun({ SYNAPSE_PICTURES_ROOT: '.', SYNAPSE_PICTURES_LOCALE: 'zh-CN', SYNAPSE_PICTURES_ONLY: 'sidebar, milestones' });
    assert.equal(run.root, path.resolve('.'));
    assert.equal(run.locale, 'zh-CN');
    assert.ok(wanted(run, 'sidebar') && wanted(run, 'milestones') && !wanted(run, 'walkthrough'));
    assert.ok(wanted({}, 'walkthrough'), 'every picture when none is named');
  });

  it('commits README pictures under docs/images and the walkthrough\'s under media/walkthrough, a locale as a suffix', () => {
    assert.equal(picturePath({}, 'readme', 'sidebar'), 'docs/images/sidebar.png');
    assert.equal(picturePath({}, 'walkthrough', 'connect'), 'media/walkthrough/connect.png');
    assert.equal(picturePath({ locale: 'zh-CN' }, 'readme', 'sidebar'), 'docs/images/sidebar.zh-cn.png');
  });

  it('compresses the screenshot in place, the same pixels in fewer bytes, and copies it only when refreshing', async () => {
    const file = path.join(dir, 'shot.png');
    await screenshot(file);
    const before = fs.statSync(file).size;
    const original = await sharp(file).ensureAlpha().raw().toBuffer();

    const bytes = await keepPicture({}, file, 'readme', 'sidebar');
    assert.equal(fs.statSync(file).size, bytes);
    assert.ok(bytes < before / 4, `${bytes} bytes from ${before}`);
    assert.ok((await sharp(file).ensureAlpha().raw().toBuffer()).equals(original), 'a screenshot of few colours keeps every pixel');
    assert.equal(fs.existsSync(path.join(dir, 'docs')), false);

    await screenshot(file);
    await keepPicture({ root: dir }, file, 'walkthrough', 'connect');
    assert.ok(fs.readFileSync(path.join(dir, 'media/walkthrough/connect.png')).equals(fs.readFileSync(file)));
  });
});
