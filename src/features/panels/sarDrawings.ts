// Structure drawings for the SAR results table: SVG made by RDKit on the host, for the rows the
// webview shows, kept in an LRU keyed by ink and SMILES so scrolling back costs nothing. Free of
// `vscode`, so unit tests run it against the RDKit in node_modules.
import { DARK_DRAWING, LIGHT_DRAWING, drawingWith } from '../../chem/rdkit';
import type { DrawStyle, RdkitModule } from '../../chem/rdkit';
import { LruCache } from '../../chem/lru';
import type { SarDrawing, SarInk } from '../../protocol/sar';

/** The table's drawing size; the webview's row height leaves room for it. */
export const SAR_DRAWING_SIZE = { width: 120, height: 80 } as const;

const STYLES: Record<SarInk, DrawStyle> = {
  // The dark style's lighter heteroatom colours are the hover's: RDKit's suit white paper only.
  light: { ...LIGHT_DRAWING, ...SAR_DRAWING_SIZE, name: 'sar-light' },
  dark: { ...DARK_DRAWING, ...SAR_DRAWING_SIZE, name: 'sar-dark' },
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
