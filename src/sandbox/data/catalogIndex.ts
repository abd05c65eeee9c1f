// The seed catalog with IDs attached and references resolved, built once. Everything the
// endpoints serve about drugs and their entities goes through this index, so an entity has the
// same ID in every endpoint (a disease ID from a milestone works as a drug-search filter).
import { hex32 } from '../ids';
import { lazy } from '../lazy';
import { drugCatalog, entityCatalog } from './seedCatalog';
import type {
  BilingualName, CatalogDrug, CatalogEntity, CatalogOrganization, CountryCode, DevStatus,
} from './catalogTypes';

export interface IndexedEntity {
  readonly id: string;
  readonly key: string;
  readonly name: BilingualName;
}

export interface IndexedOrganization extends IndexedEntity {
  readonly source: CatalogOrganization;
}

export interface IndexedIndication {
  readonly disease: IndexedEntity;
  readonly phase: DevStatus;
  readonly countries: readonly CountryCode[];
  readonly since: number;
}

export interface IndexedDrug extends IndexedEntity {
  readonly source: CatalogDrug;
  readonly types: readonly IndexedEntity[];
  readonly targets: readonly IndexedEntity[];
  readonly mechanisms: readonly IndexedEntity[];
  readonly organizations: readonly IndexedOrganization[];
  readonly indications: readonly IndexedIndication[];
  /** Position in the catalog: the last, stable tie-breaker of every sort. */
  readonly ordinal: number;
}

export interface CatalogIndex {
  readonly drugs: readonly IndexedDrug[];
  readonly drugById: ReadonlyMap<string, IndexedDrug>;
  readonly drugTypes: readonly IndexedEntity[];
  readonly targets: readonly IndexedEntity[];
  readonly mechanisms: readonly IndexedEntity[];
  readonly diseases: readonly IndexedEntity[];
  readonly organizations: readonly IndexedOrganization[];
  /** Catalog position of each drug type, the rank behind DRUG_TYPE_SORT. */
  readonly drugTypeRank: ReadonlyMap<string, number>;
}

/** ID kinds double as hash salts: changing one renames every entity of that kind. */
export const idKinds = {
  drug: 'drug',
  drugType: 'drug-type',
  target: 'target',
  mechanism: 'mechanism',
  disease: 'disease',
  organization: 'organization',
} as const;

function indexEntities(kind: string, entities: readonly CatalogEntity[]): IndexedEntity[] {
  return entities.map((e) => ({ id: hex32(kind, e.key), key: e.key, name: e.name }));
}

/** Resolves keys, silently skipping dangling ones: the catalog's own unit test reports those, and
 *  the sandbox should still serve what it can while the catalog is being edited. */
function resolve<T extends { key: string }>(keys: readonly string[], byKey: ReadonlyMap<string, T>): T[] {
  const out: T[] = [];
  for (const key of keys) {
    const hit = byKey.get(key);
    if (hit) out.push(hit);
  }
  return out;
}

function byKey<T extends { key: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.key, item]));
}

export const catalogIndex = lazy((): CatalogIndex => {
  const drugTypes = indexEntities(idKinds.drugType, entityCatalog.drugTypes);
  const targets = indexEntities(idKinds.target, entityCatalog.targets);
  const mechanisms = indexEntities(idKinds.mechanism, entityCatalog.mechanisms);
  const diseases = indexEntities(idKinds.disease, entityCatalog.diseases);
  const organizations: IndexedOrganization[] = entityCatalog.organizations.map((o) => ({
    id: hex32(idKinds.organization, o.key), key: o.key, name: o.name, source: o,
  }));
  const typeByKey = byKey(drugTypes);
  const targetByKey = byKey(targets);
  const mechanismByKey = byKey(mechanisms);
  const diseaseByKey = byKey(diseases);
  const organizationByKey = byKey(organizations);

  const drugs: IndexedDrug[] = drugCatalog.map((d, ordinal) => ({
    id: hex32(idKinds.drug, d.key),
    key: d.key,
    name: d.name,
    source: d,
    ordinal,
    types: resolve(d.types, typeByKey),
    targets: resolve(d.targets, targetByKey),
    mechanisms: resolve(d.mechanisms, mechanismByKey),
    organizations: resolve(d.organizations, organizationByKey),
    indications: d.indications.flatMap((ind) => {
      const disease = diseaseByKey.get(ind.disease);
      return disease ? [{ disease, phase: ind.phase, countries: ind.countries, since: ind.since }] : [];
    }),
  }));

  return {
    drugs,
    drugById: new Map(drugs.map((d) => [d.id, d])),
    drugTypes,
    targets,
    mechanisms,
    diseases,
    organizations,
    drugTypeRank: new Map(drugTypes.map((t, i) => [t.id, i])),
  };
});

/** Drugs that have a structure: the compounds behind papers and SAR results. */
export const compounds = lazy(() =>
  catalogIndex().drugs.filter((d): d is IndexedDrug & { source: { smiles: string; inchiKey: string } } =>
    d.source.smiles !== null && d.source.inchiKey !== null),
);
