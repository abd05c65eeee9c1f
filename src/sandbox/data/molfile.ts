// A V2000 MOL block from a SMILES string, for the `structure.mol` field of SAR items. The page's
// example shows only the header; the sandbox sends a complete block (atoms, bonds, charges) so a
// client can hand it to a toolkit. Coordinates are a simple zigzag, not a depiction: nothing
// overlaps, and a client that wants a drawing lays the molecule out again anyway. Stereo is not
// encoded (it would need real coordinates); the item's SMILES carries it.

interface Atom { symbol: string; charge: number; aromatic: boolean }
interface Bond { a: number; b: number; order: number }

const organic = ['Cl', 'Br', 'B', 'C', 'N', 'O', 'P', 'S', 'F', 'I'];
const aromaticOrganic = ['b', 'c', 'n', 'o', 'p', 's'];
const bondOrders: Record<string, number> = { '-': 1, '=': 2, '#': 3, '$': 3, ':': 4, '/': 1, '\\': 1 };

function parseBracket(text: string): { atom: Atom; hydrogens: number } {
  const match = /^(\d*)([A-Z][a-z]?|[a-z][a-z]?|\*)(@{0,2}(?:TH\d|AL\d|SP\d|TB\d+|OH\d+)?)(H\d*)?([+-]\d*|\++|-+)?(:\d+)?$/.exec(text);
  if (!match) throw new SyntaxError(`unreadable bracket atom [${text}]`);
  const raw = match[2] as string;
  const aromatic = raw === raw.toLowerCase() && raw !== '*';
  const symbol = aromatic ? raw.charAt(0).toUpperCase() + raw.slice(1) : raw;
  const h = match[4];
  const hydrogens = h === undefined ? 0 : h.length === 1 ? 1 : Number(h.slice(1));
  const c = match[5];
  let charge = 0;
  if (c) {
    const sign = c.startsWith('+') ? 1 : -1;
    charge = /^[+-]\d+$/.test(c) ? sign * Number(c.slice(1)) : sign * c.length;
  }
  return { atom: { symbol, charge, aromatic }, hydrogens };
}

/** Parses the SMILES subset drug structures use: organic subset, bracket atoms, branches, ring
 *  closures (digits and %nn), bond symbols and dot-separated components. */
export function parseSmiles(smiles: string): { atoms: Atom[]; bonds: Bond[] } {
  const atoms: Atom[] = [];
  const bonds: Bond[] = [];
  const branches: number[] = [];
  const rings = new Map<number, { atom: number; order: number | undefined }>();
  let previous = -1;
  let pendingOrder: number | undefined;

  const bondTo = (index: number, explicit: number | undefined): void => {
    const from = atoms[previous];
    const to = atoms[index];
    const order = explicit ?? (from?.aromatic && to?.aromatic ? 4 : 1);
    bonds.push({ a: previous, b: index, order });
  };
  const addAtom = (atom: Atom, hydrogens = 0): void => {
    atoms.push(atom);
    const index = atoms.length - 1;
    if (previous >= 0) bondTo(index, pendingOrder);
    pendingOrder = undefined;
    previous = index;
    // A reader derives other atoms' hydrogens from valence, but not an aromatic [nH]'s: without
    // the explicit H the ring cannot be kekulized.
    for (let h = 0; h < (atom.aromatic ? hydrogens : 0); h++) {
      atoms.push({ symbol: 'H', charge: 0, aromatic: false });
      bonds.push({ a: index, b: atoms.length - 1, order: 1 });
    }
  };
  const closeRing = (label: number): void => {
    const open = rings.get(label);
    if (!open) {
      rings.set(label, { atom: previous, order: pendingOrder });
    } else {
      rings.delete(label);
      const a = atoms[open.atom];
      const b = atoms[previous];
      const order = pendingOrder ?? open.order ?? (a?.aromatic && b?.aromatic ? 4 : 1);
      bonds.push({ a: open.atom, b: previous, order });
    }
    pendingOrder = undefined;
  };

  let i = 0;
  while (i < smiles.length) {
    const ch = smiles.charAt(i);
    if (ch === '[') {
      const end = smiles.indexOf(']', i);
      if (end < 0) throw new SyntaxError('unclosed bracket atom');
      const { atom, hydrogens } = parseBracket(smiles.slice(i + 1, end));
      addAtom(atom, hydrogens);
      i = end + 1;
    } else if (ch === '(') {
      branches.push(previous);
      i++;
    } else if (ch === ')') {
      const back = branches.pop();
      if (back === undefined) throw new SyntaxError('unbalanced parenthesis');
      previous = back;
      i++;
    } else if (ch in bondOrders) {
      pendingOrder = ch === ':' ? 4 : bondOrders[ch];
      i++;
    } else if (ch === '.') {
      previous = -1;
      i++;
    } else if (/\d/.test(ch)) {
      closeRing(Number(ch));
      i++;
    } else if (ch === '%') {
      closeRing(Number(smiles.slice(i + 1, i + 3)));
      i += 3;
    } else {
      const two = smiles.slice(i, i + 2);
      const symbol = organic.includes(two) ? two : organic.includes(ch) ? ch : aromaticOrganic.includes(ch) ? ch : undefined;
      if (!symbol) throw new SyntaxError(`unexpected '${ch}' at ${i}`);
      const aromatic = aromaticOrganic.includes(symbol);
      addAtom({ symbol: aromatic ? symbol.toUpperCase() : symbol, charge: 0, aromatic });
      i += symbol.length;
    }
  }
  if (rings.size > 0 || branches.length > 0) throw new SyntaxError('unclosed ring or branch');
  return { atoms, bonds };
}

const n3 = (n: number): string => String(n).padStart(3, ' ');
const coord = (n: number): string => n.toFixed(4).padStart(10, ' ');

/** The MOL block; when the SMILES is outside the parsed subset, the header-only block the page's
 *  example shows, rather than a wrong structure. */
export function molBlock(smiles: string): string {
  const header = [smiles, '  SYNLENS0            2D', ''];
  let parsed: { atoms: Atom[]; bonds: Bond[] };
  try {
    parsed = parseSmiles(smiles);
  } catch {
    return [...header, `${n3(0)}${n3(0)}  0  0  0  0  0  0  0  0999 V2000`, 'M  END'].join('\n');
  }
  const { atoms, bonds } = parsed;
  const lines = [...header, `${n3(atoms.length)}${n3(bonds.length)}  0  0  0  0  0  0  0  0999 V2000`];
  atoms.forEach((atom, index) => {
    const x = index * 1.299;
    const y = index % 2 === 0 ? 0 : 0.75;
    lines.push(`${coord(x)}${coord(y)}${coord(0)} ${atom.symbol.padEnd(3, ' ')} 0  0  0  0  0  0  0  0  0  0  0  0`);
  });
  for (const bond of bonds) lines.push(`${n3(bond.a + 1)}${n3(bond.b + 1)}${n3(bond.order)}  0  0  0  0`);
  const charged = atoms.map((a, index) => ({ index, charge: a.charge })).filter((a) => a.charge !== 0);
  for (let start = 0; start < charged.length; start += 8) {
    const chunk = charged.slice(start, start + 8);
    lines.push(`M  CHG${n3(chunk.length)}${chunk.map((c) => ` ${n3(c.index + 1)} ${n3(c.charge)}`).join('')}`);
  }
  lines.push('M  END');
  return lines.join('\n');
}
