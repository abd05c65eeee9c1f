// Structure drawings for the SAR results table: SVG made by RDKit on the host, for the rows the
// webview shows, kept in an LRU keyed by ink and SMILES so scrolling back costs nothing. Free of
// `vscode`, so unit tests run it against the RDKit in node_modules.
import { DARK_DRAWING, LIGHT_DRAWING, drawingWith } from '../../chem/rdkit';
import type { DrawStyle, RdkitModule } from '../../chem/rdkit';
import { LruCache } from '../../chem/lru';
import type { SarDrawing, SarInk } from '../../protocol/sar';

/** The table's drawing size; the webview's row height leaves room for it. */
export const SAR_DRAWING_SIZE = { width: 120, height: 80 } as const;

/** RDKit's dark blue nitrogen and red oxygen are hard to read on a dark background: lighter tints. */
const ON_DARK: Readonly<Record<number, readonly [number, number, number]>> = {
  7: [0.55, 0.68, 1], 8: [1, 0.47, 0.47], 9: [0.5, 0.9, 0.5], 15: [1, 0.65, 0.3], 16: [0.95, 0.85, 0.3],
  17: [0.5, 0.9, 0.5], 35: [0.9, 0.6, 0.4], 53: [0.8, 0.55, 1],
};

const STYLES: Record<SarInk, DrawStyle> = {
  light: { ...LIGHT_DRAWING, ...SAR_DRAWING_SIZE },
  dark: { ...DARK_DRAWING, ...SAR_DRAWING_SIZE, palette: ON_DARK },
};

/** Molecules drawn between yields to the event loop, so a batch never stalls the extension host. */
const SLICE = 8;

export class SarDrawings {
  private readonly cache: LruCache<string, SarDrawing>;

  constructor(private readonly rdkit: () => Promise<RdkitModule>, capacity = 2_000) {
    this.cache = new LruCache(capacity);
  }

  /** One answer per distinct SMILES asked for, in the order asked. Rejects only if RDKit cannot load. */
  async draw(smiles: readonly string[], ink: SarInk): Promise<SarDrawing[]> {
    const wanted = [...new Set(smiles)];
    const answers = new Map<string, SarDrawing>();
    const missing: string[] = [];
    for (const s of wanted) {
      const hit = this.cache.get(`${ink}|${s}`);
      if (hit) answers.set(s, hit);
      else missing.push(s);
    }
    if (missing.length > 0) {
      const rdkit = await this.rdkit();
      for (let i = 0; i < missing.length; i++) {
        if (i > 0 && i % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
        const s = missing[i] as string;
        const result = drawingWith(rdkit, s, STYLES[ink]);
        const drawing: SarDrawing = result.ok ? { smiles: s, svg: result.svg } : { smiles: s, problem: result.reason };
        this.cache.set(`${ink}|${s}`, drawing);
        answers.set(s, drawing);
      }
    }
    return wanted.map((s) => answers.get(s) as SarDrawing);
  }

  get size(): number {
    return this.cache.size;
  }
}
