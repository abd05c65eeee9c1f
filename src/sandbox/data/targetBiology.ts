// What a medicinal chemist expects of an activity value's target: the assays a target of its class
// is measured in, the variants (mutations) that belong to it, and the cell lines used for it.
// Keys are the catalog's target keys (entityCatalog.json); a target not listed is measured like a
// protein-binding target, with no mutations.

export type TargetClass = 'kinase' | 'gpcr' | 'transporter' | 'ionChannel' | 'nuclearReceptor' | 'enzyme' | 'binding';

const CLASS_MEMBERS: Readonly<Record<Exclude<TargetClass, 'binding'>, readonly string[]>> = {
  kinase: [
    'abl1', 'alk', 'axl', 'braf', 'btk', 'cdk4', 'cdk6', 'egfr', 'erbb2', 'erbb3', 'erbb4', 'fgfr1', 'flt1', 'flt3', 'flt4', 'gsk3b',
    'jak1', 'jak2', 'jak3', 'kdr', 'kit', 'map2k1', 'map2k2', 'met', 'ntrk1', 'ntrk2', 'ntrk3', 'pdgfra', 'pdgfrb', 'pik3ca',
    'pik3cd', 'raf1', 'ret', 'ros1', 'src', 'tek', 'tyk2',
  ],
  gpcr: [
    'adora1', 'adora2a', 'adra2a', 'adrb2', 'agtr1', 'cnr1', 'cysltr1', 'drd2', 'gcgr', 'gipr', 'glp1r', 'hrh2', 'htr1a', 'htr1b',
    'htr1d', 'htr2a', 'htr2c', 'oprm1', 'p2ry12', 's1pr1', 'tacr1',
  ],
  transporter: ['slc5a2', 'slc6a2', 'slc6a3', 'slc6a4', 'slc6a9', 'npc1l1'],
  ionChannel: ['cacna1c', 'cacna2d1', 'cftr', 'chrna4', 'gabra1', 'grin1', 'scn5a', 'trpm-ps'],
  nuclearReceptor: ['ar', 'esr1', 'nr3c1', 'nr3c2', 'pparg'],
  enzyme: [
    'ace', 'ache', 'acly', 'atp4a', 'ctsc', 'cyp17a1', 'cyp19a1', 'cyp51', 'ddc', 'ddn', 'dhfr', 'dpp4', 'f10', 'faah', 'gck', 'gyra',
    'hbv-polymerase', 'hdac1', 'hdac3', 'hiv-integrase', 'hiv-rt', 'hmgcr', 'hsv-polymerase', 'inha', 'mat2a', 'mpro', 'myh7', 'na',
    'nampt', 'ns5b', 'parp1', 'parp2', 'pbp', 'pde4', 'pde5a', 'prkaa1', 'psen1', 'psmb5', 'ptgs1', 'ptgs2', 'ptpn11', 'rdrp', 'rrm1',
    'tyms', 'vkorc1', 'xdh',
  ],
};

const classByKey = new Map<string, TargetClass>(
  Object.entries(CLASS_MEMBERS).flatMap(([cls, keys]) => keys.map((key) => [key, cls as TargetClass] as const)),
);

export function targetClassOf(targetKey: string): TargetClass {
  return classByKey.get(targetKey) ?? 'binding';
}

/** Clinically known variants, by target: V600E is BRAF's, T790M EGFR's, G12C KRAS's. */
const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  egfr: ['L858R', 'T790M', 'L858R/T790M', 'L858R/T790M/C797S', 'exon 19 deletion'],
  erbb2: ['exon 20 insertion (A775_G776insYVMA)', 'amplified'],
  braf: ['V600E', 'V600K'],
  kras: ['G12C', 'G12D', 'G12V'],
  abl1: ['T315I', 'BCR-ABL'],
  alk: ['EML4-ALK', 'L1196M', 'G1202R'],
  ros1: ['CD74-ROS1', 'G2032R'],
  ret: ['M918T', 'V804M', 'KIF5B-RET'],
  kit: ['D816V', 'V560G'],
  pdgfra: ['D842V'],
  flt3: ['ITD', 'D835Y'],
  jak2: ['V617F'],
  pik3ca: ['H1047R', 'E545K'],
  btk: ['C481S'],
  met: ['exon 14 skipping', 'Y1230C'],
  fgfr1: ['V561M'],
  ntrk1: ['G595R'],
  ntrk3: ['G623R'],
  esr1: ['Y537S', 'D538G'],
  ar: ['T878A'],
  ptpn11: ['E76K'],
};

