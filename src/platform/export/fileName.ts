// Default file names for exports: readable, safe (letters and digits of any script, dot, dash,
// underscore; no separators, controls or bidi marks), short enough for every file system, and
// saying what is inside ("sequence-834879-patents-claimed").

const MAX_STEM = 100;

/** Joins the parts with dashes, replacing anything unportable; never empty. */
export function fileStem(parts: readonly string[]): string {
  const stem = parts
    .map((p) => p.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, ''))
    .filter((p) => p.length > 0)
    .join('-')
    .slice(0, MAX_STEM)
    .replace(/[-.]+$/, '');
  return stem || 'export';
}

export function exportFileName(parts: readonly string[], format: 'csv' | 'json'): string {
  return `${fileStem(parts)}.${format}`;
}
