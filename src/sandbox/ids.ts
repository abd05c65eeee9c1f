// Identifier shapes the pages show, derived from names so they never change between runs:
// 32-hex entity IDs ("945fa31ebe9e41ae912e493aa3324576"), name-based UUIDs for countries and
// papers ("0dc5d896-7408-3c87-84c0-22e3d9b784be" is a version-3 UUID) and random-looking version-4
// UUIDs for patents ("94ea8785-959f-47cf-aba2-091605d30c12").
import { createHash } from 'node:crypto';
import type { Prng } from './prng';

export function md5Hex(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** A 32-hex ID for an entity of `kind` named `key`; the kind keeps a drug and a target apart. */
export function hex32(kind: string, key: string): string {
  return md5Hex(`${kind}:${key}`);
}

function formatUuid(hex: string, version: 3 | 4): string {
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `${version}${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** A name-based (version 3) UUID, as the page examples use for countries and papers. */
export function nameUuid(kind: string, key: string): string {
  return formatUuid(hex32(kind, key), 3);
}

/** A version-4-shaped UUID whose bits come from a seeded generator. */
export function randomUuid(prng: Prng): string {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += prng.int(0, 0xffffffff).toString(16).padStart(8, '0');
  return formatUuid(hex, 4);
}
