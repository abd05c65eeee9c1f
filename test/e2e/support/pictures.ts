// The pictures the README and the walkthrough show, as test/e2e/pictures.e2e.test.ts takes them.
// Every run compresses them in test-results/screenshots; `npm run pictures` (SYNAPSE_PICTURES_ROOT
// set to the repository) also writes them over the committed copies.
import * as fs from 'node:fs';
import * as path from 'node:path';
import sharp from 'sharp';

/** Where a picture is committed: the README's in docs/images, the walkthrough's in media/walkthrough (packed into the .vsix). */
const HOMES = { readme: 'docs/images', walkthrough: 'media/walkthrough' } as const;
export type PictureHome = keyof typeof HOMES;

/** Bytes a picture may take once compressed; the walkthrough's ship in every install. */
export const PICTURE_BUDGET: Readonly<Record<PictureHome, number>> = { readme: 200_000, walkthrough: 120_000 };

/** The window every picture is taken in: one size, one pixel per CSS pixel (the files stay small). */
export const PICTURE_WINDOW = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } as const;

/**
 * What the run was asked for. `root`: the repository whose committed copies to refresh (unset:
 * only test-results). `locale`: the browser's language, also a suffix of each file name
 * ("sidebar.zh-cn.png"), for pictures of the UI in another language. `only`: the pictures to
 * take, by name (unset: all).
 */
export interface PictureRun {
  readonly root?: string;
  readonly locale?: string;
  readonly only?: ReadonlySet<string>;
}

export function pictureRun(env: NodeJS.ProcessEnv = process.env): PictureRun {
  const only = env.SYNAPSE_PICTURES_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);
  return {
    ...(env.SYNAPSE_PICTURES_ROOT ? { root: path.resolve(env.SYNAPSE_PICTURES_ROOT) } : {}),
    ...(env.SYNAPSE_PICTURES_LOCALE ? { locale: env.SYNAPSE_PICTURES_LOCALE } : {}),
    ...(only?.length ? { only: new Set(only) } : {}),
  };
}

export function wanted(run: PictureRun, name: string): boolean {
  return !run.only || run.only.has(name);
}

/** The committed file of a picture, relative to the repository. */
export function picturePath(run: PictureRun, home: PictureHome, name: string): string {
  const suffix = run.locale ? `.${run.locale.toLowerCase()}` : '';
  return path.posix.join(HOMES[home], `${name}${suffix}.png`);
}

/**
 * Compresses a screenshot in place (a 256-colour palette: screenshots of a UI have few colours,
 * and the text stays sharp) and, when the run refreshes the committed pictures, writes it there.
 * Returns its size in bytes.
 */
export async function keepPicture(run: PictureRun, screenshot: string, home: PictureHome, name: string): Promise<number> {
  const png = await sharp(screenshot).png({ palette: true, effort: 10, compressionLevel: 9 }).toBuffer();
  fs.writeFileSync(screenshot, png);
  if (run.root) {
    const file = path.join(run.root, picturePath(run, home, name));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, png);
  }
  return png.length;
}
