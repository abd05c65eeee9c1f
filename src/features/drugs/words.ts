// The words the Drugs view shows for B007's codes (src/api/endpoints/drugSearch.ts keeps the codes,
// and no 'vscode') and for the kinds of IDs it filters by, in VS Code's display language. The one
// place these words are translated; every label, summary and prompt of the feature asks here.
//
// Plain Node (unit tested without the VS Code fake): @vscode/l10n's `t`, which src/extension.ts
// points at the bundle VS Code loaded (l10n/bundle.l10n.<language>.json), as vscode.l10n.t is.
import * as l10n from '@vscode/l10n';
import type { DevStatus, DrugSearchCountry, DrugSortField, EmployeeNumber, OrganizationType } from '../../api';

/** Codes whose English words are not the code with spaces. */
const ENGLISH_WORDS: Readonly<Record<string, string>> = {
  NDA_BLA: 'NDA/BLA',
  Withdraw: 'Withdrawn',
  University_Institution: 'University/institution',
  LESS_THAN_10: 'Fewer than 10',
  BETWEEN_10_AND_100: '10–100',
  BETWEEN_100_AND_500: '100–500',
  GREATER_THAN_500: 'More than 500',
};

/**
 * A code in English words, whatever the display language: `Phase_1_2` → `Phase 1/2`, `NDA_BLA` →
 * `NDA/BLA`, `Withdraw` → `Withdrawn`. For the labels saved by older versions (model.ts
 * describeFilter), and for a code this version has no translation for.
 */
export function humanEnum(value: string): string {
  return ENGLISH_WORDS[value] ?? value.replace(/_(\d)_(\d)$/, ' $1/$2').replace(/_/g, ' ');
}

type Code = DevStatus | DrugSearchCountry | OrganizationType | EmployeeNumber;

/** Every code a search can filter by; the type makes a code added to the API a compile error here. */
const CODE_WORDS: Readonly<Record<Code, () => string>> = {
  Discovery: () => l10n.t('Discovery'),
  Preclinical: () => l10n.t('Preclinical'),
  IND: () => l10n.t({ message: 'IND', comment: ['Development phase: Investigational New Drug application filed'] }),
  IND_Approval: () => l10n.t({ message: 'IND Approval', comment: ['Development phase: Investigational New Drug application approved'] }),
  Early_Phase_1: () => l10n.t('Early Phase 1'),
  Phase_1: () => l10n.t('Phase 1'),
  Phase_1_2: () => l10n.t('Phase 1/2'),
  Phase_2: () => l10n.t('Phase 2'),
  Phase_2_3: () => l10n.t('Phase 2/3'),
  Phase_3: () => l10n.t('Phase 3'),
  NDA_BLA: () => l10n.t({ message: 'NDA/BLA', comment: ['Development phase: marketing application (New Drug / Biologics License Application) filed'] }),
  Approved: () => l10n.t('Approved'),
  Clinical: () => l10n.t({ message: 'Clinical', comment: ['Development phase: in clinical trials, phase not known'] }),
  Pending: () => l10n.t({ message: 'Pending', comment: ['Development phase: status pending'] }),
  Discontinued: () => l10n.t('Discontinued'),
  Withdraw: () => l10n.t({ message: 'Withdrawn', comment: ['Development phase: withdrawn from the market'] }),
  Suspended: () => l10n.t('Suspended'),
  Unknown: () => l10n.t({ message: 'Unknown', comment: ['Development phase not known'] }),
  US: () => l10n.t({ message: 'US', comment: ['Country or region of a development phase: the United States'] }),
  EU: () => l10n.t({ message: 'EU', comment: ['Country or region of a development phase: the European Union'] }),
  JP: () => l10n.t({ message: 'JP', comment: ['Country or region of a development phase: Japan'] }),
  CN: () => l10n.t({ message: 'CN', comment: ['Country or region of a development phase: China'] }),
  Other: () => l10n.t({ message: 'Other', comment: ['Any other country or region, or any other organization type'] }),
  Company: () => l10n.t({ message: 'Company', comment: ['Organization type'] }),
  University_Institution: () => l10n.t({ message: 'University/institution', comment: ['Organization type'] }),
  LESS_THAN_10: () => l10n.t({ message: 'Fewer than 10', comment: ['Organization size, in employees'] }),
  BETWEEN_10_AND_100: () => l10n.t({ message: '10–100', comment: ['Organization size, in employees'] }),
  BETWEEN_100_AND_500: () => l10n.t({ message: '100–500', comment: ['Organization size, in employees'] }),
  GREATER_THAN_500: () => l10n.t({ message: 'More than 500', comment: ['Organization size, in employees'] }),
};

