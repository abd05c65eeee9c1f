// The sandbox's hand-curated seed catalog, kept as data and checked against its schema once, when
// the sandbox loads. drugCatalog.json: real drugs with their real names, originators, targets,
// mechanisms, indications and phases (as well as publicly known; approximate where unsure). SMILES
// are those of the active moiety (null for biologics and large peptides); every SMILES was
// validated with RDKit and every InChIKey computed from it with RDKit (standard InChIKey).
// entityCatalog.json: the drug types, targets, mechanisms, diseases and organizations the drugs
// refer to by key, named in English and in the established Chinese name where one exists (a plain
// translation otherwise); organization facts (type, headcount band, start-up flag, headquarters)
// are approximate, real-world-like values.
// The JSON is imported rather than read from disk so the esbuild bundle carries it and tsc copies
// it next to the compiled loader; both builds then find it without a path of their own.
import { z } from 'zod';
import { drugCatalogSchema, entityCatalogSchema, type CatalogDrug, type EntityCatalog } from './catalogTypes';
import drugCatalogJson from './drugCatalog.json';
import entityCatalogJson from './entityCatalog.json';

/** Checks one seed file against its schema; a hand edit that breaks the shape names the file and the field. */
export function parseSeed<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`sandbox seed ${file} does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export const drugCatalog: readonly CatalogDrug[] = parseSeed(drugCatalogSchema, drugCatalogJson, 'drugCatalog.json');
export const entityCatalog: EntityCatalog = parseSeed(entityCatalogSchema, entityCatalogJson, 'entityCatalog.json');
