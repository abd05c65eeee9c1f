// The shape of the sandbox's seed catalog: real drugs and the entities they link to. The catalog is
// hand-curated data (drugCatalog.ts, entityCatalog.ts); everything else the sandbox serves
// (IDs, milestones, papers, SAR tasks, patents) is derived from it deterministically by the server.

/** A name in both languages the API serves. CN is the established Chinese name where one exists. */
export interface BilingualName {
  readonly en: string;
  readonly cn: string;
}

/** Highest-phase enum values exactly as the B007 page spells them. */
export type DevStatus =
  | 'Discovery' | 'Preclinical' | 'IND' | 'IND_Approval' | 'Early_Phase_1' | 'Phase_1' | 'Phase_1_2'
  | 'Phase_2' | 'Phase_2_3' | 'Phase_3' | 'NDA_BLA' | 'Approved' | 'Clinical' | 'Pending'
  | 'Discontinued' | 'Withdraw' | 'Suspended' | 'Unknown';

/** Country enum of the B007 page. */
export type CountryCode = 'US' | 'EU' | 'JP' | 'CN' | 'Other';

export type OrganizationType = 'Company' | 'University_Institution' | 'Other';
export type EmployeeNumber = 'LESS_THAN_10' | 'BETWEEN_10_AND_100' | 'BETWEEN_100_AND_500' | 'GREATER_THAN_500';

/** Entities are referred to by a stable lowercase slug key; the server derives 32-hex IDs from it. */
export interface CatalogEntity {
  readonly key: string;
  readonly name: BilingualName;
}

export interface CatalogOrganization extends CatalogEntity {
  readonly type: OrganizationType;
  readonly employees: EmployeeNumber;
  readonly startUp: boolean;
  /** Headquarters, as an ISO alpha-2 code (e.g. 'US', 'CH', 'CN', 'JP', 'GB'). */
  readonly headquarters: string;
}

/** A drug-type dictionary entry (e.g. small molecule, monoclonal antibody, ADC, CAR-T). */
export type CatalogDrugType = CatalogEntity;

/** One indication a drug is developed for, with the phase reached for it and where. */
export interface CatalogIndication {
  readonly disease: string; // CatalogEntity key from diseases
  readonly phase: DevStatus;
  readonly countries: readonly CountryCode[];
  /** Year development for this indication started (first milestone), e.g. 2012. */
  readonly since: number;
}

export interface CatalogDrug {
  readonly key: string;
  readonly name: BilingualName;
  /** Real SMILES of the active moiety (small molecules and small peptides); null for biologics. */
  readonly smiles: string | null;
  /** Standard InChIKey computed from `smiles` with RDKit; null when smiles is null. */
  readonly inchiKey: string | null;
  readonly types: readonly string[]; // drugTypes keys
  readonly targets: readonly string[]; // targets keys
  readonly mechanisms: readonly string[]; // mechanisms keys
  readonly organizations: readonly string[]; // organizations keys (originator first)
  readonly indications: readonly CatalogIndication[];
  /** Global highest phase across all indications. */
  readonly highestPhase: DevStatus;
  /** First approval anywhere, 'YYYY-MM-DD', when highestPhase is or was Approved. */
  readonly firstApproved: string | null;
  readonly hasDeal: boolean;
}

export interface EntityCatalog {
  readonly drugTypes: readonly CatalogDrugType[];
  readonly targets: readonly CatalogEntity[];
  readonly mechanisms: readonly CatalogEntity[];
  readonly diseases: readonly CatalogEntity[];
  readonly organizations: readonly CatalogOrganization[];
}
