// Standard atomic weights (g/mol) for the average molecular weight a hover shows. Summing a
// formula against this table replaces RDKit's get_descriptors, which computes dozens of
// descriptors to give the one weight a hover needs. The values are IUPAC's single standard weights
// of 2007–2009 (H 1.00794, C 12.0107, N 14.0067, O 15.9994…), the ones drug databases print weights
// with (aspirin 180.16, paracetamol 151.16, imatinib 493.60); later tables give H, C, N, O… as
// intervals with abridged "conventional" values (C 12.011), which put common drugs on a rounding
// edge (paracetamol 151.165). Elements with no stable isotope carry the mass number of their
// longest-lived isotope, as periodic tables print them.
const WEIGHTS: Readonly<Record<string, number>> = {
  H: 1.00794, He: 4.002602, Li: 6.941, Be: 9.012182, B: 10.811, C: 12.0107, N: 14.0067,
  O: 15.9994, F: 18.9984032, Ne: 20.1797, Na: 22.98976928, Mg: 24.305, Al: 26.9815386,
  Si: 28.0855, P: 30.973762, S: 32.065, Cl: 35.453, Ar: 39.948, K: 39.0983, Ca: 40.078,
  Sc: 44.955912, Ti: 47.867, V: 50.9415, Cr: 51.9961, Mn: 54.938045, Fe: 55.845, Co: 58.933195,
  Ni: 58.6934, Cu: 63.546, Zn: 65.38, Ga: 69.723, Ge: 72.64, As: 74.9216, Se: 78.96, Br: 79.904,
  Kr: 83.798, Rb: 85.4678, Sr: 87.62, Y: 88.90585, Zr: 91.224, Nb: 92.90638, Mo: 95.96, Tc: 98,
  Ru: 101.07, Rh: 102.9055, Pd: 106.42, Ag: 107.8682, Cd: 112.411, In: 114.818, Sn: 118.71,
  Sb: 121.76, Te: 127.6, I: 126.90447, Xe: 131.293, Cs: 132.9054519, Ba: 137.327, La: 138.90547,
  Ce: 140.116, Pr: 140.90765, Nd: 144.242, Pm: 145, Sm: 150.36, Eu: 151.964, Gd: 157.25,
  Tb: 158.92535, Dy: 162.5, Ho: 164.93032, Er: 167.259, Tm: 168.93421, Yb: 173.054, Lu: 174.9668,
  Hf: 178.49, Ta: 180.94788, W: 183.84, Re: 186.207, Os: 190.23, Ir: 192.217, Pt: 195.084,
  Au: 196.966569, Hg: 200.59, Tl: 204.3833, Pb: 207.2, Bi: 208.9804, Po: 209, At: 210, Rn: 222,
  Fr: 223, Ra: 226, Ac: 227, Th: 232.03806, Pa: 231.03588, U: 238.02891, Np: 237, Pu: 244,
  Am: 243, Cm: 247, Bk: 247, Cf: 251, Es: 252, Fm: 257, Md: 258, No: 259, Lr: 262, Rf: 267,
  Db: 268, Sg: 269, Bh: 270, Hs: 269, Mt: 278, Ds: 281, Rg: 282, Cn: 285, Nh: 286, Fl: 289,
  Mc: 290, Lv: 293, Ts: 294, Og: 294,
};

/**
 * Masses of the isotopes that labelled drugs and tracers use ([2H], [13C], [18F], [125I]…), so a
 * labelled compound weighs what it is; any other isotope counts as its mass number.
 */
const ISOTOPE_MASSES: Readonly<Record<string, number>> = {
  '2H': 2.0141, '3H': 3.0160, '11C': 11.0114, '13C': 13.0034, '14C': 14.0032, '15N': 15.0001,
  '17O': 16.9991, '18O': 17.9992, '18F': 18.0009, '32P': 31.9739, '33P': 32.9717, '34S': 33.9679,
  '35S': 34.9690, '36Cl': 35.9683, '37Cl': 36.9659, '76Br': 75.9245, '81Br': 80.9163,
  '123I': 122.9056, '124I': 123.9062, '125I': 124.9046, '131I': 130.9062,
};

/** The standard atomic weight of an element symbol ("C", "Cl"), or undefined for an unknown one. */
export function atomicWeight(symbol: string): number | undefined {
  return Object.hasOwn(WEIGHTS, symbol) ? WEIGHTS[symbol] : undefined;
}

/** The mass of one isotope of an element, e.g. (2, "H") → 2.0141. */
export function isotopeMass(massNumber: number, symbol: string): number {
  return ISOTOPE_MASSES[`${massNumber}${symbol}`] ?? massNumber;
}

/** Every element symbol the table knows, in atomic-number order. */
export function elementSymbols(): string[] {
  return Object.keys(WEIGHTS);
}
