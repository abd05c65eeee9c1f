// Molecules an open file names: a .smi line is "SMILES name", a CSV/TSV table has a SMILES column
// and, beside it, a name-like column (name, compound, id, code). Lets "papers for compound 7"
// find the structure the user's own file gives for compound 7.
import { fileKindOf, namesSmiles, splitRow } from '../features/smiles/locate';
import { foldText } from '../names/fuzzy';

export interface NamedMolecule {
  readonly name: string;
  readonly smiles: string;
  /** The file's name, for the answer's citation. */
  readonly file: string;
}

/** Lines read per file: a compound table is rarely longer, and a tool must answer quickly. */
const MAX_LINES = 5_000;
const NAME_HEADER = /^(name|compound|compound[ _]?name|compound[ _]?id|id|code|molecule|title)$/i;

export function namedMoleculesIn(languageId: string, fileName: string, text: string): NamedMolecule[] {
  const kind = fileKindOf(languageId, fileName);
  const lines = text.split(/\r?\n/).slice(0, MAX_LINES);
  const out: NamedMolecule[] = [];
  if (kind === 'smiles') {
    for (const line of lines) {
      const [smiles, ...rest] = line.trim().split(/\s+/);
      const name = rest.join(' ').trim();
      if (smiles && name && !smiles.startsWith('#')) out.push({ name, smiles, file: fileName });
    }
  } else if (kind === 'table' && lines.length > 1) {
    const header = lines[0] ?? '';
    const delimiter = header.includes('\t') ? '\t' : ',';
    const headers = splitRow(header, delimiter).map((c) => c.text.trim().replace(/^"|"$/g, ''));
    const smilesAt = headers.findIndex(namesSmiles);
    const nameAt = headers.findIndex((h) => NAME_HEADER.test(h));
    if (smilesAt < 0 || nameAt < 0) return out;
    for (const line of lines.slice(1)) {
      const cells = splitRow(line, delimiter);
      const smiles = cells[smilesAt]?.text.trim();
      const name = cells[nameAt]?.text.trim();
      if (smiles && name) out.push({ name, smiles, file: fileName });
    }
  }
  return out;
}

/** The molecules whose name is `query` (case- and width-folded). */
export function moleculesNamed(molecules: readonly NamedMolecule[], query: string): NamedMolecule[] {
  const folded = foldText(query.trim());
  return molecules.filter((m) => foldText(m.name) === folded);
}