/** A code's words in the display language; a code this version does not know reads as the English `humanEnum`. */
export function codeWords(code: string): string {
  return Object.hasOwn(CODE_WORDS, code) ? CODE_WORDS[code as Code]() : humanEnum(code);
}

/** What the sort keys are called in the search flow's list. */
export function sortFieldName(field: DrugSortField | string): string {
  switch (field) {
    case 'DRUG_TYPE_SORT':
      return l10n.t('Drug type');
    case 'GLOBAL_HIGHEST_DEV_STATUS_RANK':
      return l10n.t('Highest phase');
    case 'FIRST_APPROVED_DATE':
      return l10n.t('First approval date');
    default:
      return field;
  }
}

/** A sort key as a label part ("newest approval first"), or undefined for a key this version does not know. */
export function sortWords(field: string, order: 'asc' | 'desc'): string | undefined {
  const desc = order === 'desc';
  switch (field) {
    case 'DRUG_TYPE_SORT':
      return desc ? l10n.t('by drug type, descending') : l10n.t('by drug type');
    case 'GLOBAL_HIGHEST_DEV_STATUS_RANK':
      return desc ? l10n.t('most advanced first') : l10n.t('least advanced first');
    case 'FIRST_APPROVED_DATE':
      return desc ? l10n.t('newest approval first') : l10n.t('oldest approval first');
    default:
      return undefined;
  }
}

/** The kinds of ID the Drugs feature asks for and names. */
export type IdKind = 'drug' | 'target' | 'disease' | 'organization' | 'mechanism' | 'drugType' | 'country' | 'event' | 'milestone';

const KIND_NOUNS: Readonly<Record<IdKind, () => string>> = {
  drug: () => l10n.t({ message: 'drug', comment: ['Noun used inside sentences such as "Type a drug name"'] }),
  target: () => l10n.t({ message: 'target', comment: ['Noun used inside sentences: a drug target (protein)'] }),
  disease: () => l10n.t({ message: 'disease', comment: ['Noun used inside sentences: a disease or indication'] }),
  organization: () => l10n.t({ message: 'organization', comment: ['Noun used inside sentences: a company or institution'] }),
  mechanism: () => l10n.t({ message: 'mechanism', comment: ['Noun used inside sentences: a mechanism of action'] }),
  drugType: () => l10n.t({ message: 'drug type', comment: ['Noun used inside sentences: small molecule, antibody, …'] }),
  country: () => l10n.t({ message: 'country', comment: ['Noun used inside sentences: a country or region'] }),
  event: () => l10n.t({ message: 'event', comment: ['Noun used inside sentences: a milestone event such as an approval'] }),
  milestone: () => l10n.t({ message: 'milestone', comment: ['Noun used inside sentences: a milestone tag'] }),
};

/** An ID kind as a noun inside a sentence ("Type a {0} name…", "Not a PatSnap {0} ID"). */
export function kindNoun(kind: IdKind): string {
  return KIND_NOUNS[kind]();
}

/** Names in a list that any of them satisfies ("EGFR or HER2"). */
export function anyOf(names: readonly string[]): string {
  return names.join(l10n.t({ message: ' or ', comment: ['Joins the names of a list any of which matches: "EGFR or HER2". Keep the spaces your language needs.'] }));
}

/** Names in a list that all must match ("EGFR and HER2"). */
export function allOf(names: readonly string[]): string {
  return names.join(l10n.t({ message: ' and ', comment: ['Joins the names of a list all of which must match: "EGFR and HER2". Keep the spaces your language needs.'] }));
}

/** Joins the parts of a label: "Drugs · target EGFR · Phase 3". */
export function labelParts(parts: readonly string[]): string {
  return parts.join(l10n.t({ message: ' · ', comment: ['Separates the parts of a label: "Drugs · target EGFR · Phase 3"'] }));
}
