// Structures written to hurt a SMILES hover: the ones that trapped RDKit's WASM module or held
// the extension host for minutes before RDKit moved to its worker, and their relatives (deep
// branches, long ring-closure numbers, isotopes, impossible valences, huge strings). Used by the
// hostile-SMILES bench (bench/hostileHover.bench.ts) and the real-host hover test
// (test/e2e/smilesHover.e2e.test.ts).

const repeat = (unit: string, n: number, joiner = ''): string => Array.from({ length: n }, () => unit).join(joiner);

export interface HostileSmiles {
  readonly name: string;
  readonly smiles: string;
}

/** Each fits on one line of a .smi file (under its 10,000-character limit), so a hover can reach it. */
export const HOSTILE_SMILES: readonly HostileSmiles[] = [
  { name: '1,000 * in a chain (trapped RDKit)', smiles: `C${repeat('*', 1000)}` },
  { name: '[H+] × 2,000 (trapped RDKit)', smiles: repeat('[H+]', 2000) },
  { name: '[H+] × 500, at the description limit', smiles: repeat('[H+]', 500) },
  { name: '1,900 [H+] ions (most of a minute of drawing)', smiles: repeat('[H+]', 1900, '.') },
  { name: '150 [H+] ions, at the drawing limit', smiles: repeat('[H+]', 150, '.') },
  { name: '* × 150, at the drawing limit', smiles: `C${repeat('*', 149)}` },
  { name: 'branches nested 140 deep', smiles: `C${repeat('(C', 140)}${repeat(')', 140)}` },
  { name: 'branches nested 499 deep', smiles: `C${repeat('(C', 499)}${repeat(')', 499)}` },
  { name: 'empty branches nested 3,000 deep', smiles: `C${repeat('(', 3000)}C${repeat(')', 3000)}` },
  { name: 'long ring-closure numbers', smiles: `C%(99999)CCCC%(99999)${repeat('C%(123456789)', 40)}` },
  { name: '200 ring closures on one atom', smiles: `C${repeat('1', 200)}CC${repeat('1', 200)}` },
  { name: 'isotopes: [999999C] and [235U]', smiles: '[999999C][235U][2H][13C]' },
  { name: '400 isotope-labelled carbons', smiles: repeat('[13C]', 400) },
  { name: 'pentavalent carbon', smiles: 'C(C)(C)(C)(C)(C)C' },
  { name: 'impossible charges', smiles: '[Cu+99][O-99][C+++++++++]' },
  { name: 'aromatic ring that cannot be kekulised', smiles: repeat('c1cccc1', 60, '.') },
  { name: 'a 9,000-carbon chain', smiles: repeat('C', 9000) },
  { name: '2,000 bonds in a row', smiles: `C${repeat('=', 2000)}C` },
];

/** Too long for any hover line; the SAR table gets such strings straight from the API. */
export const HUGE_SMILES = repeat('C', 1_000_000);

/** Known drugs and their InChIKeys, to check RDKit still answers correctly after the corpus. */
export const KNOWN_DRUGS: readonly { readonly name: string; readonly smiles: string; readonly inchiKey: string }[] = [
  { name: 'aspirin', smiles: 'CC(=O)Oc1ccccc1C(=O)O', inchiKey: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N' },
  { name: 'caffeine', smiles: 'Cn1cnc2c1c(=O)n(C)c(=O)n2C', inchiKey: 'RYYVLZVUVIJVGH-UHFFFAOYSA-N' },
  { name: 'imatinib', smiles: 'Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1', inchiKey: 'KTUFNOKKBVMGRW-UHFFFAOYSA-N' },
  { name: 'gefitinib', smiles: 'COc1cc2ncnc(Nc3ccc(F)c(Cl)c3)c2cc1OCCCN1CCOCC1', inchiKey: 'XGALLCVXEZPNRQ-UHFFFAOYSA-N' },
  { name: 'paracetamol', smiles: 'CC(=O)Nc1ccc(O)cc1', inchiKey: 'RZVAJINKPMORJF-UHFFFAOYSA-N' },
];
