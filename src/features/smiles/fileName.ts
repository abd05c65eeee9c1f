// The name a file gives a structure: the title after the SMILES on a .smi line, or the name-like
// column beside the SMILES column of a CSV/TSV row. The rules are the agent's
// (src/agent/namedMolecules.ts), so a hover and "papers for compound 7" read a file alike; only the
// structure's line (and a table's header) is read, as a hover over a huge file must stay cheap.
import { namedMoleculesIn } from '../../agent/namedMolecules';
import { fileKindOf } from './locate';

export function nameInFile(languageId: string, fileName: string, lineAt: (n: number) => string, line: number, smiles: string): string | undefined {
  const kind = fileKindOf(languageId, fileName);
  if (kind !== 'smiles' && kind !== 'table') return undefined;
  const text = kind === 'table' ? (line > 0 ? `${lineAt(0)}\n${lineAt(line)}` : '') : lineAt(line);
  const wanted = smiles.trim();
  return namedMoleculesIn(languageId, fileName, text).find((m) => m.smiles === wanted)?.name;
}