const UNMUTATED = ['wild type', 'human recombinant'];

/** Targets that are not proteins: they have no variants to report. */
const NOT_PROTEINS = new Set(['ros', 'cardiolipin']);

/** Variants an assay on this target may report: its own mutations, or the unmutated protein. */
export function variantsOf(targetKey: string): readonly string[] {
  if (NOT_PROTEINS.has(targetKey)) return [''];
  return [...UNMUTATED, ...(VARIANTS[targetKey] ?? [])];
}

/** Cancer cell lines used for a target's cell-viability assays, with the variant each carries. */
const CANCER_CELL_LINES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  egfr: [['PC-9', 'exon 19 deletion'], ['HCC827', 'exon 19 deletion'], ['NCI-H1975', 'L858R/T790M'], ['A431', 'wild type']],
  erbb2: [['BT-474', 'amplified'], ['SK-BR-3', 'amplified'], ['NCI-N87', 'amplified']],
  braf: [['A375', 'V600E'], ['HT-29', 'V600E'], ['SK-MEL-28', 'V600E']],
  kras: [['NCI-H358', 'G12C'], ['MIA PaCa-2', 'G12C'], ['AsPC-1', 'G12D']],
  abl1: [['K562', 'BCR-ABL'], ['KU812', 'BCR-ABL']],
  alk: [['NCI-H3122', 'EML4-ALK'], ['Karpas-299', 'wild type']],
  flt3: [['MV4-11', 'ITD'], ['MOLM-13', 'ITD']],
  kit: [['GIST-T1', 'wild type'], ['HMC-1.2', 'D816V']],
  jak2: [['HEL', 'V617F'], ['SET-2', 'V617F']],
  met: [['Hs 746T', 'exon 14 skipping'], ['EBC-1', 'wild type']],
  pik3ca: [['MCF-7', 'E545K'], ['T-47D', 'H1047R']],
  btk: [['TMD8', 'wild type'], ['OCI-Ly10', 'wild type']],
  esr1: [['MCF-7', 'wild type'], ['T-47D', 'wild type']],
  ar: [['LNCaP', 'T878A'], ['VCaP', 'wild type']],
};

/** Targets whose compounds are tested on cancer cells and in xenografts. */
const ONCOLOGY = new Set([
  ...Object.keys(CANCER_CELL_LINES), 'alk', 'ros1', 'ret', 'cdk4', 'cdk6', 'fgfr1', 'kdr', 'pdgfra', 'ntrk1', 'ntrk3', 'map2k1',
  'map2k2', 'raf1', 'axl', 'src', 'bcl2', 'mdm2', 'brd4', 'sos1', 'ptpn11', 'parp1', 'parp2', 'hdac1', 'hdac3', 'psmb5', 'tubb',
  'tyms', 'rrm1', 'nampt', 'mat2a', 'crbn', 'cyp17a1', 'cyp19a1', 'pik3cd',
]);

const GENERIC_CANCER_LINES: readonly (readonly [string, string])[] = [['HCT116', 'wild type'], ['A549', 'wild type'], ['MCF-7', 'wild type']];

export function isOncologyTarget(targetKey: string): boolean {
  return ONCOLOGY.has(targetKey);
}

/** [cell line, the target's variant in it] pairs for viability assays on this target. */
export function cancerCellLinesOf(targetKey: string): readonly (readonly [string, string])[] {
  return CANCER_CELL_LINES[targetKey] ?? GENERIC_CANCER_LINES;
}

/** Who an assay is run on: the protein, cells engineered to express the target, cancer cells, animals. */
export type AssaySubject = 'protein' | 'expressingCells' | 'cancerCells' | 'xenograft' | 'pkAnimals' | 'named';

