// What the entity dictionary holds: one entry per (kind, ID), with the names a person reads. The
// PatSnap endpoints take IDs only, and none of them names targets or mechanisms, so the extension
// carries the names itself (learned from answers, given by the user, or seeded from the sandbox).
// Free of `vscode`, so the dictionary is plain data tested in Node.
import { z } from 'zod';
import { englishText, userText } from '../api/userText';
import type { UserText } from '../api/userText';

export const ENTITY_KINDS = [
  'drug', 'drugType', 'target', 'mechanism', 'disease', 'organization', 'country',
  'milestoneEvent', 'milestoneTag', 'sarTask', 'sarFile', 'sequence', 'patent',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How a person reads each kind, for pickers and prompts (VS Code shows it in its display language). */
export const KIND_TEXTS: Readonly<Record<EntityKind, UserText>> = {
  drug: userText('Drug'),
  drugType: userText('Drug type'),
  target: userText('Target'),
  mechanism: userText('Mechanism of action'),
  disease: userText('Disease'),
  organization: userText('Organization'),
  country: userText('Country/region'),
  milestoneEvent: userText('Milestone event'),
  milestoneTag: userText('Milestone'),
  sarTask: userText('SAR task'),
  sarFile: userText('SAR file'),
  sequence: userText('Sequence'),
  patent: userText('Patent'),
};

/** The same in English, for Copilot's tools and the MCP server. */
export const KIND_LABELS: Readonly<Record<EntityKind, string>> = Object.fromEntries(
  Object.entries(KIND_TEXTS).map(([kind, text]) => [kind, englishText(text)]),
) as Record<EntityKind, string>;

/**
 * Where a name came from. A name the user gave wins over one learned from an answer (they named it
 * because the service did not, or named it their way); the sandbox catalog is the demo's own truth.
 */
export type NameSource = 'answer' | 'user' | 'catalog';

export type NameLang = 'EN' | 'CN';

export interface EntityNames {
  readonly EN?: string;
  readonly CN?: string;
}

export interface Entry {
  readonly kind: EntityKind;
  readonly id: string;
  readonly names: EntityNames;
  readonly source: NameSource;
  /** When the entry was last met (learned, named or looked up), ms since the epoch: eviction order. */
  readonly seen: number;
}

/** One name↔ID pair found in an answer or a catalog, before it becomes an entry. */
export interface NamePair {
  readonly kind: EntityKind;
  readonly id: string;
  readonly names: EntityNames;
}

/** Longest ID kept: the client's own bound on IDs it accepts (src/api/schemas/limits.ts). */
export const ENTRY_ID_MAX = 128;
/** Longest name kept; real names are far shorter, and a longer one is cut, not refused. */
export const NAME_MAX = 300;

// Control, format and separator characters never belong in an ID (the same rule as the client's).
const UNUSABLE_IN_ID = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(ENTRY_ID_MAX)
  .refine((id) => !UNUSABLE_IN_ID.test(id), { error: 'must not hold control characters' });

/** A name as read from a file or an answer: trimmed, cut to NAME_MAX, absent when empty. */
const nameSchema = z
  .string()
  .max(10 * NAME_MAX)
  .transform((name) => cleanName(name))
  .optional();

export const namesSchema = z.object({ EN: nameSchema, CN: nameSchema }).transform((n): EntityNames => withoutEmpty(n));

export const entrySchema = z.object({
  kind: z.enum(ENTITY_KINDS),
  id: idSchema,
  names: namesSchema,
  source: z.enum(['answer', 'user', 'catalog']),
  seen: z.number().finite().nonnegative(),
});

/** A name trimmed and cut to NAME_MAX; undefined when nothing is left. Shown later through inertText. */
export function cleanName(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed) return undefined;
  return trimmed.length > NAME_MAX ? trimmed.slice(0, NAME_MAX) : trimmed;
}

export function withoutEmpty(names: { readonly EN?: string | undefined; readonly CN?: string | undefined }): EntityNames {
  const EN = cleanName(names.EN);
  const CN = cleanName(names.CN);
  return { ...(EN === undefined ? {} : { EN }), ...(CN === undefined ? {} : { CN }) };
}

export function hasName(names: EntityNames): boolean {
  return names.EN !== undefined || names.CN !== undefined;
}

/** A long ID shortened for a label ("3f2a9c1e…"): enough to tell entries apart, never the whole hash. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
