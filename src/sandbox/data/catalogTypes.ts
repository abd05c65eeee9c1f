// The shape of the sandbox's seed catalog: real drugs and the entities they link to. The catalog is
// hand-curated data (drugCatalog.json, entityCatalog.json, loaded by seedCatalog.ts); everything else
// the sandbox serves (IDs, milestones, papers, SAR tasks, patents) is derived from it
// deterministically by the server. The schemas are the one statement of the shape: the types are
// inferred from them, and the loader checks the JSON against them. Cross-references and the
// consistency of phases are the seed catalog's unit tests' business, not the schema's.
import { z } from 'zod';

/** A name in both languages the API serves. CN is the established Chinese name where one exists. */
const bilingualNameSchema = z.strictObject({ en: z.string(), cn: z.string() }).readonly();
export type BilingualName = z.infer<typeof bilingualNameSchema>;

/** Highest-phase enum values exactly as the B007 page spells them. */
const devStatusSchema = z.enum([
  'Discovery', 'Preclinical', 'IND', 'IND_Approval', 'Early_Phase_1', 'Phase_1', 'Phase_1_2',
  'Phase_2', 'Phase_2_3', 'Phase_3', 'NDA_BLA', 'Approved', 'Clinical', 'Pending',
  'Discontinued', 'Withdraw', 'Suspended', 'Unknown',
]);
export type DevStatus = z.infer<typeof devStatusSchema>;

/** Country enum of the B007 page. */
const countryCodeSchema = z.enum(['US', 'EU', 'JP', 'CN', 'Other']);
export type CountryCode = z.infer<typeof countryCodeSchema>;

const organizationTypeSchema = z.enum(['Company', 'University_Institution', 'Other']);
export type OrganizationType = z.infer<typeof organizationTypeSchema>;

const employeeNumberSchema = z.enum(['LESS_THAN_10', 'BETWEEN_10_AND_100', 'BETWEEN_100_AND_500', 'GREATER_THAN_500']);
export type EmployeeNumber = z.infer<typeof employeeNumberSchema>;

const keyList = z.array(z.string()).readonly();

/** Entities are referred to by a stable lowercase slug key; the server derives 32-hex IDs from it. */
const entityFields = { key: z.string(), name: bilingualNameSchema };
const catalogEntitySchema = z.strictObject(entityFields).readonly();
export type CatalogEntity = z.infer<typeof catalogEntitySchema>;

const catalogOrganizationSchema = z.strictObject({
  ...entityFields,
  type: organizationTypeSchema,
  employees: employeeNumberSchema,
  startUp: z.boolean(),
  /** Headquarters, as an ISO alpha-2 code (e.g. 'US', 'CH', 'CN', 'JP', 'GB'). */
  headquarters: z.string(),
}).readonly();
export type CatalogOrganization = z.infer<typeof catalogOrganizationSchema>;

/** A drug-type dictionary entry (e.g. small molecule, monoclonal antibody, ADC, CAR-T). */
export type CatalogDrugType = CatalogEntity;

/** One indication a drug is developed for, with the phase reached for it and where. */
const catalogIndicationSchema = z.strictObject({
  /** CatalogEntity key from diseases. */
  disease: z.string(),
  phase: devStatusSchema,
  countries: z.array(countryCodeSchema).readonly(),
  /** Year development for this indication started (first milestone), e.g. 2012. */
  since: z.int(),
}).readonly();
export type CatalogIndication = z.infer<typeof catalogIndicationSchema>;

const catalogDrugSchema = z.strictObject({
  key: z.string(),
  name: bilingualNameSchema,
  /** Real SMILES of the active moiety (small molecules and small peptides); null for biologics. */
  smiles: z.string().nullable(),
  /** Standard InChIKey computed from `smiles` with RDKit; null when smiles is null. */
  inchiKey: z.string().nullable(),
  /** drugTypes keys. */
  types: keyList,
  /** targets keys. */
  targets: keyList,
  /** mechanisms keys. */
  mechanisms: keyList,
  /** organizations keys, originator first. */
  organizations: keyList,
  indications: z.array(catalogIndicationSchema).readonly(),
  /** Global highest phase across all indications. */
  highestPhase: devStatusSchema,
  /** First approval anywhere, 'YYYY-MM-DD', when highestPhase is or was Approved. */
  firstApproved: z.string().nullable(),
  hasDeal: z.boolean(),
}).readonly();
export type CatalogDrug = z.infer<typeof catalogDrugSchema>;

export const drugCatalogSchema = z.array(catalogDrugSchema).readonly();

export const entityCatalogSchema = z.strictObject({
  drugTypes: z.array(catalogEntitySchema).readonly(),
  targets: z.array(catalogEntitySchema).readonly(),
  mechanisms: z.array(catalogEntitySchema).readonly(),
  diseases: z.array(catalogEntitySchema).readonly(),
  organizations: z.array(catalogOrganizationSchema).readonly(),
}).readonly();
export type EntityCatalog = z.infer<typeof entityCatalogSchema>;