export interface Assay {
  readonly indicator: string;
  readonly unit: string;
  readonly method: string;
  readonly purpose: string;
  readonly subject: AssaySubject;
  /** log10 range of plausible values. */
  readonly range: readonly [number, number];
  /** The subject itself, for `named` (a bacterial strain, a cell-free system). */
  readonly subjectText?: string;
}

const pk: readonly Assay[] = [
  { indicator: 'AUC', unit: 'ng·h/mL', method: 'LC-MS/MS plasma concentration', purpose: 'Pharmacokinetics', subject: 'pkAnimals', range: [2, 4.5] },
  { indicator: 't1/2', unit: 'h', method: 'LC-MS/MS plasma concentration', purpose: 'Pharmacokinetics', subject: 'pkAnimals', range: [-0.3, 1.5] },
];

const oncology: readonly Assay[] = [
  { indicator: 'GI50', unit: 'μM', method: 'CellTiter-Glo cell viability assay', purpose: 'Antiproliferation', subject: 'cancerCells', range: [-2.5, 1.5] },
  { indicator: 'IC50', unit: 'μM', method: 'MTT cell viability assay', purpose: 'Cytotoxicity', subject: 'cancerCells', range: [-2, 2] },
  { indicator: 'TGI', unit: '%', method: 'Xenograft tumour growth', purpose: 'Efficacy', subject: 'xenograft', range: [1, 2] },
];

/** Assays by target class, the in-vitro ones first; oncology targets add cell viability and xenografts. */
const ASSAYS: Readonly<Record<TargetClass, readonly Assay[]>> = {
  kinase: [
    { indicator: 'IC50', unit: 'nM', method: 'HTRF kinase assay', purpose: 'Potency', subject: 'protein', range: [-0.5, 4] },
    { indicator: 'IC50', unit: 'nM', method: 'ADP-Glo kinase assay', purpose: 'Potency', subject: 'protein', range: [-0.5, 4] },
    { indicator: 'Kd', unit: 'nM', method: 'Competition binding assay (KINOMEscan)', purpose: 'Affinity', subject: 'protein', range: [-1, 3] },
    { indicator: 'IC50', unit: 'nM', method: 'Cellular phosphorylation ELISA', purpose: 'Target engagement', subject: 'expressingCells', range: [0, 4] },
    { indicator: 'Inhibition', unit: '%', method: 'Kinase selectivity panel at 1 μM', purpose: 'Selectivity', subject: 'protein', range: [0.5, 2] },
  ],
  gpcr: [
    { indicator: 'Ki', unit: 'nM', method: 'Radioligand binding assay', purpose: 'Affinity', subject: 'expressingCells', range: [-1, 3.5] },
    { indicator: 'EC50', unit: 'nM', method: 'cAMP accumulation assay (HTRF)', purpose: 'Functional activity', subject: 'expressingCells', range: [-1, 3.5] },
    { indicator: 'IC50', unit: 'nM', method: 'Calcium mobilization assay (FLIPR)', purpose: 'Functional activity', subject: 'expressingCells', range: [0, 4] },
    { indicator: 'EC50', unit: 'nM', method: '[35S]GTPγS binding assay', purpose: 'Functional activity', subject: 'expressingCells', range: [0, 3.5] },
  ],
  transporter: [
    { indicator: 'Ki', unit: 'nM', method: 'Radioligand binding assay', purpose: 'Affinity', subject: 'expressingCells', range: [-1, 3.5] },
    { indicator: 'IC50', unit: 'nM', method: 'Radiolabelled substrate uptake inhibition assay', purpose: 'Potency', subject: 'expressingCells', range: [-0.5, 3.5] },
    { indicator: 'Inhibition', unit: '%', method: 'Substrate uptake inhibition at 1 μM', purpose: 'Selectivity', subject: 'expressingCells', range: [0.5, 2] },
  ],
  ionChannel: [
    { indicator: 'IC50', unit: 'μM', method: 'Automated patch clamp (QPatch)', purpose: 'Potency', subject: 'expressingCells', range: [-2, 1.5] },
    { indicator: 'Ki', unit: 'nM', method: 'Radioligand binding assay', purpose: 'Affinity', subject: 'expressingCells', range: [-0.5, 3.5] },
    { indicator: 'EC50', unit: 'nM', method: 'Membrane potential assay (FLIPR)', purpose: 'Functional activity', subject: 'expressingCells', range: [0, 4] },
  ],
  nuclearReceptor: [
    { indicator: 'IC50', unit: 'nM', method: 'TR-FRET ligand binding assay', purpose: 'Affinity', subject: 'protein', range: [-0.5, 3.5] },
    { indicator: 'EC50', unit: 'nM', method: 'Luciferase reporter gene assay', purpose: 'Functional activity', subject: 'expressingCells', range: [-0.5, 3.5] },
    { indicator: 'Ki', unit: 'nM', method: 'Radioligand binding assay', purpose: 'Affinity', subject: 'protein', range: [-1, 3] },
  ],
  enzyme: [
    { indicator: 'IC50', unit: 'nM', method: 'Fluorogenic substrate enzymatic assay', purpose: 'Potency', subject: 'protein', range: [-0.5, 4] },
    { indicator: 'Ki', unit: 'nM', method: 'Enzyme inhibition kinetics', purpose: 'Affinity', subject: 'protein', range: [-1, 3.5] },
    { indicator: 'Inhibition', unit: '%', method: 'Enzymatic assay at 1 μM', purpose: 'Selectivity', subject: 'protein', range: [0.5, 2] },
  ],
  binding: [
    { indicator: 'Kd', unit: 'nM', method: 'Surface plasmon resonance', purpose: 'Affinity', subject: 'protein', range: [-1, 3] },
    { indicator: 'IC50', unit: 'nM', method: 'TR-FRET binding assay', purpose: 'Potency', subject: 'protein', range: [-0.5, 3.5] },
    { indicator: 'EC50', unit: 'nM', method: 'Cell-based reporter assay', purpose: 'Functional activity', subject: 'expressingCells', range: [0, 4] },
  ],
};

