import * as l10n from '@vscode/l10n';
import { chemicalPaperRequestSchema } from '../../api';
import { schemaProblem } from '../shared/validation';
import { lexSmiles } from '../../chem/smilesRule';

export const INCHIKEY_PATTERN = /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/;
export const INCHI_KEY_ID_PATTERN = /^\d+$/;

const EXAMPLE_INCHIKEY = 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N';

export type StructureQueryKind = 'inchiKey' | 'inchiKeyId';

export interface StructureQuery {
  readonly kind: StructureQueryKind;
  /** Sent as B042's `inchi_key_id`, which also takes the InChIKey itself. */
  readonly value: string;
  /** The SMILES the user searched with, when the InChIKey was made from one: what the node reads as. */
  readonly smiles?: string;
  /** The structure's name where known (the file's name column, a .smi title, the SAR row): what the node reads as first. */
  readonly name?: string;
}

/** The node reads as the structure's name where known, else the SMILES it was made from, else its InChIKey or ID. */
export function structureLabel(query: StructureQuery): string {
  return query.name ?? query.smiles ?? query.value;
}

/** What the input box shows while the user types; undefined means the text can be submitted. */
export function structureQueryProblem(input: string, pageSize: number): string | undefined {
  const value = input.trim();
  if (value.length === 0) return l10n.t('Enter an InChIKey (e.g. {0}), an InChI Key ID (digits) or a SMILES.', EXAMPLE_INCHIKEY);
  if (isSmilesInput(value)) return undefined;
  if (!INCHIKEY_PATTERN.test(value) && !INCHI_KEY_ID_PATTERN.test(value)) {
    return /^[A-Za-z]{14}-[A-Za-z]{10}-[A-Za-z]$/.test(value)
      ? l10n.t('An InChIKey is written in capitals.')
      : l10n.t('Not an InChIKey (14-10-1 capital letters, e.g. {0}) nor an InChI Key ID (digits).', EXAMPLE_INCHIKEY);
  }
  return schemaProblem(chemicalPaperRequestSchema, { inchiKeyId: value, page: 1, rows: pageSize }, 'inchiKeyId');
}

/**
 * Text that is neither an InChIKey nor an ID but lexes as SMILES; the command converts it to an
 * InChIKey with RDKit (which also has the last word on validity) before searching.
 */
export function isSmilesInput(input: string): boolean {
  const value = input.trim();
  if (INCHIKEY_PATTERN.test(value) || INCHI_KEY_ID_PATTERN.test(value)) return false;
  const shape = lexSmiles(value);
  return shape !== undefined && shape.atoms > 0;
}

export function parseStructureQuery(input: string): StructureQuery | undefined {
  const value = input.trim();
  if (INCHIKEY_PATTERN.test(value)) return { kind: 'inchiKey', value };
  if (INCHI_KEY_ID_PATTERN.test(value)) return { kind: 'inchiKeyId', value };
  return undefined;
}

export function isStructureQuery(value: unknown): value is StructureQuery {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<StructureQuery>;
  return typeof candidate.value === 'string' && parseStructureQuery(candidate.value)?.kind === candidate.kind
    && (candidate.smiles === undefined || typeof candidate.smiles === 'string')
    && (candidate.name === undefined || typeof candidate.name === 'string');
}
