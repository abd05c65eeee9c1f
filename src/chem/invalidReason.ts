/**
 * Why a SMILES is invalid. RDKit MinimalLib returns null without saying why, so the reason is
 * found by a lexical check of the common mistakes; the last resort names RDKit as the judge.
 * Pure text work: the host uses it too (SAR rows), without RDKit.
 */
export function invalidReason(smiles: string): string {
  if (smiles.trim() === '') return 'Empty SMILES.';
  const bad = /[^A-Za-z0-9@+\-[\]()=#$:/\\%.*]/.exec(smiles);
  if (bad) return `Character “${bad[0]}” at position ${bad.index + 1} is not used in SMILES.`;
  let depth = 0;
  for (const ch of smiles) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return 'A “)” closes a branch that was never opened.';
  }
  if (depth > 0) return 'A branch “(” is never closed.';
  if ((smiles.match(/\[/g) ?? []).length !== (smiles.match(/]/g) ?? []).length) {
    return 'Unbalanced bracket atom “[ ]”.';
  }
  const rings = new Map<string, number>();
  for (const m of smiles.replace(/\[[^\]]*]/g, '').matchAll(/%\d\d|\d/g)) {
    rings.set(m[0], (rings.get(m[0]) ?? 0) + 1);
  }
  const open = [...rings].find(([, count]) => count % 2 === 1);
  if (open) return `Ring bond ${open[0]} is opened but never closed.`;
  if (/[bcnops]/.test(smiles)) {
    return 'RDKit cannot parse it: check valences and that aromatic (lower-case) atoms form a ring that can be kekulised.';
  }
  return 'RDKit cannot parse it: check the atom valences and element symbols.';
}