const mic = (strain: string): Assay =>
  ({ indicator: 'MIC', unit: 'μg/mL', method: 'Broth microdilution (CLSI)', purpose: 'Antibacterial activity', subject: 'named', subjectText: strain, range: [-2, 1.5] });

/** Targets that are not a protein measured on its own, or antibacterial ones, measured their own way. */
const SPECIAL: Readonly<Record<string, readonly Assay[]>> = {
  ros: [{ indicator: 'EC50', unit: 'μM', method: 'DPPH radical scavenging assay', purpose: 'Antioxidant activity', subject: 'named', subjectText: 'Cell-free (DPPH radical)', range: [0, 2.5] }],
  cardiolipin: [{ indicator: 'Kd', unit: 'μM', method: 'Isothermal titration calorimetry with cardiolipin liposomes', purpose: 'Affinity', subject: 'named', subjectText: 'Cardiolipin-containing liposomes', range: [-1, 1.5] }],
  'bacterial-50s': [mic('Staphylococcus aureus ATCC 29213'), mic('Enterococcus faecalis ATCC 29212')],
  gyra: [mic('Escherichia coli ATCC 25922'), mic('Pseudomonas aeruginosa ATCC 27853')],
  pbp: [mic('Streptococcus pneumoniae ATCC 49619'), mic('Escherichia coli ATCC 25922')],
  inha: [mic('Mycobacterium tuberculosis H37Rv')],
  ddn: [mic('Mycobacterium tuberculosis H37Rv')],
};

/** The assays a compound can have been tested in against this target. */
export function assaysFor(targetKey: string): readonly Assay[] {
  const special = SPECIAL[targetKey];
  if (special) return [...special, ...(targetClassOf(targetKey) === 'binding' ? [] : ASSAYS[targetClassOf(targetKey)]), ...pk];
  return [...ASSAYS[targetClassOf(targetKey)], ...(isOncologyTarget(targetKey) ? oncology : []), ...pk];
}
